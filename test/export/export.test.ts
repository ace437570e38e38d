import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPOSITORY_ROOT, startFixture } from './helpers';
import type { ExportFixture } from './helpers';
import { Helpdesk } from '../../src/constructs/helpdesk';
import { exportHelpdesk } from '../../src/export';
import type { ReadProgress } from '../../src/export';

describe('mojohelpdesk export against the emulator', () => {
  let fixture: ExportFixture;
  let parent: string;

  beforeEach(async () => {
    fixture = await startFixture();
    parent = mkdtempSync(join(tmpdir(), 'export-test-'));
  });

  afterEach(async () => {
    await fixture.close();
    rmSync(parent, { recursive: true, force: true });
  });

  async function seedSmallHelpdesk(): Promise<void> {
    const { client } = fixture;
    const queue = await client.ticketQueues.create({ name: 'Support', email_ticket_form_id: 2701 });
    const group = await client.groups.create({ name: 'Acme', support_level_id: 3 });
    const agent = await client.users.create({
      email: 'agent@example.com',
      role_id: 15,
      password: 'a-secret-password',
    });
    await client.users.create({ email: 'customer@example.com', company_id: group.id });
    await client.accessRights.setUserQueue(agent.id, queue.id, true);
    await client.tags.create({ label: 'urgent', color: '#FF0000' });
  }

  test('writes a complete app, reports progress per kind, keeps the key out', async () => {
    // GIVEN a small helpdesk
    await seedSmallHelpdesk();
    const progress: ReadProgress[] = [];

    // WHEN it is exported
    const outDir = join(parent, 'app');
    const result = await exportHelpdesk({
      outDir,
      url: fixture.emulator.url,
      accessKey: fixture.accessKey,
      requestsPerSecond: 1000,
      onProgress: (step) => progress.push(step),
    });

    // THEN progress named every kind with its count, and the total adds up
    expect(progress.map((step) => step.what)).toEqual([
      'ticket forms',
      'teams',
      'ticket queues',
      'groups',
      'users',
      'tags',
      'ticket types',
      'asset statuses',
      'asset types',
      'departments',
      'locations',
      'agent access rights',
      'group access rights',
      'group access grants',
    ]);
    expect(progress.find((step) => step.what === 'users')?.count).toBe(3);
    expect(result.objectsRead).toBe(progress.reduce((sum, step) => sum + step.count, 0));

    // AND the app is all there, its description sound, and no secret in any file
    expect(readdirSync(outDir).sort()).toEqual(
      [
        '.gitignore',
        'README.md',
        'cdktf.json',
        'details.ts',
        'helpdesk.yaml',
        'imports.json',
        'main.ts',
        'package.json',
        'tsconfig.json',
      ].sort(),
    );
    const description = Helpdesk.loadDescription(join(outDir, 'helpdesk.yaml'));
    expect(description.tags).toEqual([{ label: 'urgent', color: '#ff0000' }]);
    expect(description.ticketQueueAccess).toEqual([
      { ticketQueue: 'Support', agents: ['agent@example.com'] },
    ]);
    const details = readFileSync(join(outDir, 'details.ts'), 'utf8');
    expect(details).toContain('name: "Hardware Request"');
    expect(details).toContain('helpdesk.group("Acme").supportLevelId = 3;');
    const readme = readFileSync(join(outDir, 'README.md'), 'utf8');
    expect(readme).toMatch(/Passwords cannot be read/);
    expect(readme).toMatch(/owner@example.com, is imported/);
    for (const file of readdirSync(outDir)) {
      const content = readFileSync(join(outDir, file), 'utf8');
      expect(content).not.toContain(fixture.accessKey);
      expect(content).not.toContain('a-secret-password');
    }
  });

  test('a read that fails names the object, and nothing is written', async () => {
    // GIVEN a helpdesk whose group access of one user cannot be read
    await seedSmallHelpdesk();
    const customer = await fixture.client.users.getByEmail('customer@example.com');
    fixture.emulator.addFault({
      method: 'GET',
      path: `/users/${customer.id}/group_access`,
      kind: 'status',
      status: 403,
    });

    // WHEN it is exported
    const outDir = join(parent, 'app');
    const exporting = exportHelpdesk({
      outDir,
      url: fixture.emulator.url,
      accessKey: fixture.accessKey,
      requestsPerSecond: 1000,
    });

    // THEN the error names the user and the reason, and neither the app nor a partial copy exists
    await expect(exporting).rejects.toMatchObject({
      code: 'EXPORT_READ_FAILED',
      message: expect.stringMatching(
        new RegExp(`group access of the user customer@example.com \\(id ${customer.id}\\).*403`),
      ),
    });
    expect(existsSync(outDir)).toBe(false);
    expect(readdirSync(parent)).toEqual([]);
  });

  test('an existing directory with files in it is refused and left as it was', async () => {
    const outDir = join(parent, 'app');
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'main.ts'), '// mine\n');

    await expect(
      exportHelpdesk({ outDir, url: fixture.emulator.url, accessKey: fixture.accessKey }),
    ).rejects.toMatchObject({ code: 'EXPORT_TARGET_NOT_EMPTY' });
    expect(readdirSync(outDir)).toEqual(['main.ts']);
    expect(readFileSync(join(outDir, 'main.ts'), 'utf8')).toBe('// mine\n');
  });

  test('an empty existing directory receives the app', async () => {
    const outDir = join(parent, 'app');
    mkdirSync(outDir);

    await exportHelpdesk({
      outDir,
      url: fixture.emulator.url,
      accessKey: fixture.accessKey,
      requestsPerSecond: 1000,
    });

    expect(readdirSync(outDir)).toContain('helpdesk.yaml');
  });

  test.each<[string, NodeJS.ProcessEnv, string | undefined, RegExp]>([
    ['no access key', {}, undefined, /No access key: set MOJO_HELPDESK_ACCESS_KEY/],
    [
      'plain http to another host',
      { MOJO_HELPDESK_ACCESS_KEY: 'k' },
      'http://helpdesk.example.com',
      /would send the access key unencrypted/,
    ],
  ])('%s is refused before anything is read', async (_case, env, url, message) => {
    await expect(exportHelpdesk({ outDir: join(parent, 'app'), url, env })).rejects.toMatchObject({
      code: 'EXPORT_SETTINGS',
      message: expect.stringMatching(message),
    });
  });

  test('the command reads the settings from the environment and reports on stderr', async () => {
    // The emulator runs in this process, so the command must run beside it, not block it.
    const outDir = join(parent, 'app');
    const child = spawn(
      join(REPOSITORY_ROOT, 'node_modules', '.bin', 'ts-node'),
      [
        '--transpile-only',
        join(REPOSITORY_ROOT, 'src', 'cli', 'main.ts'),
        'export',
        '--out',
        outDir,
      ],
      {
        cwd: REPOSITORY_ROOT,
        env: {
          ...process.env,
          MOJO_HELPDESK_URL: fixture.emulator.url,
          MOJO_HELPDESK_ACCESS_KEY: fixture.accessKey,
        },
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const status = await new Promise<number | null>((done) => child.on('close', done));

    expect({ status, stderr }).toMatchObject({ status: 0 });
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^Read 2 ticket forms\.$/m);
    expect(stderr).toMatch(/^Read 1 users\.$/m);
    expect(stderr).toMatch(/resources to import/);
    expect(stderr).not.toContain(fixture.accessKey);
    expect(existsSync(join(outDir, 'main.ts'))).toBe(true);
  });
});
