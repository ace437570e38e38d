import { startTestApi, TestApi } from './helpers';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});

afterAll(async () => {
  await api.emulator.close();
});

async function fillQueues(count: number): Promise<number[]> {
  api.emulator.reset();
  const ids: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const created = await api.call('POST', '/ticket_queues', { name: `Queue ${index}` });
    ids.push(created.body.id);
  }
  return ids;
}

async function pageIds(query: string): Promise<number[]> {
  const answer = await api.call('GET', `/ticket_queues${query}`);
  expect(answer.status).toBe(200);
  return answer.body.map((queue: { id: number }) => queue.id);
}

/** Walks pages the way a client does: until a page is shorter than per_page. */
async function walk(perPage: number): Promise<number[]> {
  const seen: number[] = [];
  for (let page = 1; ; page += 1) {
    const ids = await pageIds(`?page=${page}&per_page=${perPage}`);
    seen.push(...ids);
    if (ids.length < perPage) {
      return seen;
    }
  }
}

describe.each([0, 1, 30, 31, 100, 101])('%i ticket queues', (count) => {
  let ids: number[];

  beforeAll(async () => {
    ids = await fillQueues(count);
  });

  test('the first page holds the first 30, sorted by id', async () => {
    expect(await pageIds('')).toEqual(ids.slice(0, 30));
  });

  test('walking pages of 30 and of 100 returns every queue once', async () => {
    expect(await walk(30)).toEqual(ids);
    expect(await walk(100)).toEqual(ids);
  });

  test('per_page above 100 is capped to 100', async () => {
    expect(await pageIds('?per_page=500')).toEqual(ids.slice(0, 100));
    expect(await pageIds('?per_page=101&page=2')).toEqual(ids.slice(100, 200));
  });

  test('a page past the end is empty', async () => {
    expect(await pageIds('?page=50')).toEqual([]);
  });
});

describe('bad paging values', () => {
  test.each([
    'page=0',
    'page=-1',
    'page=abc',
    'per_page=0',
    'per_page=-5',
    'per_page=1.5',
    'page=1e3',
  ])('%s answers 400 { error }', async (query) => {
    const answer = await api.call('GET', `/ticket_queues?${query}`);
    expect(answer.status).toBe(400);
    expect(typeof answer.body.error).toBe('string');
  });

  test('empty values mean the defaults', async () => {
    expect((await api.call('GET', '/groups?page=&per_page=')).status).toBe(200);
  });

  test.each(['/groups', '/users', '/users/techs', '/asset_statuses', '/locations', '/teams'])(
    '%s pages too',
    async (path) => {
      expect((await api.call('GET', `${path}?per_page=1`)).body.length).toBeLessThanOrEqual(1);
      expect((await api.call('GET', `${path}?page=x`)).status).toBe(400);
    },
  );
});
