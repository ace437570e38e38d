/**
 * Golden summaries of plans that real Terraform makes with this provider against the emulator.
 * Each case applies a starting configuration, changes it, saves a plan and compares the summary
 * of `terraform show -json` with test/plan-summary/golden/<case>.md. Ids the emulator hands out
 * depend on the order of parallel creates, so they are replaced by the address they belong to.
 * UPDATE_GOLDEN=1 rewrites the golden files.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulator } from '../../src/emulator';
import { GITHUB_COMMENT_LIMIT, parsePlanJson, renderPlanSummary } from '../../src/plan-summary';
import type { PlanSummary } from '../../src/plan-summary';
import { createTerraformWorkspace, providerBlock } from '../helpers/terraform';
import type { TerraformState, TerraformWorkspace } from '../helpers/terraform';

const ACCESS_KEY = 'plan-summary-key-4d1a96';
const GOLDEN = join(__dirname, 'golden');
const UPDATE_GOLDEN = process.env.UPDATE_GOLDEN === '1';

/** Resource types whose ids the summary may show, and so the ids to normalise. */
const ID_TYPES = ['mojohelpdesk_user', 'mojohelpdesk_group', 'mojohelpdesk_ticket_queue'];

/** Numeric ids of users, groups and queues in the state, each with the address holding it. */
function idsInState(state: TerraformState | undefined): Map<string, string> {
  const ids = new Map<string, string>();
  for (const resource of state?.resources ?? []) {
    if (resource.mode !== 'managed' || !ID_TYPES.includes(resource.type)) {
      continue;
    }
    resource.instances.forEach((instance, index) => {
      const suffix = resource.instances.length > 1 ? `[${index}]` : '';
      ids.set(String(instance.attributes.id), `${resource.type}.${resource.name}${suffix}`);
    });
  }
  return ids;
}

/** Attribute names that hold ids of users, groups and queues, alone, in pairs or in sets. */
const ID_ATTRIBUTE = /^(id|\w+_id|\w+_ids)$/;

function normaliseId(value: unknown, ids: Map<string, string>): unknown {
  if (Array.isArray(value)) {
    // Sets of ids come sorted by number, and the numbers depend on the order of creation.
    return value.map((element) => normaliseId(element, ids)).sort();
  }
  if (typeof value === 'number' && ids.has(String(value))) {
    return `<id of ${ids.get(String(value))}>`;
  }
  if (typeof value === 'string' && /^\d+(:\d+)?$/.test(value)) {
    return value
      .split(':')
      .map((part) => (ids.has(part) ? `<id of ${ids.get(part)}>` : part))
      .join(':');
  }
  return value;
}

/**
 * A copy of a plan document with the ids of `ids` replaced, wherever an attribute of an id-like
 * name holds them, by `<id of ADDRESS>`; the same id gets the same text everywhere.
 */
function normaliseIds(document: unknown, ids: Map<string, string>): unknown {
  if (Array.isArray(document)) {
    return document.map((element) => normaliseIds(element, ids));
  }
  if (typeof document !== 'object' || document === null) {
    return document;
  }
  return Object.fromEntries(
    Object.entries(document).map(([key, value]) => [
      key,
      ID_ATTRIBUTE.test(key) ? normaliseId(value, ids) : normaliseIds(value, ids),
    ]),
  );
}

function compareWithGolden(name: string, markdown: string): void {
  const path = join(GOLDEN, `${name}.md`);
  if (UPDATE_GOLDEN) {
    writeFileSync(path, markdown);
    return;
  }
  if (!existsSync(path)) {
    throw new Error(`No golden file ${path}; run the test with UPDATE_GOLDEN=1 to write it.`);
  }
  expect(markdown).toBe(readFileSync(path, 'utf8'));
}

/** One case: a starting configuration applied first (if any), then the configuration planned. */
interface PlanCase {
  readonly start?: string;
  readonly planned: string;
}

