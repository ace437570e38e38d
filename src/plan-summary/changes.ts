/**
 * Reading `resource_changes`: what kind of change each entry is, the counts Terraform would
 * print, and which attributes change from what to what.
 */
import type { JsonObject, JsonValue, PlanDocument, ResourceChange } from './plan-json';
import { looksSecret, markAt, markTouches } from './values';

/** The kinds of change a reviewer weighs differently. */
export type ChangeKind = 'create' | 'update' | 'replace' | 'delete' | 'forget' | 'import';

/** Numbers of changes by kind; an imported object that also changes counts twice. */
export interface ChangeCounts {
  readonly create: number;
  readonly update: number;
  readonly replace: number;
  readonly delete: number;
  readonly forget: number;
  readonly import: number;
}

/** A managed resource change the summary shows, with its kind decided. */
export interface SummarisedChange {
  readonly resource: ResourceChange;
  readonly kind: ChangeKind;
  /** True when the object is imported by this plan. */
  readonly importing: boolean;
}

/** One attribute that changes. */
export interface AttributeChange {
  readonly name: string;
  /** True when the attribute is named in `replace_paths`. */
  readonly forcesReplace: boolean;
}

/** The kind of change for an action list, or undefined for no-op and read. */
function kindOfActions(actions: readonly string[]): Exclude<ChangeKind, 'import'> | undefined {
  if (actions.includes('delete') && actions.includes('create')) {
    return 'replace';
  }
  for (const kind of ['create', 'update', 'delete', 'forget'] as const) {
    if (actions.includes(kind)) {
      return kind;
    }
  }
  return undefined;
}

/**
 * The managed resource changes that do something: every change but no-ops and data source
 * reads, with imports kept even when they change nothing else.
 */
export function summarisedChanges(plan: PlanDocument): SummarisedChange[] {
  const changes: SummarisedChange[] = [];
  for (const resource of plan.resource_changes ?? []) {
    if (resource.mode !== 'managed') {
      continue;
    }
    const importing = resource.change.importing !== undefined;
    const kind = kindOfActions(resource.change.actions) ?? (importing ? 'import' : undefined);
    if (kind !== undefined) {
      changes.push({ resource, kind, importing });
    }
  }
  return changes;
}

/** Counts the changes by kind. */
export function countChanges(changes: readonly SummarisedChange[]): ChangeCounts {
  const counts = { create: 0, update: 0, replace: 0, delete: 0, forget: 0, import: 0 };
  for (const change of changes) {
    if (change.kind !== 'import') {
      counts[change.kind] += 1;
    }
    if (change.importing) {
      counts.import += 1;
    }
  }
  return counts;
}

function asObject(value: JsonValue | undefined): JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
}

function sameJson(left: JsonValue | undefined, right: JsonValue | undefined): boolean {
  if (left === right) {
    return true;
  }
  if (typeof left !== 'object' || typeof right !== 'object' || left === null || right === null) {
    return (left ?? null) === (right ?? null);
  }
  if (Array.isArray(left) !== Array.isArray(right)) {
    return false;
  }
  const leftKeys = Object.keys(left);
  const rightKeys = Object.keys(right);
  if (leftKeys.length !== rightKeys.length) {
    return false;
  }
  return leftKeys.every((key) =>
    sameJson((left as Record<string, JsonValue>)[key], (right as Record<string, JsonValue>)[key]),
  );
}

/** Top-level attribute names, sorted, of a change's before and after and unknown marks. */
function attributeNames(resource: ResourceChange): string[] {
  const unknown = resource.change.after_unknown;
  const unknownNames = typeof unknown === 'object' && !Array.isArray(unknown) ? unknown : {};
  const names = new Set([
    ...Object.keys(asObject(resource.change.before)),
    ...Object.keys(asObject(resource.change.after)),
    ...Object.keys(unknownNames),
  ]);
  return [...names].sort();
}

/** The attribute (first step) of each replace path. */
function replacingAttributes(resource: ResourceChange): Set<string> {
  const names = (resource.change.replace_paths ?? [])
    .map((path) => path[0])
    .filter((step): step is string => typeof step === 'string');
  return new Set(names);
}

/**
 * The attributes whose value changes: different before and after, known only after apply, or
 * sensitive on one side only. Attributes named in `replace_paths` always count.
 */
export function changedAttributes(resource: ResourceChange): AttributeChange[] {
  const { before, after, after_unknown, before_sensitive, after_sensitive } = resource.change;
  const replacing = replacingAttributes(resource);
  const changed: AttributeChange[] = [];

  for (const name of attributeNames(resource)) {
    const unknown = markTouches(markAt(after_unknown, name));
    const sensitivityChanged =
      markTouches(markAt(before_sensitive, name)) !== markTouches(markAt(after_sensitive, name));
    const valueChanged = !sameJson(asObject(before)[name], asObject(after)[name]);

    if (unknown || sensitivityChanged || valueChanged || replacing.has(name)) {
      changed.push({ name, forcesReplace: replacing.has(name) });
    }
  }
  return changed;
}

/** The attributes with a value (or one to come) on the side that exists: after, else before. */
export function presentAttributes(resource: ResourceChange): string[] {
  const side = asObject(resource.change.after ?? resource.change.before);
  const unknown = resource.change.after === null ? undefined : resource.change.after_unknown;
  return attributeNames(resource).filter(
    (name) => (side[name] ?? null) !== null || markTouches(markAt(unknown, name)),
  );
}

/** Renders a replace path as a reader writes it: `rule[0].name`. */
export function pathText(path: readonly (string | number)[]): string {
  return path
    .map((step, position) =>
      typeof step === 'number' ? `[${step}]` : position === 0 ? step : `.${step}`,
    )
    .join('');
}

/** Attribute names that usually say which object a resource is, in order of preference. */
const NAMING_ATTRIBUTES = ['email', 'name', 'title', 'display_name', 'subject'] as const;

/**
 * A short human name for the object (its email, name or title) from after, else before; undefined
 * when it has none or the value is masked.
 */
export function objectName(resource: ResourceChange): string | undefined {
  const { after, before, after_sensitive, before_sensitive } = resource.change;
  for (const [side, sensitive] of [
    [after, after_sensitive],
    [before, before_sensitive],
  ] as const) {
    for (const attribute of NAMING_ATTRIBUTES) {
      const value = asObject(side)[attribute];
      const masked = markTouches(markAt(sensitive, attribute));
      if (typeof value === 'string' && value !== '' && !masked && !looksSecret(value)) {
        return value;
      }
    }
  }
  return undefined;
}
