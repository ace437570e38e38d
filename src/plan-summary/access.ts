/**
 * The access matrix: which users and groups gain or lose which ticket queues, from the Mojo
 * Helpdesk access resources in a plan.
 */
import { escapeText, table } from './markdown';
import type { Alignment } from './markdown';
import { idText } from './objects';
import type { KnownObject, ObjectRole, PlanObjects } from './objects';
import type { JsonObject, JsonValue, ResourceChange, ValueMark } from './plan-json';
import { markAt, markTouches } from './values';

/** How one access resource type states its grants. */
interface AccessResourceShape {
  readonly principal: 'user' | 'group';
  /** The attribute holding the user or group id. */
  readonly principalAttribute: string;
  /** The attribute holding one granted ticket queue id. */
  readonly queueAttribute?: string;
  /** The attribute holding the set of granted ticket queue ids. */
  readonly queueSetAttribute?: string;
  /** The boolean attribute granting every ticket queue. */
  readonly allQueuesAttribute?: string;
}

/** The access resource types of the Mojo Helpdesk provider, by type name. */
export const ACCESS_RESOURCE_SHAPES: Readonly<Record<string, AccessResourceShape>> = {
  mojohelpdesk_user_ticket_queue_access: {
    principal: 'user',
    principalAttribute: 'user_id',
    queueAttribute: 'ticket_queue_id',
  },
  mojohelpdesk_group_ticket_queue_access: {
    principal: 'group',
    principalAttribute: 'group_id',
    queueAttribute: 'ticket_queue_id',
  },
  mojohelpdesk_user_access_rights: {
    principal: 'user',
    principalAttribute: 'user_id',
    queueSetAttribute: 'ticket_queue_ids',
  },
  mojohelpdesk_group_access_rights: {
    principal: 'group',
    principalAttribute: 'group_id',
    queueSetAttribute: 'ticket_queue_ids',
    allQueuesAttribute: 'has_access_to_all_ticket_queues',
  },
};

/** A row or column of the matrix: a user, a group or a ticket queue. */
export interface AccessAxisEntry {
  readonly key: string;
  readonly role: ObjectRole | 'all';
  /** Plain text, not yet escaped for Markdown. */
  readonly label: string;
}

/** Whether a principal holds a queue before and after the plan. */
export interface AccessCell {
  before: boolean;
  after: boolean;
}

/** Users and groups (principals) by ticket queues, with the cells the plan touches. */
export interface AccessMatrix {
  /** Principals with at least one granted or revoked queue: users first, then groups. */
  readonly principals: readonly AccessAxisEntry[];
  /** Queues these principals hold before or after the plan; "all ticket queues" last. */
  readonly queues: readonly AccessAxisEntry[];
  /** Cell of principal key, then queue key; absent when neither side grants. */
  readonly cells: ReadonlyMap<string, ReadonlyMap<string, AccessCell>>;
}

const ALL_QUEUES: AccessAxisEntry = {
  key: '*all-queues*',
  role: 'all',
  label: 'all ticket queues',
};

const FATE_NOTES: Record<KnownObject['fate'], string> = {
  kept: '',
  new: ' (new)',
  replaced: ' (replaced)',
  deleted: ' (deleted)',
};

function entryOf(known: KnownObject): AccessAxisEntry {
  const name = known.label ?? known.address;
  return { key: known.key, role: known.role, label: `${name}${FATE_NOTES[known.fate]}` };
}

function asObject(value: JsonValue | undefined): JsonObject | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
}

/** Resolves ids and references of one access resource change to matrix entries. */
class GrantReader {
  public constructor(
    private readonly objects: PlanObjects,
    private readonly resource: ResourceChange,
  ) {}

  /** The entry for a known id. */
  public byId(role: ObjectRole, id: string): AccessAxisEntry {
    const known = this.objects.findById(role, id);
    const label = role === 'queue' ? `queue ${id}` : `id ${id}`;
    return known ? entryOf(known) : { key: `${role}:${id}`, role, label };
  }

