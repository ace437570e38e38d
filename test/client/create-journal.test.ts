import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createFingerprint, CreateJournalError, MojoClient } from '../../src/client';
import type { PendingCreate } from '../../src/client';
import { RunningEmulator, startEmulator } from '../../src/emulator';
import { CREATE_JOURNAL_ENV, resolveCreateJournalFile } from '../../src/provider/config';

const ACCESS_KEY = 'create-journal-key-7a3e52';
const PASSWORD = 'journal-secret-Passw0rd!';
const DAY_MS = 24 * 60 * 60 * 1000;

let emulator: RunningEmulator;
let directory: string;
let journalFile: string;
const clients: MojoClient[] = [];

beforeAll(async () => {
  emulator = await startEmulator({ accessKey: ACCESS_KEY });
});

afterAll(async () => {
  await emulator?.close();
});

beforeEach(() => {
  emulator.reset();
  directory = mkdtempSync(join(tmpdir(), 'create-journal-'));
  journalFile = join(directory, '.terraform', 'journal.json');
});

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
  rmSync(directory, { recursive: true, force: true });
});

function newClient(options: { journal?: boolean; maxAttempts?: number } = {}): MojoClient {
  const client = new MojoClient({
    url: emulator.url,
    accessKey: ACCESS_KEY,
    requestsPerSecond: Infinity,
    maxInFlight: 10,
    maxAttempts: options.maxAttempts,
    backoff: { baseMs: 1, capMs: 5 },
    createJournalFile: options.journal === false ? undefined : journalFile,
  });
  clients.push(client);
  return client;
}

/** The id of a process that has exited, as a killed provider's would be. */
function exitedProcessId(): number {
  const child = spawnSync(process.execPath, ['-e', '0']);
  return child.pid;
}

/** Writes the journal a process cut short mid-create would have left. */
function leaveEntry(
  kind: string,
  body: object,
  options: { leftOut?: string[]; pid?: number; ageMs?: number } = {},
): PendingCreate {
  const entry: PendingCreate = {
    id: 'a1b2c3d4e5f60718',
    kind,
    fingerprint: createFingerprint(emulator.url, kind, body, options.leftOut),
    recordedAt: new Date(Date.now() - (options.ageMs ?? 60_000)).toISOString(),
    pid: options.pid ?? exitedProcessId(),
    writer: 'f0e1d2c3b4a59687',
  };
  mkdirSync(dirname(journalFile), { recursive: true });
  writeFileSync(journalFile, JSON.stringify({ version: 1, pending: [entry] }));
  return entry;
}

function posts(path: string): number {
  return emulator
    .requests()
    .filter((request) => request.method === 'POST' && request.path === `/api/v2${path}`).length;
}

function journalText(): string {
  return readFileSync(journalFile, 'utf8');
}

/** The journal's entries once the clients are closed (answered creates cleared). */
async function settledEntries(): Promise<PendingCreate[]> {
  await Promise.all(clients.map((client) => client.close()));
  return (JSON.parse(journalText()) as { pending: PendingCreate[] }).pending;
}

