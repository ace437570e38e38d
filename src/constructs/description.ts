/**
 * The declarative description of a helpdesk: what the `Helpdesk` construct creates. Entries refer
 * to one another by name (ticket queues, groups, tree nodes) or by email (users), never by id.
 * The same shape is read from YAML or JSON files, with the property names below as keys.
 */

/** The role of a user; agents are every role above requester. */
export enum UserRole {
  /** A customer who opens tickets (role id 10). */
  REQUESTER = 'requester',
  /** An agent who sees only the ticket queues granted to them (role id 15). */
  RESTRICTED_TECHNICIAN = 'restricted-technician',
  /** An agent (role id 20). */
  TECHNICIAN = 'technician',
  /** An agent who manages the helpdesk configuration (role id 30). */
  MANAGER = 'manager',
  /** An agent who sees every ticket queue and administers the account (role id 35). */
  ADMINISTRATOR = 'administrator',
  /** The account owner (role id 40); the service refuses to delete this user. */
  OWNER = 'owner',
}

/** How much of a group's tickets a user may see. */
export enum GroupAccessLevel {
  /** No access to the group's tickets (access 0). */
  NONE = 'none',
  /** View and comment on every ticket of the group (access 1). */
  FULL = 'full',
  /** Comment on the group's tickets only (access 2). */
  COMMENT_ONLY = 'comment-only',
}

/** A ticket queue, known by its name. */
export interface TicketQueueDescription {
  /** Name of the queue, unique in the helpdesk. */
  readonly name: string;
  /**
   * Email alias: mail sent to `<alias>@<your helpdesk domain>` becomes a ticket in this queue.
   * @default no alias
   */
  readonly emailAlias?: string;
  /**
   * Address that mail arriving for this queue is forwarded to.
   * @default no forwarding
   */
  readonly emailForward?: string;
}

/** A group (company) of users, known by its name. */
export interface GroupDescription {
  /** Name of the group, unique in the helpdesk. */
  readonly name: string;
  /**
   * Notes about the group, as agents see them.
   * @default no notes
   */
  readonly notes?: string;
  /**
   * The group's website.
   * @default none
   */
  readonly websiteUrl?: string;
  /**
   * City of the group's address.
   * @default none
   */
  readonly city?: string;
  /**
   * Country of the group's address.
   * @default none
   */
  readonly country?: string;
  /**
   * Whether the group may access every ticket queue, present and future. A group that does
   * must not also appear in `ticketQueueAccess`.
   * @default false
   */
  readonly allTicketQueues?: boolean;
}

/** A user, known by email address. */
export interface UserDescription {
  /** Email address, unique in the helpdesk (case is ignored); a new address is a new user. */
  readonly email: string;
  /**
   * First name.
   * @default none
   */
  readonly firstName?: string;
  /**
   * Last name.
   * @default none
   */
  readonly lastName?: string;
  /**
   * Role of the user.
   * @default UserRole.REQUESTER
   */
  readonly role?: UserRole;
  /**
   * Name of the group (company) the user belongs to.
   * @default the account's default group, as the service chooses
   */
  readonly group?: string;
  /**
   * Whether the account is active.
   * @default true
   */
  readonly active?: boolean;
  /**
   * Work phone number.
   * @default none
   */
  readonly workPhone?: string;
}

/** A ticket tag, known by its label. */
export interface TagDescription {
  /** Label of the tag, unique in the helpdesk (case is ignored). */
  readonly label: string;
  /** Colour of the tag, written `#rrggbb`. */
  readonly color: string;
}

/** An entry of a flat list known by name only: a ticket type or an asset status. */
export interface NamedEntryDescription {
  /** Name of the entry, unique in its list. */
  readonly name: string;
}

/** A node of a tree: an asset type, a department or a location. */
export interface TreeNodeDescription {
  /** Name of the node, unique in its tree. */
  readonly name: string;
  /**
   * Description of the node.
   * @default none
   */
  readonly description?: string;
  /**
   * Name of the parent node in the same tree.
   * @default none: the node is at the top of the tree
   */
  readonly parent?: string;
}

/** One row of the access matrix: who may see one ticket queue. */
export interface TicketQueueAccessDescription {
  /** Name of the ticket queue. */
  readonly ticketQueue: string;
  /**
   * Emails of the agents (restricted technicians, technicians, managers) who may see it.
   * Administrators and the owner see every queue anyway and are not listed.
   * @default no agent
   */
  readonly agents?: string[];
  /**
   * Names of the groups whose members may see it.
   * @default no group
   */
  readonly groups?: string[];
}

/** What one user may see of one group's tickets. */
export interface GroupAccessDescription {
  /** Email of the user. */
  readonly user: string;
  /** Name of the group. */
  readonly group: string;
  /** The access granted. */
  readonly access: GroupAccessLevel;
}

/**
 * A whole helpdesk. Every list is optional; the access matrix is authoritative for the agents
 * and groups it names: a queue not listed for them is revoked.
 */
export interface HelpdeskDescription {
  /**
   * The ticket queues.
   * @default none
   */
  readonly ticketQueues?: TicketQueueDescription[];
  /**
   * The groups (companies).
   * @default none
   */
  readonly groups?: GroupDescription[];
  /**
   * The users, requesters and agents.
   * @default none
   */
  readonly users?: UserDescription[];
  /**
   * The ticket tags.
   * @default none
   */
  readonly tags?: TagDescription[];
  /**
   * The ticket types.
   * @default none
   */
  readonly ticketTypes?: NamedEntryDescription[];
  /**
   * The asset statuses.
   * @default none
   */
  readonly assetStatuses?: NamedEntryDescription[];
  /**
   * The asset type tree.
   * @default none
   */
  readonly assetTypes?: TreeNodeDescription[];
  /**
   * The department tree.
   * @default none
   */
  readonly departments?: TreeNodeDescription[];
  /**
   * The location tree.
   * @default none
   */
  readonly locations?: TreeNodeDescription[];
  /**
   * The access matrix: one row per ticket queue, naming the agents and groups who may see it.
   * @default no access rights are managed
   */
  readonly ticketQueueAccess?: TicketQueueAccessDescription[];
  /**
   * Access of users to the tickets of groups.
   * @default none
   */
  readonly groupAccess?: GroupAccessDescription[];
}

/** The service's role id of each role. */
export const ROLE_IDS: Readonly<Record<UserRole, number>> = {
  [UserRole.REQUESTER]: 10,
  [UserRole.RESTRICTED_TECHNICIAN]: 15,
  [UserRole.TECHNICIAN]: 20,
  [UserRole.MANAGER]: 30,
  [UserRole.ADMINISTRATOR]: 35,
  [UserRole.OWNER]: 40,
};

/** The service's access number of each group access level. */
export const GROUP_ACCESS_NUMBERS: Readonly<Record<GroupAccessLevel, number>> = {
  [GroupAccessLevel.NONE]: 0,
  [GroupAccessLevel.FULL]: 1,
  [GroupAccessLevel.COMMENT_ONLY]: 2,
};