  /** The entries an attribute refers to when its planned value is known only after apply. */
  public byReference(role: ObjectRole, attribute: string, single: boolean): AccessAxisEntry[] {
    let found = this.objects.findByReference(role, this.resource, attribute);
    if (single && found.length > 1) {
      found = found.filter((known) => this.sameInstanceKey(known));
    }
    if (found.length === 0 || (single && found.length > 1)) {
      const noun = role !== 'queue' ? '' : single ? 'queue ' : 'queues ';
      return [
        {
          key: `${this.resource.address}.${attribute}`,
          role,
          label: `${noun}of ${this.resource.address} (known after apply)`,
        },
      ];
    }
    return found.map(entryOf);
  }

  /** True when the object has the same count index or for_each key as the access resource. */
  private sameInstanceKey(known: KnownObject): boolean {
    const index = this.resource.index;
    if (index === undefined) {
      return false;
    }
    return known.address.endsWith(`[${JSON.stringify(index)}]`);
  }

  /** The entry for a single-id attribute on one side; undefined when it holds no id. */
  public single(
    role: ObjectRole,
    attribute: string,
    values: JsonObject,
    unknown: ValueMark | undefined,
  ): AccessAxisEntry | undefined {
    if (markTouches(markAt(unknown, attribute))) {
      return this.byReference(role, attribute, true)[0];
    }
    const id = idText(values[attribute]);
    return id === undefined ? undefined : this.byId(role, id);
  }

  /** The entries of a set-of-ids attribute on one side. */
  public many(
    role: ObjectRole,
    attribute: string,
    values: JsonObject,
    unknown: ValueMark | undefined,
  ): AccessAxisEntry[] {
    const mark = markAt(unknown, attribute);
    const elements = Array.isArray(values[attribute]) ? (values[attribute] as JsonValue[]) : [];
    const knownIds = elements
      .filter((_, index) => !markTouches(markAt(mark, index)))
      .map((element) => idText(element))
      .filter((id): id is string => id !== undefined);
    const entries = knownIds.map((id) => this.byId(role, id));

    const someUnknown =
      mark === true || elements.some((_, index) => markTouches(markAt(mark, index)));
    if (someUnknown) {
      const known = new Set(entries.map((entry) => entry.key));
      entries.push(
        ...this.byReference(role, attribute, false).filter((entry) => !known.has(entry.key)),
      );
    }
    return entries;
  }
}

/** One grant: a principal holds a queue (or all queues). */
type Grant = readonly [AccessAxisEntry, AccessAxisEntry];

function grantsOf(
  reader: GrantReader,
  shape: AccessResourceShape,
  side: JsonValue | undefined,
  unknown: ValueMark | undefined,
): Grant[] {
  const values = asObject(side);
  if (!values) {
    return [];
  }
  const principal = reader.single(shape.principal, shape.principalAttribute, values, unknown);
  if (!principal) {
    return [];
  }

  const queues: AccessAxisEntry[] = [];
  if (shape.queueAttribute) {
    const queue = reader.single('queue', shape.queueAttribute, values, unknown);
    queues.push(...(queue ? [queue] : []));
  }
  if (shape.queueSetAttribute) {
    queues.push(...reader.many('queue', shape.queueSetAttribute, values, unknown));
  }
  if (shape.allQueuesAttribute && values[shape.allQueuesAttribute] === true) {
    queues.push(ALL_QUEUES);
  }
  return queues.map((queue): Grant => [principal, queue]);
}

function byLabel(left: AccessAxisEntry, right: AccessAxisEntry): number {
  if (left.label !== right.label) {
    return left.label < right.label ? -1 : 1;
  }
  return left.key < right.key ? -1 : left.key > right.key ? 1 : 0;
}

const ROLE_ORDER: Record<AccessAxisEntry['role'], number> = {
  user: 0,
  group: 1,
  queue: 2,
  all: 3,
};

function ordered(entries: Iterable<AccessAxisEntry>): AccessAxisEntry[] {
  return [...entries].sort(
    (left, right) => ROLE_ORDER[left.role] - ROLE_ORDER[right.role] || byLabel(left, right),
  );
}

/** Adds the address to labels that two entries share, so that every row and column is unique. */
function distinct(entries: AccessAxisEntry[]): AccessAxisEntry[] {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    counts.set(entry.label, (counts.get(entry.label) ?? 0) + 1);
  }
  return entries.map((entry) =>
    (counts.get(entry.label) ?? 0) > 1
      ? { ...entry, label: `${entry.label} [${entry.key}]` }
      : entry,
  );
}

