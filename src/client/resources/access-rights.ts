import { NotFoundError } from '../errors';
import { CachedListing, ListCache } from '../list-cache';
import { collectPages } from '../paging';
import { Transport } from '../transport';
import { idSegment } from './crud';

/** A ticket queue an agent or a group may access. */
export interface AccessibleQueue {
  readonly id: number;
  readonly name: string;
}

/** The ticket queue access of one agent or one group. */
export interface AccessRight {
  readonly id: number;
  readonly name?: string | null;
  readonly email?: string | null;
  readonly full_name?: string | null;
  /** True when the agent or group may access every ticket queue. */
  readonly has_access_to_all_ticket_queues?: boolean;
  readonly accessible_queues?: readonly AccessibleQueue[];
  readonly picture_url?: string | null;
}

const SUBJECTS = ['user', 'group', 'ticket queue'];

/** Name of the cached list of every active agent's access rights. */
export const AGENT_ACCESS_LISTING = '/access_rights/agents';

/** Name of the cached list of every group's access rights. */
export const GROUP_ACCESS_LISTING = '/access_rights/groups';

/**
 * Ticket queue access rights of agents (`/users/{id}/access_rights`) and groups
 * (`/groups/{id}/access_rights`). The service only grants or revokes one queue or a set of
 * queues at a time; there is no call that replaces the whole set. Every change is a set
 * operation, safe to repeat, so the client repeats it after failures like a read. Ids and flags
 * are sent as strings, as documented. Unknown agents, groups or queues are raised as NOT_FOUND.
 *
 * With a list cache, single reads answer from the agents' and the groups' lists. The agents'
 * list holds active agents only, so an agent missing from it is read on its own; a group missing
 * from a fresh list of every group is gone.
 */
export class AccessRightsApi {
  private readonly agents?: CachedListing<AccessRight>;
  private readonly groups?: CachedListing<AccessRight>;

  /** Builds the API on a transport, with the client's list cache when it has one. */
  public constructor(
    private readonly transport: Transport,
    cache?: ListCache,
  ) {
    this.agents = cache?.listing(AGENT_ACCESS_LISTING, {
      load: () => this.listAgents(),
      complete: false,
    });
    this.groups = cache?.listing(GROUP_ACCESS_LISTING, {
      load: () => this.listGroups(),
      complete: true,
    });
  }

  /** Every active agent with its queue access. */
  public listAgents(): Promise<AccessRight[]> {
    return collectPages<AccessRight>(this.transport, { path: '/access_rights/agents' });
  }

  /** Every group with its queue access. */
  public listGroups(): Promise<AccessRight[]> {
    return collectPages<AccessRight>(this.transport, { path: '/access_rights/groups' });
  }

  /** The queue access of one agent. */
  public getUser(userId: number): Promise<AccessRight> {
    return this.read(`/users/${idSegment(userId)}/access_rights`, userId, this.agents);
  }

  /** The queue access of one group. */
  public getGroup(groupId: number): Promise<AccessRight> {
    return this.read(`/groups/${idSegment(groupId)}/access_rights`, groupId, this.groups);
  }

  /** Grants (`hasAccess` true) or revokes one ticket queue for an agent. */
  public setUserQueue(
    userId: number,
    ticketQueueId: number,
    hasAccess: boolean,
  ): Promise<AccessRight> {
    const path = `/users/${idSegment(userId)}/access_rights`;
    const body = { ticket_queue_id: idSegment(ticketQueueId), has_access: String(hasAccess) };
    return this.written(this.write(path, body), userId, this.agents);
  }

  /** Grants or revokes a set of ticket queues for an agent; answers every agent's access. */
  public setUserQueues(
    userId: number,
    ticketQueueIds: readonly number[],
    hasAccess: boolean,
  ): Promise<AccessRight[]> {
    const path = `/users/${idSegment(userId)}/access_rights/set`;
    const body = { keys: ticketQueueIds.map(idSegment), has_access: String(hasAccess) };
    return this.writtenSet(this.write(path, body), userId, this.agents);
  }

  /** Grants (`hasAccess` true) or revokes one ticket queue for a group. */
  public setGroupQueue(
    groupId: number,
    ticketQueueId: number,
    hasAccess: boolean,
  ): Promise<AccessRight> {
    const path = `/groups/${idSegment(groupId)}/access_rights`;
    const body = { ticket_queue_id: idSegment(ticketQueueId), has_access: String(hasAccess) };
    return this.written(this.write(path, body), groupId, this.groups);
  }

  /** Grants or revokes a set of ticket queues for a group; answers every group's access. */
  public setGroupQueues(
    groupId: number,
    ticketQueueIds: readonly number[],
    hasAccess: boolean,
  ): Promise<AccessRight[]> {
    const path = `/groups/${idSegment(groupId)}/access_rights/set`;
    const body = { keys: ticketQueueIds.map(idSegment), has_access: String(hasAccess) };
    return this.writtenSet(this.write(path, body), groupId, this.groups);
  }

  /** Sets whether a group may access every ticket queue. */
  public setGroupAllQueues(groupId: number, hasAccess: boolean): Promise<AccessRight> {
    const path = `/groups/${idSegment(groupId)}/access_rights`;
    const body = { has_access_to_all_ticket_queues: String(hasAccess) };
    return this.written(this.write(path, body), groupId, this.groups);
  }

  private async read(
    path: string,
    id: number,
    listing: CachedListing<AccessRight> | undefined,
  ): Promise<AccessRight> {
    const cached = await listing?.lookup(id);
    if (cached?.kind === 'listed') {
      return cached.object;
    }
    if (cached?.kind === 'gone') {
      const reason = `no access rights of ${id} in the list just read`;
      throw new NotFoundError({ method: 'GET', path: `/api/v2${path}`, reason });
    }

    const call = { method: 'GET' as const, path, notFoundSubjects: SUBJECTS };
    return this.transport.request<AccessRight>(call);
  }

  /** Records a write's answer, the principal's access rights as they now are, in the cache. */
  private async written(
    request: Promise<AccessRight>,
    id: number,
    listing: CachedListing<AccessRight> | undefined,
  ): Promise<AccessRight> {
    try {
      const right = await request;
      if (right && right.id === id) {
        listing?.remember(right);
      } else {
        listing?.invalidate(id);
      }
      return right;
    } catch (error) {
      listing?.invalidate(id);
      throw error;
    }
  }

  /** Marks the principal's cached access rights stale after a write of a set of queues. */
  private async writtenSet(
    request: Promise<AccessRight[]>,
    id: number,
    listing: CachedListing<AccessRight> | undefined,
  ): Promise<AccessRight[]> {
    try {
      return await request;
    } finally {
      listing?.invalidate(id);
    }
  }

  private write<T>(path: string, body: object): Promise<T> {
    return this.transport.request<T>({
      method: 'POST',
      path,
      body,
      idempotent: true,
      notFoundSubjects: SUBJECTS,
    });
  }
}
