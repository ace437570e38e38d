/**
 * A large apply cut short, once by killing the provider process outright (SIGKILL) and once by
 * Ctrl-C (SIGINT to Terraform), while the emulator slows every write so the apply is mid-way.
 * The next apply converges: the service holds the configuration once, and every object it holds
 * is in the state.
 */
import { readFileSync } from 'node:fs';
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

  test('the provider killed mid-apply: only creates in flight can be left behind', async () => {
    // GIVEN an apply under way
    const { workspace, emulator, client } = harness;
    const running = workspace.start(APPLY);
    await writesSeen(emulator, WRITES_BEFORE_INTERRUPTION);

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

    // THEN that apply fails; the next one applies everything else, and what the service holds
    // beyond the state is at most the objects whose create was under way when the provider died
    // (Terraform never learnt their ids; a new create makes the object again, or is refused
    // where the service keeps names unique)
    expect(interrupted.code).not.toBe(0);
    emulator.clearFaults();
    const apply = await workspace.run(APPLY);
    const live = await inventory(client);
    const difference = compareLines(fixture.expected, live.lines);
    const state = stateObjectIds(workspace);
    const orphans = [...live.ids].filter((id) => !state.ids.has(id));
    console.log(
      `SIGKILL of the provider: state held ${afterKill.resources} of ${fixture.resourceCount} ` +
        `resources after the kill; creates lost in flight ${lostCreates.length} ` +
        `(${lostCreates.join(', ')}); the next apply exited ${apply.code}; missing ` +
        `${difference.missing.length}, duplicated ${difference.duplicated.length}, orphans ` +
        `${orphans.length}`,
    );
    if (apply.code !== 0) {
      console.log(apply.stderr.slice(0, 3000));
    }
    expect(orphans.filter((id) => !lostCreates.includes(id))).toEqual([]);
    expect(difference.extra).toEqual([]);
    expect(difference.duplicated.length).toBeLessThanOrEqual(lostCreates.length);
    if (apply.code === 0) {
      expect(difference.missing).toEqual([]);
      expect(state.resources).toBe(fixture.resourceCount);
    } else {
      expect(lostCreates.length).toBeGreaterThan(0);
    }
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
