/**
 * A corpus of invalid configurations, each refused before anything is written: bad emails,
 * roles, colours, dates, choices, empty names, ids of the wrong type, unknown references,
 * conflicting access settings, cycles and oversized strings. The resource-level cases share one
 * configuration (one resource each, with its own name) and must each get a diagnostic at their
 * resource naming their attribute; cases that would hide the others run on their own; trees and
 * access conflicts of the Helpdesk construct are refused at synth.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Testing } from 'cdktf';
import { startHarness } from './fixtures';
import type { ReliabilityHarness } from './fixtures';
import { Helpdesk, UserRole } from '../../src';
import type { HelpdeskDescription } from '../../src';

/** One invalid resource: its type, its body, and the attribute the diagnostic must name. */
interface BadResource {
  readonly type: string;
  readonly body: string;
  readonly attribute: string;
}

const LONG = (length: number) => 'x'.repeat(length);

/** Resources whose own values are wrong; every one must be reported in a single run. */
const BAD_RESOURCES: readonly BadResource[] = [
  { type: 'user', attribute: 'email', body: 'email = "not-an-email"' },
  { type: 'user', attribute: 'email', body: 'email = "a@b.c"' },
  { type: 'user', attribute: 'email', body: 'email = "two words@example.com"' },
  { type: 'user', attribute: 'email', body: 'email = ""' },
  { type: 'user', attribute: 'email', body: `email = "${LONG(250)}@example.com"` },
  { type: 'user', attribute: 'role_id', body: 'email = "r1@example.com"\nrole_id = 25' },
  { type: 'user', attribute: 'role_id', body: 'email = "r2@example.com"\nrole_id = 50' },
  { type: 'user', attribute: 'role_id', body: 'email = "r3@example.com"\nrole_id = 0' },
  { type: 'user', attribute: 'role_id', body: 'email = "r4@example.com"\nrole_id = "admin"' },
  { type: 'user', attribute: 'company_id', body: 'email = "c1@example.com"\ncompany_id = 0' },
  { type: 'user', attribute: 'company_id', body: 'email = "c2@example.com"\ncompany_id = -3' },
  { type: 'user', attribute: 'company_id', body: 'email = "c3@example.com"\ncompany_id = 1.5' },
  { type: 'user', attribute: 'first_name', body: 'email = "f1@example.com"\nfirst_name = ""' },
  {
    type: 'user',
    attribute: 'last_name',
    body: `email = "f2@example.com"\nlast_name = "${LONG(46)}"`,
  },
  {
    type: 'user',
    attribute: 'work_phone',
    body: `email = "f3@example.com"\nwork_phone = "${LONG(31)}"`,
  },
  { type: 'user', attribute: 'password', body: 'email = "p1@example.com"\npassword = "short"' },
  {
    type: 'user',
    attribute: 'password_version',
    body: 'email = "p2@example.com"\npassword_version = "1"',
  },
  { type: 'user', attribute: 'is_active', body: 'email = "p3@example.com"\nis_active = "maybe"' },
  { type: 'ticket_queue', attribute: 'name', body: 'name = ""' },
  { type: 'ticket_queue', attribute: 'name', body: `name = "${LONG(256)}"` },
  { type: 'ticket_queue', attribute: 'email_alias', body: 'name = "Q"\nemail_alias = ""' },
  { type: 'ticket_queue', attribute: 'email_forward', body: 'name = "Q"\nemail_forward = "ab"' },
  {
    type: 'ticket_queue',
    attribute: 'email_ticket_form_id',
    body: 'name = "Q"\nemail_ticket_form_id = 0',
  },
  {
    type: 'ticket_queue',
    attribute: 'email_ticket_form_id',
    body: 'name = "Q"\nemail_ticket_form_id = "default"',
  },
  { type: 'group', attribute: 'name', body: 'name = ""' },
  { type: 'group', attribute: 'support_status_id', body: 'name = "G"\nsupport_status_id = 3' },
  {
    type: 'group',
    attribute: 'support_start_date',
    body: 'name = "G"\nsupport_start_date = "2024-02-30"',
  },
  {
    type: 'group',
    attribute: 'support_end_date',
    body: 'name = "G"\nsupport_end_date = "31/12/2024"',
  },
  {
    type: 'group',
    attribute: 'support_end_date',
    body: 'name = "G"\nsupport_start_date = "2024-06-01"\nsupport_end_date = "2024-01-01"',
  },
  { type: 'group', attribute: 'primary_contact_id', body: 'name = "G"\nprimary_contact_id = 0' },
  { type: 'group', attribute: 'billing_contact_id', body: 'name = "G"\nbilling_contact_id = -1' },
  { type: 'group', attribute: 'support_level_id', body: 'name = "G"\nsupport_level_id = 2.5' },
  { type: 'group', attribute: 'website_url', body: `name = "G"\nwebsite_url = "${LONG(256)}"` },
  { type: 'group', attribute: 'notes', body: `name = "G"\nnotes = "${LONG(65536)}"` },
  { type: 'tag', attribute: 'color', body: 'label = "T"\ncolor = "#FF0000"' },
  { type: 'tag', attribute: 'color', body: 'label = "T"\ncolor = "red"' },
  { type: 'tag', attribute: 'color', body: 'label = "T"\ncolor = "#ff00"' },
  { type: 'tag', attribute: 'label', body: 'label = ""\ncolor = "#ff0000"' },
  { type: 'tag', attribute: 'label', body: `label = "${LONG(256)}"\ncolor = "#ff0000"` },
  { type: 'tag', attribute: 'color', body: 'label = "T"' },
  { type: 'ticket_type', attribute: 'name', body: 'name = ""' },
  { type: 'ticket_type', attribute: 'name', body: `name = "${LONG(300)}"` },
  { type: 'ticket_type', attribute: 'colour', body: 'name = "T"\ncolour = "#ff0000"' },
  { type: 'asset_status', attribute: 'name', body: 'name = ""' },
  { type: 'asset_type', attribute: 'parent_id', body: 'name = "A"\nparent_id = 0' },
  { type: 'asset_type', attribute: 'position', body: 'name = "A"\nposition = -1' },
  { type: 'asset_type', attribute: 'parent_id', body: 'name = "A"\nparent_id = "abc"' },
  { type: 'department', attribute: 'parent_id', body: 'name = "D"\nparent_id = -5' },
  { type: 'department', attribute: 'position', body: 'name = "D"\nposition = 1.5' },
  { type: 'department', attribute: 'description', body: 'name = "D"\ndescription = ""' },
  { type: 'location', attribute: 'name', body: `name = "${LONG(256)}"` },
  { type: 'location', attribute: 'name', body: 'parent_id = 3' },
  { type: 'asset', attribute: 'visibility', body: 'display_name = "A"\nvisibility = "everyone"' },
  {
    type: 'asset',
    attribute: 'purchased_on',
    body: 'display_name = "A"\npurchased_on = "2024-13-01"',
  },
  { type: 'asset', attribute: 'birthday', body: 'display_name = "A"\nbirthday = "yesterday"' },
  { type: 'asset', attribute: 'cost', body: 'display_name = "A"\ncost = "cheap"' },
  {
    type: 'asset',
    attribute: 'create_ticket_days_before',
    body: 'display_name = "A"\ncreate_ticket_days_before = -1',
  },
  { type: 'asset', attribute: 'asset_type_id', body: 'display_name = "A"\nasset_type_id = 0' },
  { type: 'asset', attribute: 'display_name', body: 'display_name = ""' },
  {
    type: 'user_ticket_queue_access',
    attribute: 'user_id',
    body: 'user_id = 0\nticket_queue_id = 1',
  },
  {
    type: 'user_ticket_queue_access',
    attribute: 'ticket_queue_id',
    body: 'user_id = 1\nticket_queue_id = -1',
  },
  {
    type: 'user_ticket_queue_access',
    attribute: 'user_id',
    body: 'user_id = "agent@example.com"\nticket_queue_id = 1',
  },
  {
    type: 'group_ticket_queue_access',
    attribute: 'group_id',
    body: 'group_id = 1.5\nticket_queue_id = 1',
  },
  {
    type: 'user_access_rights',
    attribute: 'ticket_queue_ids',
    body: 'user_id = 1\nticket_queue_ids = [0, -4]',
  },
  {
    type: 'user_access_rights',
    attribute: 'ticket_queue_ids',
    body: 'user_id = 1\nticket_queue_ids = ["support"]',
  },
  {
    type: 'group_access_rights',
    attribute: 'ticket_queue_ids',
    body: 'group_id = 1\nticket_queue_ids = [1]\nhas_access_to_all_ticket_queues = true',
  },
  { type: 'user_group_access', attribute: 'access', body: 'user_id = 1\ngroup_id = 1\naccess = 3' },
  {
    type: 'user_group_access',
    attribute: 'access',
    body: 'user_id = 1\ngroup_id = 1\naccess = -1',
  },
  {
    type: 'user_group_access',
    attribute: 'group_id',
    body: 'user_id = 1\ngroup_id = "acme"\naccess = 1',
  },
  {
    type: 'user_ticket_queue_access',
    attribute: 'user_id',
    body: 'user_id = mojohelpdesk_user.nobody.id\nticket_queue_id = 1',
  },
  {
    type: 'group_ticket_queue_access',
    attribute: 'ticket_queue_id',
    body: 'group_id = 1\nticket_queue_id = mojohelpdesk_ticket_queue.nowhere.id',
  },
];

