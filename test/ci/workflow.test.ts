/**
 * The examples/ci workflow, every script step of it, run against the emulator and a real
 * PostgreSQL server holding the Terraform state: each job's build step installs and builds a
 * fresh copy of the repository; the pull-request job plans, summarises and keeps one comment up
 * to date with the `mojohelpdesk` command its build put on the PATH; two deploys at once are kept
 * apart by the state lock and leave one intact state.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  accessSync,
  constants,
  existsSync,
  readFileSync,
  readlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import {
  createCheckout,
  declaredEnvironment,
  descendantProcesses,
  EXAMPLE_DIRECTORY,
  exampleSteps,
  loadWorkflow,
  plainText,
  scriptSteps,
} from './workflow-runner';
import type {
  Checkout,
  ExpressionContext,
  RunningStep,
  Workflow,
  WorkflowJob,
  WorkflowStep,
} from './workflow-runner';
import { startEmulator } from '../../src/emulator';
import type { RunningEmulator } from '../../src/emulator';
import { startPostgres } from '../helpers/postgres';
import type { PostgresServer } from '../helpers/postgres';

/** Each step starts Node, ts-node, the app and Terraform: generous on a shared box. */
const STEP_TIMEOUT = 300_000;

/** A build step: `npm ci` (with a native addon to compile), tsc, jsii and esbuild. */
const BUILD_TIMEOUT = 1_200_000;

/** The hidden first line of the plan comment. */
const MARKER = '<!-- mojohelpdesk-plan-summary -->';

/** Resources examples/ci/helpdesk.yaml makes: three ticket queues, a group, a user, its access. */
const RESOURCE_COUNT = 6;

/** What Terraform prints while it waits for a lock another run holds. */
const LOCK_WAIT_MESSAGE = 'Acquiring state lock. This may take a few moments...';

