import { GroupAccessLevel, UserRole } from './description';
import type { HelpdeskDescription, TreeNodeDescription, UserDescription } from './description';

/** What is wrong with one entry of a helpdesk description. */
export interface HelpdeskProblem {
  /**
   * Stable code of the problem: `WRONG_SHAPE`, `UNKNOWN_KEY`, `EMPTY_NAME`, `DUPLICATE`,
   * `DANGLING_REFERENCE`, `CYCLE`, `INVALID_VALUE` or `CONFLICT`.
   */
  readonly code: string;
  /** Where the entry is, such as `users[3]` or `departments[2].parent`. */
  readonly path: string;
  /** What is wrong, naming the offending entry. */
  readonly message: string;
}

/** Raised when a helpdesk description cannot be turned into resources. */
export class HelpdeskDescriptionError extends Error {
  /** Stable code of this error. */
  public readonly code = 'INVALID_HELPDESK_DESCRIPTION';

  public constructor(
    /** Every problem found, in the order of the description. */
    public readonly problems: readonly HelpdeskProblem[],
    /** Where the description came from, such as a file path. */
    source = 'The helpdesk description',
  ) {
    super(
      `${source} has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((problem) => `  - ${problem.path}: ${problem.message}`).join('\n'),
    );
    this.name = 'HelpdeskDescriptionError';
  }
}

type FieldKind = 'string' | 'boolean' | 'strings' | readonly string[];

/** The fields each section's entries may have; the first field is the entry's required key. */
interface SectionShape {
  readonly fields: Readonly<Record<string, FieldKind>>;
  readonly required: readonly string[];
}

const TREE_NODE: SectionShape = {
  fields: { name: 'string', description: 'string', parent: 'string' },
  required: ['name'],
};
const NAMED_ENTRY: SectionShape = { fields: { name: 'string' }, required: ['name'] };

const SECTIONS: Readonly<Record<keyof HelpdeskDescription, SectionShape>> = {
  ticketQueues: {
    fields: { name: 'string', emailAlias: 'string', emailForward: 'string' },
    required: ['name'],
  },
  groups: {
    fields: {
      name: 'string',
      notes: 'string',
      websiteUrl: 'string',
      city: 'string',
      country: 'string',
      allTicketQueues: 'boolean',
    },
    required: ['name'],
  },
  users: {
    fields: {
      email: 'string',
      firstName: 'string',
      lastName: 'string',
      role: Object.values(UserRole),
      group: 'string',
      active: 'boolean',
      workPhone: 'string',
    },
    required: ['email'],
  },
  tags: { fields: { label: 'string', color: 'string' }, required: ['label', 'color'] },
  ticketTypes: NAMED_ENTRY,
  assetStatuses: NAMED_ENTRY,
  assetTypes: TREE_NODE,
  departments: TREE_NODE,
  locations: TREE_NODE,
  ticketQueueAccess: {
    fields: { ticketQueue: 'string', agents: 'strings', groups: 'strings' },
    required: ['ticketQueue'],
  },
  groupAccess: {
    fields: { user: 'string', group: 'string', access: Object.values(GroupAccessLevel) },
    required: ['user', 'group', 'access'],
  },
};

/** Collects problems in the order they are found. */
class ProblemList {
  public readonly problems: HelpdeskProblem[] = [];

  public add(code: string, path: string, message: string): void {
    this.problems.push({ code, path, message });
  }
}

function describeKind(kind: FieldKind): string {
  if (typeof kind !== 'string') {
    return `one of ${kind.map((value) => JSON.stringify(value)).join(', ')}`;
  }
  return { string: 'a string', boolean: 'true or false', strings: 'a list of strings' }[kind];
}

function fitsKind(value: unknown, kind: FieldKind): boolean {
  if (typeof kind !== 'string') {
    return typeof value === 'string' && kind.includes(value);
  }
  if (kind === 'strings') {
    return Array.isArray(value) && value.every((element) => typeof element === 'string');
  }
  return typeof value === kind;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks that the description has the documented shape: known keys, lists, field types. */
function checkShape(description: unknown, problems: ProblemList): boolean {
  if (!isRecord(description)) {
    problems.add('WRONG_SHAPE', '(top level)', 'The description must be an object of sections.');
    return false;
  }

  const before = problems.problems.length;
  for (const [section, entries] of Object.entries(description)) {
    const shape = SECTIONS[section as keyof HelpdeskDescription];
    if (!shape) {
      const known = Object.keys(SECTIONS).join(', ');
      problems.add('UNKNOWN_KEY', section, `"${section}" is not a section; known: ${known}.`);
      continue;
    }
    if (entries === undefined || entries === null) {
      continue;
    }
    if (!Array.isArray(entries)) {
      problems.add('WRONG_SHAPE', section, `${section} must be a list.`);
      continue;
    }

    entries.forEach((entry: unknown, index) => {
      const path = `${section}[${index}]`;
      if (!isRecord(entry)) {
        problems.add(
          'WRONG_SHAPE',
          path,
          `${path} must be an object, not ${JSON.stringify(entry)}.`,
        );
        return;
      }
      for (const field of shape.required) {
        if (entry[field] === undefined || entry[field] === null) {
          problems.add('WRONG_SHAPE', `${path}.${field}`, `${path} has no ${field}.`);
        }
      }
      for (const [field, value] of Object.entries(entry)) {
        const kind = shape.fields[field];
        if (!kind) {
          problems.add(
            'UNKNOWN_KEY',
            `${path}.${field}`,
            `${path} has an unknown key "${field}"; known: ` +
              `${Object.keys(shape.fields).join(', ')}.`,
          );
        } else if (value !== undefined && value !== null && !fitsKind(value, kind)) {
          problems.add(
            typeof kind === 'string' ? 'WRONG_SHAPE' : 'INVALID_VALUE',
            `${path}.${field}`,
            `${field} of ${path} is ${JSON.stringify(value)}; it must be ${describeKind(kind)}.`,
          );
        }
      }
    });
  }
  return problems.problems.length === before;
}

/** A display label of an entry: its section, position and name. */
function label(section: string, index: number, name: string): string {
  return `${section}[${index}] "${name}"`;
}

/**
 * Registers the names of a section, reporting empty and duplicate ones. Returns the index of
 * each name (first occurrence), keyed by `normalise(name)`.
 */
function indexNames(
  section: string,
  names: readonly string[],
  problems: ProblemList,
  normalise: (name: string) => string = (name) => name,
): Map<string, number> {
  const index = new Map<string, number>();
  names.forEach((name, position) => {
    if (name.trim() === '') {
      problems.add(
        'EMPTY_NAME',
        `${section}[${position}]`,
        `${section}[${position}] has an empty name.`,
      );
      return;
    }
    const key = normalise(name);
    const first = index.get(key);
    if (first !== undefined) {
      problems.add(
        'DUPLICATE',
        `${section}[${position}]`,
        `${label(section, position, name)} repeats ${section}[${first}].`,
      );
      return;
    }
    index.set(key, position);
  });
  return index;
}

function lowerCase(name: string): string {
  return name.toLowerCase();
}

/** Checks a tree: duplicate names, parents that do not exist, and cycles. */
function checkTree(
  section: string,
  nodes: readonly TreeNodeDescription[],
  problems: ProblemList,
): void {
  const index = indexNames(
    section,
    nodes.map((node) => node.name),
    problems,
  );

  nodes.forEach((node, position) => {
    if (node.parent !== undefined && !index.has(node.parent)) {
      problems.add(
        'DANGLING_REFERENCE',
        `${section}[${position}].parent`,
        `${label(section, position, node.name)} names the parent "${node.parent}", which is ` +
          `not in ${section}.`,
      );
    }
  });

  // Walking up from each node reaches the top unless the node is on a cycle; each cycle is
  // reported once, at its first node in description order.
  const reported = new Set<string>();
  nodes.forEach((node, position) => {
    const seen: string[] = [];
    let current: string | undefined = node.name;
    while (current !== undefined && !seen.includes(current)) {
      seen.push(current);
      const at = index.get(current);
      current = at === undefined ? undefined : nodes[at].parent;
    }
    if (current !== node.name || reported.has(node.name)) {
      return;
    }
    seen.forEach((name) => reported.add(name));
    problems.add(
      'CYCLE',
      `${section}[${position}].parent`,
      `${label(section, position, node.name)} is its own ancestor: ` +
        `${[...seen, node.name].join(' -> ')}.`,
    );
  });
}

function isAgentRole(role: UserRole | undefined): boolean {
  return role !== undefined && role !== UserRole.REQUESTER;
}

function seesEveryQueue(role: UserRole | undefined): boolean {
  return role === UserRole.ADMINISTRATOR || role === UserRole.OWNER;
}

/** Checks references, duplicates and cycles of a description of the documented shape. */
function checkMeaning(description: HelpdeskDescription, problems: ProblemList): void {
  const queues = indexNames(
    'ticketQueues',
    (description.ticketQueues ?? []).map((queue) => queue.name),
    problems,
  );
  const groups = indexNames(
    'groups',
    (description.groups ?? []).map((group) => group.name),
    problems,
  );
  const users = description.users ?? [];
  const emails = indexNames(
    'users',
    users.map((user) => user.email),
    problems,
    lowerCase,
  );
  indexNames(
    'tags',
    (description.tags ?? []).map((tag) => tag.label),
    problems,
    lowerCase,
  );
  indexNames(
    'ticketTypes',
    (description.ticketTypes ?? []).map((type) => type.name),
    problems,
  );
  indexNames(
    'assetStatuses',
    (description.assetStatuses ?? []).map((status) => status.name),
    problems,
  );
  for (const tree of ['assetTypes', 'departments', 'locations'] as const) {
    checkTree(tree, description[tree] ?? [], problems);
  }

  (description.tags ?? []).forEach((tag, position) => {
    if (!/^#[0-9a-fA-F]{6}$/.test(tag.color)) {
      problems.add(
        'INVALID_VALUE',
        `tags[${position}].color`,
        `${label('tags', position, tag.label)} has the colour "${tag.color}"; write it #rrggbb.`,
      );
    }
  });

  users.forEach((user, position) => {
    if (!/^[^@\s]+@[^@\s]+$/.test(user.email)) {
      problems.add(
        'INVALID_VALUE',
        `users[${position}].email`,
        `${label('users', position, user.email)} is not an email address.`,
      );
    }
    if (user.group !== undefined && !groups.has(user.group)) {
      problems.add(
        'DANGLING_REFERENCE',
        `users[${position}].group`,
        `${label('users', position, user.email)} belongs to the group "${user.group}", which is ` +
          'not in groups.',
      );
    }
  });

  const userByEmail = (email: string): UserDescription | undefined => {
    const at = emails.get(email.toLowerCase());
    return at === undefined ? undefined : users[at];
  };
  const groupAllQueues = new Set(
    (description.groups ?? []).filter((group) => group.allTicketQueues).map((group) => group.name),
  );

  indexNames(
    'ticketQueueAccess',
    (description.ticketQueueAccess ?? []).map((row) => row.ticketQueue),
    problems,
  );
  (description.ticketQueueAccess ?? []).forEach((row, position) => {
    const path = `ticketQueueAccess[${position}]`;
    const entry = label('ticketQueueAccess', position, row.ticketQueue);
    if (!queues.has(row.ticketQueue)) {
      problems.add(
        'DANGLING_REFERENCE',
        `${path}.ticketQueue`,
        `${entry} names the ticket queue "${row.ticketQueue}", which is not in ticketQueues.`,
      );
    }
    (row.agents ?? []).forEach((email, at) => {
      const user = userByEmail(email);
      if (!user) {
        problems.add(
          'DANGLING_REFERENCE',
          `${path}.agents[${at}]`,
          `${entry} names the agent "${email}", who is not in users.`,
        );
      } else if (!isAgentRole(user.role)) {
        problems.add(
          'INVALID_VALUE',
          `${path}.agents[${at}]`,
          `${entry} names "${email}", a requester; only agents are granted ticket queues.`,
        );
      } else if (seesEveryQueue(user.role)) {
        problems.add(
          'CONFLICT',
          `${path}.agents[${at}]`,
          `${entry} names "${email}", who as ${user.role} sees every ticket queue anyway; ` +
            'remove the agent from the access matrix.',
        );
      }
    });
    (row.groups ?? []).forEach((group, at) => {
      if (!groups.has(group)) {
        problems.add(
          'DANGLING_REFERENCE',
          `${path}.groups[${at}]`,
          `${entry} names the group "${group}", which is not in groups.`,
        );
      } else if (groupAllQueues.has(group)) {
        problems.add(
          'CONFLICT',
          `${path}.groups[${at}]`,
          `${entry} names the group "${group}", which already has allTicketQueues.`,
        );
      }
    });
    for (const [kind, names, normalise] of [
      ['agents', row.agents ?? [], lowerCase],
      ['groups', row.groups ?? [], (name: string) => name],
    ] as const) {
      const seen = new Set<string>();
      names.forEach((name, at) => {
        if (seen.has(normalise(name))) {
          problems.add('DUPLICATE', `${path}.${kind}[${at}]`, `${entry} names "${name}" twice.`);
        }
        seen.add(normalise(name));
      });
    }
  });

  const pairs = new Map<string, number>();
  (description.groupAccess ?? []).forEach((grant, position) => {
    const path = `groupAccess[${position}]`;
    const name = `${path} (${grant.user} in "${grant.group}")`;
    if (!userByEmail(grant.user)) {
      problems.add(
        'DANGLING_REFERENCE',
        `${path}.user`,
        `${name} names the user "${grant.user}", who is not in users.`,
      );
    }
    if (!groups.has(grant.group)) {
      problems.add(
        'DANGLING_REFERENCE',
        `${path}.group`,
        `${name} names the group "${grant.group}", which is not in groups.`,
      );
    }
    const pair = `${grant.user.toLowerCase()}\n${grant.group}`;
    const first = pairs.get(pair);
    if (first !== undefined) {
      problems.add('DUPLICATE', path, `${name} repeats groupAccess[${first}].`);
    } else {
      pairs.set(pair, position);
    }
  });
}

/**
 * Every problem of a helpdesk description, in description order; empty when it is sound. Works
 * on any value, so a description read from a file is checked the same way as one from code.
 */
export function findProblems(description: unknown): HelpdeskProblem[] {
  const problems = new ProblemList();
  if (checkShape(description, problems)) {
    checkMeaning(description as HelpdeskDescription, problems);
  }
  return problems.problems;
}

/** Throws a `HelpdeskDescriptionError` listing every problem of the description, if any. */
export function assertSoundDescription(
  description: unknown,
  source?: string,
): asserts description is HelpdeskDescription {
  const problems = findProblems(description);
  if (problems.length > 0) {
    throw new HelpdeskDescriptionError(problems, source);
  }
}
