/**
 * Ten thousand malformed requests, generated from a fixed seed, against the emulator running in
 * this process: bad bodies, parameters, paths, methods, encodings and keys. None is answered
 * with a 5xx or a dropped connection, the emulator keeps answering, and the objects it held
 * before are untouched afterwards.
 */
import { Agent, request } from 'node:http';
import { MojoClient } from '../../src/client';
import { startEmulator } from '../../src/emulator';
import type { RunningEmulator } from '../../src/emulator';
import { seededRandom } from '../../src/emulator/faults';

const ACCESS_KEY = 'robust-key-55e0';
const READ_ONLY_KEY = 'robust-read-only-9a1b';
const REQUESTS = 10_000;
const CONCURRENCY = 16;

const COLLECTIONS = [
  'ticket_queues',
  'groups',
  'users',
  'tags',
  'ticket_types',
  'asset_statuses',
  'asset_types',
  'departments',
  'locations',
  'assets',
  'ticket_forms',
  'teams',
];

/** Ids that name no object: wrong type, out of range, or encoded junk. */
const BAD_IDS = [
  'abc',
  '-1',
  '0',
  '1.5',
  '99999999999999999999',
  '1e3',
  '%00',
  '%zz',
  '%',
  '..',
  '%2e%2e',
  '%E2%82%AC',
  '0x10',
  '%201',
  'null',
  '[]',
  "1'or'1'='1",
  'x'.repeat(5000),
];

const SUBPATHS = [
  '',
  '/access_rights',
  '/access_rights/set',
  '/group_access',
  '/group_access/abc',
  '/merge',
  '/tree',
];

const QUERIES = [
  'page=-1',
  'page=abc',
  'per_page=0',
  'per_page=100000',
  'per_page=1e9',
  'page=1&page=2',
  'sort_field=__proto__',
  'sort_field=constructor',
  'email=',
  'email=%ff',
  'query=%27%22%3C',
  'send_welcome_email=maybe',
  'access_key',
  '%zz=1',
];

const BODIES: readonly { type?: string; text: string }[] = [
  { text: '{' },
  { text: '[]' },
  { text: '"text"' },
  { text: '42' },
  { text: 'null' },
  { text: '{"name":' },
  { text: '\u0000\u0001\u0002' },
  { text: '{"__proto__":{"admin":true}}' },
  { text: '{"name": {"nested": [1, 2, {"deep": null}]}}' },
  { type: 'text/plain', text: 'name=Support' },
  { type: 'application/x-www-form-urlencoded', text: 'name=Support&role_id=40' },
  { type: 'application/xml', text: '<name>x</name>' },
  { text: JSON.stringify({ name: 'x'.repeat(2_000_000) }) },
  { text: '{"role_id":"forty","email":12,"access":"yes"}' },
  { text: '{"ticket_queue_id":[],"has_access_to_all_ticket_queues":{}}' },
];

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'TRACE', 'PROPFIND'];

/** One generated request. */
interface Malformed {
  readonly method: string;
  readonly path: string;
  readonly contentType?: string;
  readonly body?: string;
}

/**
 * A request that cannot change stored objects: every write either carries a body the service
 * must refuse, names an object that does not exist, or has no valid access key.
 */
function generate(random: () => number): Malformed {
  const pick = <T>(choices: readonly T[]): T => choices[Math.floor(random() * choices.length)];
  const collection = pick(COLLECTIONS);
  const key = pick([`access_key=${ACCESS_KEY}`, `access_key=${READ_ONLY_KEY}`, 'access_key=x', '']);
  const query = [key, random() < 0.5 ? pick(QUERIES) : ''].filter(Boolean).join('&');
  const withQuery = (path: string) => (query ? `${path}?${query}` : path);
  const method = pick(METHODS);
  const body = pick(BODIES);

  switch (Math.floor(random() * 5)) {
    case 0:
      // A collection with a body no create accepts.
      return {
        method: pick(['POST', 'PUT', 'PATCH']),
        path: withQuery(`/api/v2/${collection}`),
        contentType: body.type ?? 'application/json',
        body: body.text,
      };
    case 1:
      // A member that does not exist, with any method and body.
      return {
        method,
        path: withQuery(`/api/v2/${collection}/${pick(BAD_IDS)}${pick(SUBPATHS)}`),
        contentType: body.type ?? 'application/json',
        body: method === 'GET' || method === 'HEAD' ? undefined : body.text,
      };
    case 2:
      // Reads with odd parameters.
      return {
        method: 'GET',
        path: `/api/v2/${collection}?access_key=${ACCESS_KEY}&${pick(QUERIES)}`,
      };
    case 3:
      // Paths outside the API, or mangled.
      return {
        method,
        path: pick([
          '/',
          '/api',
          '/api/v1/tickets',
          `/api/v2//${collection}`,
          `/api/v2/${collection}/../users`,
          '/api/v2/%',
          '/api/v2/%c0%ae%c0%ae/',
          `/_emulator/${collection}`,
          `/api/v2/${'a/'.repeat(500)}`,
        ]),
      };
    default:
      // Writes to real members without a valid write key.
      return {
        method: pick(['POST', 'PUT', 'DELETE']),
        path:
          `/api/v2/${collection}/1?` +
          pick(['', 'access_key=wrong', `access_key=${READ_ONLY_KEY}`]),
        contentType: 'application/json',
        body: '{"name":"Changed"}',
      };
  }
}

