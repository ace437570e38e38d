import { inspect } from 'node:util';
import { VirtualClock } from './virtual-clock';
import {
  DEFAULT_BACKOFF,
  MojoClient,
  MojoClientOptions,
  MojoError,
  RequestEvent,
} from '../../src/client';
import { collectPages } from '../../src/client/paging';
import { Transport } from '../../src/client/transport';
import { RunningEmulator, startEmulator } from '../../src/emulator';

// Recognisable values, so that a leak anywhere is easy to spot.
const ACCESS_KEY = 'SECRET-rw-key-9f3c2a71-never-log-me';
const READ_ONLY_KEY = 'SECRET-ro-key-1b7e55d0-never-log-me';

let emulator: RunningEmulator;
const clients: MojoClient[] = [];
const events: RequestEvent[] = [];
const failures: unknown[] = [];

beforeAll(async () => {
  emulator = await startEmulator({ accessKey: ACCESS_KEY, readOnlyKey: READ_ONLY_KEY });
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.close()));
  await emulator?.close();
});

beforeEach(() => emulator.reset());

/** A client on a virtual clock whose events and failures are kept for the leak check. */
function makeClient(overrides: Partial<MojoClientOptions> = {}): {
  client: MojoClient;
  clock: VirtualClock;
  log: RequestEvent[];
} {
  const clock = new VirtualClock();
  const log: RequestEvent[] = [];
  const client = new MojoClient({
    url: emulator.url,
    accessKey: ACCESS_KEY,
    requestsPerSecond: Infinity,
    clock,
    random: () => 0.5,
    ...overrides,
    onRequest: (event) => {
      log.push(event);
      events.push(event);
    },
  });

  clients.push(client);
  return { client, clock, log };
}

async function failureOf(operation: Promise<unknown>): Promise<MojoError> {
  const failure = await operation.then(
    () => {
      throw new Error('the operation was expected to fail');
    },
    (error: unknown) => error,
  );

  failures.push(failure);
  return failure as MojoError;
}

