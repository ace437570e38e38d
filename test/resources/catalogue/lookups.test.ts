/**
 * The look-up and listing data sources under real Terraform against the emulator, each over
 * more than one page of objects: a group, tag, ticket type, ticket form and team by name or id,
 * every ticket form, team and technician, and the diagnostics of a failed look-up.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { attributesByAddress } from './workspace-state';
import type { Attributes } from './workspace-state';
import { MojoClient } from '../../../src/client';
import { startEmulator } from '../../../src/emulator';
import type { RunningEmulator } from '../../../src/emulator';
import { loadSeed } from '../../../src/emulator/seed';
import { Store } from '../../../src/emulator/store';
import { createTerraformWorkspace, providerBlock } from '../../helpers/terraform';
import type { TerraformWorkspace } from '../../helpers/terraform';

const ACCESS_KEY = 'lookups-key-93be12';

/** More than one page of 100 of every collection. */
const COUNT = 120;

const numbered = (prefix: string) =>
  Array.from({ length: COUNT }, (_, index) => `${prefix} ${index + 1}`);

/**
 * Writes a store holding the minimal seed plus COUNT teams and COUNT ticket forms, which the API
 * cannot create, so that the emulator starts with them.
 */
function seedReadOnlyCollections(file: string): void {
  const store = new Store(file);
  store.transaction(() => {
    loadSeed(store, 'minimal');
    for (const name of numbered('Team')) {
      store.insert('teams', { name, agent_ids: [1] });
    }
    for (const name of numbered('Form')) {
      store.insert('ticket_forms', {
        name,
        is_default: false,
        is_enabled: true,
        description: `${name} for requests`,
        show_cc: false,
        hidden_field_attribute_ids: [7],
        field_attributes: [{ id: 7, name: 'title', label: 'Subject', is_required: true }],
        form_field_rules: [],
      });
    }
  });
  store.close();
}

function dataAttributes(workspace: TerraformWorkspace): Map<string, Attributes> {
  return attributesByAddress(workspace, 'data');
}

