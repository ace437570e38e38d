import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { buildProgram } from '../../src/cli/main';

const ROOT = join(__dirname, '..', '..');
const FIRST_LINE = /^Mojo Helpdesk emulator listening on (http:\/\/127\.0\.0\.1:\d+)$/;

interface Started {
  readonly child: ChildProcess;
  readonly firstLine: string;
  readonly output: () => string;
}

function startCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Started> {
  const child = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', 'src/cli/main.ts', 'emulator', ...args],
    { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const lines = createInterface({ input: child.stdout! });
  return new Promise((resolve, reject) => {
    lines.once('line', (firstLine) => resolve({ child, firstLine, output: () => output }));
    lines.on('line', (line) => (output += `${line}\n`));
    child.once('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
  });
}

test('buildProgram registers the emulator command', () => {
  const names = buildProgram().commands.map((command) => command.name());
  expect(names).toContain('emulator');
});

test('prints the listening line first, serves, and exits 0 on SIGTERM', async () => {
  const started = await startCli([
    '--port',
    '0',
    '--access-key',
    'cli-secret-key',
    '--seed',
    'demo',
  ]);
  const url = FIRST_LINE.exec(started.firstLine)?.[1];
  expect(url).toBeDefined();

  const answer = await fetch(`${url}/api/v2/ticket_queues?access_key=cli-secret-key`);
  expect(answer.status).toBe(200);
  expect(((await answer.json()) as unknown[]).length).toBeGreaterThan(0);

  const exited = once(started.child, 'exit');
  started.child.kill('SIGTERM');
  const [code] = await exited;
  expect(code).toBe(0);
  expect(`${started.firstLine}\n${started.output()}`).not.toContain('cli-secret-key');
});

test('takes the key from MOJO_EMULATOR_ACCESS_KEY and exits 0 on SIGINT', async () => {
  const started = await startCli(['--port', '0'], { MOJO_EMULATOR_ACCESS_KEY: 'env-key' });
  const url = FIRST_LINE.exec(started.firstLine)?.[1];
  expect((await fetch(`${url}/api/v2/tags?access_key=env-key`)).status).toBe(200);

  const exited = once(started.child, 'exit');
  started.child.kill('SIGINT');
  expect((await exited)[0]).toBe(0);
});

test('refuses to start without an access key', async () => {
  const child = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', 'src/cli/main.ts', 'emulator', '--port', '0'],
    { cwd: ROOT, env: { ...process.env, MOJO_EMULATOR_ACCESS_KEY: '' }, stdio: 'pipe' },
  );
  const [code] = await once(child, 'exit');
  expect(code).not.toBe(0);
});
