/**
 * The attributes of "API object" resources: how one documented API field becomes one Terraform
 * attribute (type, validation, plan behaviour), how the service's answer becomes state, and how
 * state becomes a request body. The attribute name is always the API's field name.
 */
import { formatPath } from '../provider/framework/diagnostics';
import {
  integerAtLeast,
  oneOf,
  stringLengthBetween,
  stringMatches,
  useStateForUnknown,
} from '../provider/framework/modifiers';
import type { AttributeSchema, AttributeValidator } from '../provider/framework/schema';
import { isUnknown } from '../provider/framework/values';
import type { ObjectValue, Value } from '../provider/framework/values';

/**
 * What an API field holds, which decides its Terraform type and how values compare:
 * - `text`: a string; the service's empty string and null both mean unset;
 * - `id`: the positive integer id of another object;
 * - `integer`: a whole number (see `min`);
 * - `number`: a decimal number; the service may answer it as a numeric string;
 * - `date`: a calendar date `YYYY-MM-DD`; a date-time answer counts by its date;
 * - `color`: a hex colour written `#rrggbb` in lower case (the state keeps answers in lower case);
 * - `choice`: one string of `choices`.
 */
export type FieldKind = 'text' | 'id' | 'integer' | 'number' | 'date' | 'color' | 'choice';

/** One writable API field of an object, seen as a Terraform attribute. */
export interface ApiField {
  readonly kind: FieldKind;
  /** What the attribute means, for users and generated documentation. */
  readonly description: string;
  /**
   * The configuration must set it.
   * @default false
   */
  readonly required?: boolean;
  /**
   * The service fills a value when the configuration leaves the field unset: the attribute is
   * optional and computed, and keeps its last known value while unset.
   * @default false
   */
  readonly serverDefault?: boolean;
  /**
   * Longest accepted text, in characters (`text` only).
   * @default 255
   */
  readonly maxLength?: number;
  /**
   * Smallest accepted whole number (`integer` only).
   * @default 0
   */
  readonly min?: number;
  /** The accepted values (`choice`, and `integer` when only some numbers are valid). */
  readonly choices?: readonly (string | number)[];
}

/** The API fields of one object type, by field name. */
export type ApiFields = Readonly<Record<string, ApiField>>;

/** A value as a request body carries it. */
export type ApiValue = string | number | null;

/** A request body: field names to values. */
export type ApiBody = Record<string, ApiValue>;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_PREFIX = /^\d{4}-\d{2}-\d{2}(?=$|[T ])/;
const COLOR_PATTERN = /^#[0-9a-f]{6}$/;
const DIGITS = /^[1-9]\d*$/;

