/**
 * Ticket queue access (one grant per resource, and the whole set per agent or group) and group
 * access of users, under real Terraform against the emulator: plan-time validation, create, no
 * change plan, update and replacement, import by composite and plain ids, drift, destroy.
 */
import { allStates, PeopleHarness, startPeopleHarness } from './harness';
import type { AccessRight } from '../../../src/client';

let harness: PeopleHarness;
/** Ticket queues q1, q2, q3; agents a and b; groups g1 and g2. */
const ids: Record<'q1' | 'q2' | 'q3' | 'a' | 'b' | 'g1' | 'g2', number> = {
  q1: 0,
  q2: 0,
  q3: 0,
  a: 0,
  b: 0,
  g1: 0,
  g2: 0,
};

beforeAll(async () => {
  harness = await startPeopleHarness();
  const { client } = harness;
  ids.q1 = (await client.ticketQueues.create({ name: 'Support' })).id;
  ids.q2 = (await client.ticketQueues.create({ name: 'Billing' })).id;
  ids.q3 = (await client.ticketQueues.create({ name: 'Returns' })).id;
  ids.a = (await client.users.create({ email: 'agent.a@example.com', role_id: 20 })).id;
  ids.b = (await client.users.create({ email: 'agent.b@example.com', role_id: 20 })).id;
  ids.g1 = (await client.groups.create({ name: 'Acme' })).id;
  ids.g2 = (await client.groups.create({ name: 'Globex' })).id;
});

afterAll(async () => {
  await harness?.close();
});

/** The ticket queue ids an access right lists, ascending. */
function queues(right: AccessRight): number[] {
  return (right.accessible_queues ?? []).map((queue) => queue.id).sort((x, y) => x - y);
}

const sorted = (...values: number[]) => [...values].sort((x, y) => x - y);

function accessConfig(options: {
  readonly aQueue: number;
  readonly bQueues: readonly number[];
  readonly g2: string;
  readonly level: number;
}): string {
  return `
resource "mojohelpdesk_user_ticket_queue_access" "a" {
  user_id         = ${ids.a}
  ticket_queue_id = ${options.aQueue}
}

resource "mojohelpdesk_group_ticket_queue_access" "g1" {
  group_id        = ${ids.g1}
  ticket_queue_id = ${ids.q1}
}

resource "mojohelpdesk_user_access_rights" "b" {
  user_id          = ${ids.b}
  ticket_queue_ids = [${options.bQueues.join(', ')}]
}

resource "mojohelpdesk_group_access_rights" "g2" {
  group_id = ${ids.g2}
  ${options.g2}
}

resource "mojohelpdesk_user_group_access" "a_g1" {
  user_id  = ${ids.a}
  group_id = ${ids.g1}
  access   = ${options.level}
}
`;
}

test('invalid access settings fail at plan time, before any API call', async () => {
  harness.configure(`
resource "mojohelpdesk_group_access_rights" "both" {
  group_id                        = 1
  ticket_queue_ids                = [1, -4]
  has_access_to_all_ticket_queues = true
}

resource "mojohelpdesk_user_ticket_queue_access" "zero" {
  user_id         = 0
  ticket_queue_id = 1
}

resource "mojohelpdesk_user_group_access" "level" {
  user_id  = 1
  group_id = 1
  access   = 3
}
`);
  harness.emulator.resetLog();

  const result = await harness.workspace.run(['plan', '-no-color']);

  expect(result.code).toBe(1);
  const errors = result.stderr.replace(/\s+/g, ' ');
  expect(errors).toContain('Conflicting Ticket Queue Access');
  expect(errors).toContain(
    'Ticket queue ids are positive whole numbers; the configuration sets -4',
  );
  expect(errors).toContain('user_id must be a whole number of at least 1');
  expect(errors).toContain('access must be one of 0, 1, 2');
  expect(harness.emulator.requests()).toEqual([]);
});

