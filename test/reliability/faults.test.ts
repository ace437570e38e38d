/**
 * A 300-object helpdesk applied through real Terraform while the emulator fails requests at
 * random (5xx, 429 with Retry-After, connection resets, creates committed whose answer is lost).
 * At most two applies bring the service to the configuration: nothing missing, nothing
 * duplicated, nothing outside the state, and a plan without faults shows no changes.
 */
import {
  compareLines,
  helpdeskFixture,
  inventory,
  LARGE_HELPDESK,
  startHarness,
  stateObjectIds,
} from './fixtures';
import type { ReliabilityHarness } from './fixtures';

const FAULT_SEED = 424242;
const APPLY = ['apply', '-auto-approve', '-no-color', '-parallelism=10'];

let harness: ReliabilityHarness;

beforeAll(async () => {
  harness = await startHarness({ accessKey: 'faults-key-5b2e', faultSeed: FAULT_SEED });
});

afterAll(async () => {
  await harness?.close();
});

test('a large apply under injected faults converges in at most two applies', async () => {
  // GIVEN a 300-object configuration and an emulator failing about one request in six
  const fixture = helpdeskFixture(LARGE_HELPDESK);
  expect(fixture.resourceCount).toBe(300);
  harness.configure(fixture.hcl);
  const { emulator, workspace, client } = harness;
  // The client treats 500 as a lasting server error and does not repeat it; the transient 5xx
  // answers of a gateway or an overloaded service are 502, 503 and 504.
  emulator.addFault({ kind: 'status', status: 502, probability: 0.04 });
  emulator.addFault({ kind: 'status', status: 503, probability: 0.04 });
  emulator.addFault({ kind: 'status', status: 504, probability: 0.02 });
  emulator.addFault({ kind: 'rate_limit', retryAfterSeconds: 1, probability: 0.05 });
  emulator.addFault({ kind: 'reset', probability: 0.02 });
  emulator.addFault({ kind: 'commit_then_drop', probability: 0.01 });

  // WHEN applied, and applied once more if the first run reports errors
  const outcomes: (number | null)[] = [];
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const result = await workspace.run(APPLY);
    outcomes.push(result.code);
    if (result.code === 0) {
      break;
    }
    console.log(`apply ${attempt + 1} failed:\n${result.stderr.slice(0, 2000)}`);
  }
  const log = emulator.requests();
  emulator.clearFaults();

  // THEN the service holds exactly the configuration, and only what the state records
  const live = await inventory(client);
  const difference = compareLines(fixture.expected, live.lines);
  const state = stateObjectIds(workspace);
  const orphans = [...live.ids].filter((id) => !state.ids.has(id));
  const vanished = [...state.ids].filter((id) => !live.ids.has(id));
  const plan = await workspace.run(['plan', '-detailed-exitcode', '-no-color']);

  const byStatus = new Map<number, number>();
  for (const request of log) {
    byStatus.set(request.status, (byStatus.get(request.status) ?? 0) + 1);
  }
  console.log(
    [
      `faults suite: ${fixture.resourceCount} resources, applies ${outcomes.length} ` +
        `(exit codes ${outcomes.join(', ')})`,
      `requests ${log.length}; by status ${JSON.stringify(Object.fromEntries(byStatus))} ` +
        '(0 = connection dropped)',
      `expected lines ${fixture.expected.length}, live lines ${live.lines.length}, ` +
        `missing ${difference.missing.length}, duplicated ${difference.duplicated.length}, ` +
        `unexpected ${difference.extra.length}`,
      `state resources ${state.resources}, live objects ${live.ids.size}, ` +
        `orphans ${orphans.length}, in state but gone ${vanished.length}`,
      `plan after convergence: exit ${plan.code}`,
    ].join('\n'),
  );

  expect(outcomes[outcomes.length - 1]).toBe(0);
  expect(difference).toEqual({ missing: [], extra: [], duplicated: [] });
  expect(state.resources).toBe(fixture.resourceCount);
  expect(orphans).toEqual([]);
  expect(vanished).toEqual([]);
  expect(plan.code).toBe(0);
}, 900_000);
