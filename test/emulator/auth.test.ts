import { EXPIRED_KEY, READ_ONLY_KEY, startTestApi, TestApi } from './helpers';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});

afterAll(async () => {
  await api.emulator.close();
});

const UNAUTHORIZED = {
  message: 'You are not authorized for that action.',
  messages: ['You are not authorized for that action.'],
};

describe('access keys', () => {
  test.each([
    ['missing', null],
    ['unknown', 'nope'],
    ['empty', ''],
  ])('%s key answers 401 { message, messages }', async (_, key) => {
    const answer = await api.call('GET', '/ticket_queues', undefined, key);
    expect(answer.status).toBe(401);
    expect(answer.body).toEqual(UNAUTHORIZED);
  });

  test('an expired key answers 401 on reads and writes', async () => {
    for (const method of ['GET', 'POST']) {
      const answer = await api.call(
        method,
        '/tags',
        method === 'POST' ? {} : undefined,
        EXPIRED_KEY,
      );
      expect(answer.status).toBe(401);
      expect(answer.body.message).toBe('This API key has expired.');
    }
  });

  test('the read-only key reads but every write answers the documented 401', async () => {
    expect((await api.call('GET', '/ticket_queues', undefined, READ_ONLY_KEY)).status).toBe(200);
    expect((await api.call('HEAD', '/ticket_queues', undefined, READ_ONLY_KEY)).status).toBe(200);
    const message = 'This API key is read-only and cannot perform write operations.';
    const writes: [string, string][] = [
      ['POST', '/ticket_queues'],
      ['PUT', '/ticket_queues/1'],
      ['PATCH', '/groups/1'],
      ['DELETE', '/tags/1'],
      ['POST', '/users/1/access_rights/set'],
    ];
    for (const [method, path] of writes) {
      const answer = await api.call(method, path, { name: 'x' }, READ_ONLY_KEY);
      expect(answer.status).toBe(401);
      expect(answer.body).toEqual({ message, messages: [message] });
    }
    expect((await api.call('GET', '/ticket_queues')).body).toEqual([]);
  });

  test('the key never appears in the request log', async () => {
    api.emulator.resetLog();
    await api.call('GET', '/ticket_queues?per_page=5');
    const [entry] = api.emulator.requests();
    expect(entry.query).toEqual({ per_page: '5' });
    expect(JSON.stringify(api.emulator.requests())).not.toContain('test-access-key');
  });
});

describe('unknown paths and methods', () => {
  test('unknown paths answer 404 JSON, with or without a key', async () => {
    for (const path of ['/tickets', '/nothing/here', '/ticket_queues/1/2/3']) {
      const answer = await api.call('GET', path);
      expect(answer.status).toBe(404);
      expect(answer.body.message).toBeDefined();
    }
    const outside = await fetch(`${api.emulator.url}/elsewhere`);
    expect(outside.status).toBe(404);
    expect(await outside.json()).toHaveProperty('message');
  });

  test('a method the path does not offer answers 405 with Allow', async () => {
    const answer = await api.call('DELETE', '/ticket_queues');
    expect(answer.status).toBe(405);
    expect(answer.headers.get('allow')).toContain('GET');
    const options = await api.call('OPTIONS', '/ticket_queues');
    expect(options.status).toBe(204);
    expect(options.headers.get('allow')).toContain('POST');
  });
});
