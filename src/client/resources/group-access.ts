import { collectPages } from '../paging';
import { Transport } from '../transport';
import { idSegment } from './crud';

/** Access of a user to a group's tickets: 0 none, 1 full, 2 comment only. */
export type GroupAccessLevel = 0 | 1 | 2;

/** The access of one user to one group's tickets. */
export interface GroupAccess {
  readonly user_id: number;
  readonly group_id: number;
  readonly access: GroupAccessLevel;
}

const SUBJECTS = ['user', 'group'];

/**
 * Access of users to their groups' tickets (`/users/{id}/group_access`). Unknown users and
 * groups answer 400 "Invalid User ID." / "Invalid Group ID.", raised as NOT_FOUND. Setting an
 * access level is safe to repeat, so the client repeats it after failures like a read.
 */
export class GroupAccessApi {
  /** Builds the API on a transport. */
  public constructor(private readonly transport: Transport) {}

  /** The user's access to every group. */
  public list(userId: number): Promise<GroupAccess[]> {
    return collectPages<GroupAccess>(this.transport, {
      path: `/users/${idSegment(userId)}/group_access`,
      notFoundSubjects: SUBJECTS,
      identify: (access: GroupAccess) => access.group_id,
    });
  }

  /** The user's access to one group. */
  public get(userId: number, groupId: number): Promise<GroupAccess> {
    return this.transport.request<GroupAccess>({
      method: 'GET',
      path: this.memberPath(userId, groupId),
      notFoundSubjects: SUBJECTS,
    });
  }

  /** Sets the user's access to one group; `access` is sent as the documented integer. */
  public set(userId: number, groupId: number, access: GroupAccessLevel): Promise<GroupAccess> {
    if (access !== 0 && access !== 1 && access !== 2) {
      throw new TypeError(`group access must be 0, 1 or 2, got ${String(access)}`);
    }

    return this.transport.request<GroupAccess>({
      method: 'POST',
      path: this.memberPath(userId, groupId),
      body: { access },
      idempotent: true,
      notFoundSubjects: SUBJECTS,
    });
  }

  private memberPath(userId: number, groupId: number): string {
    return `/users/${idSegment(userId)}/group_access/${idSegment(groupId)}`;
  }
}
