import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { TerraformProvider, TerraformStack, Token } from 'cdktf';
import { Construct } from 'constructs';
import { parse as parseYaml } from 'yaml';
import { GROUP_ACCESS_NUMBERS, ROLE_IDS, UserRole } from './description';
import type { HelpdeskDescription, TreeNodeDescription } from './description';
import { ENTRY_CONSTRUCT_IDS } from './naming';
import { ProviderInstallation } from './provider-installation';
import { assertSoundDescription, findProblems, HelpdeskDescriptionError } from './validation';
import type { HelpdeskProblem } from './validation';
import { AssetStatus } from '../bindings/asset-status';
import { AssetType } from '../bindings/asset-type';
import { Department } from '../bindings/department';
import { Group } from '../bindings/group';
import { GroupAccessRights } from '../bindings/group-access-rights';
import { Location } from '../bindings/location';
import { MojohelpdeskProvider } from '../bindings/provider';
import { Tag } from '../bindings/tag';
import { TicketQueue } from '../bindings/ticket-queue';
import { TicketType } from '../bindings/ticket-type';
import { User } from '../bindings/user';
import { UserAccessRights } from '../bindings/user-access-rights';
import { UserGroupAccess } from '../bindings/user-group-access';

/** The format of a helpdesk description file. */
export enum DescriptionFormat {
  /** YAML (JSON is a subset of it, so JSON files parse as well). */
  YAML = 'yaml',
  /** JSON. */
  JSON = 'json',
}

/** Options of the `Helpdesk` construct besides the description itself. */
export interface HelpdeskOptions {
  /**
   * The provider configuration the resources use.
   * @default the stack's Mojo Helpdesk provider; one reading MOJO_HELPDESK_URL and
   * MOJO_HELPDESK_ACCESS_KEY from the environment is created when the stack has none
   */
  readonly provider?: MojohelpdeskProvider;
  /**
   * Whether to install the bundled provider into the synthesized stack (plugin directory and
   * lock file) so that `cdktf deploy` needs no registry.
   * @default true
   */
  readonly installProvider?: boolean;
}

/** Properties of the `Helpdesk` construct: the description of the helpdesk and its options. */
export interface HelpdeskProps extends HelpdeskDescription, HelpdeskOptions {}

/** Raised when a `Helpdesk` is asked for an entry it does not describe. */
export class HelpdeskLookupError extends Error {
  /** Stable code of this error. */
  public readonly code = 'UNKNOWN_HELPDESK_ENTRY';

  public constructor(kind: string, name: string) {
    super(`The helpdesk describes no ${kind} "${name}".`);
    this.name = 'HelpdeskLookupError';
  }
}

const DESCRIPTION_KEYS: readonly (keyof HelpdeskDescription)[] = [
  'ticketQueues',
  'groups',
  'users',
  'tags',
  'ticketTypes',
  'assetStatuses',
  'assetTypes',
  'departments',
  'locations',
  'ticketQueueAccess',
  'groupAccess',
];

/** A Terraform resource of one tree node, as the tree builder needs it. */
interface TreeNodeResource {
  readonly id: string;
}

/** Nodes ordered so that every parent comes before its children (the tree has no cycle). */
function parentsFirst(nodes: readonly TreeNodeDescription[]): TreeNodeDescription[] {
  const byName = new Map(nodes.map((node) => [node.name, node]));
  const ordered: TreeNodeDescription[] = [];
  const placed = new Set<string>();
  const place = (node: TreeNodeDescription): void => {
    if (placed.has(node.name)) {
      return;
    }
    const parent = node.parent === undefined ? undefined : byName.get(node.parent);
    if (parent) {
      place(parent);
    }
    placed.add(node.name);
    ordered.push(node);
  };
  nodes.forEach(place);
  return ordered;
}

function lookup<T>(entries: Map<string, T>, kind: string, name: string): T {
  const entry = entries.get(name);
  if (!entry) {
    throw new HelpdeskLookupError(kind, name);
  }
  return entry;
}

/** The stack's unaliased Mojo Helpdesk provider, created when it has none. */
function stackProvider(scope: Construct): TerraformProvider {
  const stack = TerraformStack.of(scope);
  const existing = stack.node
    .findAll()
    .find(
      (construct): construct is TerraformProvider =>
        construct instanceof TerraformProvider &&
        construct.terraformResourceType === MojohelpdeskProvider.tfResourceType &&
        construct.alias === undefined,
    );
  return existing ?? new MojohelpdeskProvider(stack, 'mojohelpdesk', {});
}