/** A diagnostic as `terraform validate -json` reports it. */
interface JsonDiagnostic {
  readonly severity: string;
  readonly summary: string;
  readonly detail: string;
  readonly address?: string;
  readonly range?: { readonly start: { readonly line: number } };
  readonly snippet?: { readonly context?: string | null; readonly code: string };
}

function address(index: number, bad: BadResource): string {
  return `mojohelpdesk_${bad.type}.case_${index}`;
}

function batchConfig(): string {
  return BAD_RESOURCES.map((bad, index) => {
    return `resource "mojohelpdesk_${bad.type}" "case_${index}" {\n${bad.body}\n}\n`;
  }).join('\n');
}

/** The first and last line (1-based) of each case's block in the written main.tf. */
function blockLines(mainTf: string): { first: number; last: number }[] {
  const lines = mainTf.split('\n');
  return BAD_RESOURCES.map((_bad, index) => {
    const first = lines.findIndex((line) => line.includes(`"case_${index}" {`));
    const last = lines.findIndex((line, at) => at > first && line === '}');
    return { first: first + 1, last: last + 1 };
  });
}

let harness: ReliabilityHarness;

beforeAll(async () => {
  harness = await startHarness({ accessKey: 'bad-input-key-0e77' });
});

afterAll(async () => {
  await harness?.close();
});

