/**
 * A read-only access key: plan works (it only reads), apply fails with one clear diagnostic
 * saying the key is read-only, and the state is left as it was.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startHarness } from './fixtures';
import type { ReliabilityHarness } from './fixtures';

const FULL_KEY = 'full-key-38d1aa';
const READ_ONLY_KEY = 'read-only-key-c04e77';

const RESOURCES = (queueName: string) => `
resource "mojohelpdesk_ticket_queue" "support" {
  name = "${queueName}"
}

resource "mojohelpdesk_tag" "urgent" {
  label = "urgent"
  color = "#ff0000"
}
`;

let harness: ReliabilityHarness;

beforeAll(async () => {
  harness = await startHarness({ accessKey: FULL_KEY, readOnlyKey: READ_ONLY_KEY });
});

afterAll(async () => {
  await harness?.close();
});

test('with a read-only key, plan works and apply fails once, leaving the state alone', async () => {
  // GIVEN objects applied with the full key
  const { workspace, emulator } = harness;
  harness.configure(RESOURCES('Support'));
  await workspace.runOk(['apply', '-auto-approve', '-no-color']);
  const stateBefore = readFileSync(join(workspace.directory, 'terraform.tfstate'), 'utf8');

  // WHEN a change is planned and applied with the read-only key
  harness.configure(RESOURCES('Helpdesk Support'), READ_ONLY_KEY);
  emulator.resetLog();
  const plan = await workspace.run(['plan', '-no-color', '-detailed-exitcode']);
  const apply = await workspace.run(['apply', '-auto-approve', '-no-color']);

  // THEN the plan shows the change, the apply fails with one diagnostic about the key, and the
  // state is unchanged
  expect(plan.code).toBe(2);
  expect(plan.stdout).toContain('1 to change');
  expect(apply.code).toBe(1);
  const errors = apply.stderr.match(/^Error: .*$/gm) ?? [];
  console.log(
    `read-only key: plan exit ${plan.code}; apply exit ${apply.code}; errors ${errors.length} ` +
      `(${errors.join('; ')}); writes tried ` +
      emulator.requests().filter((request) => request.method !== 'GET').length,
  );
  expect(errors).toEqual(['Error: Read-Only Access Key']);
  expect(apply.stderr.replace(/\s+/g, ' ')).toContain('the access key is read-only');
  expect(apply.stderr).not.toContain(READ_ONLY_KEY);
  const stateAfter = readFileSync(join(workspace.directory, 'terraform.tfstate'), 'utf8');
  expect(JSON.parse(stateAfter).resources).toEqual(JSON.parse(stateBefore).resources);
  const writes = emulator.requests().filter((request) => request.method !== 'GET');
  expect(writes.map((request) => request.status)).toEqual([401]);
}, 300_000);
