/**
 * The client's list cache against the emulator: single reads answered from lists, writes kept in
 * step, objects gone from a fresh list reported as NOT_FOUND, and the guards (age, a write that
 * overtakes a list read, lists that leave objects out).
 */
import { MojoClient, NotFoundError } from '../../src/client';
import type { Clock } from '../../src/client';
import { RunningEmulator, startEmulator } from '../../src/emulator';

const ACCESS_KEY = 'list-cache-test-key';

let emulator: RunningEmulator;
let seeder: MojoClient;
const clients: MojoClient[] = [];

/** A clock whose time moves only when the test says so; waits are real. */
function steppedClock(): Clock & { advance(ms: number): void } {
  let now = Date.now();
  return {
    now: () => now,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
    advance: (ms) => {
      now += ms;
    },
  };
}

function cachedClient(clock?: Clock): MojoClient {
  const client = new MojoClient({
    url: emulator.url,
    accessKey: ACCESS_KEY,
    requestsPerSecond: Infinity,
    maxInFlight: 8,
    listCache: { maxAgeMs: 30_000 },
    clock,
  });
  clients.push(client);
  return client;
}

/** API requests since the last log reset, as "METHOD /path?page=N". */
function requestLines(): string[] {
  return emulator
    .requests()
    .map((request) => `${request.method} ${request.path.replace('/api/v2', '')}`);
}

async function seedQueues(count: number, prefix = 'Queue'): Promise<number[]> {
  const ids: number[] = [];
  for (let index = 0; index < count; index += 1) {
    ids.push((await seeder.ticketQueues.create({ name: `${prefix} ${index}` })).id);
  }
  return ids;
}

beforeAll(async () => {
  emulator = await startEmulator({ accessKey: ACCESS_KEY });
  seeder = new MojoClient({
    url: emulator.url,
    accessKey: ACCESS_KEY,
    requestsPerSecond: Infinity,
    maxInFlight: 8,
  });
});

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
});

afterAll(async () => {
  await seeder?.close();
  await emulator?.close();
});

beforeEach(() => emulator.reset());

test('reading 250 ticket queues costs one request per page, parallel reads too', async () => {
  const ids = await seedQueues(250);
  const client = cachedClient();
  emulator.resetLog();

  const queues = await Promise.all(ids.map((id) => client.ticketQueues.get(id)));

  expect(queues.map((queue) => queue.name)).toEqual(ids.map((_, index) => `Queue ${index}`));
  expect(requestLines()).toEqual([
    'GET /ticket_queues',
    'GET /ticket_queues',
    'GET /ticket_queues',
  ]);
  expect(emulator.requests().map((request) => request.query.page)).toEqual(['1', '2', '3']);
  expect(client.listCacheStats()).toEqual({ loads: 1, hits: 250, misses: 0 });
});

test('an object missing from a fresh list is NOT_FOUND without a request of its own', async () => {
  const [kept, removed] = await seedQueues(2);
  await seeder.ticketQueues.delete(removed);
  const client = cachedClient();
  emulator.resetLog();

  await expect(client.ticketQueues.get(kept)).resolves.toMatchObject({ id: kept });
  const error = await client.ticketQueues.get(removed).catch((failure: unknown) => failure);

  expect(error).toBeInstanceOf(NotFoundError);
  expect((error as NotFoundError).code).toBe('NOT_FOUND');
  expect(requestLines()).toEqual(['GET /ticket_queues']);
});

test('nothing is read before the first need, so earlier changes are seen', async () => {
  const [id] = await seedQueues(1);
  const client = cachedClient();
  await seeder.ticketQueues.update(id, { name: 'Renamed before the first read' });

  await expect(client.ticketQueues.get(id)).resolves.toMatchObject({
    name: 'Renamed before the first read',
  });
});

test('creates, updates and deletes through the client keep the cache right', async () => {
  const [first, second] = await seedQueues(2);
  const client = cachedClient();
  await client.ticketQueues.get(first);

  const created = await client.ticketQueues.create({ name: 'Made after the list' });
  await client.ticketQueues.update(first, { name: 'Changed after the list' });
  await client.ticketQueues.delete(second);
  emulator.resetLog();

  await expect(client.ticketQueues.get(created.id)).resolves.toMatchObject({
    name: 'Made after the list',
  });
  await expect(client.ticketQueues.get(first)).resolves.toMatchObject({
    name: 'Changed after the list',
  });
  await expect(client.ticketQueues.get(second)).rejects.toBeInstanceOf(NotFoundError);
  expect(requestLines()).toEqual([]);
});