/** Writes the configuration, runs validate (JSON) and plan, and checks nothing was written. */
async function refuse(resources: string): Promise<{ diagnostics: JsonDiagnostic[]; plan: string }> {
  harness.configure(resources);
  harness.emulator.resetLog();

  const validate = await harness.workspace.run(['validate', '-json', '-no-color']);
  const plan = await harness.workspace.run(['plan', '-no-color', '-input=false']);

  expect(validate.code).toBe(1);
  expect(plan.code).toBe(1);
  const writes = harness.emulator.requests().filter((request) => request.method !== 'GET');
  expect(writes).toEqual([]);
  const parsed = JSON.parse(validate.stdout) as { diagnostics: JsonDiagnostic[] };
  return { diagnostics: parsed.diagnostics, plan: plan.stderr.replace(/\s+/g, ' ') };
}

test('each invalid resource gets its own diagnostic, naming its attribute', async () => {
  // GIVEN one configuration with every invalid resource of the corpus
  expect(BAD_RESOURCES.length).toBeGreaterThanOrEqual(60);

  // WHEN validated and planned
  const { diagnostics, plan } = await refuse(batchConfig());

  // THEN every case has an error within its own block that names its attribute
  const lines = blockLines(readFileSync(join(harness.workspace.directory, 'main.tf'), 'utf8'));
  const unreported = BAD_RESOURCES.map((bad, index) => ({ bad, index })).filter(
    ({ bad, index }) => {
      const { first, last } = lines[index];
      return !diagnostics.some((diagnostic) => {
        const line = diagnostic.range?.start.line ?? -1;
        const text = `${diagnostic.snippet?.code ?? ''} ${diagnostic.detail} ${diagnostic.summary}`;
        return (
          diagnostic.severity === 'error' &&
          ((line >= first && line <= last) || diagnostic.address === address(index, bad)) &&
          text.includes(bad.attribute)
        );
      });
    },
  );
  console.log(
    `bad input: ${BAD_RESOURCES.length} invalid resources in one configuration, ` +
      `${diagnostics.length} diagnostics, ${unreported.length} unreported; writes 0`,
  );
  expect(unreported.map(({ bad, index }) => `${address(index, bad)} ${bad.attribute}`)).toEqual([]);
  expect(plan).toContain('Error:');
}, 300_000);

/**
 * Mistakes that stop Terraform before resources are checked one by one; `url` replaces the
 * emulator's URL in the provider block when it is not empty.
 */