/** The summary of the plan Terraform makes for the case, with ids normalised. */
async function summarise(planCase: PlanCase): Promise<PlanSummary & { normalised: string }> {
  const emulator = await startEmulator({ accessKey: ACCESS_KEY, port: 0 });
  let workspace: TerraformWorkspace | undefined;
  try {
    workspace = createTerraformWorkspace();
    const provider = providerBlock(emulator, ACCESS_KEY);
    workspace.writeConfig(`${provider}${planCase.start ?? planCase.planned}`);
    await workspace.runOk(['init', '-no-color']);
    if (planCase.start !== undefined) {
      await workspace.runOk(['apply', '-auto-approve', '-no-color']);
      workspace.writeConfig(`${provider}${planCase.planned}`);
    }

    await workspace.runOk(['plan', '-no-color', '-out=plan.tfplan']);
    const shown = await workspace.runOk(['show', '-json', 'plan.tfplan']);
    const plan = parsePlanJson(shown.stdout);
    const summary = renderPlanSummary(plan);
    const ids = idsInState(workspace.state());
    const normalised = renderPlanSummary(normaliseIds(plan, ids)).markdown;
    return { ...summary, normalised };
  } finally {
    workspace?.remove();
    await emulator.close();
  }
}

const QUEUES = `
resource "mojohelpdesk_ticket_queue" "support" {
  name        = "Support"
  email_alias = "support"
}

resource "mojohelpdesk_ticket_queue" "sales" {
  name = "Sales"
}
`;

function agent(name: string, email: string): string {
  return `
resource "mojohelpdesk_user" "${name}" {
  email      = "${email}"
  first_name = "${name[0].toUpperCase()}${name.slice(1)}"
  role_id    = 20
}
`;
}

