/**
 * Real Terraform in a throw-away working directory, with this repository's provider installed in
 * the directory's terraform.d/plugins and recorded in its lock file, so `terraform init` needs no
 * registry. Each workspace has its own empty CLI configuration and HOME; CHECKPOINT_DISABLE=1.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildProviderBundle } from '../../projenrc/bundle';
import { installIntoWorkingDirectory } from '../../src/provider/install';
import { PROVIDER_EXECUTABLE } from '../../src/provider/version';

const REPOSITORY_ROOT = resolve(__dirname, '..', '..');

/** The bundled provider executable the tests run. */
export const PROVIDER_BUNDLE = join(REPOSITORY_ROOT, 'lib', PROVIDER_EXECUTABLE);

function newestSourceTime(directory: string): number {
  let newest = 0;
  for (const entry of readdirSync(directory)) {
    const path = join(directory, entry);
    const stats = statSync(path);
    newest = Math.max(
      newest,
      stats.isDirectory() ? newestSourceTime(path) : path.endsWith('.ts') ? stats.mtimeMs : 0,
    );
  }
  return newest;
}

/**
 * Builds the provider into lib/ as `npx projen bundle` does (executable, bundle and code cache)
 * when the executable is missing or older than any source file or the build script; returns the
 * executable's path. Safe to call from several test files at once: every file is written beside
 * its final name and renamed, the executable last.
 */
export function ensureProviderBundle(): string {
  let bundleTime = 0;
  try {
    bundleTime = statSync(PROVIDER_BUNDLE).mtimeMs;
  } catch {
    bundleTime = 0;
  }
  const sourceTime = Math.max(
    newestSourceTime(join(REPOSITORY_ROOT, 'src')),
    newestSourceTime(join(REPOSITORY_ROOT, 'projenrc')),
  );
  return bundleTime > sourceTime ? PROVIDER_BUNDLE : buildProviderBundle();
}

/** How a terraform command ended. */
export interface TerraformResult {
  /** Exit code; null when a signal ended it. */
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** A terraform command still running. */
export interface RunningTerraform {
  /** Resolves when terraform exits. */
  readonly done: Promise<TerraformResult>;
  /** Sends SIGINT to terraform, as Ctrl-C in a terminal would. */
  interrupt(): void;
  /** Output so far. */
  stdout(): string;
}

/** A temporary Terraform working directory. */
export interface TerraformWorkspace {
  readonly directory: string;
  /** The environment every command runs with. */
  readonly env: NodeJS.ProcessEnv;
  /** Writes main.tf. */
  writeConfig(hcl: string): void;
  /** Starts `terraform <args>`. */
  start(args: readonly string[], env?: NodeJS.ProcessEnv): RunningTerraform;
  /** Runs `terraform <args>` to completion. */
  run(args: readonly string[], env?: NodeJS.ProcessEnv): Promise<TerraformResult>;
  /** Runs the command and throws with its output when the exit code is not 0. */
  runOk(args: readonly string[], env?: NodeJS.ProcessEnv): Promise<TerraformResult>;
  /** The parsed terraform.tfstate (undefined when there is none yet). */
  state(): TerraformState | undefined;
  /** Removes the directory. */
  remove(): void;
}

/** The parts of a state file tests look at. */
export interface TerraformState {
  readonly resources: readonly {
    readonly type: string;
    readonly name: string;
    readonly mode: string;
    readonly instances: readonly { readonly attributes: Record<string, unknown> }[];
  }[];
}

/** Options of a workspace. */
export interface WorkspaceOptions {
  /** Extra environment for every command (provider settings, TF_LOG, ...). */
  readonly env?: NodeJS.ProcessEnv;
  /**
   * Install the provider and lock it.
   * @default true
   */
  readonly installProvider?: boolean;
}

/** Makes a working directory with the provider installed and an empty CLI configuration. */
export function createTerraformWorkspace(options: WorkspaceOptions = {}): TerraformWorkspace {
  const directory = mkdtempSync(join(tmpdir(), 'mojo-tf-'));
  const cliConfig = join(directory, '.terraformrc');
  writeFileSync(cliConfig, '');
  if (options.installProvider ?? true) {
    installIntoWorkingDirectory(directory, { executable: ensureProviderBundle() });
  }

  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: directory,
    TMPDIR: process.env.TMPDIR,
    TF_CLI_CONFIG_FILE: cliConfig,
    CHECKPOINT_DISABLE: '1',
    TF_IN_AUTOMATION: '1',
    TF_INPUT: '0',
    ...options.env,
  };

  const start = (args: readonly string[], extraEnv: NodeJS.ProcessEnv = {}): RunningTerraform => {
    const child = spawn('terraform', [...args], {
      cwd: directory,
      env: { ...env, ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const done = new Promise<TerraformResult>((resolveDone, reject) => {
      child.on('error', reject);
      child.on('close', (code) => resolveDone({ code, stdout, stderr }));
    });
    return { interrupt: () => child.kill('SIGINT'), done, stdout: () => stdout };
  };

  const run = (args: readonly string[], extraEnv?: NodeJS.ProcessEnv) => {
    return start(args, extraEnv).done;
  };

  return {
    directory,
    env,
    writeConfig: (hcl) => writeFileSync(join(directory, 'main.tf'), hcl),
    start,
    run,
    runOk: async (args, extraEnv) => {
      const result = await run(args, extraEnv);
      if (result.code !== 0) {
        throw new Error(
          `terraform ${args.join(' ')} exited ${result.code}\n${result.stdout}\n${result.stderr}`,
        );
      }
      return result;
    },
    state: () => {
      try {
        return JSON.parse(readFileSync(join(directory, 'terraform.tfstate'), 'utf8'));
      } catch {
        return undefined;
      }
    },
    remove: () => rmSync(directory, { recursive: true, force: true }),
  };
}

/** The `terraform { required_providers }` block for this provider. */
export const REQUIRED_PROVIDERS = `terraform {
  required_providers {
    mojohelpdesk = {
      source = "mojohelpdesk-iac/mojohelpdesk"
    }
  }
}
`;

/** REQUIRED_PROVIDERS and a provider block pointing at the emulator at `url` with `accessKey`. */
export function providerBlock(emulator: { readonly url: string }, accessKey: string): string {
  return `${REQUIRED_PROVIDERS}
provider "mojohelpdesk" {
  url        = "${emulator.url}"
  access_key = "${accessKey}"
}
`;
}
