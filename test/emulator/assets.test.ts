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

describe.each(['asset_types', 'departments', 'locations'])('%s trees', (kind) => {
  test('parents must exist; /tree indents two spaces per level', async () => {
    const root = (await api.call('POST', `/${kind}`, { name: 'Root' })).body;
    const child = (await api.call('POST', `/${kind}`, { name: 'Child', parent_id: root.id })).body;
    await api.call('POST', `/${kind}`, { name: 'Grandchild', parent_id: String(child.id) });
    await api.call('POST', `/${kind}`, { name: 'Other root' });

    const tree = await api.call('GET', `/${kind}/tree`);
    expect(tree.status).toBe(200);
    expect(tree.body.map((node: { name: string }) => node.name)).toEqual([
      'Root',
      '  Child',
      '    Grandchild',
      'Other root',
    ]);

    const orphan = await api.call('POST', `/${kind}`, { name: 'x', parent_id: 99999 });
    expect(orphan.status).toBe(400);
    expect(orphan.body).toEqual({ error: ['Invalid parent id'] });
  });

  test('cycles are refused and nothing changes', async () => {
    const root = (await api.call('POST', `/${kind}`, { name: 'Root' })).body;
    const child = (await api.call('POST', `/${kind}`, { name: 'Child', parent_id: root.id })).body;
    expect((await api.call('PUT', `/${kind}/${root.id}`, { parent_id: child.id })).status).toBe(
      400,
    );
    expect((await api.call('PUT', `/${kind}/${root.id}`, { parent_id: root.id })).status).toBe(400);
    expect((await api.call('GET', `/${kind}/${root.id}`)).body.parent_id).toBeNull();
    expect(
      (await api.call('PUT', `/${kind}/${child.id}`, { parent_id: null })).body.parent_id,
    ).toBeNull();
  });

  test('a node with children cannot be deleted', async () => {
    const root = (await api.call('POST', `/${kind}`, { name: 'Root' })).body;
    await api.call('POST', `/${kind}`, { name: 'Child', parent_id: root.id });
    const refused = await api.call('DELETE', `/${kind}/${root.id}`);
    expect(refused.status).toBe(400);
    expect(Array.isArray(refused.body.error)).toBe(true);
  });
});

