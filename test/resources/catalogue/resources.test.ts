/**
 * The catalogue resources (group, tag, ticket type, asset status, asset type, department,
 * location, asset) under real Terraform against the emulator, all in one configuration: plan-time
 * validation, create, an empty plan, updates in place, drift and deletion by hand, import by id
 * and by name or label, and destroy.
 */
import { attributesByAddress } from './workspace-state';
import type { Attributes } from './workspace-state';
import { MojoClient } from '../../../src/client';
import { startEmulator } from '../../../src/emulator';
import type { RunningEmulator } from '../../../src/emulator';
import { createTerraformWorkspace, providerBlock } from '../../helpers/terraform';
import type { TerraformWorkspace } from '../../helpers/terraform';

const ACCESS_KEY = 'catalogue-key-7d41c9';

/** Every resource of the configuration, as `<type>.<name>`. */
const ADDRESSES = [
  'mojohelpdesk_group.acme',
  'mojohelpdesk_tag.bug',
  'mojohelpdesk_ticket_type.incident',
  'mojohelpdesk_asset_status.active',
  'mojohelpdesk_asset_type.hardware',
  'mojohelpdesk_asset_type.laptops',
  'mojohelpdesk_department.it',
  'mojohelpdesk_location.office',
  'mojohelpdesk_location.floor',
  'mojohelpdesk_asset.laptop',
];

/** The first configuration: every resource type, trees through parent_id, references. */
function firstConfig(contactId: number): string {
  return `
resource "mojohelpdesk_group" "acme" {
  name               = "Acme Corp"
  primary_contact_id = ${contactId}
  support_status_id  = 0
  support_start_date = "2024-01-01"
  support_end_date   = "2024-12-31"
  website_url        = "www.acme.example"
  city               = "Springfield"
  notes              = "Premium customer"
}

resource "mojohelpdesk_tag" "bug" {
  label = "Bug"
  color = "#ff0000"
}

resource "mojohelpdesk_ticket_type" "incident" {
  name = "Incident"
}

resource "mojohelpdesk_asset_status" "active" {
  name = "Active"
}

resource "mojohelpdesk_asset_type" "hardware" {
  name = "Hardware"
}

resource "mojohelpdesk_asset_type" "laptops" {
  name      = "Laptops"
  parent_id = mojohelpdesk_asset_type.hardware.id
}

resource "mojohelpdesk_department" "it" {
  name = "IT"
}

resource "mojohelpdesk_location" "office" {
  name        = "Main Office"
  description = "Head office"
}

resource "mojohelpdesk_location" "floor" {
  name      = "Second Floor"
  parent_id = mojohelpdesk_location.office.id
}

resource "mojohelpdesk_asset" "laptop" {
  display_name    = "Dell Latitude"
  asset_tag       = "LAP-001"
  serial_number   = "SN-1001"
  asset_type_id   = mojohelpdesk_asset_type.hardware.id
  location_id     = mojohelpdesk_location.floor.id
  department_id   = mojohelpdesk_department.it.id
  asset_status_id = mojohelpdesk_asset_status.active.id
  managed_by_id   = ${contactId}
  purchased_on    = "2024-01-15"
  cost            = 1299.99
  birthday        = "2024-02-01"
}
`;
}

