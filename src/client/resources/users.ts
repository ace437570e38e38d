import { isNotFound } from '../errors';
import { ListCache } from '../list-cache';
import { collectPages } from '../paging';
import { Transport } from '../transport';
import { AGENT_ACCESS_LISTING } from './access-rights';
import { CrudResource } from './crud';

/**
 * Role of a user: 10 regular user, 15 restricted technician, 20 technician, 30 manager,
 * 35 admin, 40 owner.
 */
export type RoleId = 10 | 15 | 20 | 30 | 35 | 40;

/** A user as the service returns it; the password is never returned. */
export interface User {
  readonly id: number;
  readonly email?: string;
  readonly first_name?: string | null;
  readonly middle_name?: string | null;
  readonly last_name?: string | null;
  readonly full_name?: string | null;
  readonly work_phone?: string | null;
  readonly cell_phone?: string | null;
  readonly home_phone?: string | null;
  readonly fax_phone?: string | null;
  readonly address?: string | null;
  readonly user_notes?: string | null;
  readonly helpdesk_notes?: string | null;
  readonly company_id?: number | null;
  readonly role_id?: RoleId;
  readonly is_active?: boolean;
  readonly can_access_company_tickets?: boolean;
  /** Date and time, ISO 8601. */
  readonly created_on?: string | null;
  /** Date and time, ISO 8601. */
  readonly updated_on?: string | null;
  /** Date and time, ISO 8601. */
  readonly last_login_on?: string | null;
  readonly time_zone?: string | null;
  readonly picture_url?: string | null;
  readonly is_on_vacation?: boolean | null;
  readonly is_asset_manager?: boolean | null;
  readonly related_data?: UserRelatedData;
}

/** Derived facts the service adds to a user. */
export interface UserRelatedData {
  readonly full_name?: string;
  readonly role_name?: string | null;
  readonly company_tickets_access?: 'Full' | 'Comment only' | 'No' | null;
  readonly teams?: ReadonlyArray<{ readonly id: number; readonly name: string }>;
  readonly accessible_queues?: ReadonlyArray<{
    readonly id: number;
    readonly name: string;
    readonly notify?: boolean;
  }>;
  readonly can_access_all_queues?: boolean;
}

/** Fields of a user that can be written. */
export interface UserWritableFields {
  readonly first_name?: string;
  readonly last_name?: string;
  readonly work_phone?: string;
  readonly cell_phone?: string;
  readonly home_phone?: string;
  readonly user_notes?: string;
  readonly company_id?: number;
  /** Write only: the service never returns it. */
  readonly password?: string;
  readonly is_active?: boolean;
  readonly role_id?: RoleId;
}

/** Body of a user create; `email` is required and cannot change later. */
export interface UserCreateRequest extends UserWritableFields {
  readonly email: string;
}

/** Body of a user update; the email cannot change (a new email means a new user). */
export type UserUpdateRequest = UserWritableFields;

/** Options of a user create. */
export interface UserCreateOptions {
  /**
   * Whether the service emails the new user a welcome message.
   * @default the service's own default (the parameter is not sent)
   */
  readonly sendWelcomeEmail?: boolean;
}

/**
 * Users (`/users`): paged list, agents (`/users/techs`), get, look-up by email, create (201),
 * update, delete. Unknown ids answer 400 "Invalid user id" (404 on delete); both are raised as
 * NOT_FOUND. A create whose answer was lost is recovered by looking the email up.
 */
export class UsersApi extends CrudResource<User, UserCreateRequest, UserUpdateRequest> {
  /**
   * Builds the API on a transport, with the client's list cache when it has one. The list
   * carries every field of a user except `related_data`, which only single reads add; with the
   * cache, `get` answers the listed user and may therefore lack `related_data`.
   */
  public constructor(transport: Transport, cache?: ListCache) {
    super(
      transport,
      {
        path: '/users',
        subject: 'user',
        paged: true,
        unechoedFields: ['password'],
        affects: [AGENT_ACCESS_LISTING],
      },
      cache,
    );
  }

  /** Every agent (technician and above). */
  public techs(): Promise<User[]> {
    return collectPages<User>(this.transport, { path: '/users/techs' });
  }

  /** The user with this email; rejects with NOT_FOUND when there is none. */
  public getByEmail(email: string): Promise<User> {
    return this.transport.request<User>({
      method: 'GET',
      path: '/users/get_by_email',
      query: { email },
      notFoundSubjects: ['user'],
    });
  }

  /**
   * Creates a user. When an attempt's outcome is unknown, the user is looked up by email and
   * returned if found, so one call makes at most one user.
   */
  public override create(body: UserCreateRequest, options: UserCreateOptions = {}): Promise<User> {
    const welcome = options.sendWelcomeEmail;

    return this.written(
      this.transport.request<User>({
        method: 'POST',
        path: '/users',
        query: { send_welcome_email: welcome === undefined ? undefined : welcome ? 1 : 0 },
        body,
        recover: () => this.findCreated(body),
        journal: { leftOut: this.settings.unechoedFields },
      }),
    );
  }

  /** The user with the submitted email, if there is one. */
  protected override async findCreated(body: UserCreateRequest): Promise<User | undefined> {
    try {
      return await this.getByEmail(body.email);
    } catch (error) {
      if (isNotFound(error)) {
        return undefined;
      }
      throw error;
    }
  }
}