/**
 * The access matrix of a plan, or undefined when no access resource grants or revokes anything.
 * Every access resource in `resource_changes` counts, no-ops included, so that access that stays
 * shows beside access that changes. Users and groups whose access does not change are left out.
 */
export function accessMatrix(
  resources: readonly ResourceChange[],
  objects: PlanObjects,
): AccessMatrix | undefined {
  const cells = new Map<string, Map<string, AccessCell>>();
  const entries = new Map<string, AccessAxisEntry>();

  const mark = (grant: Grant, side: 'before' | 'after') => {
    const [principal, queue] = grant;
    entries.set(principal.key, principal);
    entries.set(queue.key, queue);
    const row = cells.get(principal.key) ?? new Map<string, AccessCell>();
    cells.set(principal.key, row);
    const cell = row.get(queue.key) ?? { before: false, after: false };
    row.set(queue.key, cell);
    cell[side] = true;
  };

  for (const resource of resources) {
    const shape = ACCESS_RESOURCE_SHAPES[resource.type];
    if (resource.mode !== 'managed' || !shape) {
      continue;
    }
    const reader = new GrantReader(objects, resource);
    const { before, after, after_unknown: unknown } = resource.change;
    grantsOf(reader, shape, before, undefined).forEach((grant) => mark(grant, 'before'));
    grantsOf(reader, shape, after, unknown).forEach((grant) => mark(grant, 'after'));
  }

  const changedPrincipals = new Set<string>();
  for (const [principal, row] of cells) {
    if ([...row.values()].some((cell) => cell.before !== cell.after)) {
      changedPrincipals.add(principal);
    }
  }
  if (changedPrincipals.size === 0) {
    return undefined;
  }

  const heldQueues = new Set<string>();
  for (const principal of changedPrincipals) {
    for (const queue of cells.get(principal)?.keys() ?? []) {
      heldQueues.add(queue);
    }
  }

  const pick = (keys: Set<string>) =>
    distinct(ordered([...keys].map((key) => entries.get(key) as AccessAxisEntry)));
  return { principals: pick(changedPrincipals), queues: pick(heldQueues), cells };
}

/** Columns beyond which a matrix with more queues than principals is turned on its side. */
const MAX_QUEUE_COLUMNS = 8;

function cellText(cell: AccessCell | undefined): string {
  if (!cell || (!cell.before && !cell.after)) {
    return '';
  }
  if (cell.before && cell.after) {
    return '✓';
  }
  return cell.after ? '**+**' : '**−**';
}

function rowLabel(entry: AccessAxisEntry): string {
  const noun = entry.role === 'group' ? 'group ' : entry.role === 'user' ? 'user ' : '';
  return `${noun}${escapeText(entry.label)}`;
}

/**
 * The matrix as a Markdown table and legend. Users and groups are rows and ticket queues columns,
 * unless there are more than eight queues and more queues than users and groups: then queues
 * are the rows.
 */
export function renderAccessMatrix(matrix: AccessMatrix): string {
  const cellOf = (principal: AccessAxisEntry, queue: AccessAxisEntry) =>
    cellText(matrix.cells.get(principal.key)?.get(queue.key));
  const sideways =
    matrix.queues.length > MAX_QUEUE_COLUMNS && matrix.queues.length > matrix.principals.length;

  const rows = sideways ? matrix.queues : matrix.principals;
  const columns = sideways ? matrix.principals : matrix.queues;
  const header = [sideways ? 'ticket queue' : 'user or group', ...columns.map(rowLabel)];
  const body = rows.map((row) => [
    rowLabel(row),
    ...columns.map((column) => (sideways ? cellOf(column, row) : cellOf(row, column))),
  ]);
  const alignments: Alignment[] = ['left', ...columns.map((): Alignment => 'center')];

  return [
    table(header, body, alignments),
    '',
    '**+** granted · **−** revoked · ✓ unchanged. Users and groups whose access stays the same ' +
      'are left out.',
  ].join('\n');
}
