/**
 * A realistic helpdesk with every resource type at once: queues, groups, users of every agent
 * role and requesters, tags, ticket types, the asset catalogue with its three trees, assets, and
 * access given both ways to different principals. It applies, then plans with no changes, then
 * destroys down to the seeded account.
 */
import { startPeopleHarness } from './people/harness';
import type { PeopleHarness } from './people/harness';
import { RESOURCES } from '../../src/resources';

const CONFIGURATION = `
locals {
  queues       = ["Support", "Billing", "Warranty", "Orders", "Dealers", "Internal IT"]
  groups       = ["Larkspur", "Velo Partners", "Summit Rentals", "Trailhead Schools"]
  ticket_types = ["Question", "Incident", "Return"]
  statuses     = ["In Stock", "Deployed", "Retired"]
  tags         = { urgent = "#d32f2f", vip = "#7b1fa2", dealer = "#1976d2" }
  agents = {
    "ada@larkspur.example"   = { first = "Ada", role = 30 }
    "marco@larkspur.example" = { first = "Marco", role = 20 }
    "priya@larkspur.example" = { first = "Priya", role = 20 }
    "tom@larkspur.example"   = { first = "Tom", role = 15 }
    "lena@larkspur.example"  = { first = "Lena", role = 15 }
    "kai@larkspur.example"   = { first = "Kai", role = 15 }
    "jo@larkspur.example"    = { first = "Jo", role = 15 }
    "root@larkspur.example"  = { first = "Rory", role = 35 }
  }
  requesters = {
    "anna@velo.example"   = "Velo Partners"
    "ben@summit.example"  = "Summit Rentals"
    "cleo@trail.example"  = "Trailhead Schools"
    "dev@velo.example"    = "Velo Partners"
  }
}

resource "mojohelpdesk_ticket_queue" "queue" {
  for_each    = toset(local.queues)
  name        = each.key
  email_alias = lower(replace(each.key, " ", "-"))
}

resource "mojohelpdesk_group" "group" {
  for_each = toset(local.groups)
  name     = each.key
  notes    = "Customer group \${each.key}"
}

resource "mojohelpdesk_tag" "tag" {
  for_each = local.tags
  label    = each.key
  color    = each.value
}

resource "mojohelpdesk_ticket_type" "type" {
  for_each = toset(local.ticket_types)
  name     = each.key
}

resource "mojohelpdesk_asset_status" "status" {
  for_each = toset(local.statuses)
  name     = each.key
}

resource "mojohelpdesk_asset_type" "hardware" {
  name = "Hardware"
}

resource "mojohelpdesk_asset_type" "kind" {
  for_each  = toset(["Laptops", "Monitors"])
  name      = each.key
  parent_id = mojohelpdesk_asset_type.hardware.id
}

resource "mojohelpdesk_department" "company" {
  name = "Larkspur Cycles"
}

resource "mojohelpdesk_department" "team" {
  for_each  = toset(["Workshop", "Web Store"])
  name      = each.key
  parent_id = mojohelpdesk_department.company.id
}

resource "mojohelpdesk_location" "site" {
  name = "Portland"
}

resource "mojohelpdesk_location" "room" {
  for_each    = toset(["Shop Floor", "Server Room"])
  name        = each.key
  description = "In Portland"
  parent_id   = mojohelpdesk_location.site.id
}

resource "mojohelpdesk_asset" "laptop" {
  for_each        = toset(["LT-001", "LT-002", "LT-003", "LT-004"])
  display_name    = "Laptop \${each.key}"
  asset_tag       = each.key
  asset_type_id   = mojohelpdesk_asset_type.kind["Laptops"].id
  asset_status_id = mojohelpdesk_asset_status.status["Deployed"].id
  location_id     = mojohelpdesk_location.room["Shop Floor"].id
  department_id   = mojohelpdesk_department.team["Workshop"].id
  purchased_on    = "2025-02-01"
  cost            = 1249.5
  visibility      = "staff_only"
}

resource "mojohelpdesk_user" "agent" {
  for_each   = local.agents
  email      = each.key
  first_name = each.value.first
  role_id    = each.value.role
  company_id = mojohelpdesk_group.group["Larkspur"].id
}

resource "mojohelpdesk_user" "requester" {
  for_each   = local.requesters
  email      = each.key
  first_name = split("@", each.key)[0]
  company_id = mojohelpdesk_group.group[each.value].id
}

# The whole set for two agents ...
resource "mojohelpdesk_user_access_rights" "tom" {
  user_id          = mojohelpdesk_user.agent["tom@larkspur.example"].id
  ticket_queue_ids = [
    for name in ["Support", "Warranty"] : mojohelpdesk_ticket_queue.queue[name].id
  ]
}

resource "mojohelpdesk_user_access_rights" "lena" {
  user_id          = mojohelpdesk_user.agent["lena@larkspur.example"].id
  ticket_queue_ids = [mojohelpdesk_ticket_queue.queue["Orders"].id]
}

# ... and single grants for two others.
resource "mojohelpdesk_user_ticket_queue_access" "grant" {
  for_each = {
    "kai-dealers" = ["kai@larkspur.example", "Dealers"]
    "kai-support" = ["kai@larkspur.example", "Support"]
    "jo-it"       = ["jo@larkspur.example", "Internal IT"]
    "jo-billing"  = ["jo@larkspur.example", "Billing"]
  }
  user_id         = mojohelpdesk_user.agent[each.value[0]].id
  ticket_queue_id = mojohelpdesk_ticket_queue.queue[each.value[1]].id
}

resource "mojohelpdesk_group_access_rights" "velo" {
  group_id         = mojohelpdesk_group.group["Velo Partners"].id
  ticket_queue_ids = [mojohelpdesk_ticket_queue.queue["Dealers"].id]
}

resource "mojohelpdesk_group_access_rights" "larkspur" {
  group_id                        = mojohelpdesk_group.group["Larkspur"].id
  has_access_to_all_ticket_queues = true
}

resource "mojohelpdesk_group_ticket_queue_access" "summit" {
  group_id        = mojohelpdesk_group.group["Summit Rentals"].id
  ticket_queue_id = mojohelpdesk_ticket_queue.queue["Support"].id
}

resource "mojohelpdesk_user_group_access" "requester" {
  for_each = local.requesters
  user_id  = mojohelpdesk_user.requester[each.key].id
  group_id = mojohelpdesk_group.group[each.value].id
  access   = each.key == "dev@velo.example" ? 2 : 1
}
`;