describe('plan summaries of real plans', () => {
  test('creates only', async () => {
    // GIVEN an empty helpdesk and a configuration of queues, a group, an agent and a grant
    const planned = `${QUEUES}${agent('alice', 'alice@example.com')}
resource "mojohelpdesk_group" "tier2" {
  name = "Tier 2"
}

resource "mojohelpdesk_user_access_rights" "alice" {
  user_id          = mojohelpdesk_user.alice.id
  ticket_queue_ids = [mojohelpdesk_ticket_queue.support.id]
}
`;

    // WHEN the plan is summarised
    const summary = await summarise({ planned });

    // THEN it counts five creates and names the new agent and queue in the matrix
    expect(summary.counts).toMatchObject({ create: 5, update: 0, replace: 0, delete: 0 });
    compareWithGolden('creates-only', summary.normalised);
  });

  test('a mixed change: update, delete and create', async () => {
    const summary = await summarise({
      start: `${QUEUES}
resource "mojohelpdesk_group" "tier2" {
  name = "Tier 2"
}
`,
      planned: `
resource "mojohelpdesk_ticket_queue" "support" {
  name          = "Customer Support"
  email_alias   = "help"
}

resource "mojohelpdesk_ticket_queue" "billing" {
  name = "Billing"
}

resource "mojohelpdesk_group" "tier2" {
  name = "Tier 2"
}
`,
    });

    expect(summary.counts).toMatchObject({ create: 1, update: 1, replace: 0, delete: 1 });
    compareWithGolden('mixed', summary.normalised);
  });

  test('access granted and revoked', async () => {
    // GIVEN alice on Support and Sales, bob on Support, Tier 2 on Support
    const agents = `${agent('alice', 'alice@example.com')}${agent('bob', 'bob@example.com')}`;
    const people = `${QUEUES}${agents}
resource "mojohelpdesk_ticket_queue" "billing" {
  name = "Billing"
}

resource "mojohelpdesk_group" "tier2" {
  name = "Tier 2"
}
`;
    const start = `${people}
resource "mojohelpdesk_user_access_rights" "alice" {
  user_id          = mojohelpdesk_user.alice.id
  ticket_queue_ids = [mojohelpdesk_ticket_queue.support.id, mojohelpdesk_ticket_queue.sales.id]
}

resource "mojohelpdesk_user_ticket_queue_access" "bob_support" {
  user_id         = mojohelpdesk_user.bob.id
  ticket_queue_id = mojohelpdesk_ticket_queue.support.id
}

resource "mojohelpdesk_group_access_rights" "tier2" {
  group_id         = mojohelpdesk_group.tier2.id
  ticket_queue_ids = [mojohelpdesk_ticket_queue.support.id]
}
`;

    // WHEN alice moves from Support to Billing, bob loses Support, Tier 2 gets every queue and
    // a new agent carol gets a new queue
    const planned = `${people}${agent('carol', 'carol@example.com')}
resource "mojohelpdesk_ticket_queue" "vip" {
  name = "VIP"
}

resource "mojohelpdesk_user_access_rights" "alice" {
  user_id          = mojohelpdesk_user.alice.id
  ticket_queue_ids = [mojohelpdesk_ticket_queue.sales.id, mojohelpdesk_ticket_queue.billing.id]
}

resource "mojohelpdesk_group_access_rights" "tier2" {
  group_id                        = mojohelpdesk_group.tier2.id
  has_access_to_all_ticket_queues = true
}

resource "mojohelpdesk_user_ticket_queue_access" "carol_vip" {
  user_id         = mojohelpdesk_user.carol.id
  ticket_queue_id = mojohelpdesk_ticket_queue.vip.id
}
`;
    const summary = await summarise({ start, planned });

    // THEN the matrix shows each grant and revocation, and alice keeps Sales
    expect(summary.markdown).toContain('#### Access to ticket queues');
    compareWithGolden('access-granted-and-revoked', summary.normalised);
  });

  test('a user replaced by an email change', async () => {
    const grant = `${QUEUES}
resource "mojohelpdesk_user_access_rights" "alice" {
  user_id          = mojohelpdesk_user.alice.id
  ticket_queue_ids = [mojohelpdesk_ticket_queue.support.id]
}
`;
    const summary = await summarise({
      start: `${grant}${agent('alice', 'alice@old.example')}`,
      planned: `${grant}${agent('alice', 'alice@new.example')}`,
    });

    expect(summary.counts).toMatchObject({ replace: 2 });
    compareWithGolden('user-replaced', summary.normalised);
  });

  test('a sensitive value changed', async () => {
    const configuration = (forward: string, password: string, version: string) => `
variable "forward" {
  type      = string
  sensitive = true
  default   = "${forward}"
}

resource "mojohelpdesk_ticket_queue" "support" {
  name          = "Support"
  email_forward = var.forward
}

resource "mojohelpdesk_user" "alice" {
  email            = "alice@example.com"
  role_id          = 20
  password         = "${password}"
  password_version = "${version}"
}
`;
    const summary = await summarise({
      start: configuration('first@forward.example', 'first-Passw0rd-9', '1'),
      planned: configuration('second@forward.example', 'second-Passw0rd-9', '2'),
    });

    for (const secret of ['first@forward', 'second@forward', 'Passw0rd', ACCESS_KEY]) {
      expect(summary.markdown).not.toContain(secret);
    }
    expect(summary.markdown).toContain('| `email_forward` | (sensitive) | (sensitive) |');
    compareWithGolden('sensitive-changed', summary.normalised);
  });

  test('no changes', async () => {
    const summary = await summarise({ start: QUEUES, planned: QUEUES });
    expect(summary.markdown).toContain('No changes.');
    compareWithGolden('no-changes', summary.normalised);
  });

  test('500 ticket queues fold into a comment that fits', async () => {
    const summary = await summarise({
      planned: `
resource "mojohelpdesk_ticket_queue" "bulk" {
  count       = 500
  name        = format("Queue %03d", count.index)
  email_alias = format("queue-%03d", count.index)
}
`,
    });

    expect(summary.counts.create).toBe(500);
    expect(summary.markdown.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(summary.markdown).toContain('<details><summary><code>mojohelpdesk_ticket_queue</code>');
    expect(summary.markdown).toContain('`mojohelpdesk_ticket_queue.bulk[499]`');
    compareWithGolden('500-queues', summary.normalised);
  });
});