/** Waits (on real time) until the emulator has finished what a timed-out request left behind. */
async function settled(done: () => boolean): Promise<void> {
  while (!done()) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('retries', () => {
  test('429 with Retry-After: the client waits exactly what the server asked', async () => {
    const { client, clock, log } = makeClient();
    emulator.addFault({
      method: 'GET',
      path: '^/api/v2/ticket_queues$',
      kind: 'rate_limit',
      retryAfterSeconds: 7,
      times: 1,
    });

    const startedAt = clock.now();
    await client.ticketQueues.list();

    expect(clock.sleeps).toEqual([7000]);
    expect(clock.now() - startedAt).toBe(7000);
    expect(log.map((e) => [e.status, e.attempt, e.errorCode, e.retryInMs])).toEqual([
      [429, 1, 'RATE_LIMITED', 7000],
      [200, 1 + 1, undefined, undefined],
    ]);
    expect(emulator.requests().map((r) => r.status)).toEqual([429, 200]);
  });

  test('a Retry-After beyond the time budget fails at once as RATE_LIMITED', async () => {
    const { client, clock } = makeClient({ maxRetryTimeMs: 60_000 });
    emulator.addFault({ kind: 'rate_limit', retryAfterSeconds: 120 });

    const error = await failureOf(client.ticketQueues.list());

    expect(error.code).toBe('RATE_LIMITED');
    expect(error.status).toBe(429);
    expect(clock.sleeps).toEqual([]);
  });

  test('502, 503 and 504 are retried with growing jittered waits', async () => {
    const { client, clock } = makeClient();
    emulator.addFault({ method: 'GET', kind: 'status', status: 502, times: 1 });
    emulator.addFault({ method: 'GET', kind: 'status', status: 503, times: 1 });
    emulator.addFault({ method: 'GET', kind: 'status', status: 504, times: 1 });

    const queue = await client.ticketQueues.list();

    expect(Array.isArray(queue)).toBe(true);
    expect(clock.sleeps).toEqual([250, 500, 1000]);
    expect(emulator.requests().map((r) => r.status)).toEqual([502, 503, 504, 200]);
  });

  test('attempts are bounded: a lasting 503 fails as SERVER after maxAttempts', async () => {
    const { client } = makeClient({ maxAttempts: 4 });
    emulator.addFault({ kind: 'status', status: 503 });

    const error = await failureOf(client.groups.list());

    expect(error.code).toBe('SERVER');
    expect(error.attempts).toBe(4);
    expect(error.message).toContain('after 4 attempts');
    expect(emulator.requests()).toHaveLength(4);
  });

  test('500 is not retried', async () => {
    const { client } = makeClient();
    emulator.addFault({ kind: 'status', status: 500 });

    const error = await failureOf(client.tags.list());

    expect(error).toMatchObject({ code: 'SERVER', status: 500, attempts: 1 });
    expect(emulator.requests()).toHaveLength(1);
  });

  test('a connection reset on GET is retried', async () => {
    const { client, log } = makeClient();
    const queue = await client.ticketQueues.create({ name: 'Reset me' });
    emulator.addFault({ method: 'GET', kind: 'reset', times: 1 });

    await expect(client.ticketQueues.get(queue.id)).resolves.toMatchObject({ id: queue.id });
    expect(log.slice(-2).map((e) => e.errorCode)).toEqual(['NETWORK', undefined]);
  });

  test('a PUT whose answer is lost is repeated and lands once', async () => {
    const { client } = makeClient();
    const queue = await client.ticketQueues.create({ name: 'Before' });
    emulator.addFault({ method: 'PUT', kind: 'commit_then_drop', times: 1 });

    await expect(client.ticketQueues.update(queue.id, { name: 'After' })).resolves.toMatchObject({
      name: 'After',
    });
  });

  test('a DELETE whose answer is lost counts as done when the repeat finds nothing', async () => {
    const { client } = makeClient();
    const queue = await client.ticketQueues.create({ name: 'Short lived' });
    emulator.addFault({ method: 'DELETE', kind: 'commit_then_drop', times: 1 });

    await expect(client.ticketQueues.delete(queue.id)).resolves.toBe(true);
    expect(emulator.requests().filter((r) => r.method === 'DELETE')).toHaveLength(2);
  });

  test('an attempt over timeoutMs fails as TIMEOUT and is retried on GET', async () => {
    const { client, log } = makeClient({ timeoutMs: 200 });
    emulator.addFault({ method: 'GET', kind: 'latency', latencyMs: 1500, times: 1 });

    await client.ticketTypes.list();

    expect(log.map((e) => e.errorCode)).toEqual(['TIMEOUT', undefined]);
    await settled(() => emulator.requests().length === 2);
  });

  test('a refused connection fails as NETWORK after the retries', async () => {
    const closed = await startEmulator({ accessKey: ACCESS_KEY });
    const url = closed.url;
    await closed.close();
    const { client } = makeClient({ url, maxAttempts: 2 });

    const error = await failureOf(client.ticketQueues.list());

    expect(error.code).toBe('NETWORK');
    expect(error.attempts).toBe(2);
  });
});

describe('creates are never duplicated', () => {
  async function namesOf(list: () => Promise<Array<{ name: string }>>, name: string) {
    return (await list()).filter((object) => object.name === name);
  }

  test('ticket queue: the answer is lost after the commit, one queue exists', async () => {
    const { client } = makeClient();
    emulator.addFault({
      method: 'POST',
      path: '^/api/v2/ticket_queues$',
      kind: 'commit_then_drop',
      times: 1,
    });

    const queue = await client.ticketQueues.create({
      name: 'Exactly once',
      email_forward: 'x@y.example',
    });

    expect(queue.name).toBe('Exactly once');
    expect(await namesOf(() => client.ticketQueues.list(), 'Exactly once')).toHaveLength(1);
    expect(client.stats().recoveries).toBe(1);
    expect(emulator.requests().filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  test('ticket queue: dropped before the commit, the create is sent again', async () => {
    const { client } = makeClient();
    emulator.addFault({ method: 'POST', path: 'ticket_queues$', kind: 'reset', times: 1 });

    await client.ticketQueues.create({ name: 'Second try' });

    expect(await namesOf(() => client.ticketQueues.list(), 'Second try')).toHaveLength(1);
    expect(emulator.requests().filter((r) => r.method === 'POST')).toHaveLength(2);
  });

  test('group: matched on name and the other submitted fields', async () => {
    const { client } = makeClient();
    await client.groups.create({ name: 'Twin', city: 'Plovdiv' });
    emulator.addFault({
      method: 'POST',
      path: '^/api/v2/groups$',
      kind: 'commit_then_drop',
      times: 1,
    });

    const group = await client.groups.create({ name: 'Twin', city: 'Varna' });

    expect(group.city).toBe('Varna');
    expect(await namesOf(() => client.groups.list(), 'Twin')).toHaveLength(2);
  });

  test('user: found again by email', async () => {
    const { client } = makeClient();
    emulator.addFault({
      method: 'POST',
      path: '^/api/v2/users$',
      kind: 'commit_then_drop',
      times: 1,
    });

    const user = await client.users.create({
      email: 'once@example.com',
      password: 'long-enough-secret-1',
    });

    expect(user.email).toBe('once@example.com');
    const users = await client.users.list();
    expect(users.filter((u) => u.email === 'once@example.com')).toHaveLength(1);
  });

  test('tag: found again by label; a gateway error counts as an unknown outcome too', async () => {
    const { client } = makeClient();
    emulator.addFault({
      method: 'POST',
      path: '^/api/v2/tags$',
      kind: 'commit_then_drop',
      times: 1,
    });

    await client.tags.create({ label: 'vip', color: '#123456' });
    emulator.addFault({
      method: 'POST',
      path: '^/api/v2/tags$',
      kind: 'status',
      status: 504,
      times: 1,
    });
    await client.tags.create({ label: 'later', color: '#654321' });

    const labels = (await client.tags.list()).map((t) => t.label);
    expect(labels.filter((l) => l === 'vip')).toHaveLength(1);
    expect(labels.filter((l) => l === 'later')).toHaveLength(1);
  });

  test('asset: matched on display name and the other submitted fields', async () => {
    const { client } = makeClient();
    emulator.addFault({
      method: 'POST',
      path: '^/api/v2/assets$',
      kind: 'commit_then_drop',
      times: 1,
    });

    await client.assets.create({ display_name: 'Printer', serial_number: 'P-1', cost: 99.9 });

    const printers = (await client.assets.list()).filter((a) => a.display_name === 'Printer');
    expect(printers).toHaveLength(1);
  });

  test('a create that times out is looked for before it is sent again', async () => {
    const { client, log } = makeClient({ timeoutMs: 200 });
    emulator.addFault({
      method: 'POST',
      path: '^/api/v2/ticket_types$',
      kind: 'latency',
      latencyMs: 600,
      times: 1,
    });

    const type = await client.ticketTypes.create({ name: 'Slow' });

    await settled(() => emulator.requests().some((r) => r.method === 'POST' && r.status > 0));
    expect(type.name).toBe('Slow');
    expect(log[0]).toMatchObject({ method: 'POST', errorCode: 'TIMEOUT', retryInMs: undefined });
    expect((await client.ticketTypes.list()).filter((t) => t.name === 'Slow')).toHaveLength(1);
  });

  test('a tag merge whose answer is lost counts as done once the merged tag is gone', async () => {
    const { client } = makeClient();
    const kept = await client.tags.create({ label: 'kept', color: '#111111' });
    const merged = await client.tags.create({ label: 'merged', color: '#222222' });
    emulator.addFault({ method: 'POST', path: '/merge$', kind: 'commit_then_drop', times: 1 });

    await client.tags.merge(merged.id, kept.id);

    expect((await client.tags.list()).map((t) => t.id)).not.toContain(merged.id);
    expect(emulator.requests().filter((r) => r.path.endsWith('/merge'))).toHaveLength(1);
  });

  test('access-right and group-access writes are plain repeats', async () => {
    const { client } = makeClient();
    const queue = await client.ticketQueues.create({ name: 'Shared' });
    const group = await client.groups.create({ name: 'Repeatable' });
    emulator.addFault({
      method: 'POST',
      path: 'access_rights$',
      kind: 'commit_then_drop',
      times: 1,
    });

    const rights = await client.accessRights.setGroupQueue(group.id, queue.id, true);

    expect(rights.accessible_queues?.map((q) => q.id)).toContain(queue.id);
    expect(emulator.requests().filter((r) => r.path.endsWith('access_rights'))).toHaveLength(2);
  });
});

describe('keys', () => {
  test('a read-only key reads, and its writes fail as READ_ONLY_KEY', async () => {
    const { client } = makeClient({ accessKey: READ_ONLY_KEY });

    await expect(client.ticketQueues.list()).resolves.toBeDefined();
    const error = await failureOf(client.ticketQueues.create({ name: 'Nope' }));

    expect(error.code).toBe('READ_ONLY_KEY');
    expect(error.status).toBe(401);
    expect(error.attempts).toBe(1);
  });

  test('an unknown key fails as UNAUTHORIZED', async () => {
    const { client } = makeClient({ accessKey: 'SECRET-unknown-key-never-log-me' });

    const error = await failureOf(client.groups.list());

    expect(error.code).toBe('UNAUTHORIZED');
  });
});

describe('paging', () => {
  test('270 queues come back from list() and iterate(), 100 per page', async () => {
    const { client } = makeClient({ maxInFlight: 8 });
    const before = (await client.ticketQueues.list()).length;
    await Promise.all(
      Array.from({ length: 270 }, (_, n) => client.ticketQueues.create({ name: `Queue ${n}` })),
    );
    emulator.resetLog();

    const queues = await client.ticketQueues.list();

    expect(queues).toHaveLength(before + 270);
    expect(new Set(queues.map((q) => q.id)).size).toBe(queues.length);
    const pages = emulator.requests().map((r) => r.query);
    expect(pages.every((q) => q.per_page === '100')).toBe(true);
    expect(pages.map((q) => q.page)).toEqual(['1', '2', '3']);

    let iterated = 0;
    for await (const queue of client.ticketQueues.iterate()) {
      expect(queue.id).toBeGreaterThan(0);
      iterated += 1;
    }
    expect(iterated).toBe(queues.length);
  });

  test('a list that ignores the paging parameters is read twice, not forever', async () => {
    const transport = new Transport({
      url: emulator.url,
      accessKey: ACCESS_KEY,
      requestsPerSecond: Infinity,
      maxInFlight: 4,
      maxAttempts: 1,
      maxRetryTimeMs: 1000,
      timeoutMs: 10_000,
      userAgent: 'client-tests',
      clock: new VirtualClock(),
      random: Math.random,
      backoff: DEFAULT_BACKOFF,
    });
    const { client } = makeClient({ maxInFlight: 8 });
    await Promise.all(
      Array.from({ length: 130 }, (_, n) =>
        client.tags.create({ label: `tag-${n}`, color: '#abcdef' }),
      ),
    );
    emulator.resetLog();

    const tags = await collectPages<{ id: number }>(transport, { path: '/tags' });
    await transport.close();

    expect(tags).toHaveLength(130);
    expect(emulator.requests()).toHaveLength(2);
  });
});

describe('throttle', () => {
  test('a burst of 200 calls at 20 per second takes at least 9.5 s of clock time', async () => {
    const { client, clock } = makeClient({ requestsPerSecond: 20, maxInFlight: 4 });
    const startedAt = clock.now();

    await Promise.all(Array.from({ length: 200 }, () => client.ticketForms.list()));

    expect(clock.now() - startedAt).toBeGreaterThanOrEqual(9500);
    expect(emulator.requests().filter((r) => r.path === '/api/v2/ticket_forms')).toHaveLength(200);
    expect(client.stats().peakInFlight).toBeLessThanOrEqual(4);
  });

  test('no more than maxInFlight requests are on the wire at once', async () => {
    const { client } = makeClient({ maxInFlight: 3 });
    emulator.addFault({ method: 'GET', kind: 'latency', latencyMs: 40 });

    await Promise.all(Array.from({ length: 24 }, () => client.teams.list()));

    expect(client.stats().peakInFlight).toBe(3);

    // The emulator's own log agrees: at no arrival were more than 3 requests open. Its times
    // are rounded to the millisecond, so spans that merely touch are not counted as overlapping.
    const teamCalls = emulator.requests().filter((r) => r.path === '/api/v2/teams');
    expect(teamCalls).toHaveLength(24);
    const spans = teamCalls.map((r) => {
      const start = Date.parse(r.at);
      return { start, end: start + r.durationMs };
    });
    for (const span of spans) {
      const arrival = span.start;
      const open = spans.filter((other) => other.start <= arrival && other.end > arrival + 2);
      expect(open.length).toBeLessThanOrEqual(3);
    }
  });
});

// Runs last: every error and log line the tests above produced must be free of the keys.
describe('secrets', () => {
  test('no access key in any error message, stack, cause or log line', async () => {
    const { client } = makeClient({ maxAttempts: 2 });
    emulator.addFault({ method: 'GET', kind: 'reset' });
    failures.push(await client.users.list().catch((error: unknown) => error));

    expect(failures.length).toBeGreaterThan(5);
    expect(events.length).toBeGreaterThan(100);

    const texts: string[] = [];
    for (const failure of failures) {
      const error = failure as Error & { cause?: unknown };
      texts.push(
        error.message,
        String(error.stack),
        JSON.stringify(error),
        inspect(error, { depth: 8 }),
      );
      if (error.cause) {
        texts.push(inspect(error.cause, { depth: 8 }), String((error.cause as Error).stack));
      }
    }
    for (const event of events) {
      texts.push(JSON.stringify(event));
    }

    for (const text of texts) {
      expect(text).not.toContain(ACCESS_KEY);
      expect(text).not.toContain(READ_ONLY_KEY);
      expect(text).not.toContain('never-log-me');
    }
  });
});
