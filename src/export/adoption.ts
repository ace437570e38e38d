/**
 * Turning a snapshot of a live helpdesk into what a cdktf app needs to adopt it: the `Helpdesk`
 * description (references by name), TypeScript for what the description cannot say (extra
 * fields, entries whose names repeat, grants that involve such entries), and the import id of
 * every resource, so that the first deploy imports everything and changes nothing.
 */
import { ExportError } from './errors';
import { describeUser, OWNER_ROLE, SEES_EVERY_QUEUE_ROLE } from './snapshot';
import type { HelpdeskSnapshot } from './snapshot';
import type { AccessRight, Group, HierarchyNode, User } from '../client';
import {
  GROUP_ACCESS_NUMBERS,
  GroupAccessLevel,
  ROLE_IDS,
  UserRole,
} from '../constructs/description';
import type {
  GroupAccessDescription,
  GroupDescription,
  HelpdeskDescription,
  NamedEntryDescription,
  TagDescription,
  TicketQueueAccessDescription,
  TicketQueueDescription,
  TreeNodeDescription,
  UserDescription,
} from '../constructs/description';
import {
  ENTRY_CONSTRUCT_IDS,
  helpdeskResourcePath,
  sanitizeConstructId,
} from '../constructs/naming';
import { findProblems } from '../constructs/validation';

/** The construct id of the `Helpdesk` in a generated app's stack. */
export const HELPDESK_CONSTRUCT_ID = 'helpdesk';

/** TypeScript source text of one expression. */
export type Code = string;

/** The parts of the generated details file, in the order they appear in it. */
export const DETAIL_SECTIONS = [
  'Ticket forms the ticket queues use (read only: looked up, never managed)',
  'Ticket queues',
  'Groups',
  'Users',
  'Tags',
  'Ticket types',
  'Asset statuses',
  'Asset types',
  'Departments',
  'Locations',
  'Ticket queue access of agents',
  'Ticket queue access of groups',
  'Access of users to the tickets of groups',
] as const;

/** One of {@link DETAIL_SECTIONS}. */
export type DetailSection = (typeof DETAIL_SECTIONS)[number];

/** A resource or data source made with the bindings, outside the description. */
export interface DetailResource {
  readonly kind: 'resource' | 'data';
  readonly section: DetailSection;
  /** The constant holding it. */
  readonly variable: string;
  /** The bindings namespace the package exports it under, such as `ticketQueue`. */
  readonly namespace: string;
  /** The class in that namespace, such as `TicketQueue`. */
  readonly className: string;
  /** Its construct id, directly in the stack. */
  readonly constructId: string;
  /** Its configuration: property name to expression; `provider` is always added first. */
  readonly props: ReadonlyArray<readonly [string, Code]>;
}

/** An attribute of a resource the description made, set to what the description cannot say. */
export interface DetailSetting {
  readonly kind: 'setting';
  readonly section: DetailSection;
  /** The resource, such as `helpdesk.group("Acme")`. */
  readonly target: Code;
  /** The bindings property, such as `address`. */
  readonly property: string;
  readonly value: Code;
}

/** One statement of the generated details file. */
export type DetailStatement = DetailResource | DetailSetting;

/** What the export adopted and what it left alone, for the README and the command's report. */
export interface AdoptionSummary {
  /** Resources per kind, in plural words, such as `ticket queues`. */
  readonly resources: ReadonlyArray<readonly [string, number]>;
  /** Every resource the first deploy imports. */
  readonly imported: number;
  /** Resources the description makes. */
  readonly described: number;
  /** Resources made with the bindings in the details file. */
  readonly bound: number;
  /** Email of the account owner, imported and protected from deletion; absent without one. */
  readonly owner?: string;
  /** Users whose passwords stay as they are: all of them, since passwords cannot be read. */
  readonly users: number;
  /** Sentences about what exists but is deliberately not managed. */
  readonly leftAlone: readonly string[];
}