test('access: create, update, replace, import, drift and destroy', async () => {
  const { client, workspace, emulator } = harness;
  const rights = client.accessRights;

  // GIVEN agent b already holds q3, which its authoritative set does not list
  await rights.setUserQueue(ids.b, ids.q3, true);
  harness.configure(
    accessConfig({
      aQueue: ids.q1,
      bQueues: [ids.q1, ids.q2],
      g2: `ticket_queue_ids = [${ids.q2}, ${ids.q3}]`,
      level: 2,
    }),
  );

  // WHEN applied
  emulator.resetLog();
  const created = await workspace.runOk(['apply', '-auto-approve', '-no-color']);

  // THEN every grant is in place, q3 is revoked from b, and batches went through /set
  expect(created.stdout).toContain('5 added, 0 changed, 0 destroyed');
  expect(queues(await rights.getUser(ids.a))).toEqual([ids.q1]);
  expect(queues(await rights.getGroup(ids.g1))).toEqual([ids.q1]);
  expect(queues(await rights.getUser(ids.b))).toEqual(sorted(ids.q1, ids.q2));
  expect(queues(await rights.getGroup(ids.g2))).toEqual(sorted(ids.q2, ids.q3));
  expect((await client.groupAccess.get(ids.a, ids.g1)).access).toBe(2);
  expect(emulator.counters()['POST /api/v2/users/:id/access_rights/set']).toBe(2);
  const states = allStates(workspace);
  expect(states['mojohelpdesk_user_ticket_queue_access.a'].id).toBe(`${ids.a}:${ids.q1}`);
  expect(states['mojohelpdesk_user_group_access.a_g1'].id).toBe(`${ids.a}:${ids.g1}`);
  expect(states['mojohelpdesk_group_access_rights.g2']).toMatchObject({
    id: String(ids.g2),
    ticket_queue_ids: sorted(ids.q2, ids.q3),
    has_access_to_all_ticket_queues: false,
  });
  expect((await harness.plan()).code).toBe(0);

  // WHEN a's queue changes, b's set changes, g2 gets every queue and a's group access changes
  const second = accessConfig({
    aQueue: ids.q2,
    bQueues: [ids.q2, ids.q3],
    g2: 'has_access_to_all_ticket_queues = true',
    level: 1,
  });
  harness.configure(second);
  const updated = await workspace.runOk(['apply', '-auto-approve', '-no-color']);

  // THEN a's grant is replaced and the rest is updated in place
  expect(updated.stdout).toContain('1 added, 3 changed, 1 destroyed');
  expect(queues(await rights.getUser(ids.a))).toEqual([ids.q2]);
  expect(queues(await rights.getUser(ids.b))).toEqual(sorted(ids.q2, ids.q3));
  expect((await rights.getGroup(ids.g2)).has_access_to_all_ticket_queues).toBe(true);
  expect((await client.groupAccess.get(ids.a, ids.g1)).access).toBe(1);
  expect((await harness.plan()).code).toBe(0);

  // WHEN everything is removed from state and imported again through import blocks
  const before = allStates(workspace);
  await workspace.runOk(['state', 'rm', ...Object.keys(before)]);
  harness.configure(
    `${second}
import {
  to = mojohelpdesk_user_ticket_queue_access.a
  id = "${ids.a}:${ids.q2}"
}
import {
  to = mojohelpdesk_group_ticket_queue_access.g1
  id = "${ids.g1}:${ids.q1}"
}
import {
  to = mojohelpdesk_user_access_rights.b
  id = "${ids.b}"
}
import {
  to = mojohelpdesk_group_access_rights.g2
  id = "${ids.g2}"
}
import {
  to = mojohelpdesk_user_group_access.a_g1
  id = "${ids.a}:${ids.g1}"
}
`,
  );
  const imported = await workspace.runOk(['apply', '-auto-approve', '-no-color']);

  // THEN the imports change nothing and the state is the same as before
  expect(imported.stdout).toContain('5 imported, 0 added, 0 changed, 0 destroyed');
  expect(allStates(workspace)).toEqual(before);
  harness.configure(second);

  // WHEN someone changes access by hand: b gains q1, a loses q2, a's group access drops to 0,
  // g2 loses the all flag
  await rights.setUserQueue(ids.b, ids.q1, true);
  await rights.setUserQueue(ids.a, ids.q2, false);
  await client.groupAccess.set(ids.a, ids.g1, 0);
  await rights.setGroupAllQueues(ids.g2, false);

  // THEN the plan shows every change, and applying restores the configuration
  const drift = await harness.plan();
  expect(drift.code).toBe(2);
  expect(drift.stdout).toContain('mojohelpdesk_user_ticket_queue_access.a will be created');
  expect(drift.stdout).toMatch(new RegExp(`~ ticket_queue_ids\\s+= \\[\\s+- ${ids.q1},`));
  expect(drift.stdout).toMatch(/~ access\s+= 0 -> 1/);
  expect(drift.stdout).toMatch(/~ has_access_to_all_ticket_queues = false -> true/);
  await workspace.runOk(['apply', '-auto-approve', '-no-color']);
  expect(queues(await rights.getUser(ids.a))).toEqual([ids.q2]);
  expect(queues(await rights.getUser(ids.b))).toEqual(sorted(ids.q2, ids.q3));
  expect((await rights.getGroup(ids.g2)).has_access_to_all_ticket_queues).toBe(true);
  expect((await client.groupAccess.get(ids.a, ids.g1)).access).toBe(1);
  expect((await harness.plan()).code).toBe(0);

  // WHEN destroyed THEN every grant the configuration made is revoked
  await workspace.runOk(['destroy', '-auto-approve', '-no-color']);
  expect(queues(await rights.getUser(ids.a))).toEqual([]);
  expect(queues(await rights.getUser(ids.b))).toEqual([]);
  expect(queues(await rights.getGroup(ids.g1))).toEqual([]);
  const g2 = await rights.getGroup(ids.g2);
  expect(g2.has_access_to_all_ticket_queues).toBe(false);
  expect(queues(g2)).toEqual([]);
  expect((await client.groupAccess.get(ids.a, ids.g1)).access).toBe(0);
});

