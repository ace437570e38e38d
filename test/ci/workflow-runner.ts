/**
 * Runs the steps of the examples/ci GitHub Actions workflow outside GitHub: each step's `run:`
 * script through bash as the runner would (`bash --noprofile --norc -eo pipefail`), in the step's
 * working directory inside a checkout, with the environment the workflow, job and step declare.
 * Only the `${{ }}` expressions are replaced, from a context the test supplies; the scripts and
 * their arguments are the workflow's own.
 *
 * A checkout is a temporary directory holding a copy of this repository's files as `git
 * checkout` would write them: no node_modules, no build output. The workflow's build steps
 * install and build in it; a checkout may instead share the build of another, as runners that
 * restore the same cache would. Directories a step appends to `$GITHUB_PATH` come first on the
 * PATH of the later steps, as on GitHub. What the `uses:` steps provide is stood in for: Node and
 * Terraform are this machine's, `cache: npm` is this machine's npm cache and settings, and `gh`
 * is a fake that records its arguments and answers the comment list from a file through jq.
 */
import { execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';

const REPOSITORY_ROOT = resolve(__dirname, '..', '..');

/** The example's directory, relative to the repository root. */
export const EXAMPLE_DIRECTORY = 'examples/ci';

/** The workflow file of the example. */
export const WORKFLOW_PATH = join(REPOSITORY_ROOT, EXAMPLE_DIRECTORY, 'workflows', 'helpdesk.yml');

/** One step of a job, as written in the workflow. */
export interface WorkflowStep {
  readonly name?: string;
  readonly uses?: string;
  readonly with?: Record<string, unknown>;
  readonly run?: string;
  readonly env?: Record<string, string>;
  readonly 'working-directory'?: string;
}

/** One job of the workflow. */
export interface WorkflowJob {
  readonly if?: string;
  readonly permissions?: Record<string, string>;
  readonly concurrency?: { readonly group: string; readonly 'cancel-in-progress'?: boolean };
  readonly env?: Record<string, string>;
  readonly steps: readonly WorkflowStep[];
}

/** The parts of a workflow file the tests read. */
export interface Workflow {
  readonly on: Record<string, unknown>;
  readonly permissions?: Record<string, string>;
  readonly env?: Record<string, string>;
  readonly jobs: Record<string, WorkflowJob>;
}

/** Parses the workflow file; throws on invalid YAML. */
export function loadWorkflow(path: string = WORKFLOW_PATH): Workflow {
  return parse(readFileSync(path, 'utf8'), { prettyErrors: true }) as Workflow;
}

/** The steps of a job that run a script, in order: everything a test has to run. */
export function scriptSteps(job: WorkflowJob): WorkflowStep[] {
  return job.steps.filter((step) => step.run !== undefined);
}

/** The steps of a job that run scripts inside the example: the ones that drive our tools. */
export function exampleSteps(job: WorkflowJob): WorkflowStep[] {
  return job.steps.filter(
    (step) => step.run !== undefined && step['working-directory'] === EXAMPLE_DIRECTORY,
  );
}

/** Values for `${{ }}` expressions, by their dotted name (`secrets.NAME`, `github.token`). */
export type ExpressionContext = Readonly<Record<string, string>>;

/** Replaces every `${{ name }}` in `text`; throws on a name the context does not hold. */
export function resolveExpressions(text: string, context: ExpressionContext): string {
  return text.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_expression, name: string) => {
    const value = context[name];
    if (value === undefined) {
      throw new Error(`The test gives no value for the workflow expression ${name}`);
    }
    return value;
  });
}

/** The environment the workflow, the job and the step declare, expressions resolved. */
export function declaredEnvironment(
  workflow: Workflow,
  job: WorkflowJob,
  step: WorkflowStep,
  context: ExpressionContext,
): Record<string, string> {
  const declared = { ...workflow.env, ...job.env, ...step.env };
  return Object.fromEntries(
    Object.entries(declared).map(([name, value]) => [
      name,
      resolveExpressions(String(value), context),
    ]),
  );
}

/** How a step ended. */
export interface StepResult {
  readonly code: number | null;
  /** Standard output and standard error, interleaved as they came. */
  readonly output: string;
}

/** A step still running. */
export interface RunningStep {
  readonly done: Promise<StepResult>;
  /** The process id of the step's shell. */
  readonly pid: number;
  /** Output so far. */
  output(): string;
}

/** A temporary copy of the repository as a CI runner would check it out. */
export interface Checkout {
  readonly directory: string;
  /** Where the fake `gh` appends one JSON line per call. */
  readonly ghLog: string;
  /** The comment list the fake `gh` answers with; write JSON to it. */
  readonly ghComments: string;
  /** Starts a step's script with the runner's shell and the given extra environment. */
  startStep(step: WorkflowStep, env: Record<string, string>): RunningStep;
  /** Runs a step and throws with its output when it fails. */
  runStepOk(step: WorkflowStep, env: Record<string, string>): Promise<StepResult>;
  /** Reads a file of the checkout, by its path from the repository root. */
  read(path: string): string;
  /** Removes the checkout. */
  remove(): void;
}

/** How to make a checkout. */
export interface CheckoutOptions {
  /**
   * A checkout whose installed packages and build output this one uses, instead of running the
   * build steps itself.
   */
  readonly sharingBuildOf?: Checkout;
}