let harness: PeopleHarness;

beforeAll(async () => {
  harness = await startPeopleHarness();
});

afterAll(async () => {
  await harness?.close();
});

test('every resource type applies together, plans clean, and destroys to the seed', async () => {
  // GIVEN the configuration, which uses every managed resource type the provider offers
  const used = new Set(
    [...CONFIGURATION.matchAll(/resource "(mojohelpdesk_\w+)"/g)].map((m) => m[1]),
  );
  expect([...used].sort()).toEqual(RESOURCES.map((resource) => resource.typeName).sort());
  harness.configure(CONFIGURATION);

  // WHEN it is applied
  const apply = await harness.workspace.runOk(['apply', '-auto-approve', '-no-color']);

  // THEN every object is created, and the next plan has nothing to do
  const added = Number(/Resources: (\d+) added, 0 changed, 0 destroyed/.exec(apply.stdout)?.[1]);
  expect(added).toBeGreaterThanOrEqual(50);
  const plan = await harness.plan();
  expect(plan.code).toBe(0);

  const client = harness.client;
  expect((await client.ticketQueues.list()).length).toBe(6);
  expect((await client.assets.list()).length).toBe(4);
  const tom = (await client.users.list()).find((user) => user.email === 'tom@larkspur.example');
  const tomRights = await client.accessRights.getUser(tom!.id);
  expect((tomRights.accessible_queues ?? []).map((queue) => queue.name).sort()).toEqual([
    'Support',
    'Warranty',
  ]);

  // WHEN it is destroyed
  await harness.workspace.runOk(['destroy', '-auto-approve', '-no-color']);

  // THEN only the seeded account owner is left
  expect(await client.ticketQueues.list()).toEqual([]);
  expect(await client.groups.list()).toEqual([]);
  expect(await client.assets.list()).toEqual([]);
  expect((await client.users.list()).map((user) => user.role_id)).toEqual([40]);
});
