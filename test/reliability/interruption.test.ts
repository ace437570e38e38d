/**
 * A large apply cut short, once by killing the provider process outright (SIGKILL) and once by
 * Ctrl-C (SIGINT to Terraform), while the emulator slows every write so the apply is mid-way.
 * The next apply converges: the service holds the configuration once, and every object it holds
 * is in the state; objects whose create was cut short are found through the provider's create
 * journal rather than made twice. The SIGKILL lands while the service holds back the answer to a
 * create it has stored, so there is always such an object.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  childProcessIds,
  compareLines,
  helpdeskFixture,
  inventory,
  LARGE_HELPDESK,
  startHarness,
  stateObjectIds,
} from './fixtures';
import type { HelpdeskFixture, ReliabilityHarness } from './fixtures';
import type { RunningEmulator } from '../../src/emulator';
import { PROVIDER_EXECUTABLE } from '../../src/provider/version';

const APPLY = ['apply', '-auto-approve', '-no-color'];
const WRITES_BEFORE_INTERRUPTION = 60;
/** Paths whose POST creates an object with an id of its own, as the create journal guards. */
const CREATE_PATH = '^/api/v2/(ticket_queues|groups|tags|ticket_types|asset_statuses|users)$';

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    return '';
  }
}

/** The provider processes Terraform started for the test's own terraform processes. */
function providerProcesses(): number[] {
  const terraforms = childProcessIds(process.pid).filter((pid) =>
    commandLine(pid).startsWith('terraform '),
  );
  return terraforms
    .flatMap((pid) => childProcessIds(pid))
    .filter((pid) => commandLine(pid).includes(PROVIDER_EXECUTABLE));
}

/** The creates the provider's journal in the workspace holds as pending. */
function pendingCreates(directory: string): unknown[] {
  const file = join(directory, '.terraform', 'mojohelpdesk-create-journal.json');
  if (!existsSync(file)) {
    return [];
  }
  return (JSON.parse(readFileSync(file, 'utf8')) as { pending: unknown[] }).pending;
}

/** Resolves once the emulator has answered `count` writes. */
async function writesSeen(emulator: RunningEmulator, count: number): Promise<void> {
  for (;;) {
    const writes = emulator.requests().filter((request) => request.method !== 'GET');
    if (writes.length >= count) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Applies again without faults and checks the service against configuration and state. */
async function expectConvergence(
  harness: ReliabilityHarness,
  fixture: HelpdeskFixture,
  label: string,
): Promise<void> {
  const { workspace, emulator, client } = harness;
  emulator.clearFaults();
  const before = stateObjectIds(workspace);

  const apply = await workspace.run(APPLY);

  const live = await inventory(client);
  const difference = compareLines(fixture.expected, live.lines);
  const state = stateObjectIds(workspace);
  const orphans = [...live.ids].filter((id) => !state.ids.has(id));
  const plan = await workspace.run(['plan', '-detailed-exitcode', '-no-color']);
  console.log(
    `${label}: state held ${before.resources} of ${fixture.resourceCount} resources after the ` +
      `interruption; the next apply exited ${apply.code}; live lines ${live.lines.length}, ` +
      `missing ${difference.missing.length}, duplicated ${difference.duplicated.length}, ` +
      `unexpected ${difference.extra.length}, orphans ${orphans.length}; plan exit ${plan.code}`,
  );
  if (apply.code !== 0) {
    console.log(apply.stderr.slice(0, 3000));
  }

  expect(apply.code).toBe(0);
  expect(difference).toEqual({ missing: [], extra: [], duplicated: [] });
  expect(orphans).toEqual([]);
  expect(state.resources).toBe(fixture.resourceCount);
  expect(plan.code).toBe(0);
}

describe('an interrupted apply', () => {
  let harness: ReliabilityHarness;
  const fixture = helpdeskFixture(LARGE_HELPDESK);

  beforeEach(async () => {
    harness = await startHarness({ accessKey: 'interruption-key-91c0' });
    harness.configure(fixture.hcl);
    harness.emulator.addFault({ kind: 'latency', method: 'POST', latencyMs: 250 });
  });

  afterEach(async () => {
    await harness?.close();
  });

  test('SIGKILL of the provider mid-apply: no duplicate; the next apply converges', async () => {
    // GIVEN an apply under way
    const { workspace, emulator, client } = harness;
    const running = workspace.start(APPLY);
    await writesSeen(emulator, WRITES_BEFORE_INTERRUPTION);
    // AND a create the service has stored but not yet answered
    emulator.addFault({
      kind: 'commit_then_hold',
      method: 'POST',
      path: CREATE_PATH,
      times: 1,
    });
    while (emulator.heldRequests().length === 0) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }

    // WHEN the provider process is killed outright
    const providers = providerProcesses();
    expect(providers.length).toBeGreaterThan(0);
    for (const pid of providers) {
      process.kill(pid, 'SIGKILL');
    }
    const interrupted = await running.done;
    await new Promise((resolve) => setTimeout(resolve, 500));
    const afterKill = stateObjectIds(workspace);
    const lostCreates = [...(await inventory(client)).ids].filter((id) => !afterKill.ids.has(id));
    const pending = pendingCreates(workspace.directory);
    console.log(
      `SIGKILL of the provider: objects made but not in the state ${lostCreates.length} ` +
        `(${lostCreates.join(', ')}); creates pending in the journal ${pending.length}`,
    );

    // THEN that apply fails; every create under way is in the provider's create journal, so the
    // next apply looks for what it may have made before creating, and converges
    expect(interrupted.code).not.toBe(0);
    expect(lostCreates.length).toBeGreaterThanOrEqual(1);
    expect(pending.length).toBeGreaterThanOrEqual(lostCreates.length);
    await expectConvergence(harness, fixture, 'SIGKILL of the provider');
  }, 600_000);

  test('Ctrl-C mid-apply: the in-flight work is saved, and the next apply converges', async () => {
    // GIVEN an apply under way
    const running = harness.workspace.start(APPLY);
    await writesSeen(harness.emulator, WRITES_BEFORE_INTERRUPTION);

    // WHEN Terraform is interrupted as Ctrl-C would
    running.interrupt();
    const interrupted = await running.done;

    // THEN that apply stops short, and the next one converges
    expect(interrupted.code).not.toBe(0);
    expect(harness.workspace.state()?.resources.length ?? 0).toBeLessThan(fixture.resourceCount);
    await expectConvergence(harness, fixture, 'SIGINT of Terraform');
  }, 600_000);
});
