/**
 * What the reliability suites share: an emulator on a free port with a Terraform workspace
 * pointed at it, a generated helpdesk configuration of many objects with references between
 * them, and an inventory of the emulator's objects in a form that compares with that
 * configuration and with Terraform's state.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { MojoClient } from '../../src/client';
import { startEmulator } from '../../src/emulator';
import type { EmulatorOptions, RunningEmulator } from '../../src/emulator';
import { createTerraformWorkspace, REQUIRED_PROVIDERS } from '../helpers/terraform';
import type { TerraformWorkspace, WorkspaceOptions } from '../helpers/terraform';

/** An emulator, an unthrottled client of it and a Terraform workspace configured for it. */
export interface ReliabilityHarness {
  readonly emulator: RunningEmulator;
  readonly client: MojoClient;
  readonly workspace: TerraformWorkspace;
  readonly accessKey: string;
  /** The provider blocks, pointing at the emulator with the given key (default: the full key). */
  providerBlock(accessKey?: string): string;
  /** Writes main.tf: the provider blocks followed by `resources`. */
  configure(resources: string, accessKey?: string): void;
  /** Stops everything and removes the workspace. */
  close(): Promise<void>;
}

/** Options of a harness. */
export interface HarnessOptions {
  readonly accessKey: string;
  readonly readOnlyKey?: string;
  readonly faultSeed?: number;
  /** Extra environment of every Terraform command. */
  readonly env?: WorkspaceOptions['env'];
}

/** Starts the emulator, a client and a workspace, and runs `terraform init`. */
export async function startHarness(options: HarnessOptions): Promise<ReliabilityHarness> {
  const emulatorOptions: EmulatorOptions = {
    accessKey: options.accessKey,
    readOnlyKey: options.readOnlyKey,
    faultSeed: options.faultSeed,
    port: 0,
  };
  const emulator = await startEmulator(emulatorOptions);
  const client = new MojoClient({
    url: emulator.url,
    accessKey: options.accessKey,
    requestsPerSecond: Infinity,
    maxInFlight: 8,
  });
  const workspace = createTerraformWorkspace({ env: options.env });

  const providerBlock = (accessKey = options.accessKey) => `${REQUIRED_PROVIDERS}
provider "mojohelpdesk" {
  url                 = "${emulator.url}"
  access_key          = "${accessKey}"
  requests_per_second = 1000
}
`;
  const configure = (resources: string, accessKey?: string) =>
    workspace.writeConfig(`${providerBlock(accessKey)}\n${resources}`);

  configure('');
  await workspace.runOk(['init', '-no-color']);

  return {
    emulator,
    client,
    workspace,
    accessKey: options.accessKey,
    providerBlock,
    configure,
    close: async () => {
      await client.close();
      await emulator.close();
      workspace.remove();
    },
  };
}

/** A generated helpdesk: its HCL and the facts the emulator must hold once it is applied. */
export interface HelpdeskFixture {
  readonly hcl: string;
  /** How many resources the configuration declares. */
  readonly resourceCount: number;
  /** The canonical lines an inventory of the applied helpdesk holds (see `inventory`). */
  readonly expected: readonly string[];
}

/** How many objects of each kind a generated helpdesk holds. */
export interface HelpdeskShape {
  readonly ticketQueues: number;
  readonly groups: number;
  readonly tags: number;
  readonly ticketTypes: number;
  readonly assetStatuses: number;
  /** Per tree (departments, locations, asset types): top nodes; as many children again. */
  readonly treeRoots: number;
  readonly treeChildren: number;
  readonly agents: number;
  readonly userQueueGrants: number;
  readonly groupQueueGrants: number;
  readonly groupMemberships: number;
}

/** The shape of the 300-object helpdesk. */
export const LARGE_HELPDESK: HelpdeskShape = {
  ticketQueues: 40,
  groups: 30,
  tags: 40,
  ticketTypes: 20,
  assetStatuses: 10,
  treeRoots: 8,
  treeChildren: 16,
  agents: 40,
  userQueueGrants: 24,
  groupQueueGrants: 12,
  groupMemberships: 12,
};

const TREES = [
  ['mojohelpdesk_department', 'department'],
  ['mojohelpdesk_location', 'location'],
  ['mojohelpdesk_asset_type', 'asset_type'],
] as const;

/**
 * A helpdesk configuration of the given shape. Every name carries `prefix`, so several can live
 * in one emulator. References: tree children name their parent, agents their group (company),
 * grants their agent or group and their ticket queue.
 */
