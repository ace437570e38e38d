/**
 * The plan summary: Markdown for a pull-request comment that puts the counts, the deletes and
 * replaces and the access matrix first, and folds the rest until it fits a comment.
 */
import { accessMatrix, renderAccessMatrix } from './access';
import {
  changedAttributes,
  countChanges,
  objectName,
  pathText,
  presentAttributes,
  summarisedChanges,
} from './changes';
import type { ChangeCounts, ChangeKind, SummarisedChange } from './changes';
import { codeSpan, details, escapeHtml, escapeText, table } from './markdown';
import { PlanObjects } from './objects';
import type { JsonObject, JsonValue, PlanDocument, ResourceChange } from './plan-json';
import { asPlanDocument } from './plan-json';
import { markAt, renderValue } from './values';

/** GitHub's limit on the length of a pull-request comment, in characters. */
export const GITHUB_COMMENT_LIMIT = 65_536;

/**
 * How much of the creates and updates (and, last, of the deletes and replaces) is shown:
 * - full: a table of attributes for every change;
 * - brief: creates and updates one line each, naming the attributes that change;
 * - names: creates and updates as lists of addresses; deletes and replaces one line each;
 * - counts: creates and updates as counts per resource type only.
 * Counts, the deletes and replaces list and the access matrix are always shown whole.
 */
export type DetailLevel = 'full' | 'brief' | 'names' | 'counts';

const DETAIL_LEVELS: readonly DetailLevel[] = ['full', 'brief', 'names', 'counts'];

/** Options of renderPlanSummary. */
export interface PlanSummaryOptions {
  /**
   * Longest Markdown wanted, in characters; detail is folded away until the summary fits. A
   * summary whose counts, deletes, replaces and access matrix alone are longer is returned whole.
   * @default 65536 (GitHub's comment limit) minus 1024 for text a workflow adds around it
   */
  readonly maxLength?: number;
  /**
   * Heading line at the top, Markdown.
   * @default '### Terraform plan'
   */
  readonly title?: string;
  /**
   * Changes of one resource type beyond which they are folded into a `<details>` section even
   * when everything fits.
   * @default 10
   */
  readonly foldAbove?: number;
}

/** The rendered summary and what it took to fit. */
export interface PlanSummary {
  readonly markdown: string;
  readonly counts: ChangeCounts;
  /** The level of detail that fitted (or the least, when nothing fitted). */
  readonly detail: DetailLevel;
  /** True when even the least detail is longer than `maxLength`. */
  readonly overLimit: boolean;
}

const VERBS: Record<ChangeKind, string> = {
  create: '+ create',
  update: '~ update',
  replace: '-/+ replace',
  delete: '- delete',
  forget: '. forget',
  import: '← import',
};

const COUNT_WORDS: readonly [keyof ChangeCounts, string][] = [
  ['import', 'to import'],
  ['create', 'to create'],
  ['update', 'to update'],
  ['replace', 'to replace'],
  ['delete', 'to delete'],
  ['forget', 'to forget'],
];

const REASONS: Record<string, string> = {
  replace_because_tainted: 'the object is tainted',
  replace_by_request: 'replacement was requested (-replace)',
  replace_by_triggers: 'replace_triggered_by changed',
  replace_because_cannot_update: 'the provider cannot update it in place',
  delete_because_no_resource_config: 'its resource block is gone from the configuration',
  delete_because_no_module: 'its module is gone from the configuration',
  delete_because_wrong_repetition: 'count or for_each was added or removed',
  delete_because_count_index: 'its count index is out of range',
  delete_because_each_key: 'its for_each key is gone',
  delete_because_no_move_target: 'the target of its moved block is gone',
};

function asObject(value: JsonValue | undefined): JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
}

/** The counts line; zero counts of imports and forgets are left out. */
function countsLine(counts: ChangeCounts): string {
  const parts = COUNT_WORDS.filter(
    ([kind]) => counts[kind] > 0 || !(kind === 'import' || kind === 'forget'),
  ).map(([kind, words]) => `${counts[kind]} ${words}`);
  return `**Plan:** ${parts.join(', ')}.`;
}

