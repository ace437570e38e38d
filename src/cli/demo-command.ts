import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { startEmulator } from '../emulator';
import { installIntoWorkingDirectory } from '../provider/install';

/** Where the demo keeps everything it makes, relative to the directory it runs in. */
const DEMO_ROOT = '.emulator-data';
const EXAMPLE = join('examples', 'terraform-queues');

/** Options of `mojohelpdesk demo`. */
interface DemoOptions {
  readonly dir: string;
  readonly keepRunning: boolean;
}

/** How one Terraform command ended. */
interface TerraformRun {
  readonly command: string;
  readonly exitCode: number;
}

function runTerraform(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<TerraformRun> {
  const command = `terraform ${args.join(' ')}`;
  process.stdout.write(`\n$ ${command}\n`);

  return new Promise((done, fail) => {
    const child = spawn('terraform', args, { cwd, env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', (error) => fail(new Error(`Could not start terraform: ${error.message}`)));
    child.on('exit', (code) => done({ command, exitCode: code ?? 1 }));
  });
}

function expectExit(run: TerraformRun, allowed: number[]): void {
  if (!allowed.includes(run.exitCode)) {
    throw new Error(`\`${run.command}\` failed with exit code ${run.exitCode}.`);
  }
}

/** Copies the example's Terraform files into the demo's working directory. */
function prepareWorkingDirectory(example: string, workingDirectory: string): void {
  mkdirSync(workingDirectory, { recursive: true });
  for (const name of readdirSync(example)) {
    if (name.endsWith('.tf')) {
      copyFileSync(join(example, name), join(workingDirectory, name));
    }
  }
}

/**
 * Runs the demo: starts the emulator on a store kept under `<dir>/.emulator-data`, applies the
 * example configuration with real Terraform and the bundled provider, then plans again to show
 * that nothing is left to change. A second run finds everything in place and changes nothing.
 */
async function runDemo(options: DemoOptions): Promise<void> {
  const root = resolve(options.dir, DEMO_ROOT);
  const workingDirectory = join(root, 'terraform-queues');
  const dataFile = join(root, 'helpdesk.sqlite');
  mkdirSync(root, { recursive: true });

  prepareWorkingDirectory(resolve(options.dir, EXAMPLE), workingDirectory);
  installIntoWorkingDirectory(workingDirectory);

  // The emulator accepts whichever key it is started with; a fresh one per run keeps the demo
  // free of stored secrets. It reaches Terraform only through the environment.
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
    MOJO_HELPDESK_URL: emulator.url,
    MOJO_HELPDESK_ACCESS_KEY: accessKey,
  };

  try {
    expectExit(await runTerraform(['init', '-input=false'], workingDirectory, env), [0]);
    expectExit(
      await runTerraform(['apply', '-auto-approve', '-input=false'], workingDirectory, env),
      [0],
    );
    const check = await runTerraform(
      ['plan', '-input=false', '-detailed-exitcode'],
      workingDirectory,
      env,
    );
    expectExit(check, [0, 2]);

    process.stdout.write(
      check.exitCode === 0
        ? '\nThe helpdesk matches its configuration: nothing left to change.\n'
        : '\nThe plan after apply still shows changes: the demo did not converge.\n',
    );
    if (check.exitCode !== 0) {
      process.exitCode = 1;
    }

    process.stdout.write(
      `\nTerraform working directory: ${workingDirectory}\n` +
        `Emulator data: ${dataFile}\n` +
        'Look at it again with: npm run emulator -- --data ' +
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

/** Registers `mojohelpdesk demo`: the example helpdesk applied against the local emulator. */
export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('Apply the example helpdesk to a local emulator with Terraform, then plan again')
    .option('--dir <dir>', 'project directory holding examples/ and the demo data', '.')
    .option('--keep-running', 'keep the emulator serving after the demo until Ctrl-C', false)
    .action((options: DemoOptions) => runDemo(options));
}