/** The second configuration: changes in place to every type, one field cleared per type. */
function secondConfig(contactId: number): string {
  return `
resource "mojohelpdesk_group" "acme" {
  name               = "Acme Corporation"
  primary_contact_id = ${contactId}
  support_status_id  = 1
  support_start_date = "2024-01-01"
  support_end_date   = "2025-06-30"
  website_url        = "www.acme.example"
  zip                = "10001"
}

resource "mojohelpdesk_tag" "bug" {
  label = "Bug"
  color = "#00aa00"
}

resource "mojohelpdesk_ticket_type" "incident" {
  name = "Major Incident"
}

resource "mojohelpdesk_asset_status" "active" {
  name = "In Use"
}

resource "mojohelpdesk_asset_type" "hardware" {
  name        = "Hardware"
  description = "Physical equipment"
}

resource "mojohelpdesk_asset_type" "laptops" {
  name      = "Laptops"
  parent_id = mojohelpdesk_asset_type.hardware.id
  position  = 3
}

resource "mojohelpdesk_department" "it" {
  name = "Information Technology"
}

resource "mojohelpdesk_location" "office" {
  name = "Main Office"
}

resource "mojohelpdesk_location" "warehouse" {
  name = "Warehouse"
}

resource "mojohelpdesk_location" "floor" {
  name      = "Second Floor"
  parent_id = mojohelpdesk_location.warehouse.id
}

resource "mojohelpdesk_asset" "laptop" {
  display_name    = "Dell Latitude 7440"
  asset_tag       = "LAP-001"
  asset_type_id   = mojohelpdesk_asset_type.laptops.id
  location_id     = mojohelpdesk_location.floor.id
  department_id   = mojohelpdesk_department.it.id
  asset_status_id = mojohelpdesk_asset_status.active.id
  purchased_on    = "2024-01-15"
  cost            = 1350
  visibility      = "all_users"
  end_of_contract_on        = "2027-01-14"
  create_ticket_days_before = 30
}
`;
}

function stateAttributes(workspace: TerraformWorkspace): Map<string, Attributes> {
  return attributesByAddress(workspace, 'managed');
}

function idOf(workspace: TerraformWorkspace, address: string): number {
  return Number(stateAttributes(workspace).get(address)?.id);
}