/** `- delete` `address` (name), with the move it comes from. */
function changeTitle(change: SummarisedChange): string {
  const { resource } = change;
  const verb =
    change.importing && change.kind !== 'import'
      ? `${VERBS.import} and ${VERBS[change.kind]}`
      : VERBS[change.kind];
  const name = objectName(resource);
  const moved = resource.previous_address
    ? ` (moved from ${codeSpan(resource.previous_address)})`
    : '';
  const named = name === undefined ? '' : ` (${escapeText(name)})`;
  return `**${verb}** ${codeSpan(resource.address)}${named}${moved}`;
}

/** Why a delete or replace happens: forcing attributes, else Terraform's reason. */
function cause(resource: ResourceChange): string {
  const paths = resource.change.replace_paths ?? [];
  if (paths.length > 0) {
    const names = paths.map((path) => codeSpan(pathText(path)));
    return `${names.join(', ')} ${names.length === 1 ? 'forces' : 'force'} replacement`;
  }
  const reason = resource.action_reason ? REASONS[resource.action_reason] : undefined;
  return reason ?? '';
}

function beforeValue(resource: ResourceChange, name: string): string {
  const { before, before_sensitive } = resource.change;
  return renderValue(asObject(before)[name], { sensitive: markAt(before_sensitive, name) }, name);
}

function afterValue(resource: ResourceChange, name: string): string {
  const { after, after_sensitive, after_unknown } = resource.change;
  return renderValue(
    asObject(after)[name],
    { sensitive: markAt(after_sensitive, name), unknown: markAt(after_unknown, name) },
    name,
  );
}

/** The attribute table of one change. */
function attributeTable(change: SummarisedChange): string {
  const { resource, kind } = change;
  if (kind === 'create' || kind === 'delete' || kind === 'forget' || kind === 'import') {
    const value = kind === 'create' || kind === 'import' ? afterValue : beforeValue;
    const names = presentAttributes(resource);
    if (names.length === 0) {
      return '';
    }
    return table(
      ['attribute', 'value'],
      names.map((name) => [codeSpan(name), value(resource, name)]),
    );
  }

  const attributes = changedAttributes(resource);
  if (attributes.length === 0) {
    return '';
  }
  return table(
    ['attribute', 'before', 'after'],
    attributes.map((attribute) => [
      `${codeSpan(attribute.name)}${attribute.forcesReplace ? ' (forces replacement)' : ''}`,
      beforeValue(resource, attribute.name),
      afterValue(resource, attribute.name),
    ]),
  );
}

/** One change as a title, its cause and (with tables) its attribute table. */
function changeBlock(change: SummarisedChange, withTable: boolean): string {
  const why = change.kind === 'replace' || change.kind === 'delete' ? cause(change.resource) : '';
  const title = `${changeTitle(change)}${why ? `: ${why}` : ''}`;
  const importing = change.resource.change.importing?.id;
  const from = importing !== undefined ? ` from id ${codeSpan(importing)}` : '';
  const attributes = withTable ? attributeTable(change) : '';
  return attributes ? `${title}${from}\n\n${attributes}` : `${title}${from}`;
}

/** One line per change: title and the names of the attributes that change. */
function changeLine(change: SummarisedChange): string {
  const names =
    change.kind === 'update' || change.kind === 'replace'
      ? changedAttributes(change.resource).map((attribute) => codeSpan(attribute.name))
      : [];
  return `- ${changeTitle(change)}${names.length > 0 ? `: ${names.join(', ')}` : ''}`;
}

function countsOfGroup(changes: readonly SummarisedChange[]): string {
  const counts = countChanges(changes);
  return COUNT_WORDS.filter(([kind]) => counts[kind] > 0)
    .map(([kind, words]) => `${counts[kind]} ${words}`)
    .join(', ');
}

function groupByType(changes: readonly SummarisedChange[]): Map<string, SummarisedChange[]> {
  const groups = new Map<string, SummarisedChange[]>();
  for (const change of changes) {
    const group = groups.get(change.resource.type) ?? [];
    group.push(change);
    groups.set(change.resource.type, group);
  }
  return new Map([...groups].sort(([left], [right]) => (left < right ? -1 : 1)));
}

