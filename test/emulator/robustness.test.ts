import { Readable } from 'node:stream';
import { request } from 'undici';
import { KEY, startTestApi, TestApi } from './helpers';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ maxBodyBytes: 1024 });
});

afterAll(async () => {
  await api.emulator.close();
});

beforeEach(() => {
  api.emulator.reset();
});

describe('malformed requests answer 4xx JSON and write nothing', () => {
  test('malformed JSON answers 400 in the collection shape', async () => {
    const queue = await api.raw('POST', '/ticket_queues', '{"name":');
    expect(queue.status).toBe(400);
    expect(queue.body).toEqual({ error: 'Malformed JSON in request body' });
    const location = await api.raw('POST', '/locations', '{');
    expect(location.body).toEqual({ error: ['Malformed JSON in request body'] });
    const right = await api.raw('POST', '/users/1/access_rights', 'nope');
    expect(right.body).toEqual({ code: 'invalid_request', messages: expect.any(Array) });
  });

  test.each(['[]', '"text"', '42', 'null'])('a JSON %s body answers 400', async (body) => {
    const answer = await api.raw('POST', '/ticket_queues', body);
    expect(answer.status).toBe(400);
    expect(answer.body.error).toBe('Request body must be a JSON object');
  });

  test('other content types answer 415', async () => {
    const answer = await api.raw('POST', '/ticket_queues', 'name=Support', 'text/plain');
    expect(answer.status).toBe(415);
    expect(typeof answer.body.error).toBe('string');
  });

  test('bodies above the limit answer 413 with a JSON error', async () => {
    const answer = await api.call('POST', '/ticket_queues', { name: 'x'.repeat(2000) });
    expect(answer.status).toBe(413);
    expect(typeof answer.body.error).toBe('string');

    const streamed = await request(`${api.emulator.url}/api/v2/ticket_queues?access_key=${KEY}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: Readable.from(
        (function* () {
          yield '{"name":"';
          for (let index = 0; index < 10; index += 1) {
            yield 'y'.repeat(500);
          }
          yield '"}';
        })(),
      ),
    });
    expect(streamed.statusCode).toBe(413);
    await streamed.body.text();
    expect((await api.call('GET', '/ticket_queues')).body).toEqual([]);
  });

  test('an empty body on a create is a missing field, on an update a no-op', async () => {
    expect((await api.raw('POST', '/ticket_queues', '')).status).toBe(400);
    const queue = await api.call('POST', '/ticket_queues', { name: 'Support' });
    const same = await api.raw('PUT', `/ticket_queues/${queue.body.id}`, '');
    expect(same.body).toEqual(queue.body);
  });

  test('access_key in a body is ignored, not stored', async () => {
    const queue = await api.call('POST', '/ticket_queues', { name: 'Support', access_key: KEY });
    expect(queue.status).toBe(201);
    expect(queue.text).not.toContain(KEY);
  });

  test('a failing write leaves nothing half-written', async () => {
    const answer = await api.call('POST', '/groups', { name: 'Acme', support_status_id: 5 });
    expect(answer.status).toBe(400);
    expect((await api.call('GET', '/groups')).body).toEqual([]);
    const next = await api.call('POST', '/groups', { name: 'Acme' });
    expect(next.body.id).toBe(2001);
  });
});

describe('names of built-in object properties', () => {
  test.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])(
    '%s is an unknown field, search field and sort field',
    async (name) => {
      const body = JSON.parse(`{"name":"Support","${name}":1}`);
      expect((await api.call('POST', '/ticket_queues', body)).status).toBe(400);
      expect((await api.call('POST', '/users', { email: 'x@example.com', [name]: 1 })).status).toBe(
        422,
      );
      expect((await api.call('GET', `/assets/search?query=${name}:1`)).status).toBe(422);
      expect((await api.call('GET', `/assets/search?sort_field=${name}`)).status).toBe(422);
      expect((await api.call('GET', `/tags?sort_by=${name}`)).status).toBe(400);
    },
  );
});
