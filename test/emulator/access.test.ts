import { startTestApi, TestApi } from './helpers';

let api: TestApi;
let agentId: number;
let endUserId: number;
let groupId: number;
let queues: number[];

beforeAll(async () => {
  api = await startTestApi();
});

afterAll(async () => {
  await api.emulator.close();
});

beforeEach(async () => {
  api.emulator.reset();
  agentId = (await api.call('POST', '/users', { email: 'agent@example.com', role_id: 15 })).body.id;
  endUserId = (await api.call('POST', '/users', { email: 'end@example.com' })).body.id;
  groupId = (await api.call('POST', '/groups', { name: 'Acme' })).body.id;
  queues = [];
  for (const name of ['Support', 'Billing', 'Sales']) {
    queues.push((await api.call('POST', '/ticket_queues', { name })).body.id);
  }
});

const queueIds = (right: { accessible_queues: { id: number }[] }) =>
  right.accessible_queues.map((queue) => queue.id);

describe('access rights of agents', () => {
  test('grant and revoke one queue with the documented string values', async () => {
    const granted = await api.call('POST', `/users/${agentId}/access_rights`, {
      ticket_queue_id: String(queues[0]),
      has_access: 'true',
    });
    expect(granted.status).toBe(200);
    expect(granted.body).toMatchObject({
      id: agentId,
      email: 'agent@example.com',
      has_access_to_all_ticket_queues: false,
      accessible_queues: [{ id: queues[0], name: 'Support' }],
    });

    const revoked = await api.call('POST', `/users/${agentId}/access_rights`, {
      ticket_queue_id: queues[0],
      has_access: false,
    });
    expect(queueIds(revoked.body)).toEqual([]);
    expect((await api.call('GET', `/users/${agentId}/access_rights`)).body).toEqual(revoked.body);
  });

  test('set grants several queues at once and answers an array', async () => {
    const answer = await api.call('POST', `/users/${agentId}/access_rights/set`, {
      keys: [String(queues[0]), String(queues[2])],
      has_access: 'true',
    });
    expect(answer.status).toBe(200);
    expect(Array.isArray(answer.body)).toBe(true);
    expect(queueIds(answer.body[0])).toEqual([queues[0], queues[2]]);
  });

  test('a bad queue in a set changes nothing', async () => {
    const answer = await api.call('POST', `/users/${agentId}/access_rights/set`, {
      keys: [String(queues[0]), '999999'],
      has_access: 'true',
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({
      code: 'invalid_request',
      messages: ['Invalid Ticket Queue ID.'],
    });
    expect(queueIds((await api.call('GET', `/users/${agentId}/access_rights`)).body)).toEqual([]);
  });

  test('errors use the { code, messages } shape', async () => {
    for (const path of [`/users/${endUserId}/access_rights`, '/users/999/access_rights']) {
      const answer = await api.call('GET', path);
      expect(answer.status).toBe(400);
      expect(answer.body).toEqual({ code: 'invalid_request', messages: ['Invalid User ID.'] });
    }
    const missingKeys = await api.call('POST', `/users/${agentId}/access_rights/set`, {
      has_access: 'true',
    });
    expect(missingKeys.body.code).toBe('invalid_request');
    const badFlag = await api.call('POST', `/users/${agentId}/access_rights`, {
      ticket_queue_id: queues[0],
      has_access: 'maybe',
    });
    expect(badFlag.status).toBe(400);
  });

  test('agents and restricted_agents list every active agent', async () => {
    await api.call('POST', `/users/${agentId}/access_rights`, {
      ticket_queue_id: String(queues[1]),
      has_access: 'true',
    });
    const agents = await api.call('GET', '/access_rights/agents');
    expect(agents.body.map((right: { id: number }) => right.id)).toEqual([1, agentId]);
    expect(agents.body[0].has_access_to_all_ticket_queues).toBe(true);
    expect(queueIds(agents.body[1])).toEqual([queues[1]]);
    expect((await api.call('GET', '/access_rights/restricted_agents')).body).toEqual(agents.body);
  });
});

describe('access rights of groups', () => {
  test('single queue, all queues, and sets', async () => {
    const single = await api.call('POST', `/groups/${groupId}/access_rights`, {
      ticket_queue_id: String(queues[1]),
      has_access: 'true',
    });
    expect(single.body).toEqual({
      id: groupId,
      name: 'Acme',
      has_access_to_all_ticket_queues: false,
      accessible_queues: [{ id: queues[1], name: 'Billing' }],
    });

    const all = await api.call('POST', `/groups/${groupId}/access_rights`, {
      has_access_to_all_ticket_queues: 'true',
    });
    expect(all.body.has_access_to_all_ticket_queues).toBe(true);
    expect(queueIds(all.body)).toEqual(queues);

    await api.call('POST', `/groups/${groupId}/access_rights`, {
      has_access_to_all_ticket_queues: false,
    });
    const set = await api.call('POST', `/groups/${groupId}/access_rights/set`, {
      keys: [String(queues[0])],
      has_access: 'true',
    });
    expect(queueIds(set.body[0])).toEqual([queues[0], queues[1]]);

    const listed = await api.call('GET', '/access_rights/groups');
    expect(listed.body).toEqual([set.body[0]]);
  });

  test('deleting a queue removes it from the rights', async () => {
    await api.call('POST', `/groups/${groupId}/access_rights/set`, {
      keys: queues.map(String),
      has_access: 'true',
    });
    await api.call('DELETE', `/ticket_queues/${queues[0]}`);
    const right = await api.call('GET', `/groups/${groupId}/access_rights`);
    expect(queueIds(right.body)).toEqual([queues[1], queues[2]]);
  });

  test('unknown group answers Invalid Group ID. in { code, messages }', async () => {
    const answer = await api.call('GET', '/groups/1/access_rights');
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ code: 'invalid_request', messages: ['Invalid Group ID.'] });
  });
});

describe('group access of users', () => {
  test('set, read and list access levels 0, 1 and 2', async () => {
    const path = `/users/${endUserId}/group_access/${groupId}`;
    expect((await api.call('GET', path)).body).toEqual({
      user_id: endUserId,
      group_id: groupId,
      access: 0,
    });
    const full = await api.call('POST', path, { access: 1 });
    expect(full.status).toBe(200);
    expect(full.body).toEqual({ user_id: endUserId, group_id: groupId, access: 1 });
    expect((await api.call('POST', path, { access: '2' })).body.access).toBe(2);
    expect((await api.call('GET', `/users/${endUserId}/group_access`)).body).toEqual([
      { user_id: endUserId, group_id: groupId, access: 2 },
    ]);
    await api.call('POST', path, { access: 0 });
    expect((await api.call('GET', `/users/${endUserId}/group_access`)).body).toEqual([]);
  });

  test('bad levels and unknown ids answer 400 { error }', async () => {
    const path = `/users/${endUserId}/group_access/${groupId}`;
    for (const access of [3, -1, 'full', null, 1.5]) {
      expect((await api.call('POST', path, { access })).status).toBe(400);
    }
    expect((await api.call('POST', path, {})).status).toBe(400);
    expect((await api.call('GET', `/users/999/group_access/${groupId}`)).body).toEqual({
      error: 'Invalid User ID.',
    });
    expect((await api.call('GET', `/users/${endUserId}/group_access/1`)).body).toEqual({
      error: 'Invalid Group ID.',
    });
    expect((await api.call('GET', '/users/999/group_access')).body).toEqual({
      error: 'Invalid User ID.',
    });
  });
});