test('a write made while the list is read makes that list untrusted', async () => {
  const [id] = await seedQueues(1);
  const client = cachedClient();
  emulator.addFault({ kind: 'latency', method: 'GET', path: '^/api/v2/ticket_queues$', times: 1 });

  const reading = client.ticketQueues.get(id);
  await client.ticketQueues.update(id, { name: 'Written during the list read' });
  await reading;
  emulator.resetLog();

  await expect(client.ticketQueues.get(id)).resolves.toMatchObject({
    name: 'Written during the list read',
  });
  expect(requestLines()).toEqual(['GET /ticket_queues']);
});

test('a list older than the age limit is read again', async () => {
  const [id] = await seedQueues(1);
  const clock = steppedClock();
  const client = cachedClient(clock);
  await client.ticketQueues.get(id);
  await seeder.ticketQueues.update(id, { name: 'Changed by someone else' });

  clock.advance(10_000);
  await expect(client.ticketQueues.get(id)).resolves.toMatchObject({ name: 'Queue 0' });

  clock.advance(25_000);
  await expect(client.ticketQueues.get(id)).resolves.toMatchObject({
    name: 'Changed by someone else',
  });
  expect(client.listCacheStats().loads).toBe(2);
});

test('users, groups and tags are read from their lists', async () => {
  const user = await seeder.users.create({ email: 'ada@example.com', first_name: 'Ada' });
  const group = await seeder.groups.create({ name: 'Acme' });
  const tag = await seeder.tags.create({ label: 'vip', color: '#112233' });
  const client = cachedClient();
  emulator.resetLog();

  await expect(client.users.get(user.id)).resolves.toMatchObject({ first_name: 'Ada' });
  await expect(client.groups.get(group.id)).resolves.toMatchObject({ name: 'Acme' });
  await expect(client.tags.get(tag.id)).resolves.toMatchObject({ label: 'vip' });

  expect(requestLines()).toEqual(['GET /users', 'GET /groups', 'GET /tags']);
});

test('access rights: agents come from the agents list, inactive ones are read alone', async () => {
  const [queue] = await seedQueues(1);
  const active = await seeder.users.create({ email: 'tech@example.com', role_id: 20 });
  const inactive = await seeder.users.create({
    email: 'former@example.com',
    role_id: 20,
    is_active: false,
  });
  await seeder.accessRights.setUserQueue(active.id, queue, true);
  const client = cachedClient();
  emulator.resetLog();

  const right = await client.accessRights.getUser(active.id);
  expect(right.accessible_queues?.map((listed) => listed.id)).toEqual([queue]);
  await client.accessRights.getUser(inactive.id);

  expect(requestLines()).toEqual([
    'GET /access_rights/agents',
    `GET /users/${inactive.id}/access_rights`,
  ]);
});

test('a new ticket queue makes the group access rights list stale', async () => {
  const group = await seeder.groups.create({ name: 'Everything' });
  await seeder.accessRights.setGroupAllQueues(group.id, true);
  const client = cachedClient();
  expect((await client.accessRights.getGroup(group.id)).accessible_queues).toEqual([]);

  const queue = await client.ticketQueues.create({ name: 'Arrived later' });

  const right = await client.accessRights.getGroup(group.id);
  expect(right.accessible_queues?.map((listed) => listed.id)).toEqual([queue.id]);
});

test('an access right written through the client is answered as written', async () => {
  const [queue] = await seedQueues(1);
  const agent = await seeder.users.create({ email: 'agent@example.com', role_id: 20 });
  const client = cachedClient();
  expect((await client.accessRights.getUser(agent.id)).accessible_queues).toEqual([]);

  await client.accessRights.setUserQueues(agent.id, [queue], true);
  const afterSet = await client.accessRights.getUser(agent.id);
  await client.accessRights.setUserQueue(agent.id, queue, false);
  const afterRevoke = await client.accessRights.getUser(agent.id);

  expect(afterSet.accessible_queues?.map((listed) => listed.id)).toEqual([queue]);
  expect(afterRevoke.accessible_queues).toEqual([]);
});

test('without the option every read is a request of its own', async () => {
  const ids = await seedQueues(3);
  emulator.resetLog();

  await Promise.all(ids.map((id) => seeder.ticketQueues.get(id)));

  expect(requestLines()).toEqual(ids.map((id) => `GET /ticket_queues/${id}`));
  expect(seeder.listCacheStats()).toEqual({ loads: 0, hits: 0, misses: 0 });
});