const GH_FAKE = `#!/usr/bin/env node
const { appendFileSync, readFileSync } = require('node:fs');
const { execFileSync } = require('node:child_process');
const args = process.argv.slice(2);
const bodyField = args.find((arg) => arg.startsWith('body=@'));
const body = bodyField === undefined ? undefined : readFileSync(bodyField.slice(6), 'utf8');
const call = { args, body, token: process.env.GH_TOKEN !== undefined };
appendFileSync(process.env.FAKE_GH_LOG, JSON.stringify(call) + '\\n');
if (!args.includes('--method')) {
  const filter = args[args.indexOf('--jq') + 1];
  const comments = readFileSync(process.env.FAKE_GH_COMMENTS);
  process.stdout.write(execFileSync('jq', ['-r', filter], { input: comments }));
}
`;

/** What a build writes into a checkout, and a sharing checkout links to. */
const BUILD_OUTPUT = ['node_modules', 'lib'];

/** The repository's files as a checkout holds them: tracked, plus new ones not ignored. */
function repositoryFiles(): string[] {
  const listed = execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    { cwd: REPOSITORY_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  return listed
    .split('\0')
    .filter((path) => path.length > 0 && existsSync(join(REPOSITORY_ROOT, path)));
}

/** One npm setting of this machine, as the workflow's setup-node step would provide it. */
function npmSetting(name: string): string {
  return execFileSync('npm', ['config', 'get', name], { encoding: 'utf8' }).trim();
}

/** This process's PATH without the package binaries `npm test` put in front. */
function systemPath(): string {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .filter((entry) => !/node_modules|node-gyp-bin/.test(entry))
    .join(delimiter);
}

/** Makes a checkout: a fresh copy of the repository's files (no cdktf.out, no plan files). */
export function createCheckout(options: CheckoutOptions = {}): Checkout {
  const directory = mkdtempSync(join(tmpdir(), 'mojo-ci-'));
  for (const path of repositoryFiles()) {
    const target = join(directory, path);
    mkdirSync(dirname(target), { recursive: true });
    cpSync(join(REPOSITORY_ROOT, path), target, { preserveTimestamps: true });
  }
  if (options.sharingBuildOf) {
    for (const name of BUILD_OUTPUT) {
      symlinkSync(join(options.sharingBuildOf.directory, name), join(directory, name));
    }
  }

  const runner = join(directory, '.runner');
  const tools = join(runner, 'bin');
  mkdirSync(tools, { recursive: true });
  writeFileSync(join(tools, 'gh'), GH_FAKE);
  chmodSync(join(tools, 'gh'), 0o755);

  const home = join(runner, 'home');
  mkdirSync(home);
  const temp = join(runner, 'temp');
  mkdirSync(temp);
  const cliConfig = join(runner, 'terraform.rc');
  writeFileSync(cliConfig, '');
  const githubPath = join(runner, 'github-path');
  writeFileSync(githubPath, '');
  const ghLog = join(runner, 'gh-calls.jsonl');
  const ghComments = join(runner, 'gh-comments.json');
  writeFileSync(ghComments, '[]');

  const runnerEnv: Record<string, string> = {
    HOME: home,
    TMPDIR: tmpdir(),
    RUNNER_TEMP: temp,
    GITHUB_PATH: githubPath,
    GITHUB_WORKSPACE: directory,
    TF_CLI_CONFIG_FILE: cliConfig,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    // setup-node with `cache: npm` restores the npm cache; the runner image has its own settings.
    npm_config_cache: npmSetting('cache'),
    npm_config_userconfig: npmSetting('userconfig'),
    FAKE_GH_LOG: ghLog,
    FAKE_GH_COMMENTS: ghComments,
  };

  /** PATH for the next step: what earlier steps added, newest first, then the image's. */
  const stepPath = (): string => {
    const added = readFileSync(githubPath, 'utf8')
      .split('\n')
      .filter((line) => line.length > 0)
      .reverse();
    return [...added, tools, systemPath()].join(delimiter);
  };

  const startStep = (step: WorkflowStep, env: Record<string, string>): RunningStep => {
    if (step.run === undefined) {
      throw new Error(`The step ${step.name ?? step.uses} has no script`);
    }
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run], {
      cwd: join(directory, step['working-directory'] ?? '.'),
      env: { ...runnerEnv, PATH: stepPath(), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    const done = new Promise<StepResult>((resolveStep, reject) => {
      child.on('error', reject);
      child.on('close', (code) => resolveStep({ code, output }));
    });
    return { done, output: () => output, pid: child.pid ?? 0 };
  };

  return {
    directory,
    ghLog,
    ghComments,
    startStep,
    runStepOk: async (step, env) => {
      const result = await startStep(step, env).done;
      if (result.code !== 0) {
        throw new Error(`The step ${step.name} exited ${result.code}\n${result.output}`);
      }
      return result;
    },
    read: (path) => readFileSync(join(directory, path), 'utf8'),
    remove: () => rmSync(directory, { recursive: true, force: true }),
  };
}

/** A process and its command line. */
export interface ProcessInfo {
  readonly pid: number;
  readonly argv: string[];
}

/** The processes below `root` in the process tree (children, their children...), from /proc. */
export function descendantProcesses(root: number): ProcessInfo[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) {
      continue;
    }
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The fields after the command name, which is in parentheses and may hold spaces.
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while the table was read.
    }
  }
  const found: ProcessInfo[] = [];
  const queue = [...(children.get(root) ?? [])];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    try {
      const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
      found.push({ pid, argv });
    } catch {
      continue;
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

/** Removes terminal colour codes from command output. */
export function plainText(output: string): string {
  return output.replace(/\x1b\[[0-9;]*m/g, '');
}
