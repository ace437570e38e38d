import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApi } from './helpers';

let directory: string;

beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'mojo-emulator-'));
});

afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

test('state and id sequences survive a restart with a data file', async () => {
  const dataFile = join(directory, 'state.sqlite');
  const first = await startTestApi({ dataFile });
  const kept = (await first.call('POST', '/ticket_queues', { name: 'Kept' })).body;
  const removed = (await first.call('POST', '/ticket_queues', { name: 'Removed' })).body;
  await first.call('DELETE', `/ticket_queues/${removed.id}`);
  const user = (await first.call('POST', '/users', { email: 'kept@example.com', role_id: 15 }))
    .body;
  await first.call('POST', `/users/${user.id}/access_rights`, {
    ticket_queue_id: String(kept.id),
    has_access: 'true',
  });
  await first.emulator.close();

  const second = await startTestApi({ dataFile });
  expect((await second.call('GET', '/ticket_queues')).body).toEqual([kept]);
  const next = (await second.call('POST', '/ticket_queues', { name: 'Next' })).body;
  expect(next.id).toBeGreaterThan(removed.id);
  const right = (await second.call('GET', `/users/${user.id}/access_rights`)).body;
  expect(right.accessible_queues).toEqual([{ id: kept.id, name: 'Kept' }]);
  await second.emulator.close();
});

test('without a data file each start begins from the seed', async () => {
  const first = await startTestApi();
  await first.call('POST', '/ticket_queues', { name: 'Lost' });
  await first.emulator.close();
  const second = await startTestApi();
  expect((await second.call('GET', '/ticket_queues')).body).toEqual([]);
  await second.emulator.close();
});

test('the demo seed fills every collection', async () => {
  const demo = await startTestApi({ seed: 'demo' });
  for (const path of [
    '/ticket_queues',
    '/groups',
    '/tags',
    '/ticket_types',
    '/assets',
    '/locations',
  ]) {
    expect((await demo.call('GET', path)).body.length).toBeGreaterThan(0);
  }
  await demo.emulator.close();
});