export function helpdeskFixture(shape: HelpdeskShape, prefix = 'rel'): HelpdeskFixture {
  const blocks: string[] = [];
  const expected: string[] = [];
  const range = (count: number) => Array.from({ length: count }, (_, index) => index);

  for (const index of range(shape.ticketQueues)) {
    blocks.push(`resource "mojohelpdesk_ticket_queue" "q${index}" {
  name = "${prefix} queue ${index}"
}`);
    expected.push(`ticket_queue ${prefix} queue ${index}`);
  }
  for (const index of range(shape.groups)) {
    blocks.push(`resource "mojohelpdesk_group" "g${index}" {
  name = "${prefix} group ${index}"
  city = "City ${index % 7}"
}`);
    expected.push(`group ${prefix} group ${index} city=City ${index % 7}`);
  }
  for (const index of range(shape.tags)) {
    const color = `#${(index * 40503).toString(16).padStart(6, '0').slice(-6)}`;
    blocks.push(`resource "mojohelpdesk_tag" "t${index}" {
  label = "${prefix}-tag-${index}"
  color = "${color}"
}`);
    expected.push(`tag ${prefix}-tag-${index} ${color}`);
  }
  for (const index of range(shape.ticketTypes)) {
    blocks.push(`resource "mojohelpdesk_ticket_type" "tt${index}" {
  name = "${prefix} type ${index}"
}`);
    expected.push(`ticket_type ${prefix} type ${index}`);
  }
  for (const index of range(shape.assetStatuses)) {
    blocks.push(`resource "mojohelpdesk_asset_status" "s${index}" {
  name = "${prefix} status ${index}"
}`);
    expected.push(`asset_status ${prefix} status ${index}`);
  }
  for (const [type, kind] of TREES) {
    for (const index of range(shape.treeRoots)) {
      blocks.push(`resource "${type}" "r${index}" {
  name = "${prefix} ${kind} ${index}"
}`);
      expected.push(`${kind} ${prefix} ${kind} ${index} parent=-`);
    }
    for (const index of range(shape.treeChildren)) {
      const parent = index % shape.treeRoots;
      blocks.push(`resource "${type}" "c${index}" {
  name      = "${prefix} ${kind} child ${index}"
  parent_id = ${type}.r${parent}.id
}`);
      expected.push(`${kind} ${prefix} ${kind} child ${index} parent=${prefix} ${kind} ${parent}`);
    }
  }
  for (const index of range(shape.agents)) {
    const group = index % shape.groups;
    blocks.push(`resource "mojohelpdesk_user" "a${index}" {
  email      = "${prefix}.agent${index}@example.com"
  first_name = "Agent${index}"
  role_id    = 20
  company_id = mojohelpdesk_group.g${group}.id
}`);
    expected.push(
      `user ${prefix}.agent${index}@example.com role=20 group=${prefix} group ${group}`,
    );
  }
  for (const index of range(shape.userQueueGrants)) {
    const queue = (index * 3) % shape.ticketQueues;
    blocks.push(`resource "mojohelpdesk_user_ticket_queue_access" "ua${index}" {
  user_id         = mojohelpdesk_user.a${index}.id
  ticket_queue_id = mojohelpdesk_ticket_queue.q${queue}.id
}`);
    expected.push(`queue_access user ${prefix}.agent${index}@example.com ${prefix} queue ${queue}`);
  }
  for (const index of range(shape.groupQueueGrants)) {
    const queue = (index * 5 + 1) % shape.ticketQueues;
    blocks.push(`resource "mojohelpdesk_group_ticket_queue_access" "ga${index}" {
  group_id        = mojohelpdesk_group.g${index}.id
  ticket_queue_id = mojohelpdesk_ticket_queue.q${queue}.id
}`);
    expected.push(`queue_access group ${prefix} group ${index} ${prefix} queue ${queue}`);
  }
  for (const index of range(shape.groupMemberships)) {
    const user = shape.agents - 1 - index;
    const group = (index * 7 + 2) % shape.groups;
    const access = 1 + (index % 2);
    blocks.push(`resource "mojohelpdesk_user_group_access" "m${index}" {
  user_id  = mojohelpdesk_user.a${user}.id
  group_id = mojohelpdesk_group.g${group}.id
  access   = ${access}
}`);
    expected.push(
      `group_access ${prefix}.agent${user}@example.com ${prefix} group ${group} access=${access}`,
    );
  }

  return {
    hcl: `${blocks.join('\n\n')}\n`,
    resourceCount: blocks.length,
    expected: expected.sort(),
  };
}

/** The emulator's objects as canonical lines, and their ids by kind. */
export interface Inventory {
  /** One line per object, grant and group access, sorted; repeated lines mean duplicates. */
  readonly lines: readonly string[];
  /** Ids of every object, as `<kind>:<id>`. */
  readonly ids: ReadonlySet<string>;
}

/**
 * Reads every object of the kinds a generated helpdesk uses, and describes each as
 * `helpdeskFixture` expects it. Only objects whose name, label or email starts with `prefix`
 * count, so the emulator's seed objects stay out of the comparison.
 */
