/**
 * mojohelpdesk_ticket_queue under real Terraform against the emulator: create, no-change plan,
 * update in place, drift, re-create after deletion by hand, import by id and by name, Ctrl-C in
 * the middle of a slow apply, and destroy; the data source by id and by exact name, and its
 * errors.
 */
import { startEmulator } from '../../src/emulator';
import type { RunningEmulator } from '../../src/emulator';
import { createTerraformWorkspace, providerBlock } from '../helpers/terraform';
import type { TerraformWorkspace } from '../helpers/terraform';

const ACCESS_KEY = 'acceptance-key-5c2e80';

interface Queue {
  id: number;
  name: string;
  email_alias?: string | null;
  email_forward?: string | null;
}

async function api(
  emulator: RunningEmulator,
  method: string,
  path: string,
  body?: object,
): Promise<unknown> {
  const separator = path.includes('?') ? '&' : '?';
  const response = await fetch(
    `${emulator.url}/api/v2${path}${separator}access_key=${ACCESS_KEY}`,
    {
      method,
      headers: { 'content-type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    },
  );
  const text = await response.text();
  return text ? JSON.parse(text) : undefined;
}

function listQueues(emulator: RunningEmulator): Promise<Queue[]> {
  return api(emulator, 'GET', '/ticket_queues?per_page=100') as Promise<Queue[]>;
}

function queueIdInState(workspace: TerraformWorkspace, name: string): string {
  const resource = workspace.state()?.resources.find((entry) => entry.name === name);
  return String(resource?.instances[0].attributes.id);
}

describe('mojohelpdesk_ticket_queue with Terraform', () => {
  let emulator: RunningEmulator;
  let workspace: TerraformWorkspace;

  beforeAll(async () => {
    emulator = await startEmulator({ accessKey: ACCESS_KEY });
    workspace = createTerraformWorkspace();
  });

  afterAll(async () => {
    workspace?.remove();
    await emulator?.close();
  });

  test('create, then a plan right after shows no changes', async () => {
    // GIVEN a configuration with one queue
    workspace.writeConfig(`${providerBlock(emulator, ACCESS_KEY)}
resource "mojohelpdesk_ticket_queue" "support" {
  name        = "Support"
  email_alias = "support"
}
`);

    // WHEN it is initialised and applied
    await workspace.runOk(['init', '-no-color']);
    await workspace.runOk(['apply', '-auto-approve', '-no-color']);

    // THEN the emulator holds it and a detailed plan exits 0
    const queues = await listQueues(emulator);
    expect(queues).toEqual([expect.objectContaining({ name: 'Support', email_alias: 'support' })]);
    expect(queueIdInState(workspace, 'support')).toBe(String(queues[0].id));
    const plan = await workspace.run(['plan', '-detailed-exitcode', '-no-color']);
    expect(plan.code).toBe(0);
  });

  test('a changed attribute updates in place and keeps the id', async () => {
    const id = queueIdInState(workspace, 'support');
    workspace.writeConfig(`${providerBlock(emulator, ACCESS_KEY)}
resource "mojohelpdesk_ticket_queue" "support" {
  name          = "Customer Support"
  email_forward = "support@example.com"
}
`);

    const plan = await workspace.run(['plan', '-detailed-exitcode', '-no-color']);
    expect(plan.code).toBe(2);
    expect(plan.stdout).toContain('1 to change, 0 to destroy');

    await workspace.runOk(['apply', '-auto-approve', '-no-color']);
    const queues = await listQueues(emulator);
    expect(queues).toHaveLength(1);
    expect(queues[0]).toMatchObject({
      name: 'Customer Support',
      email_forward: 'support@example.com',
    });
    expect(queues[0].email_alias || null).toBeNull();
    expect(queueIdInState(workspace, 'support')).toBe(id);
    expect((await workspace.run(['plan', '-detailed-exitcode', '-no-color'])).code).toBe(0);
  });

  test('a change made by hand shows as drift and is put back', async () => {
    const id = queueIdInState(workspace, 'support');
    await api(emulator, 'PUT', `/ticket_queues/${id}`, { name: 'Renamed By Hand' });

    const plan = await workspace.run(['plan', '-detailed-exitcode', '-no-color']);
    expect(plan.code).toBe(2);
    expect(plan.stdout).toMatch(/"Renamed By Hand" -> "Customer Support"/);

    await workspace.runOk(['apply', '-auto-approve', '-no-color']);
    expect((await listQueues(emulator))[0].name).toBe('Customer Support');
  });

  test('a queue deleted by hand is planned for creation, not a failed plan', async () => {
    const id = queueIdInState(workspace, 'support');
    await api(emulator, 'DELETE', `/ticket_queues/${id}`);

    const plan = await workspace.run(['plan', '-detailed-exitcode', '-no-color']);
    expect(plan.code).toBe(2);
    expect(plan.stdout).toContain('1 to add, 0 to change, 0 to destroy');

    await workspace.runOk(['apply', '-auto-approve', '-no-color']);
    expect(await listQueues(emulator)).toHaveLength(1);
  });

  test('import by id and by name, then no changes', async () => {
    // GIVEN two queues made outside Terraform
    const billing = (await api(emulator, 'POST', '/ticket_queues', {
      name: 'Billing',
      email_alias: 'billing',
    })) as Queue;
    await api(emulator, 'POST', '/ticket_queues', { name: 'Sales' });

    const importer = createTerraformWorkspace();
    try {
      importer.writeConfig(`${providerBlock(emulator, ACCESS_KEY)}
resource "mojohelpdesk_ticket_queue" "billing" {
  name        = "Billing"
  email_alias = "billing"
}

resource "mojohelpdesk_ticket_queue" "sales" {
  name = "Sales"
}
`);
      await importer.runOk(['init', '-no-color']);

      // WHEN one is imported by id and the other by name
      await importer.runOk([
        'import',
        '-no-color',
        'mojohelpdesk_ticket_queue.billing',
        String(billing.id),
      ]);
      await importer.runOk(['import', '-no-color', 'mojohelpdesk_ticket_queue.sales', 'Sales']);

      // THEN the state holds both and the plan is empty
      expect(queueIdInState(importer, 'billing')).toBe(String(billing.id));
      const plan = await importer.run(['plan', '-detailed-exitcode', '-no-color']);
      expect(plan.code).toBe(0);

      // WHEN a name matches no queue THEN import fails with a clear diagnostic
      importer.writeConfig(`${providerBlock(emulator, ACCESS_KEY)}
resource "mojohelpdesk_ticket_queue" "ghost" {
  name = "Ghost"
}
`);
      const missing = await importer.run([
        'import',
        '-no-color',
        'mojohelpdesk_ticket_queue.ghost',
        'Ghost',
      ]);
      expect(missing.code).toBe(1);
      expect(missing.stderr).toContain('Ticket Queue Not Found');
    } finally {
      importer.remove();
      for (const queue of await listQueues(emulator)) {
        if (queue.name === 'Billing' || queue.name === 'Sales') {
          await api(emulator, 'DELETE', `/ticket_queues/${queue.id}`);
        }
      }
    }
  });

  test('destroy leaves the emulator without queues', async () => {
    await workspace.runOk(['destroy', '-auto-approve', '-no-color']);
    expect(await listQueues(emulator)).toEqual([]);
  });
});

describe('the mojohelpdesk_ticket_queue data source', () => {
  let emulator: RunningEmulator;
  let workspace: TerraformWorkspace;
  let support: Queue;

  beforeAll(async () => {
    emulator = await startEmulator({ accessKey: ACCESS_KEY });
    workspace = createTerraformWorkspace();
    workspace.writeConfig(providerBlock(emulator, ACCESS_KEY));
    await workspace.runOk(['init', '-no-color']);
    support = (await api(emulator, 'POST', '/ticket_queues', {
      name: 'Support',
      email_alias: 'help',
    })) as Queue;
    await api(emulator, 'POST', '/ticket_queues', { name: 'Billing' });
    await api(emulator, 'POST', '/ticket_queues', { name: 'Dup' });
    await api(emulator, 'POST', '/ticket_queues', { name: 'Dup' });
  });

  afterAll(async () => {
    workspace?.remove();
    await emulator?.close();
  });

  /** Plans a configuration of the provider and `lookups`; returns Terraform's result. */
  function planWith(lookups: string) {
    workspace.writeConfig(`${providerBlock(emulator, ACCESS_KEY)}\n${lookups}`);
    return workspace.run(['plan', '-no-color']);
  }

  test('finds a queue by id, by its exact name, and by both (the id chooses)', async () => {
    // GIVEN look-ups by id, by name and by both
    const result = await planWith(`
data "mojohelpdesk_ticket_queue" "by_id" {
  id = "${support.id}"
}
data "mojohelpdesk_ticket_queue" "by_name" {
  name = "Support"
}
data "mojohelpdesk_ticket_queue" "both" {
  id   = "${support.id}"
  name = "Billing"
}
output "found" {
  value = [
    data.mojohelpdesk_ticket_queue.by_id.name,
    data.mojohelpdesk_ticket_queue.by_name.id,
    data.mojohelpdesk_ticket_queue.by_name.email_alias,
    data.mojohelpdesk_ticket_queue.both.name,
  ]
}
`);

    // THEN each reads the Support queue
    expect(result.code).toBe(0);
    const output = result.stdout.replace(/\s+/g, ' ');
    expect(output).toContain(`found = [ + "Support", + "${support.id}", + "help", + "Support", ]`);
  });

  test.each([
    ['a name written in another case', 'name = "support"', 'Ticket Queue Not Found'],
    ['a name two queues share', 'name = "Dup"', 'Ticket Queue Name Is Ambiguous'],
    ['neither id nor name', '', 'Missing Ticket Queue Selector'],
    ['an id that is not a number', 'id = "abc"', 'Invalid Ticket Queue Id'],
  ])('%s fails the plan with a clear error', async (_case, selector, title) => {
    const result = await planWith(
      `data "mojohelpdesk_ticket_queue" "wanted" {\n  ${selector}\n}\n`,
    );

    expect(result.code).not.toBe(0);
    expect(result.stderr.replace(/\s+/g, ' ')).toContain(title);
  });
});

describe('Ctrl-C during a slow apply', () => {
  let emulator: RunningEmulator;
  let workspace: TerraformWorkspace;

  beforeAll(async () => {
    emulator = await startEmulator({ accessKey: ACCESS_KEY });
    workspace = createTerraformWorkspace();
  });

  afterAll(async () => {
    workspace?.remove();
    await emulator?.close();
  });

  test('saves what was created, and the next apply converges with no duplicates', async () => {
    // GIVEN twelve queues and an API that takes 1.5 s to create each
    const names = Array.from({ length: 12 }, (_, index) => `Queue ${index + 1}`);
    workspace.writeConfig(
      providerBlock(emulator, ACCESS_KEY) +
        names
          .map(
            (name, index) =>
              `resource "mojohelpdesk_ticket_queue" "q${index}" {\n  name = "${name}"\n}\n`,
          )
          .join('\n'),
    );
    await workspace.runOk(['init', '-no-color']);
    emulator.addFault({
      method: 'POST',
      path: '^/api/v2/ticket_queues$',
      kind: 'latency',
      latencyMs: 1500,
    });

    // WHEN terraform is interrupted once the first creates are on their way
    const apply = workspace.start(['apply', '-auto-approve', '-no-color', '-parallelism=4']);
    await waitFor(() => emulator.requests().some((request) => request.method === 'POST'));
    apply.interrupt();
    const interrupted = await apply.done;

    // THEN terraform stopped early, and every queue the emulator holds is in the state
    expect(interrupted.code).not.toBe(0);
    const created = await listQueues(emulator);
    expect(created.length).toBeGreaterThan(0);
    expect(created.length).toBeLessThan(names.length);
    const stateIds = (workspace.state()?.resources ?? []).flatMap((resource) =>
      resource.instances.map((instance) => String(instance.attributes.id)),
    );
    expect(stateIds.sort()).toEqual(created.map((queue) => String(queue.id)).sort());

    // WHEN applied again without the latency THEN all twelve exist exactly once
    emulator.clearFaults();
    await workspace.runOk(['apply', '-auto-approve', '-no-color']);
    const finalNames = (await listQueues(emulator)).map((queue) => queue.name).sort();
    expect(finalNames).toEqual([...names].sort());
    expect((await workspace.run(['plan', '-detailed-exitcode', '-no-color'])).code).toBe(0);
  });
});

/** Polls until the condition holds; fails after a minute so a broken run cannot hang. */
async function waitFor(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!condition()) {
    if (Date.now() > deadline) {
      throw new Error('condition not met within a minute');
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
