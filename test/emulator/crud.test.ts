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

/** Collections answering 201 on create, 400 "Invalid ... id" and empty deletes. */
const classic = [
  {
    path: '/ticket_queues',
    create: { name: 'Support' },
    change: { name: 'Help' },
    what: 'ticket queue',
  },
  { path: '/groups', create: { name: 'Acme' }, change: { city: 'Paris' }, what: 'group' },
  {
    path: '/tags',
    create: { label: 'Bug', color: '#ff0000' },
    change: { color: '#00ff00' },
    what: 'tag',
  },
  {
    path: '/ticket_types',
    create: { name: 'Incident' },
    change: { name: 'Problem' },
    what: 'ticket type',
  },
];

/** Collections answering 200 on create, 404 on unknown ids and the object on delete. */
const assetFamily = [
  { path: '/asset_statuses', create: { name: 'Active' }, change: { name: 'In use' } },
  { path: '/asset_types', create: { name: 'Laptop' }, change: { description: 'Portable' } },
  { path: '/departments', create: { name: 'IT' }, change: { description: 'Tech' } },
  { path: '/locations', create: { name: 'HQ' }, change: { position: 3 } },
  { path: '/assets', create: { display_name: 'Printer' }, change: { vendor: 'HP' } },
];

describe.each(classic)('$path', ({ path, create, change, what }) => {
  test('create answers 201 with the object, show and list return it', async () => {
    const created = await api.call('POST', path, create);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject(create);
    expect(Number.isInteger(created.body.id)).toBe(true);

    const shown = await api.call('GET', `${path}/${created.body.id}`);
    expect(shown.status).toBe(200);
    expect(shown.body).toEqual(created.body);

    const listed = await api.call('GET', path);
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual([created.body]);
  });

  test('PUT changes only the fields sent', async () => {
    const created = await api.call('POST', path, create);
    const updated = await api.call('PUT', `${path}/${created.body.id}`, change);
    expect(updated.status).toBe(200);
    expect(updated.body).toEqual({ ...created.body, ...change });

    const patched = await api.call('PATCH', `${path}/${created.body.id}`, {});
    expect(patched.status).toBe(200);
    expect(patched.body).toEqual(updated.body);
  });

  test('delete answers 200 with an empty body, then the id is invalid', async () => {
    const created = await api.call('POST', path, create);
    const deleted = await api.call('DELETE', `${path}/${created.body.id}`);
    expect(deleted.status).toBe(200);
    expect(deleted.text).toBe('');

    const message = `Invalid ${what} id`;
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const gone = await api.call(
        method,
        `${path}/${created.body.id}`,
        method === 'PUT' ? change : undefined,
      );
      expect(gone.status).toBe(400);
      expect(gone.body).toEqual({ error: message });
    }
  });

  test.each(['0', '-3', 'abc', '1.5', '99999999999999999999'])(
    'bad id %s is an unknown id',
    async (id) => {
      const answer = await api.call('GET', `${path}/${id}`);
      expect(answer.status).toBe(400);
      expect(answer.body).toEqual({ error: `Invalid ${what} id` });
    },
  );

  test('missing required fields and unknown fields answer 400 { error }', async () => {
    const missing = await api.call('POST', path, {});
    expect(missing.status).toBe(400);
    expect(typeof missing.body.error).toBe('string');

    const unknown = await api.call('POST', path, { ...create, surprise: 1 });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toContain('surprise');
    expect((await api.call('GET', path)).body).toEqual([]);
  });
});

describe.each(assetFamily)('$path', ({ path, create, change }) => {
  test('create answers 200 with the object, show and list return it', async () => {
    const created = await api.call('POST', path, create);
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject(create);

    const shown = await api.call('GET', `${path}/${created.body.id}`);
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject(created.body);

    const listed = await api.call('GET', path);
    expect(listed.body.map((object: { id: number }) => object.id)).toContain(created.body.id);
  });

  test('PUT is partial; delete answers the deleted object; then 404 with messages', async () => {
    const created = await api.call('POST', path, create);
    const updated = await api.call('PUT', `${path}/${created.body.id}`, change);
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ ...create, ...change });

    const deleted = await api.call('DELETE', `${path}/${created.body.id}`);
    expect(deleted.status).toBe(200);
    expect(deleted.body).toMatchObject({ id: created.body.id, ...change });

    for (const method of ['GET', 'PUT', 'DELETE']) {
      const gone = await api.call(
        method,
        `${path}/${created.body.id}`,
        method === 'PUT' ? change : undefined,
      );
      expect(gone.status).toBe(404);
      expect(gone.body).toEqual({ message: 'Record not found', messages: ['Record not found'] });
    }
  });

  test('validation errors answer 400 with a list of messages', async () => {
    const missing = await api.call('POST', path, {});
    expect(missing.status).toBe(400);
    expect(Array.isArray(missing.body.error)).toBe(true);
  });
});

