import { startTestApi, TestApi } from './helpers';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});

afterAll(async () => {
  await api.emulator.close();
});

beforeEach(() => {
  api.emulator.reset();
});

const TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;

describe('users', () => {
  test('create answers 201 with the documented fields and never the password', async () => {
    const created = await api.call('POST', '/users?send_welcome_email=0', {
      email: 'ivy@example.com',
      first_name: 'Ivy',
      last_name: 'Green',
      password: 'long enough secret',
      role_id: 20,
      custom_field_employee_id: 'E-7',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      email: 'ivy@example.com',
      full_name: 'Ivy Green',
      role_id: 20,
      is_active: true,
      access_key: null,
      custom_field_employee_id: 'E-7',
    });
    expect(created.body.created_on).toMatch(TIMESTAMP);
    expect(created.text).not.toContain('long enough secret');
    expect(created.body).not.toHaveProperty('password');

    const shown = await api.call('GET', `/users/${created.body.id}`);
    expect(shown.body.related_data).toMatchObject({
      full_name: 'Ivy Green',
      role_name: 'Technician',
    });
    expect(shown.text).not.toContain('long enough secret');
  });

  test('email is required, checked and unique (case-insensitive)', async () => {
    expect((await api.call('POST', '/users', { first_name: 'x' })).body).toEqual({
      error: "Email can't be blank",
    });
    expect((await api.call('POST', '/users', { email: 'not-an-email' })).body).toEqual({
      error: 'Email is invalid',
    });
    expect((await api.call('POST', '/users', { email: 'a@b.c' })).status).toBe(400);
    await api.call('POST', '/users', { email: 'dup@example.com' });
    const again = await api.call('POST', '/users', { email: 'DUP@example.com' });
    expect(again.status).toBe(400);
    expect(again.body.error).toBe(
      'The user with email DUP@example.com already exists as a Regular user.',
    );
  });

  test('passwords shorter than 8 characters are refused', async () => {
    const answer = await api.call('POST', '/users', { email: 'p@example.com', password: '111111' });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ error: 'Password should be at least 8 characters' });
  });

  test('unknown attributes answer 422 { message, messages }', async () => {
    const answer = await api.call('POST', '/users', { email: 'u@example.com', shoe_size: 44 });
    expect(answer.status).toBe(422);
    expect(answer.body).toEqual({
      message: "unknown attribute 'shoe_size' for User.",
      messages: ["unknown attribute 'shoe_size' for User."],
    });
  });

  test('roles: enumeration enforced, nothing above the owner', async () => {
    const above = await api.call('POST', '/users', { email: 'r@example.com', role_id: 50 });
    expect(above.body).toEqual({ error: 'You are not allowed to set a super admin role.' });
    const odd = await api.call('POST', '/users', { email: 'r@example.com', role_id: 25 });
    expect(odd.body).toEqual({ error: 'Role is not included in the list' });
    const text = await api.call('POST', '/users', { email: 'r@example.com', role_id: '35' });
    expect(text.body.role_id).toBe(35);
  });

  test('PUT is partial and ignores a changed email', async () => {
    const created = await api.call('POST', '/users', { email: 'e@example.com', first_name: 'E' });
    const id = created.body.id;
    const updated = await api.call('PUT', `/users/${id}`, { user_notes: 'Thats me again.' });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ first_name: 'E', user_notes: 'Thats me again.' });

    const changed = await api.call('PUT', `/users/${id}`, { email: 'other@example.com' });
    expect(changed.status).toBe(200);
    expect(changed.body.email).toBe('e@example.com');
    const same = await api.call('PUT', `/users/${id}`, { email: 'E@example.com', last_name: 'L' });
    expect(same.status).toBe(200);
    expect(same.body.email).toBe('e@example.com');
  });

  test('unknown ids: 400 on show and update, 404 on delete', async () => {
    expect((await api.call('GET', '/users/999')).body).toEqual({ error: 'Invalid user id' });
    expect((await api.call('PUT', '/users/999', { first_name: 'x' })).body).toEqual({
      error: 'Invalid user id',
    });
    const deleted = await api.call('DELETE', '/users/999');
    expect(deleted.status).toBe(404);
    expect(deleted.body.message).toBeDefined();
  });

  test('the owner cannot be deleted; others can, with an empty 200', async () => {
    const owner = await api.call('DELETE', '/users/1');
    expect(owner.status).toBe(422);
    expect(owner.body.messages).toEqual([owner.body.message]);

    const user = await api.call('POST', '/users', { email: 'gone@example.com' });
    const deleted = await api.call('DELETE', `/users/${user.body.id}`);
    expect(deleted.status).toBe(200);
    expect(deleted.text).toBe('');
  });

  test('get_by_email finds users case-insensitively; unknown email is 400', async () => {
    const found = await api.call('GET', '/users/get_by_email?email=OWNER@example.com');
    expect(found.body.id).toBe(1);
    expect((await api.call('GET', '/users/get_by_email?email=no@example.com')).body).toEqual({
      error: 'Invalid user email',
    });
    expect((await api.call('GET', '/users/get_by_email')).status).toBe(400);
  });

  test('techs lists agents only', async () => {
    await api.call('POST', '/users', { email: 'end@example.com' });
    await api.call('POST', '/users', { email: 'agent@example.com', role_id: 15 });
    const techs = await api.call('GET', '/users/techs');
    expect(techs.body.map((user: { email: string }) => user.email)).toEqual([
      'owner@example.com',
      'agent@example.com',
    ]);
  });

  test('company must exist; deleting the group clears it', async () => {
    expect(
      (await api.call('POST', '/users', { email: 'c@example.com', company_id: '888' })).body,
    ).toEqual({
      error: 'Invalid company id',
    });
    const group = await api.call('POST', '/groups', { name: 'Acme' });
    const user = await api.call('POST', '/users', {
      email: 'c@example.com',
      company_id: String(group.body.id),
    });
    expect(user.body).toMatchObject({ company_id: group.body.id, organization_name: 'Acme' });
    await api.call('DELETE', `/groups/${group.body.id}`);
    expect((await api.call('GET', `/users/${user.body.id}`)).body.company_id).toBeNull();
  });
});
