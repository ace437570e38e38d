/**
 * The construct ids the `Helpdesk` construct gives the resources it makes for each entry of its
 * description. The generated app attaches import ids by construct path, so these must follow the
 * construct; the export round-trip test fails loudly when they do not.
 */

/** The construct id of the `Helpdesk` in a generated app's stack. */
export const HELPDESK_CONSTRUCT_ID = 'helpdesk';

/** Construct ids cannot hold the path separator; constructs write it as a double dash. */
export function sanitizeConstructId(id: string): string {
  return id.replace(/\//g, '--');
}

/** The construct id of each kind of entry, from its name (users and grants by email). */
export const ENTRY_CONSTRUCT_IDS = {
  ticketQueue: (name: string) => `ticket-queue ${name}`,
  tag: (label: string) => `tag ${label}`,
  ticketType: (name: string) => `ticket-type ${name}`,
  assetStatus: (name: string) => `asset-status ${name}`,
  assetType: (name: string) => `asset-type ${name}`,
  department: (name: string) => `department ${name}`,
  location: (name: string) => `location ${name}`,
  group: (name: string) => `group ${name}`,
  user: (email: string) => `user ${email.toLowerCase()}`,
  agentAccessRights: (email: string) => `access-rights ${email.toLowerCase()}`,
  groupAccessRights: (group: string) => `group-access-rights ${group}`,
  groupAccess: (email: string, group: string) => `group-access ${email.toLowerCase()} ${group}`,
} as const;

/** The kinds of description entries that become resources. */
export type EntryKind = keyof typeof ENTRY_CONSTRUCT_IDS;

/** The path, relative to the stack, of the resource the `Helpdesk` makes for an entry. */
export function helpdeskResourcePath(constructId: string): string {
  return `${HELPDESK_CONSTRUCT_ID}/${sanitizeConstructId(constructId)}`;
}