describe('the examples/ci workflow', () => {
  const accessKey = randomBytes(18).toString('base64url');
  const workflow: Workflow = loadWorkflow();
  let emulator: RunningEmulator;
  let postgres: PostgresServer;
  let context: ExpressionContext;
  const checkouts: Checkout[] = [];
  /** The checkout of the pull-request job, built by that job's build step. */
  let planRunner: Checkout | undefined;
  /** The checkout of the first deploy, built by the deploy job's build step. */
  let deployBuild: Promise<Checkout | Error> | undefined;

  /** Starts the deploy job's build step in a checkout of its own, once. */
  function startDeployBuild(): Promise<Checkout | Error> {
    deployBuild ??= (async () => {
      const runner = checkout();
      for (const step of buildSteps(job('deploy'))) {
        await runStep(runner, job('deploy'), step);
      }
      return runner;
    })().catch((error: Error) => error);
    return deployBuild;
  }

  /** A checkout that afterAll removes. */
  function checkout(sharingBuildOf?: Checkout): Checkout {
    const created = createCheckout({ sharingBuildOf });
    checkouts.push(created);
    return created;
  }

  /** Every secret value the steps see. */
  function secrets(): string[] {
    return [accessKey, postgres.connectionString];
  }

  /** The ticket queue names the emulator holds. */
  async function queueNames(): Promise<string[]> {
    const response = await fetch(
      `${emulator.url}/api/v2/ticket_queues?per_page=100&access_key=${accessKey}`,
    );
    const queues = (await response.json()) as { name: string }[];
    return queues.map((queue) => queue.name).sort();
  }

  /** How many advisory locks, the pg backend's state locks, PostgreSQL grants now. */
  async function stateLocks(): Promise<number> {
    return Number(
      await postgres.query("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"),
    );
  }

  const job = (name: string): WorkflowJob => workflow.jobs[name];

  /** Runs a step with the environment the workflow gives it; throws when it fails. */
  function runStep(runner: Checkout, current: WorkflowJob, step: WorkflowStep) {
    return runner.runStepOk(step, declaredEnvironment(workflow, current, step, context));
  }

  /** The build steps of a job: the script steps that run at the root of the checkout. */
  function buildSteps(current: WorkflowJob): WorkflowStep[] {
    return scriptSteps(current).filter((step) => step['working-directory'] === undefined);
  }

  /** Polls `condition` every 100 ms; throws `failure` when the running step ends first. */
  async function until(
    condition: () => boolean | Promise<boolean>,
    running: RunningStep,
    failure: string,
  ): Promise<void> {
    let ended = false;
    void running.done.then(() => (ended = true));
    for (;;) {
      if (await condition()) {
        return;
      }
      if (ended) {
        throw new Error(`${failure}\n${running.output()}`);
      }
      await new Promise((wake) => setTimeout(wake, 100));
    }
  }

  beforeAll(async () => {
    emulator = await startEmulator({ accessKey, port: 0 });
    postgres = await startPostgres();
    context = {
      'vars.MOJO_HELPDESK_URL': emulator.url,
      'secrets.MOJO_HELPDESK_ACCESS_KEY': accessKey,
      'secrets.MOJO_HELPDESK_STATE_PG_CONN_STR': postgres.connectionString,
      'github.token': 'token-of-the-workflow-run',
      'github.repository': 'northwind/helpdesk-config',
      'github.event.pull_request.number': '17',
    };
  });

  afterAll(async () => {
    await deployBuild;
    for (const created of checkouts) {
      created.remove();
    }
    await postgres?.stop();
    await emulator?.close();
  });

  test('is valid YAML: plans pull requests, deploys main one at a time, secrets by env', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push']);
    expect(workflow.on.push).toEqual({ branches: ['main'] });

    // Every script step of a job is a build step at the root or a step in the example.
    for (const current of Object.values(workflow.jobs)) {
      expect(scriptSteps(current)).toEqual([...buildSteps(current), ...exampleSteps(current)]);
    }

    const plan = job('plan');
    expect(plan.if).toBe("github.event_name == 'pull_request'");
    expect(plan.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    expect(buildSteps(plan).map((step) => step.run?.split('\n').slice(0, 3))).toEqual([
      ['npm ci', 'npx projen compile', 'npx projen bundle'],
    ]);
    expect(exampleSteps(plan).map((step) => step.run?.split('\n')[0])).toEqual([
      'npx cdktf diff helpdesk',
      'terraform -chdir=cdktf.out/stacks/helpdesk show -json plan > plan.json',
      'scripts/comment-plan.sh plan-summary.md',
    ]);

    const deploy = job('deploy');
    expect(deploy.if).toContain("github.ref == 'refs/heads/main'");
    expect(deploy.concurrency).toEqual({ group: 'helpdesk-deploy', 'cancel-in-progress': false });
    expect(buildSteps(deploy).map((step) => step.run)).toEqual(['npm ci\nnpx projen bundle\n']);
    expect(exampleSteps(deploy).map((step) => step.run)).toEqual([
      'npx cdktf deploy helpdesk --auto-approve',
    ]);

    // The stdout of `terraform show -json` must be Terraform's own, not the wrapper's.
    for (const current of [plan, deploy]) {
      const setup = current.steps.find((step) =>
        step.uses?.startsWith('hashicorp/setup-terraform'),
      );
      expect(setup?.with).toMatchObject({ terraform_version: '1.11.4', terraform_wrapper: false });
    }

    // The Node and Terraform that stand in for the setup steps are the versions they install.
    const terraform = JSON.parse(
      execFileSync('terraform', ['version', '-json'], {
        encoding: 'utf8',
        env: { ...process.env, TF_CLI_CONFIG_FILE: '/dev/null' },
      }),
    ) as { terraform_version: string };
    for (const current of [plan, deploy]) {
      const uses = (prefix: string) => current.steps.find((step) => step.uses?.startsWith(prefix));
      expect(uses('hashicorp/setup-terraform')?.with?.terraform_version).toBe(
        terraform.terraform_version,
      );
      expect(uses('actions/setup-node')?.with).toEqual({
        'node-version': Number(process.versions.node.split('.')[0]),
        cache: 'npm',
      });
    }

    // Secrets reach steps only through step environments, and no script names them.
    for (const current of Object.values(workflow.jobs)) {
      for (const step of current.steps) {
        expect(step.run ?? '').not.toMatch(/secrets\.|ACCESS_KEY|PG_CONN_STR|GH_TOKEN/);
      }
    }
    expect(JSON.stringify(workflow.env)).not.toContain('secrets.');
  });

  test(
    'the pull-request job builds, plans, summarises and keeps one comment up to date',
    async () => {
      // The deploy job's runner builds meanwhile, as it would on GitHub after a merge.
      void startDeployBuild();
      const runner = checkout();
      const plan = job('plan');

      // GIVEN a fresh checkout and no plan comment on the pull request yet
      // WHEN every script step of the job runs, the build first
      let output = '';
      for (const step of scriptSteps(plan)) {
        output += (await runStep(runner, plan, step)).output;
      }
      planRunner = runner;

      // THEN the build put the provider and the mojohelpdesk command in place
      for (const program of ['terraform-provider-mojohelpdesk', 'cli/main.js']) {
        expect(() =>
          accessSync(join(runner.directory, 'lib', program), constants.X_OK),
        ).not.toThrow();
      }
      const added = readFileSync(join(runner.directory, '.runner', 'github-path'), 'utf8').trim();
      expect(readlinkSync(join(added, 'mojohelpdesk'))).toBe(
        join(runner.directory, 'lib', 'cli', 'main.js'),
      );

      // AND the plan creates the helpdesk and its summary says so
      expect(plainText(output)).toContain(`Plan: ${RESOURCE_COUNT} to add, 0 to change`);
      const summary = runner.read(`${EXAMPLE_DIRECTORY}/plan-summary.md`);
      expect(summary).toContain(`**Plan:** ${RESOURCE_COUNT} to create, 0 to update`);
      expect(summary).toContain('Support');

      // AND one comment is posted, marked, holding the summary
      const firstCalls = ghCalls(runner);
      expect(firstCalls.map((call) => call.args.slice(0, 3))).toEqual([
        ['api', '--paginate', 'repos/northwind/helpdesk-config/issues/17/comments'],
        ['api', '--method', 'POST'],
      ]);
      expect(firstCalls[1].args[3]).toBe('repos/northwind/helpdesk-config/issues/17/comments');
      expect(firstCalls[1].body).toBe(`${MARKER}\n${summary}`);
      expect(firstCalls.every((call) => call.token)).toBe(true);

      // WHEN the comment step runs again, the earlier comment now among others
      writeFileSync(
        runner.ghComments,
        JSON.stringify([
          { id: 5, body: 'Looks good to me.' },
          { id: 42, body: `${MARKER}\nan older plan` },
        ]),
      );
      writeFileSync(runner.ghLog, '');
      await runStep(runner, plan, exampleSteps(plan).at(-1)!);

      // THEN that comment is updated, and no other is posted
      const secondCalls = ghCalls(runner);
      expect(secondCalls.map((call) => call.args.slice(0, 4))).toEqual([
        ['api', '--paginate', 'repos/northwind/helpdesk-config/issues/17/comments', '--jq'],
        ['api', '--method', 'PATCH', 'repos/northwind/helpdesk-config/issues/comments/42'],
      ]);

      // AND no secret reached the stack, its backend settings, the plan, summary or comment
      const written = [
        readFileSync(join(stackDirectory(runner), 'cdk.tf.json'), 'utf8'),
        readFileSync(join(stackDirectory(runner), '.terraform', 'terraform.tfstate'), 'utf8'),
        runner.read(`${EXAMPLE_DIRECTORY}/plan.json`),
        summary,
        readFileSync(runner.ghLog, 'utf8'),
        output,
      ];
      for (const secret of secrets()) {
        for (const text of written) {
          expect(text).not.toContain(secret);
        }
      }
    },
    BUILD_TIMEOUT + STEP_TIMEOUT * 4,
  );

  test(
    'two deploys at once: the state lock makes one wait and one fail, and the state stays whole',
    async () => {
      const built = await startDeployBuild();
      if (built instanceof Error) {
        throw built;
      }
      expect(existsSync(join(built.directory, 'lib', 'terraform-provider-mojohelpdesk'))).toBe(
        true,
      );
      const deploy = job('deploy');
      const [deployStep] = exampleSteps(deploy);
      const env = declaredEnvironment(workflow, deploy, deployStep, context);
      const { TF_CLI_ARGS_apply: lockTimeout, ...envWithoutLockTimeout } = env;
      expect(lockTimeout).toMatch(/^-lock-timeout=/);

      // GIVEN a deploy stopped in the middle of its apply, holding the state lock: the service
      // holds its first write until its Terraform process is stopped
      emulator.addFault({ kind: 'hold', method: 'POST', times: 1 });
      const first = built.startStep(deployStep, env);
      await until(
        () => emulator.heldRequests().length > 0,
        first,
        'The first deploy ended before it wrote anything',
      );
      const applying = descendantProcesses(first.pid).filter(
        ({ argv }) => /(^|\/)terraform$/.test(argv[0]) && argv.includes('apply'),
      );
      expect(applying).toHaveLength(1);
      const [{ pid: stoppedApply }] = applying;
      process.kill(stoppedApply, 'SIGSTOP');
      let resumed = false;
      try {
        emulator.releaseHeld();
        expect(await stateLocks()).toBe(1);

        // WHEN the workflow's deploy runs elsewhere without waiting for the lock
        const impatient = await checkout(built).startStep(deployStep, envWithoutLockTimeout).done;

        // THEN it fails on the lock, writing nothing
        expect(plainText(impatient.output)).toContain('Error acquiring the state lock');
        expect(impatient.code).not.toBe(0);

        // WHEN the workflow's deploy, as written, runs elsewhere
        const waiting = checkout(built).startStep(deployStep, env);

        // THEN it waits for the lock until the first deploy goes on and ends
        await until(
          () => plainText(waiting.output()).includes(LOCK_WAIT_MESSAGE),
          waiting,
          'The second deploy did not wait for the state lock',
        );
        process.kill(stoppedApply, 'SIGCONT');
        resumed = true;
        const [firstResult, waitingResult] = await Promise.all([first.done, waiting.done]);

        // AND the first creates the helpdesk
        expect(firstResult.code).toBe(0);
        expect(plainText(firstResult.output)).toContain(
          `Apply complete! Resources: ${RESOURCE_COUNT} added`,
        );

        // AND the one that waited found nothing left to do
        expect(waitingResult.code).toBe(0);
        expect(plainText(waitingResult.output)).toMatch(
          /No changes\.|Apply complete! Resources: 0 added, 0 changed, 0 destroyed/,
        );
      } finally {
        if (!resumed) {
          process.kill(stoppedApply, 'SIGCONT');
        }
      }

      // AND the service holds each ticket queue once, the state holds the stack once
      expect(await queueNames()).toEqual(['Billing', 'Returns', 'Support']);
      const states = await postgres.query('SELECT name FROM mojo_helpdesk.states ORDER BY name');
      expect(states).toBe('default');
      expect(await stateLocks()).toBe(0);
      for (const runner of checkouts) {
        expect(existsSync(join(stackDirectory(runner), 'terraform.tfstate'))).toBe(false);
      }
    },
    BUILD_TIMEOUT + STEP_TIMEOUT * 3,
  );

  test(
    'the next plan, from a fresh checkout, shows no changes',
    async () => {
      const plan = job('plan');
      const [planStep] = exampleSteps(plan);
      expect(planRunner).toBeDefined();

      const result = await runStep(checkout(planRunner), plan, planStep);

      expect(plainText(result.output)).toContain(
        'No changes. Your infrastructure matches the configuration.',
      );
    },
    STEP_TIMEOUT,
  );
});

/** One call of the fake `gh`. */
interface GhCall {
  readonly args: string[];
  readonly body?: string;
  readonly token: boolean;
}

/** The calls the fake `gh` of a checkout recorded, oldest first. */
function ghCalls(runner: Checkout): GhCall[] {
  return readFileSync(runner.ghLog, 'utf8')
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as GhCall);
}

/** The synthesized working directory of the helpdesk stack in a checkout. */
function stackDirectory(runner: Checkout): string {
  return join(runner.directory, EXAMPLE_DIRECTORY, 'cdktf.out', 'stacks', 'helpdesk');
}
