/**
 * mojohelpdesk_user and its data source under real Terraform against the emulator: plan-time
 * validation, create, no-change plan, update in place and replacement, the write-only password,
 * import by email and by id, drift, and destroy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allStates, PeopleHarness, startPeopleHarness, stateOf } from './harness';
import { isMojoError } from '../../../src/client';

/** More users than one page of the API holds, so the look-ups reach past the first page. */
const SEEDED_USERS = 120;
const PASSWORD = 'correct-horse-battery';
const NEW_PASSWORD = 'staple-battery-horse';

let harness: PeopleHarness;
let groupId: number;
const seededIds: number[] = [];

beforeAll(async () => {
  harness = await startPeopleHarness();
  const { client } = harness;
  groupId = (await client.groups.create({ name: 'Night Shift' })).id;

  const seeded = await Promise.all(
    Array.from({ length: SEEDED_USERS }, (_, index) =>
      client.users.create({
        email: `seeded-${String(index).padStart(4, '0')}@example.com`,
        first_name: `Seeded ${index}`,
      }),
    ),
  );
  seededIds.push(...seeded.map((user) => user.id));
});

afterAll(async () => {
  await harness?.close();
});

function userConfig(options: {
  readonly lastName: string;
  readonly roleId: number;
  readonly passwordVersion: string;
  readonly password: string;
  readonly requester: string;
}): string {
  return `
resource "mojohelpdesk_user" "agent" {
  email            = "Agent.One@example.com"
  first_name       = "Agent"
  last_name        = "${options.lastName}"
  work_phone       = "+1 555 0100"
  user_notes       = "Works the night shift."
  company_id       = ${groupId}
  role_id          = ${options.roleId}
  password         = "${options.password}"
  password_version = "${options.passwordVersion}"
}

resource "mojohelpdesk_user" "requester" {
  ${options.requester}
}

data "mojohelpdesk_user" "by_email" {
  email = "SEEDED-0115@example.com"
}

data "mojohelpdesk_user" "by_id" {
  id = "${seededIds[110]}"
}

output "looked_up" {
  value = [data.mojohelpdesk_user.by_email.first_name, data.mojohelpdesk_user.by_id.email]
}
`;
}

const first = (): string =>
  userConfig({
    lastName: 'One',
    roleId: 20,
    passwordVersion: '1',
    password: PASSWORD,
    requester: 'email = "requester@example.com"',
  });

const second = (): string =>
  userConfig({
    lastName: 'Uno',
    roleId: 30,
    passwordVersion: '2',
    password: NEW_PASSWORD,
    requester: 'email = "requester.two@example.com"\n  is_active = false',
  });

async function userExists(email: string): Promise<boolean> {
  try {
    await harness.client.users.getByEmail(email);
    return true;
  } catch (error) {
    if (isMojoError(error, 'NOT_FOUND')) {
      return false;
    }
    throw error;
  }
}

test('invalid user settings fail at plan time, before any API call', async () => {
  harness.configure(`
resource "mojohelpdesk_user" "broken" {
  email            = "not-an-email"
  role_id          = 25
  password         = "tiny5"
  first_name       = ""
}

resource "mojohelpdesk_user" "version_only" {
  email            = "version.only@example.com"
  password_version = "1"
}

data "mojohelpdesk_user" "nothing" {}
`);
  harness.emulator.resetLog();

  const result = await harness.workspace.run(['plan', '-no-color']);

  expect(result.code).toBe(1);
  const errors = result.stderr.replace(/\s+/g, ' ');
  expect(errors).toContain('email must be an email address');
  expect(errors).toContain('role_id must be one of 10, 15, 20, 30, 35, 40');
  expect(errors).toContain('password must be between 8 and 128 characters long');
  expect(errors).toContain('first_name must be between 1 and 45 characters long');
  expect(errors).toContain('Password Version Without Password');
  expect(errors).toContain('Missing User Selector');
  // Terraform quotes the configuration line; the provider's own detail never repeats the password
  expect(errors).toContain('the configured one has 5');
  expect(errors.split('tiny5')).toHaveLength(2);
  expect(harness.emulator.requests()).toEqual([]);
});