/**
 * A whole Mojo Helpdesk described in one place: ticket queues, groups, users with their roles,
 * tags, ticket types, asset statuses, the asset type, department and location trees, the access
 * matrix of who may see which ticket queue, and the access of users to groups. Entries refer to
 * each other by name (users by email). The description is checked when the construct is created,
 * before any resource exists: duplicates, names that refer to nothing, cycles in trees and
 * conflicting grants are reported together, each naming its entry.
 *
 * The access matrix is authoritative for the agents and groups it names: each gets one access
 * rights resource listing exactly its queues. Agents and groups it does not name are left alone.
 */
export class Helpdesk extends Construct {
  /**
   * Every problem of a description, in description order; empty when it is sound. Accepts any
   * value, such as the result of parsing a file.
   */
  public static validate(description: HelpdeskDescription): HelpdeskProblem[] {
    return findProblems(description);
  }

  /**
   * Parses a description from YAML or JSON text and checks it.
   * @param text the file's content
   * @param source where the text comes from, named in error messages
   * @throws an error with code `INVALID_HELPDESK_DESCRIPTION` listing every problem
   */
  public static parseDescription(
    text: string,
    format: DescriptionFormat = DescriptionFormat.YAML,
    source = 'The helpdesk description',
  ): HelpdeskDescription {
    let parsed: unknown;
    try {
      parsed = format === DescriptionFormat.JSON ? JSON.parse(text) : parseYaml(text);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new HelpdeskDescriptionError(
        [{ code: 'WRONG_SHAPE', path: '(file)', message: `It is not valid ${format}: ${reason}` }],
        source,
      );
    }
    assertSoundDescription(parsed ?? {}, source);
    return (parsed ?? {}) as HelpdeskDescription;
  }

  /**
   * Reads and checks a description file: `.json` files as JSON, anything else as YAML.
   * @throws an error with code `INVALID_HELPDESK_DESCRIPTION` listing every problem
   */
  public static loadDescription(path: string): HelpdeskDescription {
    const format =
      extname(path).toLowerCase() === '.json' ? DescriptionFormat.JSON : DescriptionFormat.YAML;
    return Helpdesk.parseDescription(readFileSync(path, 'utf8'), format, path);
  }

  /**
   * A helpdesk described by a YAML or JSON file.
   * @param options provider settings; the description comes from the file
   */
  public static fromFile(
    scope: Construct,
    id: string,
    path: string,
    options: HelpdeskOptions = {},
  ): Helpdesk {
    return new Helpdesk(scope, id, { ...Helpdesk.loadDescription(path), ...options });
  }

  /** The provider configuration the resources use. */
  public readonly provider: TerraformProvider;

  private readonly ticketQueues = new Map<string, TicketQueue>();
  private readonly groups = new Map<string, Group>();
  private readonly users = new Map<string, User>();
  private readonly tags = new Map<string, Tag>();

  /**
   * @throws an error with code `INVALID_HELPDESK_DESCRIPTION` listing every problem of the
   * description
   */
  public constructor(scope: Construct, id: string, props: HelpdeskProps) {
    super(scope, id);

    const description: Record<string, unknown> = {};
    for (const key of DESCRIPTION_KEYS) {
      if (props[key] !== undefined) {
        description[key] = props[key];
      }
    }
    assertSoundDescription(description, `The helpdesk "${this.node.path}"`);

    this.provider = props.provider ?? stackProvider(this);
    if (props.installProvider ?? true) {
      ProviderInstallation.of(this);
    }

    this.createCatalogues(description);
    this.createPeople(description);
    this.createAccess(description);
  }

  /** The ticket queue of that name. */
  public ticketQueue(name: string): TicketQueue {
    return lookup(this.ticketQueues, 'ticket queue', name);
  }

  /** The group of that name. */
  public group(name: string): Group {
    return lookup(this.groups, 'group', name);
  }

  /** The user of that email address (case is ignored). */
  public user(email: string): User {
    return lookup(this.users, 'user', email.toLowerCase());
  }

  /** The tag of that label (case is ignored). */
  public tag(label: string): Tag {
    return lookup(this.tags, 'tag', label.toLowerCase());
  }