describe('catalogue resources with Terraform', () => {
  let emulator: RunningEmulator;
  let client: MojoClient;
  let workspace: TerraformWorkspace;
  let contactId: number;

  beforeAll(async () => {
    emulator = await startEmulator({ accessKey: ACCESS_KEY });
    client = new MojoClient({ url: emulator.url, accessKey: ACCESS_KEY, requestsPerSecond: 1e6 });
    contactId = (await client.users.list())[0].id;
    workspace = createTerraformWorkspace();
    workspace.writeConfig(providerBlock(emulator, ACCESS_KEY));
    await workspace.runOk(['init', '-no-color']);
  });

  afterAll(async () => {
    workspace?.remove();
    await client?.close();
    await emulator?.close();
  });

  test('invalid values fail the plan with attribute paths, before any API call', async () => {
    // GIVEN values the API would refuse
    workspace.writeConfig(`${providerBlock(emulator, ACCESS_KEY)}
resource "mojohelpdesk_group" "bad" {
  name               = "Bad"
  support_status_id  = 3
  support_start_date = "2024-02-30"
  support_end_date   = "2023-12-31"
  primary_contact_id = 0
}

resource "mojohelpdesk_tag" "bad" {
  label = "Bad"
  color = "#FF0000"
}

resource "mojohelpdesk_asset" "bad" {
  display_name = "Bad"
  visibility   = "everyone"
  purchased_on = "15/01/2024"
}
`);
    emulator.resetLog();

    // WHEN planned
    const plan = await workspace.run(['plan', '-no-color']);

    // THEN every problem is reported at its attribute and the service saw no request
    expect(plan.code).toBe(1);
    const errors = plan.stderr.replace(/\s+/g, ' ');
    expect(errors).toContain('support_status_id must be one of 0, 1');
    expect(errors).toContain('support_start_date must be a calendar date written YYYY-MM-DD');
    expect(errors).toContain('primary_contact_id must be a whole number of at least 1');
    expect(errors).toContain('color must be a hex colour written #rrggbb in lower case');
    expect(errors).toContain('visibility must be one of');
    expect(errors).toContain('purchased_on must be a calendar date');
    expect(errors).toContain('Support Ends Before It Starts');
    expect(emulator.requests()).toEqual([]);
  });

  test('create every type, then a plan right after shows no changes', async () => {
    // GIVEN every catalogue resource in one configuration
    workspace.writeConfig(providerBlock(emulator, ACCESS_KEY) + firstConfig(contactId));

    // WHEN applied
    const apply = await workspace.runOk(['apply', '-auto-approve', '-no-color']);

    // THEN the emulator holds each object as configured, and the next plan is empty
    expect(apply.stdout).toContain(`Resources: ${ADDRESSES.length} added, 0 changed`);
    const group = await client.groups.get(idOf(workspace, 'mojohelpdesk_group.acme'));
    expect(group).toMatchObject({
      name: 'Acme Corp',
      support_status_id: 0,
      support_end_date: '2024-12-31',
      primary_contact_id: contactId,
      notes: 'Premium customer',
    });
    const laptopsId = idOf(workspace, 'mojohelpdesk_asset_type.laptops');
    const laptops = await client.assetTypes.get(laptopsId);
    expect(laptops.parent_id).toBe(idOf(workspace, 'mojohelpdesk_asset_type.hardware'));
    const asset = await client.assets.get(idOf(workspace, 'mojohelpdesk_asset.laptop'));
    expect(asset).toMatchObject({
      display_name: 'Dell Latitude',
      cost: 1299.99,
      location_id: idOf(workspace, 'mojohelpdesk_location.floor'),
      purchased_on: '2024-01-15',
    });
    const plan = await workspace.run(['plan', '-detailed-exitcode', '-no-color']);
    expect(plan.stdout).toContain('No changes');
    expect(plan.code).toBe(0);
  });

  test('changes apply in place, keep the ids, and clear removed fields', async () => {
    const idsBefore = ADDRESSES.map((address) => idOf(workspace, address));
    workspace.writeConfig(providerBlock(emulator, ACCESS_KEY) + secondConfig(contactId));

    const apply = await workspace.runOk(['apply', '-auto-approve', '-no-color']);

    expect(apply.stdout).toContain('Resources: 1 added, 10 changed, 0 destroyed');
    expect(ADDRESSES.map((address) => idOf(workspace, address))).toEqual(idsBefore);
    const group = await client.groups.get(idOf(workspace, 'mojohelpdesk_group.acme'));
    expect(group).toMatchObject({ name: 'Acme Corporation', support_status_id: 1, zip: '10001' });
    expect(group.city || null).toBeNull();
    expect(group.notes || null).toBeNull();
    const floor = await client.locations.get(idOf(workspace, 'mojohelpdesk_location.floor'));
    expect(floor.parent_id).toBe(idOf(workspace, 'mojohelpdesk_location.warehouse'));
    const office = await client.locations.get(idOf(workspace, 'mojohelpdesk_location.office'));
    expect(office.description || null).toBeNull();
    const asset = await client.assets.get(idOf(workspace, 'mojohelpdesk_asset.laptop'));
    expect(asset).toMatchObject({ cost: 1350, visibility: 'all_users' });
    expect(asset.serial_number || null).toBeNull();
    expect((await workspace.run(['plan', '-detailed-exitcode', '-no-color'])).code).toBe(0);
  });

  test('changes and deletions by hand show in the plan; colour case does not', async () => {
    // GIVEN a group changed, a tag re-cased, and a ticket type and an asset type deleted by hand
    const groupId = idOf(workspace, 'mojohelpdesk_group.acme');
    await client.groups.update(groupId, { city: 'Shelbyville' });
    await client.tags.update(idOf(workspace, 'mojohelpdesk_tag.bug'), { color: '#00AA00' });
    await client.ticketTypes.delete(idOf(workspace, 'mojohelpdesk_ticket_type.incident'));
    await client.assetTypes.delete(idOf(workspace, 'mojohelpdesk_asset_type.laptops'));

    // WHEN planned
    const plan = await workspace.run(['plan', '-detailed-exitcode', '-no-color']);

    // THEN the changed group is updated, the deleted objects re-created, the tag left alone
    expect(plan.code).toBe(2);
    expect(plan.stdout).toContain('mojohelpdesk_group.acme will be updated in-place');
    expect(plan.stdout).toMatch(/city\s+= "Shelbyville" -> null/);
    expect(plan.stdout).toContain('mojohelpdesk_ticket_type.incident will be created');
    expect(plan.stdout).toContain('mojohelpdesk_asset_type.laptops will be created');
    expect(plan.stdout).not.toContain('mojohelpdesk_tag.bug will be');

    // WHEN applied THEN the configuration holds again
    await workspace.runOk(['apply', '-auto-approve', '-no-color']);
    const group = await client.groups.get(idOf(workspace, 'mojohelpdesk_group.acme'));
    expect(group.city || null).toBeNull();
    const types = await client.ticketTypes.list();
    expect(types.map((type) => type.name)).toEqual(['Major Incident']);
  });

  test('every other type shows changes and deletions made by hand, and converges', async () => {
    // GIVEN one object of each remaining type changed by hand, a tag and an asset deleted
    await client.assetStatuses.update(idOf(workspace, 'mojohelpdesk_asset_status.active'), {
      name: 'Renamed By Hand',
    });
    await client.assetTypes.update(idOf(workspace, 'mojohelpdesk_asset_type.hardware'), {
      name: 'Renamed By Hand',
    });
    await client.departments.update(idOf(workspace, 'mojohelpdesk_department.it'), {
      name: 'Renamed By Hand',
    });
    await client.locations.update(idOf(workspace, 'mojohelpdesk_location.office'), {
      name: 'Renamed By Hand',
    });
    await client.tags.delete(idOf(workspace, 'mojohelpdesk_tag.bug'));
    await client.assets.delete(idOf(workspace, 'mojohelpdesk_asset.laptop'));

    // WHEN planned
    const plan = await workspace.run(['plan', '-detailed-exitcode', '-no-color']);

    // THEN each changed object is updated and each deleted one re-created
    expect(plan.code).toBe(2);
    for (const address of [
      'mojohelpdesk_asset_status.active',
      'mojohelpdesk_asset_type.hardware',
      'mojohelpdesk_department.it',
      'mojohelpdesk_location.office',
    ]) {
      expect(plan.stdout).toContain(`${address} will be updated in-place`);
    }
    expect(plan.stdout).toContain('mojohelpdesk_tag.bug will be created');
    expect(plan.stdout).toContain('mojohelpdesk_asset.laptop will be created');

    // WHEN applied THEN the next plan is clean
    await workspace.runOk(['apply', '-auto-approve', '-no-color']);
    const again = await workspace.run(['plan', '-detailed-exitcode', '-no-color']);
    expect(again.code).toBe(0);
  });

  test('import by id, by name and by label reproduces the state with no changes', async () => {
    // GIVEN the state as Terraform wrote it, then every resource forgotten
    const before = stateAttributes(workspace);
    await workspace.runOk(['state', 'rm', '-no-color', ...before.keys()]);
    const id = (address: string) => String(before.get(address)?.id);
    const importIds: Record<string, string> = {
      'mojohelpdesk_group.acme': 'Acme Corporation',
      'mojohelpdesk_tag.bug': 'label:bug',
      'mojohelpdesk_ticket_type.incident': 'Major Incident',
      'mojohelpdesk_asset_status.active': 'name:In Use',
    };
    const imports = [...before.keys()]
      .map(
        (address) =>
          `import {\n  to = ${address}\n  id = "${importIds[address] ?? id(address)}"\n}\n`,
      )
      .join('\n');
    workspace.writeConfig(providerBlock(emulator, ACCESS_KEY) + secondConfig(contactId) + imports);

    // WHEN applied with import blocks
    const apply = await workspace.runOk(['apply', '-auto-approve', '-no-color']);

    // THEN everything is imported, nothing else changes, and the state matches the old one
    expect(apply.stdout).toContain(`Resources: ${before.size} imported, 0 added, 0 changed`);
    expect(stateAttributes(workspace)).toEqual(before);
  });

  test('destroy leaves the emulator without catalogue objects', async () => {
    await workspace.runOk(['destroy', '-auto-approve', '-no-color']);

    const remaining = await Promise.all([
      client.groups.list(),
      client.tags.list(),
      client.ticketTypes.list(),
      client.assetStatuses.list(),
      client.assetTypes.list(),
      client.departments.list(),
      client.locations.list(),
      client.assets.list(),
    ]);
    expect(remaining.map((objects) => objects.length)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });
});