describe('look-up and listing data sources with Terraform', () => {
  let directory: string;
  let emulator: RunningEmulator;
  let client: MojoClient;
  let workspace: TerraformWorkspace;
  const groupIds = new Map<string, number>();

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'mojo-lookups-'));
    const dataFile = join(directory, 'emulator.sqlite');
    seedReadOnlyCollections(dataFile);
    emulator = await startEmulator({ accessKey: ACCESS_KEY, dataFile });
    client = new MojoClient({ url: emulator.url, accessKey: ACCESS_KEY, requestsPerSecond: 1e6 });

    await Promise.all([
      ...numbered('Group').map(async (name) => {
        groupIds.set(name, (await client.groups.create({ name, city: 'Springfield' })).id);
      }),
      client.groups.create({ name: 'Twin' }),
      client.groups.create({ name: 'Twin' }),
      ...numbered('Tag').map((label) => client.tags.create({ label, color: '#336699' })),
      ...numbered('Type').map((name) => client.ticketTypes.create({ name })),
      ...numbered('tech').map((first) =>
        client.users.create({
          email: `${first.replace(' ', '')}@example.com`,
          first_name: first,
          last_name: 'Agent',
          role_id: 20,
        }),
      ),
    ]);

    workspace = createTerraformWorkspace();
    workspace.writeConfig(providerBlock(emulator, ACCESS_KEY));
    await workspace.runOk(['init', '-no-color']);
  });

  afterAll(async () => {
    workspace?.remove();
    await client?.close();
    await emulator?.close();
    rmSync(directory, { recursive: true, force: true });
  });

  test('look-ups find objects beyond the first page; lists hold every page', async () => {
    // GIVEN look-ups of objects on the second page, by name, label or id
    workspace.writeConfig(`${providerBlock(emulator, ACCESS_KEY)}
data "mojohelpdesk_group" "by_name" {
  name = "Group 117"
}

data "mojohelpdesk_group" "by_id" {
  id = "${groupIds.get('Group 3')}"
}

data "mojohelpdesk_tag" "by_label" {
  label = "tag 105"
}

data "mojohelpdesk_ticket_type" "by_name" {
  name = "Type 108"
}

data "mojohelpdesk_ticket_form" "by_name" {
  name = "Form 115"
}

data "mojohelpdesk_ticket_form" "by_id" {
  id = "2700"
}

data "mojohelpdesk_ticket_forms" "all" {}

data "mojohelpdesk_team" "by_name" {
  name = "Team 110"
}

data "mojohelpdesk_team" "by_id" {
  id = "4301"
}

data "mojohelpdesk_teams" "all" {}

data "mojohelpdesk_technicians" "all" {}
`);
    emulator.resetLog();

    // WHEN applied
    await workspace.runOk(['apply', '-auto-approve', '-no-color']);

    // THEN each data source holds the object asked for, and the lists hold every object
    const found = dataAttributes(workspace);
    expect(found.get('mojohelpdesk_group.by_name')).toMatchObject({
      id: String(groupIds.get('Group 117')),
      name: 'Group 117',
      city: 'Springfield',
      notes: null,
    });
    expect(found.get('mojohelpdesk_group.by_id')).toMatchObject({ name: 'Group 3' });
    expect(found.get('mojohelpdesk_tag.by_label')).toMatchObject({
      label: 'Tag 105',
      color: '#336699',
    });
    expect(found.get('mojohelpdesk_ticket_type.by_name')).toMatchObject({ name: 'Type 108' });
    expect(found.get('mojohelpdesk_ticket_form.by_name')).toMatchObject({
      name: 'Form 115',
      description: 'Form 115 for requests',
      show_cc: false,
      hidden_field_attribute_ids: [7],
      field_attributes: [{ id: 7, name: 'title', label: 'Subject', is_required: true }],
    });
    expect(found.get('mojohelpdesk_ticket_form.by_id')).toMatchObject({
      name: 'Default Form',
      is_default: true,
    });
    expect(found.get('mojohelpdesk_ticket_forms.all')?.ticket_forms).toHaveLength(COUNT + 2);
    expect(found.get('mojohelpdesk_team.by_name')).toMatchObject({ agent_ids: [1] });
    expect(found.get('mojohelpdesk_team.by_id')).toMatchObject({ name: 'Tier 1' });
    expect(found.get('mojohelpdesk_teams.all')?.teams).toHaveLength(COUNT + 2);
    const technicians = found.get('mojohelpdesk_technicians.all')?.technicians as Attributes[];
    expect(technicians).toHaveLength(COUNT + 1);
    expect(technicians).toContainEqual(
      expect.objectContaining({ email: 'tech120@example.com', role_id: 20, is_active: true }),
    );
    const secondPages = emulator
      .requests()
      .filter((request) => request.method === 'GET' && request.query.page === '2')
      .map((request) => request.path);
    expect(new Set(secondPages)).toEqual(
      new Set([
        '/api/v2/groups',
        '/api/v2/ticket_types',
        '/api/v2/ticket_forms',
        '/api/v2/teams',
        '/api/v2/users/techs',
      ]),
    );
  });

  test('a look-up that sets both id and name, or neither, fails validation', async () => {
    workspace.writeConfig(`${providerBlock(emulator, ACCESS_KEY)}
data "mojohelpdesk_team" "both" {
  id   = "4301"
  name = "Tier 1"
}

data "mojohelpdesk_tag" "neither" {}
`);
    emulator.resetLog();

    const plan = await workspace.run(['plan', '-no-color']);

    expect(plan.code).toBe(1);
    const errors = plan.stderr.replace(/\s+/g, ' ');
    expect(errors).toContain('Set exactly one of id and name to choose the team');
    expect(errors).toContain('Set exactly one of id and label to choose the tag');
    expect(emulator.requests()).toEqual([]);
  });

  test('a missing and an ambiguous name fail the read with the matching ids', async () => {
    workspace.writeConfig(`${providerBlock(emulator, ACCESS_KEY)}
data "mojohelpdesk_group" "missing" {
  name = "Nobody"
}

data "mojohelpdesk_group" "twin" {
  name = "Twin"
}
`);

    const plan = await workspace.run(['plan', '-no-color']);

    expect(plan.code).toBe(1);
    const errors = plan.stderr.replace(/\s+/g, ' ');
    expect(errors).toContain('Group Not Found');
    expect(errors).toContain('No group has the name "Nobody"');
    expect(errors).toContain('Group Name Is Ambiguous');
    expect(errors).toMatch(/2 objects of type group have the name "Twin" \(ids \d+, \d+\)/);
  });
});
