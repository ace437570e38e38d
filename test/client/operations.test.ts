import { MojoClient, NotFoundError } from '../../src/client';
import { RunningEmulator, startEmulator } from '../../src/emulator';

const ACCESS_KEY = 'client-operations-key-5d1f0b';

let emulator: RunningEmulator;
let client: MojoClient;

beforeAll(async () => {
  emulator = await startEmulator({ accessKey: ACCESS_KEY });
  client = new MojoClient({
    url: emulator.url,
    accessKey: ACCESS_KEY,
    requestsPerSecond: Infinity,
    maxInFlight: 8,
  });
});

afterAll(async () => {
  await client?.close();
  await emulator?.close();
});

beforeEach(() => emulator.reset());

async function expectNotFound(operation: Promise<unknown>): Promise<NotFoundError> {
  const error = await operation.then(
    () => undefined,
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(NotFoundError);
  expect((error as NotFoundError).code).toBe('NOT_FOUND');
  return error as NotFoundError;
}

describe('ticket queues', () => {
  test('create, get, list, iterate, update, delete', async () => {
    const queue = await client.ticketQueues.create({
      name: 'Billing',
      email_forward: 'a@b.example',
    });
    expect(queue).toMatchObject({ name: 'Billing', email_forward: 'a@b.example' });

    expect(await client.ticketQueues.get(queue.id)).toMatchObject({
      id: queue.id,
      name: 'Billing',
    });
    expect((await client.ticketQueues.list()).map((q) => q.id)).toContain(queue.id);

    const iterated: number[] = [];
    for await (const listed of client.ticketQueues.iterate()) {
      iterated.push(listed.id);
    }
    expect(iterated).toContain(queue.id);

    const renamed = await client.ticketQueues.update(queue.id, { name: 'Accounts' });
    expect(renamed.name).toBe('Accounts');

    await expect(client.ticketQueues.delete(queue.id)).resolves.toBe(true);
  });

  test('the documented 400 for an unknown id becomes NOT_FOUND, also on delete', async () => {
    const gone = await expectNotFound(client.ticketQueues.get(987654));
    expect(gone.status).toBe(400);
    expect(gone.message).toContain('GET /api/v2/ticket_queues/987654');

    await expectNotFound(client.ticketQueues.update(987654, { name: 'x' }));
    await expectNotFound(client.ticketQueues.delete(987654));
    await expect(client.ticketQueues.delete(987654, { ignoreMissing: true })).resolves.toBe(false);
  });

  test('a rejected body is a VALIDATION error with the server messages', async () => {
    const error = await client.ticketQueues.create({ name: '' }).catch((e: unknown) => e);

    expect(error).toMatchObject({ code: 'VALIDATION', method: 'POST' });
    expect((error as { messages: string[] }).messages.length).toBeGreaterThan(0);
  });
});

describe('groups', () => {
  test('create with documented fields, update, delete, not found', async () => {
    const group = await client.groups.create({
      name: 'Acme',
      website_url: 'https://acme.example',
      support_status_id: 1,
      support_start_date: '2025-01-01',
      city: 'Sofia',
    });
    expect(group).toMatchObject({ website_url: 'https://acme.example', support_status_id: 1 });

    const updated = await client.groups.update(group.id, { notes: 'key account' });
    expect(updated).toMatchObject({ name: 'Acme', notes: 'key account' });
    expect((await client.groups.list()).map((g) => g.id)).toContain(group.id);

    await client.groups.delete(group.id);
    await expectNotFound(client.groups.get(group.id));
  });
});

describe('users', () => {
  test('create, get, get by email, techs, update, delete', async () => {
    const user = await client.users.create(
      {
        email: 'agent.smith@example.com',
        first_name: 'Agent',
        last_name: 'Smith',
        password: 'a-long-enough-password-1',
        role_id: 20,
      },
      { sendWelcomeEmail: false },
    );
    expect(user).toMatchObject({ email: 'agent.smith@example.com', role_id: 20 });
    expect(user).not.toHaveProperty('password');

    expect((await client.users.get(user.id)).email).toBe('agent.smith@example.com');
    expect((await client.users.getByEmail('agent.smith@example.com')).id).toBe(user.id);
    expect((await client.users.techs()).map((u) => u.id)).toContain(user.id);
    expect((await client.users.list()).map((u) => u.id)).toContain(user.id);

    const updated = await client.users.update(user.id, { user_notes: 'on call' });
    expect(updated.user_notes).toBe('on call');

    await client.users.delete(user.id);
    await expectNotFound(client.users.get(user.id));
    await expectNotFound(client.users.delete(user.id));
    await expectNotFound(client.users.getByEmail('agent.smith@example.com'));
  });
});

describe('tags', () => {
  test('create, list (one request, no paging), update, merge, delete', async () => {
    const urgent = await client.tags.create({ label: 'urgent', color: '#ff0000' });
    const asap = await client.tags.create({ label: 'asap', color: '#777777' });

    emulator.resetLog();
    const tags = await client.tags.list({ sortBy: 'label', sortOrder: 'asc' });
    expect(tags.map((t) => t.label)).toEqual(expect.arrayContaining(['urgent', 'asap']));
    const listCalls = emulator.requests().filter((r) => r.path === '/api/v2/tags');
    expect(listCalls).toHaveLength(1);
    expect(listCalls[0].query).not.toHaveProperty('page');

    expect((await client.tags.update(asap.id, { color: '#00ff00' })).color).toBe('#00ff00');

    await client.tags.merge(asap.id, urgent.id);
    await expectNotFound(client.tags.get(asap.id));

    await client.tags.delete(urgent.id);
    await expectNotFound(client.tags.get(urgent.id));
  });
});

describe('ticket types', () => {
  test('create, get, list, update, delete', async () => {
    const type = await client.ticketTypes.create({ name: 'Incident' });

    expect((await client.ticketTypes.get(type.id)).name).toBe('Incident');
    expect((await client.ticketTypes.list()).map((t) => t.id)).toContain(type.id);
    expect((await client.ticketTypes.update(type.id, { name: 'Problem' })).name).toBe('Problem');

    await client.ticketTypes.delete(type.id);
    await expectNotFound(client.ticketTypes.get(type.id));
  });
});

describe('asset statuses', () => {
  test('create, get, list, update, delete moving assets, 404 as NOT_FOUND', async () => {
    const inUse = await client.assetStatuses.create({ name: 'In use' });
    const spare = await client.assetStatuses.create({ name: 'Spare' });

    expect((await client.assetStatuses.get(inUse.id)).name).toBe('In use');
    expect((await client.assetStatuses.list()).map((s) => s.id)).toEqual(
      expect.arrayContaining([inUse.id, spare.id]),
    );
    expect((await client.assetStatuses.update(spare.id, { name: 'Stock' })).name).toBe('Stock');

    emulator.resetLog();
    await client.assetStatuses.delete(inUse.id, { moveToStatusId: spare.id });
    const deleteCall = emulator.requests().find((r) => r.method === 'DELETE');
    expect(deleteCall?.query).toEqual({ move_to_status_id: String(spare.id) });

    const gone = await expectNotFound(client.assetStatuses.get(inUse.id));
    expect(gone.status).toBe(404);
  });
});

describe.each(['assetTypes', 'departments', 'locations'] as const)('%s', (api) => {
  test('create a parent and a child, tree order, update, delete', async () => {
    const hierarchy = client[api];
    const parent = await hierarchy.create({ name: 'Top', description: 'the root' });
    const child = await hierarchy.create({ name: 'Below', parent_id: parent.id });

    expect(child.parent_id).toBe(parent.id);
    expect((await hierarchy.get(child.id)).name).toBe('Below');
    expect((await hierarchy.list()).map((n) => n.id)).toEqual(
      expect.arrayContaining([parent.id, child.id]),
    );

    const tree = (await hierarchy.tree()).map((n) => n.id);
    expect(tree.indexOf(parent.id)).toBeLessThan(tree.indexOf(child.id));

    expect((await hierarchy.update(child.id, { description: 'leaf' })).description).toBe('leaf');

    await hierarchy.delete(child.id);
    await expectNotFound(hierarchy.get(child.id));
    await expect(hierarchy.delete(child.id, { ignoreMissing: true })).resolves.toBe(false);
  });
});

describe('assets', () => {
  test('create, get, search, update, delete', async () => {
    const location = await client.locations.create({ name: 'Head office' });
    const laptop = await client.assets.create({
      display_name: 'Office laptop 7',
      serial_number: 'SN-7',
      location_id: location.id,
      visibility: 'staff_only',
      cost: 1299.5,
      purchased_on: '2024-05-01',
    });
    await client.assets.create({ display_name: 'Desk phone' });

    expect(await client.assets.get(laptop.id)).toMatchObject({ serial_number: 'SN-7' });
    expect((await client.assets.list()).length).toBeGreaterThanOrEqual(2);

    const hits = await client.assets.search({ query: 'display_name:*laptop*', sortField: 'name' });
    expect(hits.map((h) => h.id)).toEqual([laptop.id]);

    const byLocation = await client.assets.search({ query: `location.id:${location.id}` });
    expect(byLocation.map((h) => h.id)).toEqual([laptop.id]);

    const updated = await client.assets.update(laptop.id, { notes: 'battery replaced' });
    expect(updated.notes).toBe('battery replaced');

    await client.assets.delete(laptop.id);
    await expectNotFound(client.assets.get(laptop.id));
  });
});

describe('access rights', () => {
  test('agents: grant and revoke one queue and a set of queues', async () => {
    const first = await client.ticketQueues.create({ name: 'First line' });
    const second = await client.ticketQueues.create({ name: 'Second line' });
    const agent = await client.users.create({
      email: 'restricted@example.com',
      first_name: 'Rita',
      role_id: 15,
    });

    const granted = await client.accessRights.setUserQueue(agent.id, first.id, true);
    expect(granted.accessible_queues?.map((q) => q.id)).toContain(first.id);

    await client.accessRights.setUserQueues(agent.id, [first.id, second.id], true);
    let rights = await client.accessRights.getUser(agent.id);
    expect(rights.accessible_queues?.map((q) => q.id)).toEqual(
      expect.arrayContaining([first.id, second.id]),
    );

    await client.accessRights.setUserQueues(agent.id, [first.id], false);
    rights = await client.accessRights.getUser(agent.id);
    expect(rights.accessible_queues?.map((q) => q.id)).not.toContain(first.id);

    expect((await client.accessRights.listAgents()).map((a) => a.id)).toContain(agent.id);
    await expectNotFound(client.accessRights.getUser(987654));
  });

  test('groups: one queue, a set, and all queues', async () => {
    const queue = await client.ticketQueues.create({ name: 'Partners' });
    const group = await client.groups.create({ name: 'Partner Co' });

    const granted = await client.accessRights.setGroupQueue(group.id, queue.id, true);
    expect(granted.accessible_queues?.map((q) => q.id)).toContain(queue.id);

    await client.accessRights.setGroupQueues(group.id, [queue.id], false);
    expect((await client.accessRights.getGroup(group.id)).accessible_queues ?? []).toEqual([]);

    const everything = await client.accessRights.setGroupAllQueues(group.id, true);
    expect(everything.has_access_to_all_ticket_queues).toBe(true);

    expect((await client.accessRights.listGroups()).map((g) => g.id)).toContain(group.id);
    await expectNotFound(client.accessRights.getGroup(987654));
  });
});

describe('group access', () => {
  test('list, get and set 0, 1 or 2', async () => {
    const group = await client.groups.create({ name: 'Customers Ltd' });
    const email = 'customer@example.com';
    const user = await client.users.create({ email, company_id: group.id });

    const set = await client.groupAccess.set(user.id, group.id, 2);
    expect(set).toMatchObject({ user_id: user.id, group_id: group.id, access: 2 });
    expect((await client.groupAccess.get(user.id, group.id)).access).toBe(2);

    await client.groupAccess.set(user.id, group.id, 1);
    const all = await client.groupAccess.list(user.id);
    expect(all.find((a) => a.group_id === group.id)?.access).toBe(1);

    await client.groupAccess.set(user.id, group.id, 0);
    expect((await client.groupAccess.get(user.id, group.id)).access).toBe(0);

    await expectNotFound(client.groupAccess.get(user.id, 987654));
    await expectNotFound(client.groupAccess.list(987654));
  });
});

describe('read-only data', () => {
  test('ticket forms: list and get, unknown id NOT_FOUND', async () => {
    const forms = await client.ticketForms.list();
    expect(forms.length).toBeGreaterThan(0);

    expect((await client.ticketForms.get(forms[0].id)).name).toBe(forms[0].name);
    await expectNotFound(client.ticketForms.get(987654));
  });

  test('teams: list and get, unknown id NOT_FOUND', async () => {
    const teams = await client.teams.list();
    expect(teams.length).toBeGreaterThan(0);

    expect((await client.teams.get(teams[0].id)).agent_ids).toEqual(teams[0].agent_ids);
    const gone = await expectNotFound(client.teams.get(987654));
    expect(gone.status).toBe(404);
  });
});