/** Everything a generated app is made of, before it is written as files. */
export interface AdoptionPlan {
  readonly description: HelpdeskDescription;
  readonly details: readonly DetailStatement[];
  /** Import id of every resource, by construct path relative to the stack. */
  readonly imports: Readonly<Record<string, string>>;
  readonly summary: AdoptionSummary;
}

/** A TypeScript string literal (JSON string syntax is valid TypeScript). */
export function literal(value: string | number | boolean): Code {
  return JSON.stringify(value);
}

/** A resource's id as the number the bindings take. */
function idNumber(resource: Code): Code {
  return `Token.asNumber(${resource}.id)`;
}

function camelCase(field: string): string {
  return field.replace(/_([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());
}

/** A text value the API may answer as null, empty or absent; undefined for all three. */
function text(value: string | null | undefined): string | undefined {
  return value === null || value === undefined || value === '' ? undefined : value;
}

function byId<T extends { readonly id: number }>(objects: readonly T[]): T[] {
  return [...objects].sort((left, right) => left.id - right.id);
}

const ROLE_BY_ID = new Map<number, UserRole>(
  Object.entries(ROLE_IDS).map(([role, id]) => [id, role as UserRole]),
);

const LEVEL_BY_NUMBER = new Map<number, GroupAccessLevel>(
  Object.entries(GROUP_ACCESS_NUMBERS).map(([level, number]) => [
    number,
    level as GroupAccessLevel,
  ]),
);

/** The address check of the provider's user resource: a dot in the domain. */
const PROVIDER_EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

const TAG_COLOR = /^#[0-9a-f]{6}$/;

/** How a group field the description lacks is held, so the state's spelling is matched. */
type ExtraKind = 'text' | 'number' | 'date';

const GROUP_EXTRA_FIELDS: ReadonlyArray<readonly [keyof Group, ExtraKind]> = [
  ['primary_contact_id', 'number'],
  ['billing_contact_id', 'number'],
  ['support_level_id', 'number'],
  ['support_status_id', 'number'],
  ['support_start_date', 'date'],
  ['support_end_date', 'date'],
  ['support_info_url', 'text'],
  ['address', 'text'],
  ['address2', 'text'],
  ['state', 'text'],
  ['zip', 'text'],
];

const GROUP_DESCRIBED_FIELDS: ReadonlyArray<readonly [keyof Group, keyof GroupDescription]> = [
  ['notes', 'notes'],
  ['website_url', 'websiteUrl'],
  ['city', 'city'],
  ['country', 'country'],
];

const USER_EXTRA_FIELDS: ReadonlyArray<keyof User> = ['cell_phone', 'home_phone', 'user_notes'];

/** A field value as an expression, in the form the provider keeps in state; undefined if unset. */
function extraValue(kind: ExtraKind, value: unknown): Code | undefined {
  if (value === null || value === undefined || value === '') {
    return undefined;
  }
  if (kind === 'number') {
    const number = Number(value);
    return Number.isFinite(number) ? literal(number) : undefined;
  }
  if (kind === 'date') {
    const date = /^\d{4}-\d{2}-\d{2}/.exec(String(value));
    return literal(date ? date[0] : String(value));
  }
  return literal(String(value));
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Where an object of a kind that others refer to ended up. */
interface Placement {
  /** The resource, as an expression: `helpdesk.group("Acme")` or `group12`. */
  readonly resource: Code;
  /** Its name in the description; absent when it was made with the bindings. */
  readonly name?: string;
}

/** Builds one adoption plan; see {@link planAdoption}. */
class AdoptionPlanner {
  private readonly description: Mutable<HelpdeskDescription> = {};
  private readonly details: DetailStatement[] = [];
  private readonly imports: Record<string, string> = {};
  private readonly claimed = new Set<string>();
  private readonly counts = new Map<string, number>();
  private readonly leftAlone: string[] = [];
  private described = 0;
  private bound = 0;
  private owner?: string;

  private readonly queues = new Map<number, Placement>();
  private readonly groups = new Map<number, Placement>();
  private readonly groupEntries = new Map<number, Mutable<GroupDescription>>();
  private readonly users = new Map<number, User>();
  private readonly forms = new Map<number, Code>();

  public constructor(private readonly snapshot: HelpdeskSnapshot) {}

  public plan(): AdoptionPlan {
    this.planTicketQueues();
    this.planGroups();
    this.planUsers();
    this.planTags();
    this.planNamedEntries('ticketTypes', this.snapshot.ticketTypes, 'ticket types');
    this.planNamedEntries('assetStatuses', this.snapshot.assetStatuses, 'asset statuses');
    this.planTree('assetTypes', this.snapshot.assetTypes);
    this.planTree('departments', this.snapshot.departments);
    this.planTree('locations', this.snapshot.locations);
    this.planAgentAccess();
    this.planGroupAccessRights();
    this.planGroupAccess();
    this.noteReadOnly();
    this.orderMatrix();

    const problems = findProblems(this.description);
    if (problems.length > 0) {
      throw new ExportError(
        'EXPORT_NOT_REPRESENTABLE',
        'The exported description would not be accepted by the Helpdesk construct:\n' +
          problems.map((problem) => `  - ${problem.path}: ${problem.message}`).join('\n'),
      );
    }

    return {
      description: this.description,
      details: this.details,
      imports: this.imports,
      summary: {
        resources: [...this.counts.entries()],
        imported: Object.keys(this.imports).length,
        described: this.described,
        bound: this.bound,
        owner: this.owner,
        users: this.snapshot.users.length,
        leftAlone: this.leftAlone,
      },
    };
  }

  /** Takes a construct id among the Helpdesk's children; false when another entry has it. */
  private claim(constructId: string): boolean {
    const id = sanitizeConstructId(constructId);
    if (this.claimed.has(id)) {
      return false;
    }
    this.claimed.add(id);
    return true;
  }

  private count(kind: string): void {
    this.counts.set(kind, (this.counts.get(kind) ?? 0) + 1);
  }

  /** Records the import of a resource the description makes. */
  private importDescribed(kind: string, constructId: string, importId: string | number): void {
    this.imports[helpdeskResourcePath(HELPDESK_CONSTRUCT_ID, constructId)] = String(importId);
    this.described += 1;
    this.count(kind);
  }

  /** Adds a resource made with the bindings, and its import. */
  private bind(
    kind: string,
    resource: Omit<DetailResource, 'kind'>,
    importId: string | number,
  ): Code {
    this.details.push({ kind: 'resource', ...resource });
    this.imports[sanitizeConstructId(resource.constructId)] = String(importId);
    this.bound += 1;
    this.count(kind);
    return resource.variable;
  }

  private set(section: DetailSection, target: Code, property: string, value: Code): void {
    this.details.push({ kind: 'setting', section, target, property, value });
  }

  private section<K extends keyof HelpdeskDescription>(
    key: K,
  ): NonNullable<Mutable<HelpdeskDescription>[K]> {
    const existing = this.description[key];
    if (existing) {
      return existing as NonNullable<Mutable<HelpdeskDescription>[K]>;
    }
    const created = [] as unknown as NonNullable<Mutable<HelpdeskDescription>[K]>;
    this.description[key] = created;
    return created;
  }

  /** The expression of a ticket form id: a data source looked up by name where it is unique. */
  private ticketFormId(formId: number): Code {
    const known = this.forms.get(formId);
    if (known) {
      return idNumber(known);
    }
    const form = this.snapshot.ticketForms.find((candidate) => candidate.id === formId);
    if (!form) {
      return literal(formId);
    }

    const nameIsUnique =
      this.snapshot.ticketForms.filter((candidate) => candidate.name === form.name).length === 1;
    const variable = `ticketForm${form.id}`;
    this.details.push({
      kind: 'data',
      section: DETAIL_SECTIONS[0],
      variable,
      namespace: 'dataMojohelpdeskTicketForm',
      className: 'DataMojohelpdeskTicketForm',
      constructId: `ticket-form ${form.id}`,
      props: [nameIsUnique ? ['name', literal(form.name)] : ['id', literal(String(form.id))]],
    });
    this.forms.set(formId, variable);
    return idNumber(variable);
  }

  private planTicketQueues(): void {
    const names = new Set<string>();
    for (const queue of byId(this.snapshot.ticketQueues)) {
      const constructId = ENTRY_CONSTRUCT_IDS.ticketQueue(queue.name);
      const describable =
        queue.name.trim() !== '' && !names.has(queue.name) && this.claim(constructId);
      const formId = queue.email_ticket_form_id ?? undefined;

      if (describable) {
        names.add(queue.name);
        const entry: Mutable<TicketQueueDescription> = { name: queue.name };
        const alias = text(queue.email_alias);
        const forward = text(queue.email_forward);
        if (alias !== undefined) {
          entry.emailAlias = alias;
        }
        if (forward !== undefined) {
          entry.emailForward = forward;
        }
        this.section('ticketQueues').push(entry);
        const resource = `helpdesk.ticketQueue(${literal(queue.name)})`;
        if (formId !== undefined) {
          this.set('Ticket queues', resource, 'emailTicketFormId', this.ticketFormId(formId));
        }
        this.queues.set(queue.id, { resource, name: queue.name });
        this.importDescribed('ticket queues', constructId, queue.id);
        continue;
      }

      const props: [string, Code][] = [['name', literal(queue.name)]];
      const alias = text(queue.email_alias);
      const forward = text(queue.email_forward);
      if (alias !== undefined) {
        props.push(['emailAlias', literal(alias)]);
      }
      if (forward !== undefined) {
        props.push(['emailForward', literal(forward)]);
      }
      if (formId !== undefined) {
        props.push(['emailTicketFormId', this.ticketFormId(formId)]);
      }
      const variable = this.bind(
        'ticket queues',
        {
          section: 'Ticket queues',
          variable: `ticketQueue${queue.id}`,
          namespace: 'ticketQueue',
          className: 'TicketQueue',
          constructId: `ticket-queue ${queue.id}`,
          props,
        },
        queue.id,
      );
      this.queues.set(queue.id, { resource: variable });
    }
  }

  private planGroups(): void {
    const names = new Set<string>();
    for (const group of byId(this.snapshot.groups)) {
      const constructId = ENTRY_CONSTRUCT_IDS.group(group.name);
      const describable =
        group.name.trim() !== '' && !names.has(group.name) && this.claim(constructId);

      if (describable) {
        names.add(group.name);
        const entry: Mutable<GroupDescription> = { name: group.name };
        for (const [field, key] of GROUP_DESCRIBED_FIELDS) {
          const value = text(group[field] as string | null | undefined);
          if (value !== undefined) {
            (entry as Record<string, unknown>)[key] = value;
          }
        }
        this.section('groups').push(entry);
        this.groupEntries.set(group.id, entry);
        const resource = `helpdesk.group(${literal(group.name)})`;
        for (const [field, kind] of GROUP_EXTRA_FIELDS) {
          const value = extraValue(kind, group[field]);
          if (value !== undefined) {
            this.set('Groups', resource, camelCase(field), value);
          }
        }
        this.groups.set(group.id, { resource, name: group.name });
        this.importDescribed('groups', constructId, group.id);
        continue;
      }

      const props: [string, Code][] = [['name', literal(group.name)]];
      for (const [field] of GROUP_DESCRIBED_FIELDS) {
        const value = extraValue('text', group[field]);
        if (value !== undefined) {
          props.push([camelCase(field), value]);
        }
      }
      for (const [field, kind] of GROUP_EXTRA_FIELDS) {
        const value = extraValue(kind, group[field]);
        if (value !== undefined) {
          props.push([camelCase(field), value]);
        }
      }
      const variable = this.bind(
        'groups',
        {
          section: 'Groups',
          variable: `group${group.id}`,
          namespace: 'group',
          className: 'Group',
          constructId: `group ${group.id}`,
          props,
        },
        group.id,
      );
      this.groups.set(group.id, { resource: variable });
    }
  }

  private planUsers(): void {
    for (const user of byId(this.snapshot.users)) {
      const email = user.email ?? '';
      if (!PROVIDER_EMAIL.test(email)) {
        throw new ExportError(
          'EXPORT_NOT_REPRESENTABLE',
          `${describeUser(user)} cannot be exported: the provider manages users by an email ` +
            'address of the form name@domain.tld. Correct the address in Mojo Helpdesk, or ' +
            'delete the user, and export again.',
        );
      }
      const role = ROLE_BY_ID.get(user.role_id ?? ROLE_IDS[UserRole.REQUESTER]);
      if (role === undefined) {
        throw new ExportError(
          'EXPORT_NOT_REPRESENTABLE',
          `${describeUser(user)} cannot be exported: its role id ${String(user.role_id)} is ` +
            'none of the documented roles (10, 15, 20, 30, 35, 40).',
        );
      }
      const constructId = ENTRY_CONSTRUCT_IDS.user(email);
      if (!this.claim(constructId)) {
        throw new ExportError(
          'EXPORT_NOT_REPRESENTABLE',
          `${describeUser(user)} cannot be exported: its email differs from another user's ` +
            'only by "/" against "--", which construct ids cannot tell apart.',
        );
      }

      const entry: Mutable<UserDescription> = { email };
      const firstName = text(user.first_name);
      const lastName = text(user.last_name);
      const workPhone = text(user.work_phone);
      if (firstName !== undefined) {
        entry.firstName = firstName;
      }
      if (lastName !== undefined) {
        entry.lastName = lastName;
      }
      if (role !== UserRole.REQUESTER) {
        entry.role = role;
      }
      const resource = `helpdesk.user(${literal(email)})`;
      const group = user.company_id ? this.groups.get(user.company_id) : undefined;
      if (group?.name !== undefined) {
        entry.group = group.name;
      } else if (group) {
        this.set('Users', resource, 'companyId', idNumber(group.resource));
      }
      if (user.is_active === false) {
        entry.active = false;
      }
      if (workPhone !== undefined) {
        entry.workPhone = workPhone;
      }
      this.section('users').push(entry);

      for (const field of USER_EXTRA_FIELDS) {
        const value = extraValue('text', user[field]);
        if (value !== undefined) {
          this.set('Users', resource, camelCase(field), value);
        }
      }
      if (user.role_id === OWNER_ROLE) {
        // Mojo Helpdesk refuses to delete the owner; a plan that would replace it (a changed
        // email) stops at plan time instead of failing half-way through an apply.
        this.owner = email;
        this.set('Users', resource, 'lifecycle', '{ preventDestroy: true }');
      }
      this.users.set(user.id, user);
      this.importDescribed('users', constructId, user.id);
    }
  }

  private planTags(): void {
    for (const tag of byId(this.snapshot.tags)) {
      const color = String(tag.color ?? '').toLowerCase();
      if (!TAG_COLOR.test(color)) {
        throw new ExportError(
          'EXPORT_NOT_REPRESENTABLE',
          `The tag "${tag.label}" (id ${tag.id}) cannot be exported: its colour ` +
            `${JSON.stringify(tag.color)} is not written #rrggbb, the only form the provider ` +
            'accepts. Set a colour such as #ff0000 in Mojo Helpdesk and export again.',
        );
      }
      const constructId = ENTRY_CONSTRUCT_IDS.tag(tag.label);
      if (tag.label.trim() !== '' && this.claim(constructId)) {
        const entry: TagDescription = { label: tag.label, color };
        this.section('tags').push(entry);
        this.importDescribed('tags', constructId, tag.id);
        continue;
      }
      this.bind(
        'tags',
        {
          section: 'Tags',
          variable: `tag${tag.id}`,
          namespace: 'tag',
          className: 'Tag',
          constructId: `tag ${tag.id}`,
          props: [
            ['label', literal(tag.label)],
            ['color', literal(color)],
          ],
        },
        tag.id,
      );
    }
  }

  private planNamedEntries(
    key: 'ticketTypes' | 'assetStatuses',
    entries: readonly { readonly id: number; readonly name: string }[],
    kind: string,
  ): void {
    const names = new Set<string>();
    const single = key === 'ticketTypes' ? 'ticketType' : 'assetStatus';
    const section: DetailSection = key === 'ticketTypes' ? 'Ticket types' : 'Asset statuses';
    for (const entry of byId(entries)) {
      const constructId = ENTRY_CONSTRUCT_IDS[single](entry.name);
      if (entry.name.trim() !== '' && !names.has(entry.name) && this.claim(constructId)) {
        names.add(entry.name);
        const described: NamedEntryDescription = { name: entry.name };
        this.section(key).push(described);
        this.importDescribed(kind, constructId, entry.id);
        continue;
      }
      this.bind(
        kind,
        {
          section,
          variable: `${single}${entry.id}`,
          namespace: single,
          className: single === 'ticketType' ? 'TicketType' : 'AssetStatus',
          constructId: `${key === 'ticketTypes' ? 'ticket-type' : 'asset-status'} ${entry.id}`,
          props: [['name', literal(entry.name)]],
        },
        entry.id,
      );
    }
  }

  /**
   * A tree goes into the description when every name in it is unique and every parent is in
   * it; otherwise the whole tree is made with the bindings, each node pointing at its parent's
   * resource, since the description can only name parents.
   */
  private planTree(
    key: 'assetTypes' | 'departments' | 'locations',
    nodes: readonly HierarchyNode[],
  ) {
    const names = {
      assetTypes: ['assetType', 'AssetType', 'Asset types', 'asset types', 'asset-type'],
      departments: ['department', 'Department', 'Departments', 'departments', 'department'],
      locations: ['location', 'Location', 'Locations', 'locations', 'location'],
    } as const;
    const [single, className, section, kind, idPrefix] = names[key];
    const ordered = parentsFirst(nodes);
    const byNodeId = new Map(nodes.map((node) => [node.id, node]));
    const constructIds = ordered.map((node) => ENTRY_CONSTRUCT_IDS[single](node.name));
    const sanitized = new Set(constructIds.map(sanitizeConstructId));

    const describable =
      sanitized.size === ordered.length &&
      constructIds.every((id) => !this.claimed.has(sanitizeConstructId(id))) &&
      ordered.every(
        (node) =>
          node.name.trim() !== '' &&
          (node.parent_id === null || node.parent_id === undefined || byNodeId.has(node.parent_id)),
      );

    if (describable) {
      ordered.forEach((node, index) => {
        this.claim(constructIds[index]);
        const entry: Mutable<TreeNodeDescription> = { name: node.name };
        const description = text(node.description);
        if (description !== undefined) {
          entry.description = description;
        }
        const parent = node.parent_id ? byNodeId.get(node.parent_id) : undefined;
        if (parent) {
          entry.parent = parent.name;
        }
        this.section(key).push(entry);
        this.importDescribed(kind, constructIds[index], node.id);
      });
      return;
    }

    for (const node of ordered) {
      const props: [string, Code][] = [['name', literal(node.name)]];
      const description = text(node.description);
      if (description !== undefined) {
        props.push(['description', literal(description)]);
      }
      if (node.parent_id) {
        props.push([
          'parentId',
          byNodeId.has(node.parent_id)
            ? idNumber(`${single}${node.parent_id}`)
            : literal(node.parent_id),
        ]);
      }
      this.bind(
        kind,
        {
          section,
          variable: `${single}${node.id}`,
          namespace: single,
          className,
          constructId: `${idPrefix} ${node.id}`,
          props,
        },
        node.id,
      );
    }
  }

  /** The matrix row of a described queue, created on first use. */
  private matrixRow(queueName: string): Mutable<TicketQueueAccessDescription> {
    const rows = this.section('ticketQueueAccess') as Mutable<TicketQueueAccessDescription>[];
    const existing = rows.find((row) => row.ticketQueue === queueName);
    if (existing) {
      return existing;
    }
    const row: Mutable<TicketQueueAccessDescription> = { ticketQueue: queueName };
    rows.push(row);
    return row;
  }

  /** The known queues an access right lists, in id order. */
  private queuesOf(right: AccessRight): { id: number; placement: Placement }[] {
    return (right.accessible_queues ?? [])
      .map((queue) => ({ id: queue.id, placement: this.queues.get(queue.id) }))
      .filter((queue): queue is { id: number; placement: Placement } => !!queue.placement)
      .sort((first, second) => first.id - second.id);
  }

  private planAgentAccess(): void {
    let seeingEverything = 0;
    for (const right of [...this.snapshot.agentAccess].sort((a, b) => a.id - b.id)) {
      const user = this.users.get(right.id);
      if (!user || !user.email) {
        continue;
      }
      if ((user.role_id ?? 10) >= SEES_EVERY_QUEUE_ROLE || right.has_access_to_all_ticket_queues) {
        seeingEverything += 1;
        continue;
      }
      const queues = this.queuesOf(right);
      if (queues.length === 0) {
        continue;
      }

      const constructId = ENTRY_CONSTRUCT_IDS.agentAccessRights(user.email);
      if (queues.every((queue) => queue.placement.name !== undefined) && this.claim(constructId)) {
        for (const queue of queues) {
          const row = this.matrixRow(queue.placement.name as string);
          row.agents = [...(row.agents ?? []), user.email];
        }
        this.importDescribed('agent access rights', constructId, user.id);
        continue;
      }
      this.bind(
        'agent access rights',
        {
          section: 'Ticket queue access of agents',
          variable: `accessRightsOfUser${user.id}`,
          namespace: 'userAccessRights',
          className: 'UserAccessRights',
          constructId: `access-rights ${user.id}`,
          props: [
            ['userId', idNumber(`helpdesk.user(${literal(user.email)})`)],
            [
              'ticketQueueIds',
              `[${queues.map((queue) => idNumber(queue.placement.resource)).join(', ')}]`,
            ],
          ],
        },
        user.id,
      );
    }
    if (seeingEverything > 0) {
      this.leftAlone.push(
        `${seeingEverything} agent(s) see every ticket queue (administrators, the owner, or ` +
          'agents granted all queues): Mojo Helpdesk does not show their individual grants, ' +
          'so they have no access rights entry.',
      );
    }
  }

  private planGroupAccessRights(): void {
    for (const right of [...this.snapshot.groupAccessRights].sort((a, b) => a.id - b.id)) {
      const group = this.groups.get(right.id);
      if (!group) {
        continue;
      }
      const entry = this.groupEntries.get(right.id);
      const all = right.has_access_to_all_ticket_queues === true;
      const queues = all ? [] : this.queuesOf(right);
      if (!all && queues.length === 0) {
        continue;
      }

      const constructId =
        group.name === undefined ? undefined : ENTRY_CONSTRUCT_IDS.groupAccessRights(group.name);
      const describable =
        entry !== undefined &&
        constructId !== undefined &&
        queues.every((queue) => queue.placement.name !== undefined) &&
        this.claim(constructId);
      if (describable) {
        if (all) {
          entry.allTicketQueues = true;
        }
        for (const queue of queues) {
          const row = this.matrixRow(queue.placement.name as string);
          row.groups = [...(row.groups ?? []), entry.name];
        }
        this.importDescribed('group access rights', constructId, right.id);
        continue;
      }
      this.bind(
        'group access rights',
        {
          section: 'Ticket queue access of groups',
          variable: `accessRightsOfGroup${right.id}`,
          namespace: 'groupAccessRights',
          className: 'GroupAccessRights',
          constructId: `group-access-rights ${right.id}`,
          props: [
            ['groupId', idNumber(group.resource)],
            all
              ? ['hasAccessToAllTicketQueues', 'true']
              : [
                  'ticketQueueIds',
                  `[${queues.map((queue) => idNumber(queue.placement.resource)).join(', ')}]`,
                ],
          ],
        },
        right.id,
      );
    }
  }

  private planGroupAccess(): void {
    const grants = [...this.snapshot.groupAccess].sort(
      (left, right) => left.user_id - right.user_id || left.group_id - right.group_id,
    );
    for (const grant of grants) {
      const user = this.users.get(grant.user_id);
      const group = this.groups.get(grant.group_id);
      const level = LEVEL_BY_NUMBER.get(grant.access);
      if (!user?.email || !group || level === undefined) {
        continue;
      }
      const importId = `${user.id}:${grant.group_id}`;
      const constructId =
        group.name === undefined
          ? undefined
          : ENTRY_CONSTRUCT_IDS.groupAccess(user.email, group.name);
      if (constructId !== undefined && this.claim(constructId)) {
        const entry: GroupAccessDescription = {
          user: user.email,
          group: group.name as string,
          access: level,
        };
        this.section('groupAccess').push(entry);
        this.importDescribed('group access grants', constructId, importId);
        continue;
      }
      this.bind(
        'group access grants',
        {
          section: 'Access of users to the tickets of groups',
          variable: `groupAccess${user.id}x${grant.group_id}`,
          namespace: 'userGroupAccess',
          className: 'UserGroupAccess',
          constructId: `group-access ${importId}`,
          props: [
            ['userId', idNumber(`helpdesk.user(${literal(user.email)})`)],
            ['groupId', idNumber(group.resource)],
            ['access', literal(grant.access)],
          ],
        },
        importId,
      );
    }
  }

  /** Matrix rows in the order of the ticket queues, agents by email, groups by name. */
  private orderMatrix(): void {
    const rows = this.description.ticketQueueAccess as
      Mutable<TicketQueueAccessDescription>[] | undefined;
    if (!rows) {
      return;
    }
    const position = new Map(
      (this.description.ticketQueues ?? []).map((queue, index) => [queue.name, index]),
    );
    rows.sort(
      (left, right) =>
        (position.get(left.ticketQueue) ?? 0) - (position.get(right.ticketQueue) ?? 0),
    );
    for (const row of rows) {
      row.agents?.sort();
      row.groups?.sort();
    }
  }

  private noteReadOnly(): void {
    const { ticketForms, teams } = this.snapshot;
    this.leftAlone.push(
      `${ticketForms.length} ticket form(s) and ${teams.length} team(s) are read-only in the ` +
        'API: they are not resources. Ticket queues refer to their ticket form through the ' +
        'mojohelpdesk_ticket_form data source, by name.',
    );
    this.leftAlone.push(
      'Assets are inventory records, not configuration: they are not exported. Manage them with ' +
        'the mojohelpdesk_asset resource if you want to.',
    );
  }
}

/** Nodes ordered so that every parent comes before its children; cycles are broken anywhere. */
function parentsFirst(nodes: readonly HierarchyNode[]): HierarchyNode[] {
  const byNodeId = new Map(nodes.map((node) => [node.id, node]));
  const ordered: HierarchyNode[] = [];
  const placed = new Set<number>();
  const visiting = new Set<number>();
  const place = (node: HierarchyNode): void => {
    if (placed.has(node.id) || visiting.has(node.id)) {
      return;
    }
    visiting.add(node.id);
    const parent = node.parent_id ? byNodeId.get(node.parent_id) : undefined;
    if (parent) {
      place(parent);
    }
    placed.add(node.id);
    ordered.push(node);
  };
  byId(nodes).forEach(place);
  return ordered;
}

/**
 * Plans the adoption of a helpdesk: which objects the description holds, what the details file
 * adds with the bindings, and the import id of every resource. Fails with
 * `EXPORT_NOT_REPRESENTABLE`, naming the object, when something exists that no configuration
 * could manage (an email or a tag colour the provider refuses).
 */
export function planAdoption(snapshot: HelpdeskSnapshot): AdoptionPlan {
  return new AdoptionPlanner(snapshot).plan();
}
