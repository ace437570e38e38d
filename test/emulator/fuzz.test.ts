import fc from 'fast-check';
import { Pool } from 'undici';
import { EXPIRED_KEY, KEY, READ_ONLY_KEY, startTestApi, TestApi } from './helpers';

/**
 * Sends thousands of generated malformed requests (bad ids, paths, paging values, bodies, content
 * types, keys) and checks that every answer is a 4xx or a success with JSON, never a 5xx, and
 * that the valid data created before is untouched.
 */
let api: TestApi;
let pool: Pool;
let protectedIds: Record<string, number>;

const COLLECTIONS = [
  'ticket_queues',
  'groups',
  'users',
  'tags',
  'ticket_types',
  'ticket_forms',
  'teams',
  'asset_statuses',
  'asset_types',
  'departments',
  'locations',
  'assets',
];

/** Everything a client can read, to compare before and after the fuzzing. */
async function snapshot(): Promise<unknown> {
  const state: Record<string, unknown> = {};
  const paths = [
    ...COLLECTIONS.map((collection) => `/${collection}?per_page=100`),
    '/access_rights/agents',
    '/access_rights/groups',
    `/users/${protectedIds.user}/group_access`,
    '/locations/tree',
  ];
  for (const path of paths) {
    const answer = await api.call('GET', path);
    expect(answer.status).toBe(200);
    state[path] = answer.body;
  }
  return state;
}

beforeAll(async () => {
  api = await startTestApi({ maxBodyBytes: 4096 });
  pool = new Pool(api.emulator.url, { connections: 4 });
  const queue = (await api.call('POST', '/ticket_queues', { name: 'Support' })).body.id;
  const group = (await api.call('POST', '/groups', { name: 'Acme' })).body.id;
  const user = (await api.call('POST', '/users', { email: 'agent@example.com', role_id: 15 })).body
    .id;
  const tag = (await api.call('POST', '/tags', { label: 'Bug', color: '#ff0000' })).body.id;
  const location = (await api.call('POST', '/locations', { name: 'HQ' })).body.id;
  const asset = (await api.call('POST', '/assets', { display_name: 'Laptop' })).body.id;
  await api.call('POST', `/users/${user}/access_rights`, {
    ticket_queue_id: String(queue),
    has_access: 'true',
  });
  await api.call('POST', `/users/${user}/group_access/${group}`, { access: 1 });
  protectedIds = { queue, group, user, tag, location, asset };
});

afterAll(async () => {
  await pool.close();
  await api.emulator.close();
});

const weirdSegment = fc.oneof(
  fc.constantFrom('0', '-1', '1.5', 'abc', '99999999999999999999', '%00', '%E0%A4%A', '..', 'null'),
  fc.integer({ min: -5, max: 1_000_000 }).map(String),
  fc.string({ maxLength: 12 }).map(encodeURIComponent),
);

const idSegment = fc.oneof(
  weirdSegment,
  fc.constantFrom('queue', 'group', 'user', 'tag', 'location', 'asset', '1', '2700', '4301'),
);

const pathArbitrary = fc.oneof(
  fc.constantFrom(...COLLECTIONS).map((collection) => `/api/v2/${collection}`),
  fc
    .tuple(fc.constantFrom(...COLLECTIONS), idSegment)
    .map(([collection, id]) => `/api/v2/${collection}/${id}`),
  fc
    .tuple(
      fc.constantFrom(
        'users/:id/access_rights',
        'users/:id/access_rights/set',
        'groups/:id/access_rights',
        'groups/:id/access_rights/set',
        'users/:id/group_access',
        'users/:id/group_access/:id',
        'tags/:id/merge',
        'ticket_type/:id',
        'assets/search',
        'users/get_by_email',
        'locations/tree',
        'access_rights/agents',
      ),
      idSegment,
      idSegment,
    )
    .map(([pattern, first, second]) => {
      const path = pattern.replace(':id', first).replace(':id', second);
      return `/api/v2/${path}`;
    }),
  fc.array(weirdSegment, { maxLength: 5 }).map((segments) => `/${segments.join('/')}`),
  fc.constant(`/api/v2/${'x'.repeat(3000)}`),
);

