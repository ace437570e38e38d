/**
 * The examples/ci workflow, run step by step against the emulator and a real PostgreSQL server
 * holding the Terraform state: the pull-request job plans, summarises and keeps one comment up
 * to date; two deploys at once are kept apart by the state lock and leave one intact state.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createCheckout,
  declaredEnvironment,
  EXAMPLE_DIRECTORY,
  exampleSteps,
  loadWorkflow,
  plainText,
} from './workflow-runner';
import type { Checkout, ExpressionContext, Workflow, WorkflowJob } from './workflow-runner';
import { startEmulator } from '../../src/emulator';
import type { RunningEmulator } from '../../src/emulator';
import { startPostgres } from '../helpers/postgres';
import type { PostgresServer } from '../helpers/postgres';
import { ensureProviderBundle } from '../helpers/terraform';

/** Each step starts Node, ts-node, the app and Terraform: generous on a shared box. */
const STEP_TIMEOUT = 300_000;

/** The hidden first line of the plan comment. */
const MARKER = '<!-- mojohelpdesk-plan-summary -->';

/** Resources examples/ci/helpdesk.yaml makes: three ticket queues, a group, a user, its access. */
const RESOURCE_COUNT = 6;

/**
 * How long the emulator holds each write of the first deploy's chain (the group, then its user,
 * then the user's access to the group), so the other deploys meet its lock; each hold stays under
 * the provider's 30 s request timeout.
 */
const HELD_WRITE_MS = 25_000;

describe('the examples/ci workflow', () => {
  const accessKey = randomBytes(18).toString('base64url');
  const workflow: Workflow = loadWorkflow();
  let emulator: RunningEmulator;
  let postgres: PostgresServer;
  let context: ExpressionContext;
  const checkouts: Checkout[] = [];

  /** A checkout that afterAll removes. */
  function checkout(): Checkout {
    const created = createCheckout();
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

  /** Resolves when PostgreSQL holds an advisory lock, the pg backend's state lock. */
  async function stateLockTaken(): Promise<void> {
    const deadline = Date.now() + STEP_TIMEOUT;
    while (Date.now() < deadline) {
      const held = await postgres.query(
        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted",
      );
      if (Number(held) > 0) {
        return;
      }
      await new Promise((wake) => setTimeout(wake, 200));
    }
    throw new Error('No deploy took the state lock');
  }

  const job = (name: string): WorkflowJob => workflow.jobs[name];

  beforeAll(async () => {
    ensureProviderBundle();
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
    for (const created of checkouts) {
      created.remove();
    }
    await postgres?.stop();
    await emulator?.close();
  });

  test('is valid YAML: plans pull requests, deploys main one at a time, secrets by env', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push']);
    expect(workflow.on.push).toEqual({ branches: ['main'] });

    const plan = job('plan');
    expect(plan.if).toBe("github.event_name == 'pull_request'");
    expect(plan.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    expect(exampleSteps(plan).map((step) => step.run?.split('\n')[0])).toEqual([
      'npx cdktf diff helpdesk',
      'terraform -chdir=cdktf.out/stacks/helpdesk show -json plan > plan.json',
      'scripts/comment-plan.sh plan-summary.md',
    ]);

    const deploy = job('deploy');
    expect(deploy.if).toContain("github.ref == 'refs/heads/main'");
    expect(deploy.concurrency).toEqual({ group: 'helpdesk-deploy', 'cancel-in-progress': false });
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

    // Secrets reach steps only through step environments, and no script names them.
    for (const current of Object.values(workflow.jobs)) {
      for (const step of current.steps) {
        expect(step.run ?? '').not.toMatch(/secrets\.|ACCESS_KEY|PG_CONN_STR|GH_TOKEN/);
      }
    }
    expect(JSON.stringify(workflow.env)).not.toContain('secrets.');
  });

  test(
    'the pull-request job plans, summarises and keeps one comment up to date',
    async () => {
      const runner = checkout();
      const plan = job('plan');

      // GIVEN no plan comment on the pull request yet
      // WHEN every step of the job that works in the example runs
      let output = '';
      for (const step of exampleSteps(plan)) {
        const env = declaredEnvironment(workflow, plan, step, context);
        output += (await runner.runStepOk(step, env)).output;
      }

      // THEN the plan creates the helpdesk and its summary says so
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
      const commentStep = exampleSteps(plan).at(-1)!;
      await runner.runStepOk(
        commentStep,
        declaredEnvironment(workflow, plan, commentStep, context),
      );

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
    STEP_TIMEOUT * 3,
  );

  test(
    'two deploys at once: the state lock makes one wait or fail, and the state stays whole',
    async () => {
      const deploy = job('deploy');
      const [deployStep] = exampleSteps(deploy);
      const env = declaredEnvironment(workflow, deploy, deployStep, context);
      const { TF_CLI_ARGS_apply: lockTimeout, ...envWithoutLockTimeout } = env;
      expect(lockTimeout).toMatch(/^-lock-timeout=/);

      // GIVEN a deploy that holds the state lock while the service is slow to write its chain
      const heldWrites = [
        { method: 'POST', path: '/groups$' },
        { method: 'POST', path: '/users$' },
        { path: '/group_access' },
      ];
      for (const write of heldWrites) {
        emulator.addFault({ kind: 'latency', latencyMs: HELD_WRITE_MS, times: 1, ...write });
      }
      const first = checkout().startStep(deployStep, env);
      await stateLockTaken();

      // WHEN the workflow's deploy starts again elsewhere, and so does one that will not wait
      const waiting = checkout().startStep(deployStep, env);
      const impatient = checkout().startStep(deployStep, envWithoutLockTimeout);
      const [firstResult, waitingResult, impatientResult] = await Promise.all([
        first.done,
        waiting.done,
        impatient.done,
      ]);
      emulator.clearFaults();

      // THEN the first creates the helpdesk
      expect(firstResult.code).toBe(0);
      expect(plainText(firstResult.output)).toContain(
        `Apply complete! Resources: ${RESOURCE_COUNT} added`,
      );

      // AND the one that waited for the lock found nothing left to do
      expect(waitingResult.code).toBe(0);
      expect(plainText(waitingResult.output)).toMatch(
        /No changes\.|Apply complete! Resources: 0 added, 0 changed, 0 destroyed/,
      );

      // AND the one that would not wait failed on the lock, writing nothing
      expect(plainText(impatientResult.output)).toContain('Error acquiring the state lock');
      expect(impatientResult.code).not.toBe(0);

      // AND the service holds each ticket queue once, the state holds the stack once
      expect(await queueNames()).toEqual(['Billing', 'Returns', 'Support']);
      const states = await postgres.query('SELECT name FROM mojo_helpdesk.states ORDER BY name');
      expect(states).toBe('default');
      for (const runner of checkouts) {
        expect(existsSync(join(stackDirectory(runner), 'terraform.tfstate'))).toBe(false);
      }
    },
    STEP_TIMEOUT * 2,
  );

  test(
    'the next plan, from a fresh checkout, shows no changes',
    async () => {
      const plan = job('plan');
      const [planStep] = exampleSteps(plan);

      const result = await checkout().runStepOk(
        planStep,
        declaredEnvironment(workflow, plan, planStep, context),
      );

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