describe('field validation', () => {
  test('groups check enumerations, dates, contacts and keep all documented fields', async () => {
    const bad = await api.call('POST', '/groups', {
      name: 'Acme',
      support_status_id: 7,
      support_start_date: '2024-02-30',
      primary_contact_id: 424242,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toContain('Support status is not included in the list');
    expect(bad.body.error).toContain('Support start date is not a valid date');
    expect(bad.body.error).toContain('Invalid primary contact id');

    const good = await api.call('POST', '/groups', {
      name: 'Acme',
      support_status_id: '1',
      support_start_date: '2024-01-01',
      primary_contact_id: 1,
      website_url: 'www.example.com',
    });
    expect(good.status).toBe(201);
    expect(Object.keys(good.body).sort()).toEqual(
      [
        'id',
        'name',
        'primary_contact_id',
        'billing_contact_id',
        'support_level_id',
        'support_status_id',
        'support_start_date',
        'support_end_date',
        'support_info_url',
        'address',
        'address2',
        'city',
        'state',
        'zip',
        'country',
        'website_url',
        'notes',
      ].sort(),
    );
    expect(good.body.support_status_id).toBe(1);
  });

  test('wrong types answer 400 and change nothing', async () => {
    const queue = await api.call('POST', '/ticket_queues', { name: 'Support' });
    for (const body of [{ name: 5 }, { name: null }, { name: '' }, { email_ticket_form_id: 'x' }]) {
      const answer = await api.call('PUT', `/ticket_queues/${queue.body.id}`, body);
      expect(answer.status).toBe(400);
    }
    expect((await api.call('GET', `/ticket_queues/${queue.body.id}`)).body).toEqual(queue.body);
  });

  test('queue email form must be a seeded ticket form', async () => {
    const bad = await api.call('POST', '/ticket_queues', { name: 'Q', email_ticket_form_id: 1 });
    expect(bad.body).toEqual({ error: 'Invalid email ticket form id' });
    const good = await api.call('POST', '/ticket_queues', {
      name: 'Q',
      email_ticket_form_id: 2700,
    });
    expect(good.body.email_ticket_form_id).toBe(2700);
  });

  test('tags need a hex colour and a unique label', async () => {
    expect((await api.call('POST', '/tags', { label: 'A', color: 'red' })).body).toEqual({
      error: 'Color is invalid',
    });
    await api.call('POST', '/tags', { label: 'A', color: '#123456' });
    expect((await api.call('POST', '/tags', { label: 'a', color: '#123456' })).body).toEqual({
      error: 'Label has already been taken',
    });
  });

  test('assets check visibility, dates, cost and references', async () => {
    const bad = await api.call('POST', '/assets', {
      display_name: 'Laptop',
      visibility: 'everyone',
      purchased_on: 'yesterday',
      cost: 'cheap',
      location_id: 5,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toEqual(
      expect.arrayContaining([
        'Purchased on is not a valid date',
        'Cost is not a number',
        'Visibility is not included in the list',
        'Invalid location id',
      ]),
    );
    const good = await api.call('POST', '/assets', {
      display_name: 'Laptop',
      visibility: 'all_users',
      cost: 10.5,
    });
    expect(good.body).toMatchObject({ visibility: 'all_users', cost: 10.5 });
    expect(good.body.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });
});

describe('read-only collections', () => {
  test('ticket forms list basics, show details, unknown id is 400', async () => {
    const list = await api.call('GET', '/ticket_forms');
    expect(list.status).toBe(200);
    expect(list.body[0]).toMatchObject({ id: 2700, is_default: true, is_enabled: true });
    expect(list.body[0].field_attributes).toBeUndefined();

    const form = await api.call('GET', '/ticket_forms/2700');
    expect(Array.isArray(form.body.field_attributes)).toBe(true);
    expect((await api.call('GET', '/ticket_forms/1')).body).toEqual({
      error: 'Invalid ticket form id',
    });
    expect((await api.call('POST', '/ticket_forms', { name: 'x' })).status).toBe(405);
  });

  test('teams list and show; unknown team is 404', async () => {
    const list = await api.call('GET', '/teams');
    expect(list.body[0]).toEqual({ id: 4301, name: 'Tier 1', agent_ids: [1] });
    expect((await api.call('GET', '/teams/4301')).status).toBe(200);
    const missing = await api.call('GET', '/teams/1');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ message: 'Record not found', messages: ['Record not found'] });
  });
});

describe('tags and ticket types extras', () => {
  test('tags are not paged and sort by label or color', async () => {
    for (let index = 0; index < 35; index += 1) {
      await api.call('POST', '/tags', {
        label: `t${String(index).padStart(2, '0')}`,
        color: '#000000',
      });
    }
    const all = await api.call('GET', '/tags?per_page=5');
    expect(all.body).toHaveLength(35);
    const desc = await api.call('GET', '/tags?sort_by=label&sort_order=desc');
    expect(desc.body[0].label).toBe('t34');
    expect((await api.call('GET', '/tags?sort_by=nope')).status).toBe(400);
  });

  test('merge removes the source tag and answers 200 empty', async () => {
    const source = await api.call('POST', '/tags', { label: 'a', color: '#000000' });
    const target = await api.call('POST', '/tags', { label: 'b', color: '#000000' });
    const merged = await api.call('POST', `/tags/${source.body.id}/merge`, {
      with_tag_id: target.body.id,
    });
    expect(merged.status).toBe(200);
    expect(merged.text).toBe('');
    expect((await api.call('GET', `/tags/${source.body.id}`)).status).toBe(400);
    const bad = await api.call('POST', `/tags/${target.body.id}/merge`, { with_tag_id: 1 });
    expect(bad.body).toEqual({ error: 'Invalid tag id' });
  });

  test('the singular ticket_type path shows a ticket type', async () => {
    const type = await api.call('POST', '/ticket_types', { name: 'Bug' });
    expect((await api.call('GET', `/ticket_type/${type.body.id}`)).body).toEqual(type.body);
    expect((await api.call('GET', '/ticket_type/1')).body).toEqual({
      error: 'Invalid ticket type id',
    });
  });
});