/** Sends one request; resolves to its status, 0 when the connection failed or was dropped. */
function send(emulator: RunningEmulator, agent: Agent, malformed: Malformed): Promise<number> {
  const url = new URL(emulator.url);
  return new Promise((resolve) => {
    const outgoing = request(
      {
        host: url.hostname,
        port: url.port,
        method: malformed.method,
        path: malformed.path,
        agent,
        headers: malformed.contentType ? { 'Content-Type': malformed.contentType } : {},
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', () => resolve(0));
      },
    );
    outgoing.on('error', () => resolve(0));
    outgoing.end(malformed.body);
  });
}

/** Every object the emulator lists, per collection, as JSON. */
async function snapshot(client: MojoClient): Promise<Record<string, string>> {
  const lists: Record<string, () => Promise<unknown>> = {
    ticketQueues: () => client.ticketQueues.list(),
    groups: () => client.groups.list(),
    users: () => client.users.list(),
    tags: () => client.tags.list(),
    ticketTypes: () => client.ticketTypes.list(),
    assetStatuses: () => client.assetStatuses.list(),
    assetTypes: () => client.assetTypes.list(),
    departments: () => client.departments.list(),
    locations: () => client.locations.list(),
    assets: () => client.assets.list(),
    agentAccess: () => client.accessRights.listAgents(),
    groupAccess: () => client.accessRights.listGroups(),
  };
  const shot: Record<string, string> = {};
  for (const [name, list] of Object.entries(lists)) {
    shot[name] = JSON.stringify(await list());
  }
  return shot;
}

test('10 000 malformed requests: no 5xx, no crash, stored objects untouched', async () => {
  // GIVEN the demo helpdesk
  const emulator = await startEmulator({
    accessKey: ACCESS_KEY,
    readOnlyKey: READ_ONLY_KEY,
    seed: 'demo',
    port: 0,
  });
  const client = new MojoClient({
    url: emulator.url,
    accessKey: ACCESS_KEY,
    requestsPerSecond: 1e6,
  });
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  try {
    const before = await snapshot(client);

    // WHEN the malformed requests are sent, several at a time
    const random = seededRandom(20_240_611);
    const requests = Array.from({ length: REQUESTS }, () => generate(random));
    const statuses = new Map<number, number>();
    const failures: string[] = [];
    let next = 0;
    const worker = async () => {
      while (next < requests.length) {
        const malformed = requests[next];
        next += 1;
        const status = await send(emulator, agent, malformed);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status === 0 || status >= 500) {
          failures.push(`${malformed.method} ${malformed.path.slice(0, 120)} -> ${status}`);
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));

    // THEN no request failed the server, and everything stored is as before
    const after = await snapshot(client);
    const sorted = [...statuses].sort(([left], [right]) => left - right);
    console.log(
      `emulator robustness: ${REQUESTS} requests; by status ` +
        `${JSON.stringify(Object.fromEntries(sorted))}; failures ${failures.length}`,
    );
    expect(failures.slice(0, 20)).toEqual([]);
    expect(after).toEqual(before);
    expect((await client.ticketQueues.list()).length).toBeGreaterThan(0);
  } finally {
    agent.destroy();
    await client.close();
    await emulator.close();
  }
}, 300_000);
