import { ErrorShape } from './errors';
import { FieldSpec } from './fields';
import { Kind } from './store';

/**
 * How one API collection behaves. The answers differ per collection on the live service (create
 * status, unknown-id answer, delete answer, error body shape) and these settings say which.
 */
export interface ResourceSpec {
  /** Store kind and URL segment under /api/v2. */
  readonly kind: Kind;
  /** Message for an unknown id on collections that answer 400, e.g. "Invalid tag id". */
  readonly invalidIdMessage: string;
  /** Whether an unknown id answers 400 "Invalid ... id" or 404 `{ message, messages }`. */
  readonly unknownId: 'invalid-id' | 'not-found';
  /** Status of a successful create. */
  readonly createStatus: 200 | 201;
  /** Whether a delete answers an empty body or the deleted object. */
  readonly deleteAnswer: 'empty' | 'object';
  /** Body shape of 400 answers. */
  readonly errorShape: ErrorShape;
  /** Whether the list is paged with page/per_page. */
  readonly paged: boolean;
  /** Whether objects form a tree through parent_id (with a /tree listing). */
  readonly tree: boolean;
  /** Whether the API offers no writes on the collection. */
  readonly readOnly: boolean;
  /** Fields a create or update may carry. */
  readonly fields: Readonly<Record<string, FieldSpec>>;
  /** Fields a create must carry. */
  readonly required: readonly string[];
  /** Fields every answer carries, with the value they have until set. */
  readonly defaults: Readonly<Record<string, unknown>>;
  /** Names of the creation and update timestamps, when the schema lists them. */
  readonly timestamps?: readonly [string, string];
}

function nullDefaults(fields: Record<string, FieldSpec>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(fields).map((field) => [field, null]));
}

const text = (maxLength?: number): FieldSpec => ({ type: 'string', nullable: true, maxLength });
const note: FieldSpec = { type: 'text', nullable: true };
const date: FieldSpec = { type: 'date', nullable: true };
const ref = (references: Kind): FieldSpec => ({ type: 'integer', nullable: true, references });
const integer: FieldSpec = { type: 'integer', nullable: true };

const queueFields: Record<string, FieldSpec> = {
  name: { type: 'string' },
  email_alias: text(),
  email_forward: text(),
  email_ticket_form_id: ref('ticket_forms'),
};

const groupFields: Record<string, FieldSpec> = {
  name: { type: 'string' },
  primary_contact_id: ref('users'),
  billing_contact_id: ref('users'),
  support_level_id: integer,
  support_status_id: { type: 'integer', nullable: true, enum: [0, 1] },
  support_start_date: date,
  support_end_date: date,
  support_info_url: text(),
  address: text(),
  address2: text(),
  city: text(),
  state: text(),
  zip: text(),
  country: text(),
  website_url: text(),
  notes: note,
};

const tagFields: Record<string, FieldSpec> = {
  label: { type: 'string' },
  color: { type: 'string' },
};

const nameOnly: Record<string, FieldSpec> = { name: { type: 'string' } };

const treeFields = (kind: Kind): Record<string, FieldSpec> => ({
  name: { type: 'string' },
  description: note,
  parent_id: ref(kind),
  position: integer,
});

const assetFields: Record<string, FieldSpec> = {
  asset_tag: text(),
  serial_number: text(),
  legacy_reference_number: text(),
  display_name: { type: 'string' },
  description: note,
  asset_type_id: ref('asset_types'),
  location_id: ref('locations'),
  department_id: ref('departments'),
  managed_by_id: ref('users'),
  used_by_id: ref('users'),
  asset_status_id: ref('asset_statuses'),
  notes: note,
  purchased_on: date,
  cost: { type: 'number', nullable: true },
  purchase_order_number: text(),
  vendor: text(),
  replaced_on: date,
  warranty_info: note,
  end_of_contract_on: date,
  contract_notes: note,
  create_ticket_days_before: integer,
  birthday: date,
  visibility: {
    type: 'string',
    nullable: true,
    enum: ['staff_only', 'all_users', 'logged_in_users'],
  },
};

const classic = {
  unknownId: 'invalid-id',
  createStatus: 201,
  deleteAnswer: 'empty',
  errorShape: 'error',
  paged: true,
  tree: false,
  readOnly: false,
} as const;

const assetFamily = {
  unknownId: 'not-found',
  createStatus: 200,
  deleteAnswer: 'object',
  errorShape: 'error-list',
  paged: true,
  tree: false,
  readOnly: false,
} as const;

function treeResource(kind: Kind): ResourceSpec {
  const fields = treeFields(kind);
  return {
    ...assetFamily,
    kind,
    invalidIdMessage: 'Record not found',
    tree: true,
    fields,
    required: ['name'],
    defaults: { ...nullDefaults(fields), position: 0 },
  };
}

/** Every collection served through the generic create/read/update/delete handlers. */
export const RESOURCES: Readonly<Record<string, ResourceSpec>> = {
  ticket_queues: {
    ...classic,
    kind: 'ticket_queues',
    invalidIdMessage: 'Invalid ticket queue id',
    fields: queueFields,
    required: ['name'],
    defaults: nullDefaults(queueFields),
  },
  groups: {
    ...classic,
    kind: 'groups',
    invalidIdMessage: 'Invalid group id',
    fields: groupFields,
    required: ['name'],
    defaults: nullDefaults(groupFields),
  },
  tags: {
    ...classic,
    kind: 'tags',
    invalidIdMessage: 'Invalid tag id',
    paged: false,
    fields: tagFields,
    required: ['label', 'color'],
    defaults: nullDefaults(tagFields),
  },
  ticket_types: {
    ...classic,
    kind: 'ticket_types',
    invalidIdMessage: 'Invalid ticket type id',
    fields: nameOnly,
    required: ['name'],
    defaults: nullDefaults(nameOnly),
  },
  ticket_forms: {
    ...classic,
    kind: 'ticket_forms',
    invalidIdMessage: 'Invalid ticket form id',
    readOnly: true,
    fields: {},
    required: [],
    defaults: {},
  },
  teams: {
    ...classic,
    kind: 'teams',
    unknownId: 'not-found',
    invalidIdMessage: 'Record not found',
    readOnly: true,
    fields: {},
    required: [],
    defaults: {},
  },
  asset_statuses: {
    ...assetFamily,
    kind: 'asset_statuses',
    invalidIdMessage: 'Record not found',
    fields: nameOnly,
    required: ['name'],
    defaults: { name: null, position: 0, account_id: 1 },
  },
  asset_types: treeResource('asset_types'),
  departments: treeResource('departments'),
  locations: treeResource('locations'),
  assets: {
    ...assetFamily,
    kind: 'assets',
    invalidIdMessage: 'Record not found',
    fields: assetFields,
    required: ['display_name'],
    defaults: nullDefaults(assetFields),
    timestamps: ['created_at', 'updated_at'],
  },
};