test('a failure part-way through an authoritative create still records what exists', async () => {
  const { client, workspace, emulator } = harness;

  // GIVEN g1 sees every queue, and the batch grant call will be refused once
  await client.accessRights.setGroupAllQueues(ids.g1, true);
  harness.configure(`
resource "mojohelpdesk_group_access_rights" "g1" {
  group_id         = ${ids.g1}
  ticket_queue_ids = [${ids.q1}]
}
`);
  emulator.addFault({
    method: 'POST',
    path: '/groups/\\d+/access_rights/set$',
    kind: 'status',
    status: 422,
    times: 1,
  });

  // WHEN applied THEN the apply fails, but the state holds the all flag already turned off
  const failed = await workspace.run(['apply', '-auto-approve', '-no-color']);
  expect(failed.code).toBe(1);
  expect(failed.stderr.replace(/\s+/g, ' ')).toContain(
    'Could not set the ticket queues of the group',
  );
  expect(allStates(workspace)['mojohelpdesk_group_access_rights.g1']).toMatchObject({
    has_access_to_all_ticket_queues: false,
    ticket_queue_ids: [],
  });
  expect((await client.accessRights.getGroup(ids.g1)).has_access_to_all_ticket_queues).toBe(false);

  // WHEN applied again THEN the recorded resource is completed
  await workspace.runOk(['apply', '-auto-approve', '-no-color']);
  expect(queues(await client.accessRights.getGroup(ids.g1))).toEqual([ids.q1]);
  await workspace.runOk(['destroy', '-auto-approve', '-no-color']);
  expect(queues(await client.accessRights.getGroup(ids.g1))).toEqual([]);
});