/** The creates, updates, imports and forgets of one resource type at a level of detail. */
function typeSection(
  type: string,
  changes: readonly SummarisedChange[],
  detail: DetailLevel,
  foldAbove: number,
): string {
  const summary = `<code>${escapeHtml(type)}</code>: ${countsOfGroup(changes)}`;
  if (detail === 'counts') {
    return `- ${codeSpan(type)}: ${countsOfGroup(changes)} (list left out to fit the comment)`;
  }

  let body: string;
  if (detail === 'full') {
    body = changes.map((change) => changeBlock(change, true)).join('\n\n');
  } else if (detail === 'brief') {
    body = changes.map(changeLine).join('\n');
  } else {
    body = changes.map((change) => codeSpan(change.resource.address)).join(', ');
  }

  const fold = detail !== 'full' || changes.length > foldAbove;
  return fold
    ? details(summary, body)
    : `##### ${codeSpan(type)}: ${countsOfGroup(changes)}\n\n${body}`;
}

/** Everything a summary is made of, computed once and rendered at several levels. */
interface SummaryParts {
  readonly header: string;
  readonly risky: readonly SummarisedChange[];
  readonly matrix?: string;
  readonly others: ReadonlyMap<string, SummarisedChange[]>;
}

function renderAt(parts: SummaryParts, detail: DetailLevel, foldAbove: number): string {
  const sections = [parts.header];

  if (parts.risky.length > 0) {
    const withTables = detail === 'full' || detail === 'brief';
    const blocks = parts.risky.map((change) =>
      withTables ? changeBlock(change, true) : `- ${changeBlock(change, false)}`,
    );
    sections.push(
      `#### Deletes and replaces (${parts.risky.length})`,
      blocks.join(withTables ? '\n\n' : '\n'),
    );
  }

  if (parts.matrix) {
    sections.push('#### Access to ticket queues', parts.matrix);
  }

  if (parts.others.size > 0) {
    const count = [...parts.others.values()].reduce((total, group) => total + group.length, 0);
    sections.push(`#### Other changes (${count})`);
    for (const [type, changes] of parts.others) {
      sections.push(typeSection(type, changes, detail, foldAbove));
    }
  }
  return `${sections.join('\n\n')}\n`;
}

/**
 * Renders a plan (the parsed output of `terraform show -json <plan file>`) as Markdown for a
 * pull-request comment. Sensitive values, values that look like keys or passwords and
 * write-only values never appear. Throws PlanSummaryError when `plan` is not a plan.
 */
export function renderPlanSummary(plan: unknown, options: PlanSummaryOptions = {}): PlanSummary {
  const document: PlanDocument = asPlanDocument(plan);
  const maxLength = options.maxLength ?? GITHUB_COMMENT_LIMIT - 1024;
  const foldAbove = options.foldAbove ?? 10;
  const title = options.title ?? '### Terraform plan';

  const changes = summarisedChanges(document);
  const counts = countChanges(changes);
  const warnings = [
    ...(document.errored
      ? ['> **Planning failed:** this plan is incomplete and cannot be applied.']
      : []),
    ...(document.complete === false && !document.errored
      ? ['> **Incomplete plan:** some changes are deferred to a later plan.']
      : []),
  ];

  if (changes.length === 0) {
    const markdown = [title, ...warnings, 'No changes.'].join('\n\n');
    return { markdown: `${markdown}\n`, counts, detail: 'full', overLimit: false };
  }

  const objects = new PlanObjects(document, changes);
  const matrix = accessMatrix(document.resource_changes ?? [], objects);
  const parts: SummaryParts = {
    header: [title, ...warnings, countsLine(counts)].join('\n\n'),
    risky: changes.filter((change) => change.kind === 'delete' || change.kind === 'replace'),
    matrix: matrix ? renderAccessMatrix(matrix) : undefined,
    others: groupByType(
      changes.filter((change) => change.kind !== 'delete' && change.kind !== 'replace'),
    ),
  };

  let markdown = '';
  for (const detail of DETAIL_LEVELS) {
    markdown = renderAt(parts, detail, foldAbove);
    if (markdown.length <= maxLength) {
      return { markdown, counts, detail, overLimit: false };
    }
  }
  return { markdown, counts, detail: 'counts', overLimit: true };
}