test.each<[string, string, RegExp, string]>([
  [
    'a cycle of parents between two locations',
    `resource "mojohelpdesk_location" "a" {
  name      = "A"
  parent_id = mojohelpdesk_location.b.id
}

resource "mojohelpdesk_location" "b" {
  name      = "B"
  parent_id = mojohelpdesk_location.a.id
}
`,
    /Cycle: mojohelpdesk_location\.[ab], mojohelpdesk_location\.[ab]/,
    '',
  ],
  [
    'a location that is its own parent',
    `resource "mojohelpdesk_location" "self" {
  name      = "Self"
  parent_id = mojohelpdesk_location.self.id
}
`,
    /Self-referential block.*parent_id = mojohelpdesk_location\.self\.id/,
    '',
  ],
  [
    'a cycle through an agent and the access right that names it',
    `resource "mojohelpdesk_user" "agent" {
  email      = "cycle@example.com"
  role_id    = 20
  company_id = mojohelpdesk_group.acme.id
}

resource "mojohelpdesk_group" "acme" {
  name               = "Acme"
  primary_contact_id = mojohelpdesk_user.agent.id
}
`,
    /Cycle: mojohelpdesk_(user|group)\./,
    '',
  ],
  [
    'an insecure service URL next to valid resources',
    `resource "mojohelpdesk_ticket_type" "fine" {
  name = "Fine"
}
`,
    /Insecure Service URL.*url/,
    'http://helpdesk.example.com',
  ],
])(
  '%s is refused at plan',
  async (_name, resources, message, url) => {
    // GIVEN the configuration alone
    const provider = harness.providerBlock();
    harness.workspace.writeConfig(
      (url ? provider.replace(harness.emulator.url, url) : provider) + resources,
    );
    harness.emulator.resetLog();

    // WHEN planned
    const plan = await harness.workspace.run(['plan', '-no-color', '-input=false']);

    // THEN it fails naming the problem, and the service saw nothing (not even a read)
    expect(plan.code).toBe(1);
    expect(plan.stderr.replace(/\s+/g, ' ')).toMatch(message);
    expect(harness.emulator.requests()).toEqual([]);
  },
  120_000,
);

/** A sound description the construct cases break one entry at a time. */
const SOUND: HelpdeskDescription = {
  ticketQueues: [{ name: 'Support' }],
  groups: [{ name: 'Acme' }, { name: 'Globex', allTicketQueues: true }],
  users: [
    { email: 'agent@example.com', role: UserRole.TECHNICIAN },
    { email: 'boss@example.com', role: UserRole.ADMINISTRATOR },
  ],
  locations: [{ name: 'Top' }],
};

test.each<[string, HelpdeskDescription, string]>([
  [
    'a cycle in the location tree',
    {
      ...SOUND,
      locations: [
        { name: 'A', parent: 'B' },
        { name: 'B', parent: 'A' },
      ],
    },
    'CYCLE',
  ],
  ['a department that is its own parent', { departments: [{ name: 'D', parent: 'D' }] }, 'CYCLE'],
  [
    'an asset type cycle of three',
    {
      assetTypes: [
        { name: 'A', parent: 'C' },
        { name: 'B', parent: 'A' },
        { name: 'C', parent: 'B' },
      ],
    },
    'CYCLE',
  ],
  [
    'an administrator in the access matrix',
    { ...SOUND, ticketQueueAccess: [{ ticketQueue: 'Support', agents: ['boss@example.com'] }] },
    'CONFLICT',
  ],
  [
    'a group with every queue also in the access matrix',
    { ...SOUND, ticketQueueAccess: [{ ticketQueue: 'Support', groups: ['Globex'] }] },
    'CONFLICT',
  ],
  [
    'the same agent twice on one queue',
    {
      ...SOUND,
      ticketQueueAccess: [
        { ticketQueue: 'Support', agents: ['agent@example.com', 'Agent@example.com'] },
      ],
    },
    'DUPLICATE',
  ],
  [
    'an unknown ticket queue in the access matrix',
    { ...SOUND, ticketQueueAccess: [{ ticketQueue: 'Sales', agents: ['agent@example.com'] }] },
    'DANGLING_REFERENCE',
  ],
  ['an empty ticket queue name', { ticketQueues: [{ name: ' ' }] }, 'EMPTY_NAME'],
  ['a tag colour that is no colour', { tags: [{ label: 'x', color: 'blue' }] }, 'INVALID_VALUE'],
])('the Helpdesk construct refuses %s at synth', (_name, description, code) => {
  // WHEN the description is synthesized THEN it throws, listing a problem of the expected code
  const synth = () =>
    Testing.synthScope((scope) => {
      new Helpdesk(scope, 'helpdesk', { ...description, installProvider: false });
    });
  expect(synth).toThrow(/problem/);
  expect(Helpdesk.validate(description).map((problem) => problem.code)).toContain(code);
});
