/**
 * Refresh in pages, with real Terraform against the emulator: a plan reads each collection
 * through its list (one request per page of 100) instead of one request per object, sees what
 * changed through the API before it began, and reads back correctly what an apply just made.
 */
import { FleetMix, fleetConfig, refreshRequestGoal } from './fleet';
import { MojoClient, PAGE_SIZE } from '../../src/client';
import { RunningEmulator, startEmulator } from '../../src/emulator';
import {
  REQUIRED_PROVIDERS,
  createTerraformWorkspace,
  type TerraformWorkspace,
} from '../helpers/terraform';

const ACCESS_KEY = 'refresh-test-key';

/** More than one page of every paged collection; the emulator adds the account owner. */
const MIX: FleetMix = { ticketQueues: 130, groups: 110, tags: 40, users: 105 };

let emulator: RunningEmulator;
let client: MojoClient;
let workspace: TerraformWorkspace;

function providerBlock(): string {
  return (
    `${REQUIRED_PROVIDERS}\nprovider "mojohelpdesk" {\n` +
    `  url                 = "${emulator.url}"\n` +
    `  access_key          = "${ACCESS_KEY}"\n  requests_per_second = 1000\n}`
  );
}

/** The fleet, plus the authoritative ticket queue access of the first group. */
function configuration(): string {
  return (
    fleetConfig(providerBlock(), MIX) +
    `
resource "mojohelpdesk_group_access_rights" "first" {
  group_id         = mojohelpdesk_group.group[0].id
  ticket_queue_ids = [mojohelpdesk_ticket_queue.queue[0].id, mojohelpdesk_ticket_queue.queue[1].id]
}
`
  );
}

/** Attributes of one resource instance in the state, by type, name and count index. */
function instance(type: string, name: string, index = 0): Record<string, unknown> {
  const resource = workspace.state()?.resources.find((r) => r.type === type && r.name === name);
  const found = resource?.instances[index]?.attributes;
  if (!found) {
    throw new Error(`${type}.${name}[${index}] is not in the state`);
  }
  return found;
}

/** The API requests since the last log reset, as "METHOD path". */
function requestLines(): string[] {
  return emulator.requests().map((request) => `${request.method} ${request.path}`);
}

async function plan(): Promise<{ code: number | null; stdout: string }> {
  const result = await workspace.run(['plan', '-no-color', '-detailed-exitcode']);
  if (result.code !== 0 && result.code !== 2) {
    throw new Error(`terraform plan failed\n${result.stdout}\n${result.stderr}`);
  }
  return result;
}

beforeAll(async () => {
  emulator = await startEmulator({ accessKey: ACCESS_KEY });
  client = new MojoClient({
    url: emulator.url,
    accessKey: ACCESS_KEY,
    requestsPerSecond: Infinity,
    maxInFlight: 8,
  });
  workspace = createTerraformWorkspace();
  workspace.writeConfig(configuration());
  await workspace.runOk(['init', '-no-color']);
});

afterAll(async () => {
  workspace?.remove();
  await client?.close();
  await emulator?.close();
});

test('an apply reads back correctly what it has just made', async () => {
  // GIVEN a configuration of 385 objects and an access right naming objects made beside it
  // WHEN it is applied
  await workspace.runOk(['apply', '-auto-approve', '-no-color', '-parallelism=10']);

  // THEN the access right the apply read back after writing it names the new ticket queues
  const queueIds = [0, 1]
    .map((index) => Number(instance('mojohelpdesk_ticket_queue', 'queue', index).id))
    .sort((a, b) => a - b);
  const groupId = Number(instance('mojohelpdesk_group', 'group').id);
  expect(instance('mojohelpdesk_group_access_rights', 'first')).toMatchObject({
    id: String(groupId),
    ticket_queue_ids: queueIds,
    has_access_to_all_ticket_queues: false,
  });
  const right = await client.accessRights.getGroup(groupId);
  expect(right.accessible_queues?.map((queue) => queue.id).sort((a, b) => a - b)).toEqual(queueIds);
  expect(instance('mojohelpdesk_user', 'user', 104)).toMatchObject({
    email: 'user104@example.com',
    last_name: 'Number 104',
  });
});

test('a no-op plan reads lists, one request per page, within the request goal', async () => {
  emulator.resetLog();

  const result = await plan();

  expect(result.code).toBe(0);
  const lines = requestLines();
  expect(lines.every((line) => line.startsWith('GET '))).toBe(true);
  expect(lines.filter((line) => /\/\d+($|\/)/.test(line))).toEqual([]);

  // Every collection is listed exactly once, page by page.
  const pages = (count: number) => Math.floor(count / PAGE_SIZE) + 1;
  const counters = emulator.counters();
  expect(counters['GET /api/v2/ticket_queues']).toBe(pages(MIX.ticketQueues));
  expect(counters['GET /api/v2/groups']).toBe(pages(MIX.groups));
  expect(counters['GET /api/v2/tags']).toBe(1);
  expect(counters['GET /api/v2/users']).toBe(pages(MIX.users + 1));
  expect(counters['GET /api/v2/access_rights/groups']).toBe(pages(MIX.groups));

  // The goal: 1.2 × (Σ ceil(N / 100) + 1 per type), the access rights of groups as one more type.
  const goal =
    refreshRequestGoal(MIX, { users: 1 }) + 1.2 * (Math.ceil(MIX.groups / PAGE_SIZE) + 1);
  expect(lines.length).toBeLessThanOrEqual(goal);
});

test('a plan sees changes made through the API before it began', async () => {
  // GIVEN a queue renamed, a group and a user deleted, and a tag recoloured through the API
  const queueId = Number(instance('mojohelpdesk_ticket_queue', 'queue', 5).id);
  const groupId = Number(instance('mojohelpdesk_group', 'group', 7).id);
  const userId = Number(instance('mojohelpdesk_user', 'user', 103).id);
  const tagId = Number(instance('mojohelpdesk_tag', 'tag', 39).id);
  await client.ticketQueues.update(queueId, { name: 'Renamed outside Terraform' });
  await client.groups.delete(groupId);
  await client.users.delete(userId);
  await client.tags.update(tagId, { color: '#000000' });
  emulator.resetLog();

  // WHEN Terraform plans
  const result = await plan();

  // THEN every change is in the plan, and the objects were still read through their lists
  expect(result.code).toBe(2);
  expect(result.stdout).toMatch(/mojohelpdesk_ticket_queue\.queue\[5\] will be updated in-place/);
  expect(result.stdout).toContain('"Renamed outside Terraform" -> "Queue 5"');
  expect(result.stdout).toMatch(/mojohelpdesk_group\.group\[7\] will be created/);
  expect(result.stdout).toMatch(/mojohelpdesk_user\.user\[103\] will be created/);
  expect(result.stdout).toMatch(/mojohelpdesk_tag\.tag\[39\] will be updated in-place/);
  expect(result.stdout).toContain('Plan: 2 to add, 2 to change, 0 to destroy.');
  expect(requestLines().filter((line) => /\/\d+($|\/)/.test(line))).toEqual([]);
});

test('after the changes are applied, the next plan has nothing to do', async () => {
  await workspace.runOk(['apply', '-auto-approve', '-no-color']);

  expect((await plan()).code).toBe(0);
  expect(instance('mojohelpdesk_ticket_queue', 'queue', 5).name).toBe('Queue 5');
});
