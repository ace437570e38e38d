/**
 * Runs the steps of the examples/ci GitHub Actions workflow outside GitHub: each step's `run:`
 * script through bash as the runner would (`bash --noprofile --norc -eo pipefail`), in the step's
 * working directory inside a checkout, with the environment the workflow, job and step declare.
 * Only the `${{ }}` expressions are replaced, from a context the test supplies; the scripts and
 * their arguments are the workflow's own.
 *
 * A checkout is a temporary directory holding a copy of examples/ci beside links to this
 * repository's sources, bundle and node_modules, so several checkouts can run at once as separate
 * CI runners would. Tools that GitHub provides are replaced on PATH: `mojohelpdesk` runs this
 * repository's command from source, and `gh` records its arguments and answers the comment list
 * from a file through the real jq.
 */
import { spawn } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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

const MOJOHELPDESK_SHIM = `#!/usr/bin/env bash
exec node ${join(REPOSITORY_ROOT, 'node_modules', 'ts-node', 'dist', 'bin.js')} --transpile-only \\
  ${join(REPOSITORY_ROOT, 'src', 'cli', 'main.ts')} "$@"
`;

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

/** Links that stand for the rest of the repository in a checkout. */
const LINKED = ['src', 'lib', 'node_modules', 'tsconfig.json', 'package.json'];

/** Makes a checkout with a fresh copy of the example (no cdktf.out, no plan files). */
export function createCheckout(): Checkout {
  const directory = mkdtempSync(join(tmpdir(), 'mojo-ci-'));
  for (const name of LINKED) {
    symlinkSync(join(REPOSITORY_ROOT, name), join(directory, name));
  }
  cpSync(join(REPOSITORY_ROOT, EXAMPLE_DIRECTORY), join(directory, EXAMPLE_DIRECTORY), {
    recursive: true,
    filter: (source) => !/(cdktf\.out|plan\.json|plan-summary\.md)$/.test(source),
  });

  const tools = join(directory, 'runner', 'bin');
  mkdirSync(tools, { recursive: true });
  writeFileSync(join(tools, 'mojohelpdesk'), MOJOHELPDESK_SHIM);
  writeFileSync(join(tools, 'gh'), GH_FAKE);
  chmodSync(join(tools, 'mojohelpdesk'), 0o755);
  chmodSync(join(tools, 'gh'), 0o755);

  const home = join(directory, 'runner', 'home');
  mkdirSync(home);
  const cliConfig = join(directory, 'runner', 'terraform.rc');
  writeFileSync(cliConfig, '');
  const ghLog = join(directory, 'runner', 'gh-calls.jsonl');
  const ghComments = join(directory, 'runner', 'gh-comments.json');
  writeFileSync(ghComments, '[]');

  const runnerEnv: Record<string, string> = {
    PATH: `${tools}:${process.env.PATH}`,
    HOME: home,
    TMPDIR: tmpdir(),
    TF_CLI_CONFIG_FILE: cliConfig,
    CI: 'true',
    FAKE_GH_LOG: ghLog,
    FAKE_GH_COMMENTS: ghComments,
  };

  const startStep = (step: WorkflowStep, env: Record<string, string>): RunningStep => {
    if (step.run === undefined) {
      throw new Error(`The step ${step.name ?? step.uses} has no script`);
    }
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run], {
      cwd: join(directory, step['working-directory'] ?? '.'),
      env: { ...runnerEnv, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    const done = new Promise<StepResult>((resolveStep, reject) => {
      child.on('error', reject);
      child.on('close', (code) => resolveStep({ code, output }));
    });
    return { done, output: () => output };
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

/** Removes terminal colour codes from command output. */
export function plainText(output: string): string {
  return output.replace(/\x1b\[[0-9;]*m/g, '');
}
