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

/**
 * Ticket queue access rights of agents (`/users/{id}/access_rights`) and groups
 * (`/groups/{id}/access_rights`). The service only grants or revokes one queue or a set of
 * queues at a time; there is no call that replaces the whole set. Every change is a set
 * operation, safe to repeat, so the client repeats it after failures like a read. Ids and flags
 * are sent as strings, as documented. Unknown agents, groups or queues are raised as NOT_FOUND.
 */
export class AccessRightsApi {
  /** Builds the API on a transport. */
  public constructor(private readonly transport: Transport) {}

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
    return this.read(`/users/${idSegment(userId)}/access_rights`);
  }

  /** The queue access of one group. */
  public getGroup(groupId: number): Promise<AccessRight> {
    return this.read(`/groups/${idSegment(groupId)}/access_rights`);
  }

  /** Grants (`hasAccess` true) or revokes one ticket queue for an agent. */
  public setUserQueue(
    userId: number,
    ticketQueueId: number,
    hasAccess: boolean,
  ): Promise<AccessRight> {
    return this.write(`/users/${idSegment(userId)}/access_rights`, {
      ticket_queue_id: idSegment(ticketQueueId),
      has_access: String(hasAccess),
    });
  }

  /** Grants or revokes a set of ticket queues for an agent; answers every agent's access. */
  public setUserQueues(
    userId: number,
    ticketQueueIds: readonly number[],
    hasAccess: boolean,
  ): Promise<AccessRight[]> {
    return this.write(`/users/${idSegment(userId)}/access_rights/set`, {
      keys: ticketQueueIds.map(idSegment),
      has_access: String(hasAccess),
    });
  }

  /** Grants (`hasAccess` true) or revokes one ticket queue for a group. */
  public setGroupQueue(
    groupId: number,
    ticketQueueId: number,
    hasAccess: boolean,
  ): Promise<AccessRight> {
    return this.write(`/groups/${idSegment(groupId)}/access_rights`, {
      ticket_queue_id: idSegment(ticketQueueId),
      has_access: String(hasAccess),
    });
  }

  /** Grants or revokes a set of ticket queues for a group; answers every group's access. */
  public setGroupQueues(
    groupId: number,
    ticketQueueIds: readonly number[],
    hasAccess: boolean,
  ): Promise<AccessRight[]> {
    return this.write(`/groups/${idSegment(groupId)}/access_rights/set`, {
      keys: ticketQueueIds.map(idSegment),
      has_access: String(hasAccess),
    });
  }

  /** Sets whether a group may access every ticket queue. */
  public setGroupAllQueues(groupId: number, hasAccess: boolean): Promise<AccessRight> {
    return this.write(`/groups/${idSegment(groupId)}/access_rights`, {
      has_access_to_all_ticket_queues: String(hasAccess),
    });
  }

  private read(path: string): Promise<AccessRight> {
    const call = { method: 'GET' as const, path, notFoundSubjects: SUBJECTS };
    return this.transport.request<AccessRight>(call);
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