describe('assets', () => {
  let laptopType: number;
  let office: number;
  let manager: number;

  beforeEach(async () => {
    laptopType = (await api.call('POST', '/asset_types', { name: 'Laptop' })).body.id;
    office = (await api.call('POST', '/locations', { name: 'Main Office' })).body.id;
    manager = (
      await api.call('POST', '/users', {
        email: 'mia.manager@example.com',
        first_name: 'Mia',
        last_name: 'Manager',
        role_id: 30,
      })
    ).body.id;
    const active = (await api.call('POST', '/asset_statuses', { name: 'Active' })).body.id;
    const assets = [
      {
        display_name: 'Dell Laptop 5',
        asset_type_id: laptopType,
        location_id: office,
        vendor: 'Dell',
        purchased_on: '2023-03-01',
        managed_by_id: manager,
        asset_status_id: active,
      },
      {
        display_name: 'HP Printer',
        location_id: office,
        vendor: 'HP Inc.',
        purchased_on: '2024-06-15',
      },
      {
        display_name: 'Lenovo laptop',
        asset_type_id: laptopType,
        vendor: 'Lenovo',
        serial_number: 'SN-42',
      },
    ];
    for (const asset of assets) {
      expect((await api.call('POST', '/assets', asset)).status).toBe(200);
    }
  });

  async function names(query: string, extra = '&sort_order=asc'): Promise<string[]> {
    const answer = await api.call(
      'GET',
      `/assets/search?query=${encodeURIComponent(query)}&sort_field=name${extra}`,
    );
    expect(answer.status).toBe(200);
    return answer.body.map((asset: { display_name: string }) => asset.display_name);
  }

  test('show embeds the users; list stays flat', async () => {
    const list = await api.call('GET', '/assets');
    const first = list.body[0];
    expect(first.managed_by).toBeUndefined();
    const shown = await api.call('GET', `/assets/${first.id}`);
    expect(shown.body.managed_by).toMatchObject({ id: manager, full_name: 'Mia Manager' });
    expect(shown.body.files).toEqual([]);
  });

  test('field:value, wildcards, quoted values and ids', async () => {
    expect(await names(`location.id:${office}`)).toEqual(['Dell Laptop 5', 'HP Printer']);
    expect(await names('display_name:*laptop*')).toEqual(['Dell Laptop 5', 'Lenovo laptop']);
    expect(await names('display_name:laptop')).toEqual(['Dell Laptop 5', 'Lenovo laptop']);
    expect(await names('vendor:("HP Inc.")')).toEqual(['HP Printer']);
    expect(await names('managed_by.email:("mia.manager@example.com")')).toEqual(['Dell Laptop 5']);
    expect(await names('status:Active')).toEqual(['Dell Laptop 5']);
    expect(await names('serial_number:SN-4?')).toEqual(['Lenovo laptop']);
  });

  test('ranges, AND, OR, NOT, parentheses and _exists_', async () => {
    expect(await names('purchased_on:[2024-01-01 TO *]')).toEqual(['HP Printer']);
    expect(await names('purchased_on:[* TO 2023-12-31]')).toEqual(['Dell Laptop 5']);
    expect(await names(`asset_type.id:${laptopType} AND vendor:Dell`)).toEqual(['Dell Laptop 5']);
    expect(await names('vendor:Dell OR vendor:Lenovo')).toEqual(['Dell Laptop 5', 'Lenovo laptop']);
    expect(await names(`(vendor:Dell OR vendor:HP*) AND NOT location.id:${office}`)).toEqual([]);
    expect(await names('_exists_:serial_number')).toEqual(['Lenovo laptop']);
    expect(await names('created_on:[2000-01-01T00:00:00Z TO *]')).toHaveLength(3);
    expect(await names('')).toHaveLength(3);
  });

  test('the answer embeds related objects (search result shape)', async () => {
    const answer = await api.call('GET', '/assets/search?query=vendor:Dell');
    expect(answer.body[0]).toMatchObject({
      display_name: 'Dell Laptop 5',
      checked_out: false,
      current_checkout: null,
      asset_type: { id: laptopType, name: 'Laptop' },
      location: { id: office, name: 'Main Office' },
      department: null,
    });
  });

  test('sorting and paging: per_page defaults to 10, at least 10, at most 100', async () => {
    expect(await names('', '&sort_order=desc')).toEqual([
      'Lenovo laptop',
      'HP Printer',
      'Dell Laptop 5',
    ]);
    expect(await names('', '&per_page=1')).toHaveLength(3);
    expect(await names('', '&page=2')).toEqual([]);
  });

  test('unreadable queries and unknown fields answer 422 { message, messages }', async () => {
    for (const query of ['display_name:(laptop', 'nope:1', 'purchased_on:[2020 TO', '"open']) {
      const answer = await api.call('GET', `/assets/search?query=${encodeURIComponent(query)}`);
      expect(answer.status).toBe(422);
      expect(answer.body.messages).toEqual([answer.body.message]);
    }
    expect((await api.call('GET', '/assets/search?sort_field=colour')).status).toBe(422);
  });

  test('deleting a status moves or clears the assets that use it', async () => {
    const [dell] = (await api.call('GET', '/assets')).body;
    const retired = (await api.call('POST', '/asset_statuses', { name: 'Retired' })).body.id;
    const deleted = await api.call(
      'DELETE',
      `/asset_statuses/${dell.asset_status_id}?move_to_status_id=${retired}`,
    );
    expect(deleted.body.name).toBe('Active');
    expect((await api.call('GET', `/assets/${dell.id}`)).body.asset_status_id).toBe(retired);
    await api.call('DELETE', `/asset_statuses/${retired}`);
    expect((await api.call('GET', `/assets/${dell.id}`)).body.asset_status_id).toBeNull();
  });
});
