import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { Command } from 'commander';
import { startEmulator } from '../emulator';

/** Where the demo keeps everything it makes, relative to the project directory. */
const DEMO_ROOT = '.emulator-data';

/** The cdktf app the demo deploys, relative to the project directory. */
const EXAMPLE_APP = join('examples', 'helpdesk', 'main.ts');

/** Options of `mojohelpdesk demo`. */
interface DemoOptions {
  readonly dir: string;
  readonly keepRunning: boolean;
}

/** How one cdktf command ended, with what it printed on stdout. */
interface CdktfRun {
  readonly command: string;
  readonly exitCode: number;
  readonly output: string;
}

/** Raised when a step of the demo fails. */
export class DemoError extends Error {
  public constructor(
    public readonly code: 'CDKTF_NOT_STARTED' | 'CDKTF_FAILED' | 'NOT_CONVERGED',
    message: string,
  ) {
    super(message);
    this.name = 'DemoError';
  }
}

/** Runs `cdktf <args>` in `cwd`, showing its output as it comes and keeping a copy of stdout. */
function runCdktf(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<CdktfRun> {
  const command = `cdktf ${args.join(' ')}`;
  process.stdout.write(`\n$ ${command}\n`);

  return new Promise((done, fail) => {
    const child = spawn('npx', ['--no-install', 'cdktf', ...args], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.on('error', (error) =>
      fail(new DemoError('CDKTF_NOT_STARTED', `Could not start cdktf: ${error.message}`)),
    );
    child.on('close', (code) => done({ command, exitCode: code ?? 1, output }));
  });
}

function expectSuccess(run: CdktfRun): void {
  if (run.exitCode !== 0) {
    throw new DemoError(
      'CDKTF_FAILED',
      `\`${run.command}\` failed with exit code ${run.exitCode}.`,
    );
  }
}

/**
 * Writes the demo's cdktf project: a cdktf.json that runs the example app. cdktf keeps the
 * synthesized stacks (cdktf.out) and the Terraform state beside it, next to the emulator data,
 * so the example directory stays clean and the state always matches the emulator's store.
 */
function writeDemoProject(projectDirectory: string, appDirectory: string): void {
  mkdirSync(appDirectory, { recursive: true });
  const app = relative(appDirectory, resolve(projectDirectory, EXAMPLE_APP));
  const cdktfJson = {
    language: 'typescript',
    app: `npx ts-node --transpile-only ${app}`,
    sendCrashReports: 'false',
    terraformProviders: [],
    terraformModules: [],
    context: {},
  };
  writeFileSync(join(appDirectory, 'cdktf.json'), `${JSON.stringify(cdktfJson, null, 2)}\n`);
}

/**
 * Runs the demo: starts the emulator on a store kept under `<dir>/.emulator-data`, deploys the
 * example helpdesk with `cdktf deploy`, then runs `cdktf diff` to show that nothing is left to
 * change. A second run finds everything in place and changes nothing.
 */
async function runDemo(options: DemoOptions): Promise<void> {
  const projectDirectory = resolve(options.dir);
  const root = join(projectDirectory, DEMO_ROOT);
  const appDirectory = join(root, 'helpdesk-app');
  const dataFile = join(root, 'helpdesk.sqlite');
  writeDemoProject(projectDirectory, appDirectory);

  // The emulator accepts whichever key it is started with; a fresh one per run keeps the demo
  // free of stored secrets. It reaches the provider only through the environment.
  const accessKey = randomBytes(18).toString('base64url');
  const emulator = await startEmulator({ accessKey, dataFile });
  process.stdout.write(`Mojo Helpdesk emulator listening on ${emulator.url} (data: ${dataFile})\n`);

  const cliConfig = join(root, 'terraform.rc');
  writeFileSync(cliConfig, '# The demo needs no CLI configuration.\n');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CHECKPOINT_DISABLE: '1',
    TF_CLI_CONFIG_FILE: cliConfig,
    TF_IN_AUTOMATION: '1',
    // cdktf's output reaches the terminal through this process, never as a terminal of its own;
    // in CI mode it prints Terraform's lines instead of redrawing a progress display.
    CI: '1',
    MOJO_HELPDESK_URL: emulator.url,
    MOJO_HELPDESK_ACCESS_KEY: accessKey,
  };

  try {
    expectSuccess(await runCdktf(['deploy', '--auto-approve'], appDirectory, env));
    const check = await runCdktf(['diff'], appDirectory, env);
    expectSuccess(check);

    if (!/No changes\./.test(check.output)) {
      throw new DemoError(
        'NOT_CONVERGED',
        'The diff after deploy still shows changes: the helpdesk did not converge.',
      );
    }
    process.stdout.write('\nThe helpdesk matches its description: nothing left to change.\n');

    process.stdout.write(
      `\nEmulator: ${emulator.url} (stops when this command ends)\n` +
        `Emulator data: ${dataFile}\n` +
        `cdktf project, state and synthesized stack: ${appDirectory}\n` +
        'Serve the same data again with: npm run emulator -- --data ' +
        `${join(DEMO_ROOT, 'helpdesk.sqlite')} --access-key <any key you choose>\n`,
    );

    if (options.keepRunning) {
      process.stdout.write(`\nThe emulator keeps serving ${emulator.url}; Ctrl-C stops it.\n`);
      await new Promise<void>((done) => process.once('SIGINT', () => done()));
    }
  } finally {
    await emulator.close();
  }
}

/** Registers `mojohelpdesk demo`: the example helpdesk deployed to a local emulator. */
export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('Deploy the example helpdesk to a local emulator with cdktf, then diff again')
    .option('--dir <dir>', 'project directory holding examples/ and the demo data', '.')
    .option('--keep-running', 'keep the emulator serving after the demo until Ctrl-C', false)
    .action((options: DemoOptions) => runDemo(options));
}