/** Whether the text is a real calendar date written `YYYY-MM-DD`. */
export function isCalendarDate(text: string): boolean {
  const match = DATE_PATTERN.exec(text);
  if (!match) {
    return false;
  }

  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** Accepts calendar dates written `YYYY-MM-DD`. */
export function calendarDate(): AttributeValidator {
  return {
    description: 'Must be a calendar date written YYYY-MM-DD.',
    validate: (value, path, diagnostics) => {
      if (typeof value !== 'string' || !isCalendarDate(value)) {
        diagnostics.error(
          'Invalid Date',
          `${formatPath(path)} must be a calendar date written YYYY-MM-DD, such as 2024-12-31; ` +
            `the configuration sets ${JSON.stringify(value)}. Change the value in the ` +
            'configuration.',
          path,
        );
      }
    },
  };
}

function validatorsOf(field: ApiField): AttributeValidator[] {
  switch (field.kind) {
    case 'text':
      return [stringLengthBetween(1, field.maxLength ?? 255)];
    case 'id':
      return [integerAtLeast(1)];
    case 'integer':
      return field.choices ? [oneOf(...field.choices)] : [integerAtLeast(field.min ?? 0)];
    case 'number':
      return [];
    case 'date':
      return [calendarDate()];
    case 'color':
      return [
        stringMatches(
          COLOR_PATTERN,
          'be a hex colour written #rrggbb in lower case, such as #ff0000',
        ),
      ];
    case 'choice':
      return [oneOf(...(field.choices ?? []))];
  }
}

/** The Terraform attribute for an API field. */
export function attributeOf(field: ApiField): AttributeSchema {
  const type = field.kind === 'id' || field.kind === 'integer' || field.kind === 'number';
  const presence = field.required
    ? { required: true }
    : field.serverDefault
      ? { optional: true, computed: true, planModifiers: [useStateForUnknown()] }
      : { optional: true };
  return {
    type: type ? 'number' : 'string',
    description: field.description,
    validators: validatorsOf(field),
    ...presence,
  };
}

/** The same attribute, read only: for data sources that report an object. */
export function computedAttributeOf(field: ApiField): AttributeSchema {
  const numeric = field.kind === 'id' || field.kind === 'integer' || field.kind === 'number';
  return { type: numeric ? 'number' : 'string', computed: true, description: field.description };
}

/** The attributes of every field. */
export function attributesOf(
  fields: ApiFields,
  attribute: (field: ApiField) => AttributeSchema,
): Record<string, AttributeSchema> {
  return Object.fromEntries(
    Object.entries(fields).map(([name, field]) => [name, attribute(field)]),
  );
}

/** A service value in the state's form; null for unset and for numbers that cannot be read. */
function stateValue(kind: FieldKind, remote: unknown): Value {
  if (remote === null || remote === undefined || remote === '') {
    return null;
  }

  switch (kind) {
    case 'id':
    case 'integer':
    case 'number': {
      const number = typeof remote === 'string' ? Number(remote.trim()) : remote;
      return typeof number === 'number' && Number.isFinite(number) ? number : null;
    }
    case 'date': {
      const text = String(remote);
      return DATE_PREFIX.exec(text)?.[0] ?? text;
    }
    case 'color':
      return String(remote).toLowerCase();
    default:
      return String(remote);
  }
}

/**
 * The state of an object as the service answered it, each value in its canonical form, so that
 * a plan after apply or import shows no change where the service only re-spelled a value.
 */
export function stateOf(fields: ApiFields, remote: { readonly id: number }): ObjectValue {
  const answer = remote as unknown as Readonly<Record<string, unknown>>;
  const state: ObjectValue = { id: String(remote.id) };
  for (const [name, field] of Object.entries(fields)) {
    state[name] = stateValue(field.kind, answer[name]);
  }
  return state;
}

function bodyValue(value: Value): ApiValue | undefined {
  return typeof value === 'string' || typeof value === 'number' ? value : undefined;
}

/** A create body holding every field the configuration sets. */
export function createBody(fields: ApiFields, config: ObjectValue): ApiBody {
  const body: ApiBody = {};
  for (const name of Object.keys(fields)) {
    const value = bodyValue(config[name] ?? null);
    if (value !== undefined) {
      body[name] = value;
    }
  }
  return body;
}

/**
 * An update body holding the fields whose planned value differs from the prior state. A field
 * removed from the configuration is cleared: text with an empty string (the documented type of
 * text fields), other fields with null.
 */
export function updateBody(fields: ApiFields, planned: ObjectValue, prior: ObjectValue): ApiBody {
  const body: ApiBody = {};
  for (const [name, field] of Object.entries(fields)) {
    const next = planned[name] ?? null;
    if (isUnknown(next) || next === (prior[name] ?? null)) {
      continue;
    }
    body[name] = bodyValue(next) ?? (field.kind === 'text' ? '' : null);
  }
  return body;
}

/** The numeric API id held in a state's `id`, or undefined when it is no positive whole number. */
export function objectIdOf(state: ObjectValue): number | undefined {
  const id = state.id;
  if (typeof id === 'string' && DIGITS.test(id.trim())) {
    return Number(id.trim());
  }
  return undefined;
}

/** Whether an import id or lookup value is a numeric object id. */
export function isObjectId(text: string): boolean {
  return DIGITS.test(text) && Number.isSafeInteger(Number(text));
}
