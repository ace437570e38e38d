import { request } from 'undici';
import { apiFor, KEY, startTestApi, TestApi } from './helpers';
import { startEmulator } from '../../src/emulator';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ controlToken: 'control-secret' });
});

afterAll(async () => {
  await api.emulator.close();
});

beforeEach(() => {
  api.emulator.reset();
});

/** Sends a request and reports whether the connection was dropped without an answer. */
async function outcome(method: string, path: string, body?: unknown) {
  try {
    const answer = await api.call(method, path, body);
    return { dropped: false, status: answer.status, answer };
  } catch {
    return { dropped: true, status: 0, answer: undefined };
  }
}

describe('fault rules', () => {
  test('status: matching requests answer the status, others pass; times limits it', async () => {
    api.emulator.addFault({
      kind: 'status',
      status: 503,
      method: 'GET',
      path: '^/api/v2/tags',
      times: 2,
    });
    expect((await outcome('GET', '/tags')).status).toBe(503);
    expect((await outcome('GET', '/ticket_queues')).status).toBe(200);
    expect((await outcome('GET', '/tags')).status).toBe(503);
    expect((await outcome('GET', '/tags')).status).toBe(200);
  });

  test.each([500, 502, 504])('status %i answers a JSON body', async (status) => {
    api.emulator.addFault({ kind: 'status', status, times: 1 });
    const { answer } = await outcome('GET', '/tags');
    expect(answer?.status).toBe(status);
    expect(answer?.body.message).toBeDefined();
  });

  test('rate_limit answers 429 with Retry-After', async () => {
    api.emulator.addFault({ kind: 'rate_limit', retryAfterSeconds: 7, times: 1 });
    const { answer } = await outcome('GET', '/tags');
    expect(answer?.status).toBe(429);
    expect(answer?.headers.get('retry-after')).toBe('7');
  });

  test('latency delays the answer and then answers normally', async () => {
    api.emulator.addFault({ kind: 'latency', latencyMs: 200, times: 1 });
    const started = Date.now();
    expect((await outcome('GET', '/tags')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
  });

  test('hold keeps a request waiting, unhandled, until released', async () => {
    api.emulator.addFault({ kind: 'hold', method: 'POST', path: '^/api/v2/tags$', times: 1 });
    const sent = api.call('POST', '/tags', { label: 'held', color: '#000000' });
    while (api.emulator.heldRequests().length === 0) {
      await new Promise((wake) => setTimeout(wake, 10));
    }
    expect(api.emulator.heldRequests()).toEqual([
      { method: 'POST', path: '/api/v2/tags', at: expect.any(String) },
    ]);
    // Other requests pass meanwhile; the held write is not stored yet.
    expect((await api.call('GET', '/tags')).body).toEqual([]);

    expect(api.emulator.releaseHeld()).toBe(1);
    expect((await sent).status).toBe(201);
    expect(api.emulator.heldRequests()).toEqual([]);
    expect((await api.call('GET', '/tags')).body).toHaveLength(1);
  });

  test('a held request whose connection closes is dropped unhandled', async () => {
    api.emulator.addFault({ kind: 'hold', method: 'POST', times: 1 });
    const abort = new AbortController();
    const sent = request(`${api.emulator.url}/api/v2/tags?access_key=${KEY}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ label: 'abandoned', color: '#000000' }),
      signal: abort.signal,
    }).catch(() => 'aborted');
    while (api.emulator.heldRequests().length === 0) {
      await new Promise((wake) => setTimeout(wake, 10));
    }
    abort.abort();
    expect(await sent).toBe('aborted');
    while (api.emulator.heldRequests().length > 0) {
      await new Promise((wake) => setTimeout(wake, 10));
    }
    expect(api.emulator.releaseHeld()).toBe(0);
    expect((await api.call('GET', '/tags')).body).toEqual([]);
    expect(api.emulator.requests().find((seen) => seen.method === 'POST')?.status).toBe(0);
  });

  test('commit_then_hold performs the write, then keeps the answer until released', async () => {
    api.emulator.addFault({ kind: 'commit_then_hold', method: 'POST', times: 1 });
    const sent = api.call('POST', '/ticket_queues', { name: 'Stored, not answered' });
    while (api.emulator.heldRequests().length === 0) {
      await new Promise((wake) => setTimeout(wake, 10));
    }
    const queues = (await api.call('GET', '/ticket_queues')).body;
    expect(queues.map((queue: { name: string }) => queue.name)).toEqual(['Stored, not answered']);
    api.emulator.releaseHeld();
    expect((await sent).status).toBe(201);
  });

  test('clearing the faults releases the held requests', async () => {
    api.emulator.addFault({ kind: 'hold', method: 'GET' });
    const sent = api.call('GET', '/tags');
    while (api.emulator.heldRequests().length === 0) {
      await new Promise((wake) => setTimeout(wake, 10));
    }
    api.emulator.clearFaults();
    expect((await sent).status).toBe(200);
  });

  test('reset drops the connection and writes nothing', async () => {
    api.emulator.addFault({ kind: 'reset', method: 'POST', times: 1 });
    expect((await outcome('POST', '/tags', { label: 'x', color: '#000000' })).dropped).toBe(true);
    expect((await api.call('GET', '/tags')).body).toEqual([]);
    expect(api.emulator.requests()[0]).toMatchObject({ method: 'POST', status: 0 });
  });

  test('commit_then_drop performs the write, then drops the connection', async () => {
    api.emulator.addFault({ kind: 'commit_then_drop', method: 'POST', times: 1 });
    const sent = await outcome('POST', '/ticket_queues', { name: 'Ambiguous' });
    expect(sent.dropped).toBe(true);
    const queues = (await api.call('GET', '/ticket_queues')).body;
    expect(queues.map((queue: { name: string }) => queue.name)).toEqual(['Ambiguous']);
  });

  test('probability hits are reproducible for a given fault seed', async () => {
    const pattern = async () => {
      const emulator = await startEmulator({ accessKey: KEY, faultSeed: 42 });
      const seeded = apiFor(emulator);
      emulator.addFault({ kind: 'status', status: 500, probability: 0.5 });
      const statuses: number[] = [];
      for (let index = 0; index < 20; index += 1) {
        statuses.push((await seeded.call('GET', '/tags')).status);
      }
      await emulator.close();
      return statuses;
    };
    const first = await pattern();
    expect(first).toContain(500);
    expect(first).toContain(200);
    expect(await pattern()).toEqual(first);
  });

  test('clearFaults and reset remove every rule', async () => {
    api.emulator.addFault({ kind: 'status', status: 500 });
    api.emulator.clearFaults();
    expect((await outcome('GET', '/tags')).status).toBe(200);
    api.emulator.addFault({ kind: 'status', status: 500 });
    api.emulator.reset();
    expect((await outcome('GET', '/tags')).status).toBe(200);
  });

  test('unusable rules are refused', () => {
    expect(() => api.emulator.addFault({ kind: 'boom' } as never)).toThrow(/kind/);
    expect(() => api.emulator.addFault({ kind: 'status', path: '(' })).toThrow(/regular/);
  });
});

describe('log, counters and reset', () => {
  test('counters normalise ids; resetLog clears them', async () => {
    api.emulator.resetLog();
    await api.call('GET', '/ticket_queues/5');
    await api.call('GET', '/ticket_queues/6');
    await api.call('GET', '/users/1/group_access/2');
    expect(api.emulator.counters()).toEqual({
      'GET /api/v2/ticket_queues/:id': 2,
      'GET /api/v2/users/:id/group_access/:id': 1,
    });
    const [first] = api.emulator.requests();
    expect(first).toMatchObject({ method: 'GET', path: '/api/v2/ticket_queues/5', status: 400 });
    expect(typeof first.durationMs).toBe('number');
    expect(new Date(first.at).getTime()).not.toBeNaN();
    api.emulator.resetLog();
    expect(api.emulator.requests()).toEqual([]);
    expect(api.emulator.counters()).toEqual({});
  });

  test('reset puts the seed back', async () => {
    await api.call('POST', '/ticket_queues', { name: 'Temporary' });
    api.emulator.reset();
    expect((await api.call('GET', '/ticket_queues')).body).toEqual([]);
    expect((await api.call('GET', '/users/1')).status).toBe(200);
  });
});

describe('controls over HTTP', () => {
  const control = async (
    method: string,
    path: string,
    body?: unknown,
    token = 'control-secret',
  ) => {
    const answer = await request(`${api.emulator.url}/_emulator/${path}`, {
      method: method as 'GET',
      headers: { 'x-emulator-token': token, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await answer.body.text();
    return { status: answer.statusCode, body: text ? JSON.parse(text) : undefined };
  };

  test('the token is required', async () => {
    expect((await control('GET', 'requests', undefined, 'wrong')).status).toBe(401);
    expect(api.emulator.controlToken).toBe('control-secret');
  });

  test('requests, counters, reset-log, faults and reset', async () => {
    await control('POST', 'reset-log');
    await api.call('GET', '/tags');
    expect((await control('GET', 'requests')).body).toHaveLength(1);
    expect((await control('GET', 'counters')).body).toEqual({ 'GET /api/v2/tags': 1 });

    const added = await control('POST', 'faults', { kind: 'status', status: 502, times: 1 });
    expect(added.status).toBe(201);
    expect((await api.call('GET', '/tags')).status).toBe(502);
    await control('POST', 'faults', { kind: 'status', status: 500 });
    expect((await control('DELETE', 'faults')).status).toBe(200);
    expect((await api.call('GET', '/tags')).status).toBe(200);

    await control('POST', 'faults', { kind: 'hold', method: 'GET', path: '^/api/v2/tags$' });
    const held = api.call('GET', '/tags');
    while ((await control('GET', 'held')).body.length === 0) {
      await new Promise((wake) => setTimeout(wake, 10));
    }
    expect((await control('GET', 'held')).body).toMatchObject([
      { method: 'GET', path: '/api/v2/tags' },
    ]);
    expect((await control('POST', 'held/release')).body).toEqual({ released: 1 });
    expect((await held).status).toBe(200);
    await control('DELETE', 'faults');

    expect((await control('POST', 'faults', { kind: 'nope' })).status).toBe(400);
    expect((await control('POST', 'faults', 'not json')).status).toBe(400);

    await api.call('POST', '/tags', { label: 'x', color: '#000000' });
    expect((await control('POST', 'reset')).status).toBe(200);
    expect((await api.call('GET', '/tags')).body).toEqual([]);
    expect((await control('GET', 'unknown')).status).toBe(404);
  });
});
