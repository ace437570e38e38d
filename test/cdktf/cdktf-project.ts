/**
 * A throw-away cdktf project driven by the real cdktf CLI: a cdktf.json, an app that builds a
 * `Helpdesk` from helpdesk.yaml, and a private HOME and CLI configuration. The app loads this
 * repository's sources through ts-node; nothing is fetched from any registry.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const REPOSITORY_ROOT = resolve(__dirname, '..', '..');
const NODE_MODULES = join(REPOSITORY_ROOT, 'node_modules');

/** The cdktf CLI entry of the installed cdktf-cli package. */
function cdktfExecutable(): string {
  const manifestPath = require.resolve('cdktf-cli/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    bin: Record<string, string>;
  };
  return join(dirname(manifestPath), manifest.bin.cdktf);
}

/** How a cdktf command ended. */
export interface CdktfResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** A temporary cdktf project. */
export interface CdktfProject {
  readonly directory: string;
  /** Replaces the helpdesk description the app reads. */
  writeDescription(yaml: string): void;
  /** Runs `cdktf <args>` in the project and waits for it. */
  run(args: readonly string[]): Promise<CdktfResult>;
  /** Runs the command and throws with its output when it does not exit 0. */
  runOk(args: readonly string[]): Promise<CdktfResult>;
  /** Removes the project directory. */
  remove(): void;
}

const APP = `
const { join } = require('node:path');
const { App, TerraformStack } = require('cdktf');
const { Helpdesk } = require(${JSON.stringify(join(REPOSITORY_ROOT, 'src'))});

const app = new App();
const stack = new TerraformStack(app, 'helpdesk');
Helpdesk.fromFile(stack, 'helpdesk', join(__dirname, 'helpdesk.yaml'));
app.synth();
`;

/** Creates a project whose provider talks to `url` with `accessKey`. */
export function createCdktfProject(url: string, accessKey: string): CdktfProject {
  const directory = mkdtempSync(join(tmpdir(), 'mojo-cdktf-'));
  const home = join(directory, 'home');
  const cliConfig = join(directory, 'terraform.rc');
  writeFileSync(cliConfig, '');
  writeFileSync(join(directory, 'main.ts'), APP);
  writeFileSync(
    join(directory, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { module: 'commonjs', target: 'ES2022', strict: true } }),
  );
  const tsNode = join(NODE_MODULES, 'ts-node', 'dist', 'bin.js');
  writeFileSync(
    join(directory, 'cdktf.json'),
    JSON.stringify({
      language: 'typescript',
      app: `node ${tsNode} --transpile-only main.ts`,
      sendCrashReports: 'false',
      terraformProviders: [],
      terraformModules: [],
      context: {},
    }),
  );

  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: home,
    TMPDIR: process.env.TMPDIR,
    NODE_PATH: NODE_MODULES,
    CHECKPOINT_DISABLE: '1',
    TF_CLI_CONFIG_FILE: cliConfig,
    TF_IN_AUTOMATION: '1',
    CI: '1',
    MOJO_HELPDESK_URL: url,
    MOJO_HELPDESK_ACCESS_KEY: accessKey,
  };

  const run = (args: readonly string[]): Promise<CdktfResult> =>
    new Promise((done, fail) => {
      const child = spawn(process.execPath, [cdktfExecutable(), ...args], {
        cwd: directory,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      child.on('error', fail);
      child.on('close', (code) => done({ code, stdout, stderr }));
    });

  return {
    directory,
    writeDescription: (yaml) => writeFileSync(join(directory, 'helpdesk.yaml'), yaml),
    run,
    runOk: async (args) => {
      const result = await run(args);
      if (result.code !== 0) {
        throw new Error(
          `cdktf ${args.join(' ')} exited ${result.code}\n${result.stdout}\n${result.stderr}`,
        );
      }
      return result;
    },
    remove: () => rmSync(directory, { recursive: true, force: true }),
  };
}

/** Removes terminal colour codes from command output. */
export function plainText(output: string): string {
  return output.replace(/\x1b\[[0-9;]*m/g, '');
}
