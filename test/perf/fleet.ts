/**
 * A helpdesk of many objects of several types, written as one Terraform configuration, and the
 * request budget of refreshing it. Shared by the refresh tests and the benchmark.
 */
import { PAGE_SIZE } from '../../src/client';

/** How many objects of each type the configuration holds. */
export interface FleetMix {
  readonly ticketQueues: number;
  readonly groups: number;
  readonly tags: number;
  readonly users: number;
}

/** 1000 objects: ticket queues, groups, tags and users, 250 of each. */
export const MIX_1000: FleetMix = { ticketQueues: 250, groups: 250, tags: 250, users: 250 };

/** The total number of objects of a mix. */
export function fleetSize(mix: FleetMix): number {
  return mix.ticketQueues + mix.groups + mix.tags + mix.users;
}

/** A mix of `total` objects in the proportions of {@link MIX_1000}. */
export function scaledMix(total: number): FleetMix {
  const quarter = Math.floor(total / 4);
  return {
    ticketQueues: total - 3 * quarter,
    groups: quarter,
    tags: quarter,
    users: quarter,
  };
}

/** Collections a refresh lists, with the objects each one holds besides the configured ones. */
function listedCollections(mix: FleetMix, preexisting: Partial<FleetMix>) {
  return [
    { count: mix.ticketQueues + (preexisting.ticketQueues ?? 0), paged: true },
    { count: mix.groups + (preexisting.groups ?? 0), paged: true },
    { count: mix.tags + (preexisting.tags ?? 0), paged: false },
    { count: mix.users + (preexisting.users ?? 0), paged: true },
  ].filter((collection) => collection.count > 0);
}

/**
 * The request goal of a no-op refresh: 1.2 × (Σ over types of ceil(N / 100), plus one per
 * type). `preexisting` counts objects the emulator holds that the configuration does not (the
 * seeded account owner is one user).
 */
export function refreshRequestGoal(mix: FleetMix, preexisting: Partial<FleetMix> = {}): number {
  const collections = listedCollections(mix, preexisting);
  const pages = collections.reduce((sum, { count }) => sum + Math.ceil(count / PAGE_SIZE), 0);
  return 1.2 * (pages + collections.length);
}

/** The Terraform configuration of a mix, after the given provider block. */
export function fleetConfig(providerBlock: string, mix: FleetMix): string {
  const blocks = [providerBlock];

  if (mix.ticketQueues > 0) {
    blocks.push(`resource "mojohelpdesk_ticket_queue" "queue" {
  count = ${mix.ticketQueues}
  name  = "Queue \${count.index}"
}`);
  }
  if (mix.groups > 0) {
    blocks.push(`resource "mojohelpdesk_group" "group" {
  count = ${mix.groups}
  name  = "Group \${count.index}"
  city  = "Springfield"
}`);
  }
  if (mix.tags > 0) {
    blocks.push(`resource "mojohelpdesk_tag" "tag" {
  count = ${mix.tags}
  label = "tag-\${count.index}"
  color = "#336699"
}`);
  }
  if (mix.users > 0) {
    blocks.push(`resource "mojohelpdesk_user" "user" {
  count      = ${mix.users}
  email      = "user\${count.index}@example.com"
  first_name = "User"
  last_name  = "Number \${count.index}"
}`);
  }

  return blocks.join('\n\n') + '\n';
}

/** The same number of `terraform_data` resources, for a baseline Terraform runs without us. */
export function baselineConfig(total: number): string {
  return `resource "terraform_data" "object" {
  count = ${total}
  input = "Object \${count.index}"
}
`;
}
