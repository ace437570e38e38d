/**
 * The import ids each resource accepts, written down beside the code that parses them (the
 * resources' `importState`). The generator refuses to run when a resource that imports has no
 * entry here, or an entry names no resource that imports.
 */

/** One accepted form of import id. */
export interface ImportIdForm {
  /**
   * The form, with each `<attribute>` standing for that attribute's value in the state of the
   * object imported: `<id>`, `name:<name>`, `<user_id>:<ticket_queue_id>`.
   */
  readonly form: string;
  /** An example id in this form, as typed after `terraform import <address>`. */
  readonly example: string;
  /** What the form means, as a sentence. */
  readonly meaning: string;
}

/** How one resource type is imported. */
export interface ImportDocumentation {
  /** The resource name in the example address, `<type>.<name>`. */
  readonly name: string;
  /** The accepted forms; the first is the one the examples use. */
  readonly forms: readonly ImportIdForm[];
}

function numericId(noun: string): ImportIdForm {
  return { form: '<id>', example: '42', meaning: `The numeric id of the ${noun}.` };
}

function byKey(noun: string, key: string, example: string): ImportIdForm[] {
  return [
    numericId(noun),
    {
      form: `<${key}>`,
      example,
      meaning:
        `The ${key} of the ${noun}, matched exactly, else without regard to case and ` +
        'surrounding spaces. It fails when no object or more than one object matches.',
    },
    {
      form: `${key}:<${key}>`,
      example: `${key}:2024`,
      meaning: `The ${key} after the prefix \`${key}:\`, for a ${key} made of digits only.`,
    },
  ];
}

function pair(first: string, second: string): ImportIdForm[] {
  return [
    {
      form: `<${first}>:<${second}>`,
      example: '42:7',
      meaning: `The ${first} and the ${second}, joined by a colon: \`<${first}>:<${second}>\`.`,
    },
  ];
}

/** Import ids by resource type name. */
export const IMPORT_FORMATS: Readonly<Record<string, ImportDocumentation>> = {
  mojohelpdesk_ticket_queue: {
    name: 'support',
    forms: [
      numericId('ticket queue'),
      {
        form: '<name>',
        example: 'Customer Support',
        meaning:
          'The exact name of the ticket queue. It fails when no queue or more than one queue ' +
          'has that name.',
      },
      {
        form: 'name:<name>',
        example: 'name:2024',
        meaning: 'The name after the prefix `name:`, for a name made of digits only.',
      },
    ],
  },
  mojohelpdesk_user: {
    name: 'agent',
    forms: [
      numericId('user'),
      {
        form: '<email>',
        example: 'tara.tech@example.com',
        meaning: 'The email address of the user.',
      },
    ],
  },
  mojohelpdesk_user_ticket_queue_access: {
    name: 'agent_support',
    forms: pair('user_id', 'ticket_queue_id'),
  },
  mojohelpdesk_group_ticket_queue_access: {
    name: 'acme_support',
    forms: pair('group_id', 'ticket_queue_id'),
  },
  mojohelpdesk_user_access_rights: {
    name: 'agent',
    forms: [{ form: '<user_id>', example: '42', meaning: 'The numeric id of the agent.' }],
  },
  mojohelpdesk_group_access_rights: {
    name: 'acme',
    forms: [{ form: '<group_id>', example: '7', meaning: 'The numeric id of the group.' }],
  },
  mojohelpdesk_user_group_access: {
    name: 'customer_acme',
    forms: pair('user_id', 'group_id'),
  },
  mojohelpdesk_group: { name: 'acme', forms: byKey('group', 'name', 'Acme Corp') },
  mojohelpdesk_tag: { name: 'bug', forms: byKey('tag', 'label', 'Bug') },
  mojohelpdesk_ticket_type: {
    name: 'incident',
    forms: byKey('ticket type', 'name', 'Incident'),
  },
  mojohelpdesk_asset_status: {
    name: 'active',
    forms: byKey('asset status', 'name', 'Active'),
  },
  mojohelpdesk_asset_type: { name: 'laptops', forms: [numericId('asset type')] },
  mojohelpdesk_department: { name: 'it', forms: [numericId('department')] },
  mojohelpdesk_location: { name: 'office', forms: [numericId('location')] },
  mojohelpdesk_asset: { name: 'laptop', forms: [numericId('asset')] },
};