const queryArbitrary = fc.record(
  {
    page: fc.oneof(fc.constantFrom('0', '-1', 'x', '', '1e9', '2'), fc.string({ maxLength: 6 })),
    per_page: fc.oneof(fc.constantFrom('0', '101', '1000000000000', 'abc', ''), fc.string()),
    query: fc.oneof(
      fc.constantFrom('(', ')', '"', '[1 TO', 'a:b:c', 'display_name:*', 'NOT', 'constructor:1'),
      fc.string({ maxLength: 30 }),
    ),
    email: fc.string({ maxLength: 20 }),
    sort_by: fc.oneof(fc.string({ maxLength: 8 }), fc.constant('constructor')),
    sort_field: fc.oneof(fc.string({ maxLength: 8 }), fc.constant('toString')),
    move_to_status_id: fc.string({ maxLength: 5 }),
  },
  { requiredKeys: [] },
);

const fieldNames = fc.constantFrom(
  'name',
  'label',
  'color',
  'email',
  'role_id',
  'parent_id',
  'company_id',
  'has_access',
  'keys',
  'ticket_queue_id',
  'access',
  'with_tag_id',
  'display_name',
  'support_status_id',
  'visibility',
  'purchased_on',
  'password',
  'constructor',
  '__proto__',
  'toString',
);

/**
 * Bodies that must never change anything: they are not JSON objects, or carry a field no
 * endpoint knows next to random values for known fields.
 */
const bodyArbitrary = fc.oneof(
  fc.string({ maxLength: 50 }),
  fc.constantFrom('{', '{"name":', '[]', 'null', '42', '"text"', '{"a":1}}', '\u0000'),
  fc.json({ maxDepth: 2 }).filter((text) => !text.trim().startsWith('{')),
  fc
    .dictionary(fieldNames, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 })
    .map((fields) => JSON.stringify({ ...fields, zz_unknown_field: true })),
  fc.constant(`{"name":"${'x'.repeat(5000)}"}`),
);

const requestArbitrary = fc.record({
  method: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'),
  path: pathArbitrary,
  query: queryArbitrary,
  key: fc.constantFrom(KEY, KEY, KEY, READ_ONLY_KEY, EXPIRED_KEY, '', 'wrong', undefined),
  body: fc.option(bodyArbitrary),
  contentType: fc.constantFrom(
    'application/json',
    'application/json; charset=utf-8',
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
  ),
});

test('thousands of malformed requests: no 5xx, JSON errors, data untouched', async () => {
  const before = await snapshot();

  await fc.assert(
    fc.asyncProperty(requestArbitrary, async (generated) => {
      const path = generated.path.replace(
        /\/(queue|group|user|tag|location|asset)(?=\/|$)/g,
        (_, name: string) => `/${protectedIds[name]}`,
      );
      const search = new URLSearchParams(generated.query as Record<string, string>);
      if (generated.key !== undefined) {
        search.set('access_key', generated.key);
      }

      // DELETE with the read-write key on an existing object is a legitimate write: aim it at
      // ids that cannot exist instead.
      const isDelete = generated.method === 'DELETE' && generated.key === KEY;
      const target = isDelete ? path.replace(/\/\d+(?=\/|$)/g, '/7777777') : path;
      const sendsBody = !['GET', 'HEAD', 'DELETE'].includes(generated.method);

      const answer = await pool.request({
        method: generated.method as 'GET',
        path: `${target}?${search}`,
        headers: { 'content-type': generated.contentType },
        body: sendsBody ? (generated.body ?? undefined) : undefined,
      });
      const text = await answer.body.text();

      expect(answer.statusCode).toBeLessThan(500);
      if (text !== '') {
        expect(() => JSON.parse(text)).not.toThrow();
      }
      if (answer.statusCode >= 400 && generated.method !== 'HEAD') {
        expect(text).not.toBe('');
      }
    }),
    { numRuns: 2500, seed: 20240115 },
  );

  expect(await snapshot()).toEqual(before);
});
