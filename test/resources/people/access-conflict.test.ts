/**
 * One agent's or group's ticket queues managed two ways in one configuration (per-grant resources
 * beside a whole-set resource, or two whole-set resources) fail the plan at the principal's id,
 * before any write reaches the service.
 */
import { startPeopleHarness } from './harness';
import type { PeopleHarness } from './harness';

let harness: PeopleHarness;
let agentId: number;
let groupId: number;
let queueIds: number[];

beforeAll(async () => {
  harness = await startPeopleHarness();
  const agent = await harness.client.users.create({
    email: 'conflict.agent@example.com',
    first_name: 'Conflict',
    role_id: 20,
  });
  const group = await harness.client.groups.create({ name: 'Conflict Group' });
  const queues = await Promise.all(
    ['Conflict One', 'Conflict Two'].map((name) => harness.client.ticketQueues.create({ name })),
  );
  agentId = agent.id;
  groupId = group.id;
  queueIds = queues.map((queue) => queue.id);
});

afterAll(async () => {
  await harness?.close();
});

test('a principal managed both ways or by two whole sets fails the plan, no write', async () => {
  // GIVEN existing principals, each claimed by conflicting access resources
  harness.configure(`
resource "mojohelpdesk_user_ticket_queue_access" "one" {
  user_id         = ${agentId}
  ticket_queue_id = ${queueIds[0]}
}

resource "mojohelpdesk_user_access_rights" "all" {
  user_id          = ${agentId}
  ticket_queue_ids = [${queueIds[1]}]
}

resource "mojohelpdesk_group_access_rights" "first" {
  group_id         = ${groupId}
  ticket_queue_ids = [${queueIds[0]}]
}

resource "mojohelpdesk_group_access_rights" "second" {
  group_id         = ${groupId}
  ticket_queue_ids = [${queueIds[1]}]
}
`);
  harness.emulator.resetLog();

  // WHEN Terraform plans
  const result = await harness.workspace.run(['plan', '-no-color']);

  // THEN both conflicts are reported at the principal's id, and nothing was written
  expect(result.code).toBe(1);
  const output = result.stderr.replace(/\s+/g, ' ');
  expect(output).toContain('Conflicting Access Resources');
  // (Terraform plans the two in either order; the later one reports the earlier.)
  expect(output).toMatch(
    new RegExp(
      `The agent ${agentId} is managed by both ` +
        'mojohelpdesk_user_(access_rights|ticket_queue_access) ' +
        'and mojohelpdesk_user_(ticket_queue_access|access_rights)',
    ),
  );
  expect(output).toContain(
    `The group ${groupId} is managed by two mojohelpdesk_group_access_rights resources`,
  );
  expect(output).toMatch(/(user_id|group_id) = \d+/);
  const writes = harness.emulator.requests().filter((request) => request.method !== 'GET');
  expect(writes).toEqual([]);
});

test('grants of different queues to one agent are no conflict', async () => {
  // GIVEN two per-grant resources for the same agent
  harness.configure(`
resource "mojohelpdesk_user_ticket_queue_access" "one" {
  user_id         = ${agentId}
  ticket_queue_id = ${queueIds[0]}
}

resource "mojohelpdesk_user_ticket_queue_access" "two" {
  user_id         = ${agentId}
  ticket_queue_id = ${queueIds[1]}
}
`);

  // WHEN Terraform plans
  const result = await harness.plan();

  // THEN the plan succeeds with the two grants to make
  expect(result.code).toBe(2);
  expect(result.stdout).toContain('2 to add');
});
