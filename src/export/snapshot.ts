/**
 * Reading a whole helpdesk's configuration from the live API into one snapshot: every object the
 * provider manages, the read-only things they may refer to, and who may see what.
 */
import type {
  AccessRight,
  AssetStatus,
  Group,
  GroupAccess,
  HierarchyNode,
  MojoClient,
  Tag,
  Team,
  TicketForm,
  TicketQueue,
  TicketType,
  User,
} from '../client';
import { ExportError } from './errors';

/** The lowest role id of an agent (restricted technician). */
export const AGENT_ROLE = 15;

/** Role ids from which a user sees every ticket queue without grants (administrator, owner). */
export const SEES_EVERY_QUEUE_ROLE = 35;

/** The role id of the account owner, whom the service refuses to delete. */
export const OWNER_ROLE = 40;

/** Everything read from one helpdesk, as the API answered it. */
export interface HelpdeskSnapshot {
  readonly ticketQueues: readonly TicketQueue[];
  readonly groups: readonly Group[];
  readonly users: readonly User[];
  readonly tags: readonly Tag[];
  readonly ticketTypes: readonly TicketType[];
  readonly assetStatuses: readonly AssetStatus[];
  readonly assetTypes: readonly HierarchyNode[];
  readonly departments: readonly HierarchyNode[];
  readonly locations: readonly HierarchyNode[];
  /** Read only in the API; queues refer to them. */
  readonly ticketForms: readonly TicketForm[];
  /** Read only in the API; nothing the provider manages refers to them. */
  readonly teams: readonly Team[];
  /** The ticket queue access of every agent, active or not. */
  readonly agentAccess: readonly AccessRight[];
  /** The ticket queue access of every group. */
  readonly groupAccessRights: readonly AccessRight[];
  /** Every non-zero access of a user to a group's tickets. */
  readonly groupAccess: readonly GroupAccess[];
}

/** One step of reading, reported as soon as it is done. */
export interface ReadProgress {
  /** What was read, in plural words: `ticket queues`, `group access grants`. */
  readonly what: string;
  /** How many were read. */
  readonly count: number;
}

/** Options of {@link readHelpdesk}. */
export interface ReadHelpdeskOptions {
  /** Called after each kind of object is read. Exceptions it throws are not caught. */
  readonly onProgress?: (progress: ReadProgress) => void;
  /**
   * Reads of one kind per user or agent running at the same time.
   * @default 4
   */
  readonly concurrency?: number;
}

/** Runs `read`, turning a failure into an ExportError that names what was being read. */
async function reading<T>(what: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ExportError('EXPORT_READ_FAILED', `Could not read ${what}: ${reason}`, error);
  }
}

/** Maps every element through `read`, at most `concurrency` at a time, keeping the order. */
async function mapConcurrently<T, R>(
  elements: readonly T[],
  concurrency: number,
  read: (element: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(elements.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < elements.length) {
      const index = next;
      next += 1;
      results[index] = await read(elements[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  return results;
}

/** How a user is named in messages: email and id. */
export function describeUser(user: User): string {
  return `the user ${user.email ?? '(no email)'} (id ${user.id})`;
}

/**
 * Reads every configuration object of the helpdesk the client points at. Fails with
 * `EXPORT_READ_FAILED`, naming the object or list concerned, when any read fails: a partial
 * snapshot is never returned.
 */
export async function readHelpdesk(
  client: MojoClient,
  options: ReadHelpdeskOptions = {},
): Promise<HelpdeskSnapshot> {
  const report = options.onProgress ?? (() => undefined);
  const concurrency = options.concurrency ?? 4;
  const list = async <T>(what: string, read: () => Promise<T[]>): Promise<T[]> => {
    const objects = await reading(`the ${what}`, read);
    report({ what, count: objects.length });
    return objects;
  };

  const ticketForms = await list('ticket forms', () => client.ticketForms.list());
  const teams = await list('teams', () => client.teams.list());
  const ticketQueues = await list('ticket queues', () => client.ticketQueues.list());
  const groups = await list('groups', () => client.groups.list());
  const users = await list('users', () => client.users.list());
  const tags = await list('tags', () => client.tags.list());
  const ticketTypes = await list('ticket types', () => client.ticketTypes.list());
  const assetStatuses = await list('asset statuses', () => client.assetStatuses.list());
  const assetTypes = await list('asset types', () => client.assetTypes.list());
  const departments = await list('departments', () => client.departments.list());
  const locations = await list('locations', () => client.locations.list());

  // The agents listing covers active agents only; inactive agents keep their grants and are
  // read one by one.
  const activeAgentAccess = await reading('the access rights of the agents', () =>
    client.accessRights.listAgents(),
  );
  const listed = new Set(activeAgentAccess.map((right) => right.id));
  const unlisted = users.filter(
    (user) => (user.role_id ?? 10) >= AGENT_ROLE && !listed.has(user.id),
  );
  const inactiveAgentAccess = await mapConcurrently(unlisted, concurrency, (user) =>
    reading(`the access rights of ${describeUser(user)}`, () =>
      client.accessRights.getUser(user.id),
    ),
  );
  const agentAccess = [...activeAgentAccess, ...inactiveAgentAccess];
  report({ what: 'agent access rights', count: agentAccess.length });

  const groupAccessRights = await list('group access rights', () =>
    client.accessRights.listGroups(),
  );

  const perUser = await mapConcurrently(users, concurrency, (user) =>
    reading(`the group access of ${describeUser(user)}`, () => client.groupAccess.list(user.id)),
  );
  const groupAccess = perUser.flat().filter((grant) => grant.access !== 0);
  report({ what: 'group access grants', count: groupAccess.length });

  return {
    ticketQueues,
    groups,
    users,
    tags,
    ticketTypes,
    assetStatuses,
    assetTypes,
    departments,
    locations,
    ticketForms,
    teams,
    agentAccess,
    groupAccessRights,
    groupAccess,
  };
}
