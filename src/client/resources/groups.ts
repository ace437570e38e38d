import { ListCache } from '../list-cache';
import { Transport } from '../transport';
import { GROUP_ACCESS_LISTING } from './access-rights';
import { CrudResource } from './crud';

/** Support status of a group: 0 active, 1 delinquent. */
export type SupportStatusId = 0 | 1;

/** A group (formerly "company") as the service returns it. */
export interface Group {
  readonly id: number;
  readonly name: string;
  readonly primary_contact_id?: number | null;
  readonly billing_contact_id?: number | null;
  readonly support_level_id?: number | null;
  readonly support_status_id?: SupportStatusId | null;
  /** A date, `YYYY-MM-DD`. */
  readonly support_start_date?: string | null;
  /** A date, `YYYY-MM-DD`. */
  readonly support_end_date?: string | null;
  readonly support_info_url?: string | null;
  readonly address?: string | null;
  readonly address2?: string | null;
  readonly city?: string | null;
  readonly state?: string | null;
  readonly zip?: string | null;
  readonly country?: string | null;
  readonly website_url?: string | null;
  readonly notes?: string | null;
}

/** Body of a group create; `name` is required. */
export interface GroupCreateRequest {
  readonly name: string;
  readonly primary_contact_id?: number;
  readonly billing_contact_id?: number;
  readonly support_level_id?: number;
  readonly support_status_id?: SupportStatusId;
  /** A date, `YYYY-MM-DD`. */
  readonly support_start_date?: string;
  /** A date, `YYYY-MM-DD`. */
  readonly support_end_date?: string;
  readonly support_info_url?: string;
  readonly address?: string;
  readonly address2?: string;
  readonly city?: string;
  readonly state?: string;
  readonly zip?: string;
  readonly country?: string;
  readonly website_url?: string;
  readonly notes?: string;
}

/** Body of a group update; only the fields present change. */
export type GroupUpdateRequest = Partial<GroupCreateRequest>;

/**
 * Groups (`/groups`): paged list, get, create (201), update, delete (200, empty body).
 * An unknown id answers 400 "Invalid group id", raised as NOT_FOUND.
 */
export class GroupsApi extends CrudResource<Group, GroupCreateRequest, GroupUpdateRequest> {
  /** Builds the API on a transport, with the client's list cache when it has one. */
  public constructor(transport: Transport, cache?: ListCache) {
    const settings = { path: '/groups', subject: 'group', paged: true };
    super(transport, { ...settings, affects: [GROUP_ACCESS_LISTING] }, cache);
  }
}
