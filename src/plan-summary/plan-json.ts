/**
 * The parts of Terraform's machine-readable plan (`terraform show -json <plan file>`, format 1.x)
 * that the summary reads, and the checks that tell a plan from other JSON.
 */
import { PlanSummaryError } from './errors';

/** Any JSON value. */
export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;

/** A JSON object. */
export interface JsonObject {
  [key: string]: JsonValue;
}

/**
 * A mark that mirrors a value: `true` marks the whole value (sensitive, or unknown until apply),
 * an object or array marks parts of it, `false` or absence marks nothing.
 */
export type ValueMark = boolean | ValueMark[] | { [key: string]: ValueMark };

/** What Terraform will do to one object, as the plan states it. */
export interface PlannedChange {
  /** One of: no-op, create, read, update, delete, forget, or a delete/create pair (replace). */
  readonly actions: readonly string[];
  readonly before: JsonValue;
  readonly after: JsonValue;
  /** Which parts of `after` are known only after apply; they are absent from `after`. */
  readonly after_unknown?: ValueMark;
  readonly before_sensitive?: ValueMark;
  readonly after_sensitive?: ValueMark;
  /** Paths of the attributes whose change forces a replace; each step a name or an index. */
  readonly replace_paths?: readonly (readonly (string | number)[])[];
  /** Present when the object is imported by this plan. */
  readonly importing?: { readonly id?: string; readonly identity?: JsonValue };
}

/** One entry of `resource_changes`. */
export interface ResourceChange {
  readonly address: string;
  readonly previous_address?: string;
  readonly module_address?: string;
  readonly mode: string;
  readonly type: string;
  readonly name: string;
  readonly index?: string | number;
  readonly change: PlannedChange;
  readonly action_reason?: string;
}

/** One resource instance in `planned_values` or `prior_state`. */
export interface ResourceValues {
  readonly address: string;
  readonly mode: string;
  readonly type: string;
  readonly name: string;
  readonly index?: string | number;
  readonly values?: JsonObject;
}

/** A module's values in `planned_values` or `prior_state`. */
export interface ModuleValues {
  readonly address?: string;
  readonly resources?: readonly ResourceValues[];
  readonly child_modules?: readonly ModuleValues[];
}

/** An expression in the configuration: a constant, or the names it refers to. */
export interface ConfigExpression {
  readonly constant_value?: JsonValue;
  readonly references?: readonly string[];
}

/** A resource block in the configuration. */
export interface ConfigResource {
  /** Address relative to its module, e.g. `mojohelpdesk_user.alice`. */
  readonly address: string;
  readonly mode: string;
  readonly type: string;
  readonly name: string;
  readonly expressions?: Record<string, ConfigExpression | unknown>;
}

/** A module of the configuration. */
export interface ConfigModule {
  readonly resources?: readonly ConfigResource[];
  readonly module_calls?: Record<string, { readonly module?: ConfigModule }>;
}

/** A saved plan in Terraform's JSON form, as far as the summary reads it. */
export interface PlanDocument {
  readonly format_version: string;
  readonly terraform_version?: string;
  readonly resource_changes?: readonly ResourceChange[];
  readonly planned_values?: { readonly root_module?: ModuleValues };
  readonly prior_state?: { readonly values?: { readonly root_module?: ModuleValues } };
  readonly configuration?: { readonly root_module?: ConfigModule };
  /** False when the plan stopped early or deferred changes. */
  readonly complete?: boolean;
  /** True when planning failed; the plan cannot be applied. */
  readonly errored?: boolean;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks that `document` is a plan in JSON format 1.x and returns it typed. Throws
 * PlanSummaryError NOT_A_PLAN for other JSON (a state from `terraform show -json` without a plan
 * file among it) and PLAN_FORMAT_UNSUPPORTED for another major format version.
 */
export function asPlanDocument(document: unknown): PlanDocument {
  if (!isObject(document) || typeof document.format_version !== 'string') {
    throw new PlanSummaryError(
      'NOT_A_PLAN',
      'The JSON is not a Terraform plan: it has no format_version. Produce it with ' +
        '`terraform show -json <saved plan file>`.',
    );
  }

  const isPlan =
    'planned_values' in document || 'resource_changes' in document || 'prior_state' in document;
  if (!isPlan) {
    throw new PlanSummaryError(
      'NOT_A_PLAN',
      'The JSON looks like a Terraform state, not a plan. Save a plan with ' +
        '`terraform plan -out=<file>`, then run `terraform show -json <file>`.',
    );
  }

  if (!document.format_version.startsWith('1.')) {
    throw new PlanSummaryError(
      'PLAN_FORMAT_UNSUPPORTED',
      `The plan has JSON format ${document.format_version}; only format 1.x is understood.`,
    );
  }

  if (document.resource_changes !== undefined && !Array.isArray(document.resource_changes)) {
    throw new PlanSummaryError('NOT_A_PLAN', "The plan's resource_changes is not a list.");
  }
  return document as unknown as PlanDocument;
}

/** Parses plan JSON text; throws PlanSummaryError PLAN_NOT_JSON, or as asPlanDocument does. */
export function parsePlanJson(text: string): PlanDocument {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    // The parser's message quotes the text around the fault, which may hold a secret.
    throw new PlanSummaryError(
      'PLAN_NOT_JSON',
      'The plan is not valid JSON. Pass the output of `terraform show -json <plan file>`.',
    );
  }
  return asPlanDocument(document);
}

/** Every resource instance of a module tree, children included. */
export function moduleResources(module: ModuleValues | undefined): ResourceValues[] {
  if (!module) {
    return [];
  }
  const nested = (module.child_modules ?? []).flatMap((child) => moduleResources(child));
  return [...(module.resources ?? []), ...nested];
}