describe('create fingerprints', () => {
  test('equal bodies match whatever their key order; service, collection and body count', () => {
    const scope = 'https://support.example.com';
    const fingerprint = createFingerprint(scope, '/tags', { label: 'vip', color: '#ff0000' });

    const reordered = createFingerprint(scope, '/tags', { color: '#ff0000', label: 'vip' });
    expect(reordered).toBe(fingerprint);
    expect(createFingerprint(scope, '/tags', { label: 'vip', color: '#00ff00' })).not.toBe(
      fingerprint,
    );
    expect(createFingerprint(scope, '/groups', { label: 'vip', color: '#ff0000' })).not.toBe(
      fingerprint,
    );
    expect(
      createFingerprint('https://other.example.com', '/tags', { label: 'vip', color: '#ff0000' }),
    ).not.toBe(fingerprint);
    expect(fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  test('fields left out, such as a password, do not change the fingerprint', () => {
    const scope = 'https://support.example.com';
    const user = { email: 'ann@example.com', first_name: 'Ann' };

    expect(createFingerprint(scope, '/users', { ...user, password: 'one' }, ['password'])).toBe(
      createFingerprint(scope, '/users', { ...user, password: 'two' }, ['password']),
    );
  });
});

describe('the journal file of the provider', () => {
  test('in .terraform/ of the working directory, when that folder exists', () => {
    expect(resolveCreateJournalFile({}, directory)).toBeUndefined();

    mkdirSync(join(directory, '.terraform'));

    expect(resolveCreateJournalFile({}, directory)).toBe(
      join(directory, '.terraform', 'mojohelpdesk-create-journal.json'),
    );
  });

  test('the environment variable names another file, or turns the journal off', () => {
    mkdirSync(join(directory, '.terraform'));

    expect(resolveCreateJournalFile({ [CREATE_JOURNAL_ENV]: '/var/tmp/j.json' }, directory)).toBe(
      '/var/tmp/j.json',
    );
    expect(resolveCreateJournalFile({ [CREATE_JOURNAL_ENV]: '' }, directory)).toBeUndefined();
  });
});

describe('a create journal against the emulator', () => {
  test('an interrupted create whose object exists: adopted, no POST, entry cleared', async () => {
    // GIVEN a ticket queue made by a process that died before it learnt the answer
    const body = { name: 'Escalations', email_forward: 'esc@example.com' };
    const made = await newClient({ journal: false }).ticketQueues.create(body);
    leaveEntry('/ticket_queues', body);
    emulator.resetLog();

    // WHEN the next process asks for the same create
    const client = newClient();
    const queue = await client.ticketQueues.create({ ...body });

    // THEN it gets the existing queue, sends no POST and clears the entry
    expect(queue.id).toBe(made.id);
    expect(posts('/ticket_queues')).toBe(0);
    expect(await settledEntries()).toEqual([]);
    expect(client.createJournalStats()).toEqual({ recorded: 0, adopted: 1, unconfirmed: 0 });
  });

  test('a user left by an interrupted create is found by email, password left aside', async () => {
    const body = { email: 'dana@example.com', first_name: 'Dana', password: PASSWORD };
    const made = await newClient({ journal: false }).users.create(body);
    leaveEntry('/users', body, { leftOut: ['password'] });
    emulator.resetLog();

    const user = await newClient().users.create({ ...body });

    expect(user.id).toBe(made.id);
    expect(posts('/users')).toBe(0);
    expect(await settledEntries()).toEqual([]);
  });

  test('with no entry, a create is sent; its entry goes just after the answer', async () => {
    const client = newClient();

    const tag = await client.tags.create({ label: 'urgent', color: '#ff0000' });
    const justAnswered = (JSON.parse(journalText()) as { pending: PendingCreate[] }).pending;

    expect(tag.label).toBe('urgent');
    expect(justAnswered).toEqual([
      expect.objectContaining({ kind: '/tags', naturalKey: 'urgent' }),
    ]);
    expect(posts('/tags')).toBe(1);
    expect(await settledEntries()).toEqual([]);
    expect(client.createJournalStats()).toEqual({ recorded: 1, adopted: 0, unconfirmed: 0 });
  });

  test('an entry whose object was never made: the create is sent once', async () => {
    const body = { name: 'Northwind' };
    leaveEntry('/groups', body);
    const client = newClient();

    const group = await client.groups.create(body);

    expect(group.name).toBe('Northwind');
    expect(posts('/groups')).toBe(1);
    expect(await client.groups.list()).toHaveLength(1);
    expect(await settledEntries()).toEqual([]);
    expect(client.createJournalStats()).toEqual({ recorded: 1, adopted: 0, unconfirmed: 1 });
  });

  test('only what the journal names is adopted: a different body is created anew', async () => {
    await newClient({ journal: false }).groups.create({ name: 'Contoso' });
    const leftBehind = leaveEntry('/groups', { name: 'Contoso', notes: 'other' });

    await newClient().groups.create({ name: 'Contoso' });

    expect(posts('/groups')).toBe(2);
    expect(await settledEntries()).toEqual([leftBehind]);
  });

  test('an entry of a process still running is its create in flight, not adopted', async () => {
    const body = { name: 'Fabrikam' };
    await newClient({ journal: false }).groups.create(body);
    const inFlight = leaveEntry('/groups', body, { pid: process.pid });

    await newClient().groups.create(body);

    expect(posts('/groups')).toBe(2);
    expect(await settledEntries()).toEqual([inFlight]);
  });

  test('entries older than 24 hours are dropped', async () => {
    const body = { name: 'Tailspin' };
    await newClient({ journal: false }).groups.create(body);
    leaveEntry('/groups', body, { ageMs: DAY_MS + 60_000 });

    await newClient().groups.create(body);

    expect(posts('/groups')).toBe(2);
    expect(await settledEntries()).toEqual([]);
  });

  test('a definite refusal clears the entry', async () => {
    const client = newClient();
    await client.tags.create({ label: 'billing', color: '#00ff00' });

    const duplicate = client.tags.create({ label: 'billing', color: '#0000ff' });
    await expect(duplicate).rejects.toMatchObject({ code: 'VALIDATION' });

    expect(await settledEntries()).toEqual([]);
  });

  test('an unknown outcome keeps the entry, and it holds no secret', async () => {
    // GIVEN a user create whose connection drops before any answer, with no second attempt
    emulator.addFault({ kind: 'reset', method: 'POST', path: '^/api/v2/users$' });
    const client = newClient({ maxAttempts: 1 });

    // WHEN the create fails with an unknown outcome
    await expect(
      client.users.create({ email: 'erin@example.com', first_name: 'Erin', password: PASSWORD }),
    ).rejects.toMatchObject({ code: 'NETWORK' });

    // THEN the entry stays, naming the email but holding neither password nor access key
    const text = journalText();
    expect(await settledEntries()).toEqual([
      expect.objectContaining({ kind: '/users', naturalKey: 'erin@example.com' }),
    ]);
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain(ACCESS_KEY);
    expect(text).not.toContain('Erin');
  });

  test('ten creates at once each record and clear their entry', async () => {
    const client = newClient();
    const labels = Array.from({ length: 10 }, (_, index) => `parallel-${index}`);

    const tags = await Promise.all(
      labels.map((label) => client.tags.create({ label, color: '#123456' })),
    );

    expect(tags.map((tag) => tag.label).sort()).toEqual([...labels].sort());
    expect(posts('/tags')).toBe(10);
    expect(await settledEntries()).toEqual([]);
    expect(client.createJournalStats().recorded).toBe(10);
  });

  test('a journal that cannot be written stops the create before it is sent', async () => {
    writeFileSync(join(directory, 'not-a-folder'), '');
    const client = new MojoClient({
      url: emulator.url,
      accessKey: ACCESS_KEY,
      createJournalFile: join(directory, 'not-a-folder', 'journal.json'),
    });
    clients.push(client);

    const failure = await client.groups.create({ name: 'Litware' }).catch((error) => error);

    expect(failure).toBeInstanceOf(CreateJournalError);
    expect((failure as CreateJournalError).code).toBe('CREATE_JOURNAL');
    expect(posts('/groups')).toBe(0);
  });
});