export async function inventory(client: MojoClient, prefix = 'rel'): Promise<Inventory> {
  const lines: string[] = [];
  const ids = new Set<string>();
  const ours = (text: string | null | undefined) => (text ?? '').startsWith(prefix);

  const queues = (await client.ticketQueues.list()).filter((queue) => ours(queue.name));
  const queueName = new Map(queues.map((queue) => [queue.id, queue.name]));
  for (const queue of queues) {
    lines.push(`ticket_queue ${queue.name}`);
    ids.add(`ticket_queue:${queue.id}`);
  }

  const groups = (await client.groups.list()).filter((group) => ours(group.name));
  const groupName = new Map(groups.map((group) => [group.id, group.name]));
  for (const group of groups) {
    lines.push(`group ${group.name} city=${group.city ?? ''}`);
    ids.add(`group:${group.id}`);
  }

  for (const tag of await client.tags.list()) {
    if (ours(tag.label)) {
      lines.push(`tag ${tag.label} ${String(tag.color).toLowerCase()}`);
      ids.add(`tag:${tag.id}`);
    }
  }
  for (const type of await client.ticketTypes.list()) {
    if (ours(type.name)) {
      lines.push(`ticket_type ${type.name}`);
      ids.add(`ticket_type:${type.id}`);
    }
  }
  for (const status of await client.assetStatuses.list()) {
    if (ours(status.name)) {
      lines.push(`asset_status ${status.name}`);
      ids.add(`asset_status:${status.id}`);
    }
  }

  const trees = [
    ['department', client.departments],
    ['location', client.locations],
    ['asset_type', client.assetTypes],
  ] as const;
  for (const [kind, api] of trees) {
    const nodes = (await api.list()).filter((node) => ours(node.name));
    const nodeName = new Map(nodes.map((node) => [node.id, node.name]));
    for (const node of nodes) {
      const parent = node.parent_id ? (nodeName.get(node.parent_id) ?? `#${node.parent_id}`) : '-';
      lines.push(`${kind} ${node.name} parent=${parent}`);
      ids.add(`${kind}:${node.id}`);
    }
  }

  const users = (await client.users.list()).filter((user) => ours(user.email));
  for (const user of users) {
    const company = user.company_id ? (groupName.get(user.company_id) ?? '?') : '-';
    lines.push(`user ${user.email} role=${user.role_id} group=${company}`);
    ids.add(`user:${user.id}`);

    const right = await client.accessRights.getUser(user.id);
    for (const queue of right.accessible_queues ?? []) {
      lines.push(`queue_access user ${user.email} ${queueName.get(queue.id) ?? queue.id}`);
    }
    for (const access of await client.groupAccess.list(user.id)) {
      const group = groupName.get(access.group_id);
      if (access.access !== 0 && group) {
        lines.push(`group_access ${user.email} ${group} access=${access.access}`);
      }
    }
  }
  for (const group of groups) {
    const right = await client.accessRights.getGroup(group.id);
    for (const queue of right.accessible_queues ?? []) {
      lines.push(`queue_access group ${group.name} ${queueName.get(queue.id) ?? queue.id}`);
    }
  }

  return { lines: lines.sort(), ids };
}

/** Lines of `actual` beyond those of `expected`, and lines of `expected` missing from it. */
export function compareLines(
  expected: readonly string[],
  actual: readonly string[],
): { readonly missing: string[]; readonly extra: string[]; readonly duplicated: string[] } {
  const counts = new Map<string, number>();
  for (const line of actual) {
    counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  const missing: string[] = [];
  for (const line of expected) {
    const count = counts.get(line) ?? 0;
    if (count === 0) {
      missing.push(line);
    } else {
      counts.set(line, count - 1);
    }
  }
  const leftOver = [...counts].flatMap(([line, count]) => Array<string>(count).fill(line));
  const duplicated = leftOver.filter((line) => expected.includes(line));
  const extra = leftOver.filter((line) => !expected.includes(line));
  return { missing, extra, duplicated };
}

/** Kinds of the state's resource types, as `inventory` names them; access resources have none. */
const KIND_OF_TYPE: Readonly<Record<string, string>> = {
  mojohelpdesk_ticket_queue: 'ticket_queue',
  mojohelpdesk_group: 'group',
  mojohelpdesk_tag: 'tag',
  mojohelpdesk_ticket_type: 'ticket_type',
  mojohelpdesk_asset_status: 'asset_status',
  mojohelpdesk_department: 'department',
  mojohelpdesk_location: 'location',
  mojohelpdesk_asset_type: 'asset_type',
  mojohelpdesk_user: 'user',
};

/** The `<kind>:<id>` of every object the workspace's state holds, and how many resources. */
export function stateObjectIds(workspace: TerraformWorkspace): {
  readonly ids: Set<string>;
  readonly resources: number;
} {
  const ids = new Set<string>();
  let resources = 0;
  for (const resource of workspace.state()?.resources ?? []) {
    if (resource.mode !== 'managed') {
      continue;
    }
    resources += resource.instances.length;
    const kind = KIND_OF_TYPE[resource.type];
    for (const instance of resource.instances) {
      if (kind) {
        ids.add(`${kind}:${String(instance.attributes.id)}`);
      }
    }
  }
  return { ids, resources };
}

/** Process ids of the running children of `parent`, read from /proc. */
export function childProcessIds(parent: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) {
      continue;
    }
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[1]) === parent) {
        children.push(Number(entry));
      }
    } catch {
      continue;
    }
  }
  return children;
}