  /** Ticket queues, tags, ticket types, asset statuses and the three trees. */
  private createCatalogues(description: HelpdeskDescription): void {
    const provider = this.provider;

    for (const queue of description.ticketQueues ?? []) {
      const resource = new TicketQueue(this, ENTRY_CONSTRUCT_IDS.ticketQueue(queue.name), {
        provider,
        name: queue.name,
        emailAlias: queue.emailAlias,
        emailForward: queue.emailForward,
      });
      this.ticketQueues.set(queue.name, resource);
    }

    for (const tag of description.tags ?? []) {
      const resource = new Tag(this, ENTRY_CONSTRUCT_IDS.tag(tag.label), {
        provider,
        label: tag.label,
        color: tag.color,
      });
      this.tags.set(tag.label.toLowerCase(), resource);
    }

    for (const type of description.ticketTypes ?? []) {
      new TicketType(this, ENTRY_CONSTRUCT_IDS.ticketType(type.name), {
        provider,
        name: type.name,
      });
    }
    for (const status of description.assetStatuses ?? []) {
      new AssetStatus(this, ENTRY_CONSTRUCT_IDS.assetStatus(status.name), {
        provider,
        name: status.name,
      });
    }

    this.createTree(
      description.assetTypes,
      (node, parentId) =>
        new AssetType(this, ENTRY_CONSTRUCT_IDS.assetType(node.name), {
          provider,
          name: node.name,
          description: node.description,
          parentId,
        }),
    );
    this.createTree(
      description.departments,
      (node, parentId) =>
        new Department(this, ENTRY_CONSTRUCT_IDS.department(node.name), {
          provider,
          name: node.name,
          description: node.description,
          parentId,
        }),
    );
    this.createTree(
      description.locations,
      (node, parentId) =>
        new Location(this, ENTRY_CONSTRUCT_IDS.location(node.name), {
          provider,
          name: node.name,
          description: node.description,
          parentId,
        }),
    );
  }

  /** Creates a tree's nodes, parents first, each child pointing at its parent's id. */
  private createTree(
    nodes: readonly TreeNodeDescription[] | undefined,
    create: (node: TreeNodeDescription, parentId: number | undefined) => TreeNodeResource,
  ): void {
    const created = new Map<string, TreeNodeResource>();
    for (const node of parentsFirst(nodes ?? [])) {
      const parent = node.parent === undefined ? undefined : created.get(node.parent);
      created.set(node.name, create(node, parent ? Token.asNumber(parent.id) : undefined));
    }
  }

  /** Groups and users. */
  private createPeople(description: HelpdeskDescription): void {
    const provider = this.provider;

    for (const group of description.groups ?? []) {
      const resource = new Group(this, ENTRY_CONSTRUCT_IDS.group(group.name), {
        provider,
        name: group.name,
        notes: group.notes,
        websiteUrl: group.websiteUrl,
        city: group.city,
        country: group.country,
      });
      this.groups.set(group.name, resource);
    }

    for (const user of description.users ?? []) {
      const group = user.group === undefined ? undefined : this.group(user.group);
      const resource = new User(this, ENTRY_CONSTRUCT_IDS.user(user.email), {
        provider,
        email: user.email,
        firstName: user.firstName,
        lastName: user.lastName,
        roleId: ROLE_IDS[user.role ?? UserRole.REQUESTER],
        companyId: group ? Token.asNumber(group.id) : undefined,
        isActive: user.active,
        workPhone: user.workPhone,
      });
      this.users.set(user.email.toLowerCase(), resource);
    }
  }

  /** The access matrix (one access rights resource per agent and group named) and group access. */
  private createAccess(description: HelpdeskDescription): void {
    const provider = this.provider;
    const queuesOfAgent = new Map<string, string[]>();
    const queuesOfGroup = new Map<string, string[]>();
    for (const row of description.ticketQueueAccess ?? []) {
      for (const email of row.agents ?? []) {
        const key = email.toLowerCase();
        queuesOfAgent.set(key, [...(queuesOfAgent.get(key) ?? []), row.ticketQueue]);
      }
      for (const group of row.groups ?? []) {
        queuesOfGroup.set(group, [...(queuesOfGroup.get(group) ?? []), row.ticketQueue]);
      }
    }
    const queueIds = (names: readonly string[]): number[] =>
      names.map((name) => Token.asNumber(this.ticketQueue(name).id));

    for (const [email, queues] of queuesOfAgent) {
      new UserAccessRights(this, ENTRY_CONSTRUCT_IDS.agentAccessRights(email), {
        provider,
        userId: Token.asNumber(this.user(email).id),
        ticketQueueIds: queueIds(queues),
      });
    }
    for (const [group, queues] of queuesOfGroup) {
      new GroupAccessRights(this, ENTRY_CONSTRUCT_IDS.groupAccessRights(group), {
        provider,
        groupId: Token.asNumber(this.group(group).id),
        ticketQueueIds: queueIds(queues),
      });
    }
    for (const group of description.groups ?? []) {
      if (group.allTicketQueues) {
        new GroupAccessRights(this, ENTRY_CONSTRUCT_IDS.groupAccessRights(group.name), {
          provider,
          groupId: Token.asNumber(this.group(group.name).id),
          hasAccessToAllTicketQueues: true,
        });
      }
    }

    for (const grant of description.groupAccess ?? []) {
      new UserGroupAccess(this, ENTRY_CONSTRUCT_IDS.groupAccess(grant.user, grant.group), {
        provider,
        userId: Token.asNumber(this.user(grant.user).id),
        groupId: Token.asNumber(this.group(grant.group).id),
        access: GROUP_ACCESS_NUMBERS[grant.access],
      });
    }
  }
}