test('users: create, update, replace, import, drift and destroy', async () => {
  const { client, workspace, emulator } = harness;

  // GIVEN an agent with a password and a requester, and two look-ups past the first page
  harness.configure(first());
  const created = await workspace.runOk(['apply', '-auto-approve', '-no-color']);

  // THEN the users exist as configured and the password is nowhere in state or output
  expect(created.stdout).toContain('2 added, 0 changed, 0 destroyed');
  const agent = stateOf(workspace, 'mojohelpdesk_user.agent');
  expect(agent).toMatchObject({
    email: 'Agent.One@example.com',
    first_name: 'Agent',
    last_name: 'One',
    work_phone: '+1 555 0100',
    cell_phone: null,
    user_notes: 'Works the night shift.',
    company_id: groupId,
    role_id: 20,
    is_active: true,
    password: null,
    password_version: '1',
  });
  expect(stateOf(workspace, 'mojohelpdesk_user.requester')).toMatchObject({
    email: 'requester@example.com',
    role_id: 10,
    is_active: true,
  });
  const stateText = readFileSync(join(workspace.directory, 'terraform.tfstate'), 'utf8');
  expect(stateText).not.toContain(PASSWORD);
  expect(created.stdout + created.stderr).not.toContain(PASSWORD);
  const output = await workspace.runOk(['output', '-json', 'looked_up']);
  expect(JSON.parse(output.stdout)).toEqual(['Seeded 115', 'seeded-0110@example.com']);
  const remote = await client.users.getByEmail('agent.one@example.com');
  expect(remote).toMatchObject({ id: Number(agent?.id), role_id: 20, company_id: groupId });

  // WHEN planned again THEN nothing changes
  expect((await harness.plan()).code).toBe(0);

  // WHEN the agent changes and the requester's email changes
  harness.configure(second());
  emulator.resetLog();
  const updated = await workspace.runOk(['apply', '-auto-approve', '-no-color']);

  // THEN the agent is updated in place (password sent again) and the requester replaced
  expect(updated.stdout).toContain('1 added, 1 changed, 1 destroyed');
  expect(updated.stdout).toMatch(/mojohelpdesk_user\.requester must be replaced/);
  expect(updated.stdout + updated.stderr).not.toContain(NEW_PASSWORD);
  expect(emulator.counters()['PUT /api/v2/users/:id']).toBe(1);
  expect(stateOf(workspace, 'mojohelpdesk_user.agent')).toMatchObject({
    id: agent?.id,
    last_name: 'Uno',
    role_id: 30,
    password_version: '2',
  });
  expect(await userExists('requester@example.com')).toBe(false);
  expect(stateOf(workspace, 'mojohelpdesk_user.requester')).toMatchObject({
    email: 'requester.two@example.com',
    is_active: false,
  });

  // WHEN only the password version changes THEN one update sends the password
  harness.configure(second().replace('password_version = "2"', 'password_version = "3"'));
  emulator.resetLog();
  await workspace.runOk(['apply', '-auto-approve', '-no-color']);
  expect(emulator.counters()['PUT /api/v2/users/:id']).toBe(1);

  // WHEN both are removed from state and imported, the agent by email (other case), the
  // requester by id
  const before = allStates(workspace);
  const requesterId = String(before['mojohelpdesk_user.requester'].id);
  await workspace.runOk(['state', 'rm', 'mojohelpdesk_user.agent', 'mojohelpdesk_user.requester']);
  await workspace.runOk([
    'import',
    '-no-color',
    'mojohelpdesk_user.agent',
    'agent.one@EXAMPLE.com',
  ]);
  await workspace.runOk(['import', '-no-color', 'mojohelpdesk_user.requester', requesterId]);

  // THEN the state matches, except the password version, which only the configuration knows
  const after = allStates(workspace);
  expect(after['mojohelpdesk_user.requester']).toEqual(before['mojohelpdesk_user.requester']);
  expect(after['mojohelpdesk_user.agent']).toEqual({
    ...before['mojohelpdesk_user.agent'],
    password_version: null,
  });
  const afterImport = await harness.plan();
  expect(afterImport.code).toBe(2);
  expect(afterImport.stdout).toContain('0 to add, 1 to change, 0 to destroy');
  expect(afterImport.stdout).toMatch(/\+ password_version\s+= "3"/);
  await workspace.runOk(['apply', '-auto-approve', '-no-color']);

  // WHEN someone renames the agent and deletes the requester by hand
  await client.users.update(Number(agent?.id), { first_name: 'Renamed' });
  await client.users.delete(Number(requesterId));

  // THEN the plan shows both, and applying restores them
  const drift = await harness.plan();
  expect(drift.code).toBe(2);
  expect(drift.stdout).toMatch(/~ first_name\s+= "Renamed" -> "Agent"/);
  expect(drift.stdout).toContain('mojohelpdesk_user.requester will be created');
  await workspace.runOk(['apply', '-auto-approve', '-no-color']);
  expect((await harness.plan()).code).toBe(0);
  expect((await client.users.get(Number(agent?.id))).first_name).toBe('Agent');

  // WHEN destroyed THEN only the owner and the seeded users are left
  await workspace.runOk(['destroy', '-auto-approve', '-no-color']);
  expect(await userExists('agent.one@example.com')).toBe(false);
  expect(await userExists('requester.two@example.com')).toBe(false);
  expect(await client.users.list()).toHaveLength(SEEDED_USERS + 1);
});
