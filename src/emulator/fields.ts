import { badRequest, ErrorShape } from './errors';
import { Kind, Store } from './store';

/** The value types request bodies carry, as the OpenAPI schemas name them. */
export type FieldType = 'string' | 'text' | 'integer' | 'number' | 'boolean' | 'date';

/** What one writable field accepts. */
export interface FieldSpec {
  /** Type; 'text' is a string without the default length limit. */
  readonly type: FieldType;
  /** Whether null is accepted (it clears the field). */
  readonly nullable?: boolean;
  /** The only values accepted, compared after coercion. */
  readonly enum?: readonly (string | number)[];
  /** Shortest accepted string. */
  readonly minLength?: number;
  /**
   * Longest accepted string.
   * @default 255 for 'string', unlimited for 'text'
   */
  readonly maxLength?: number;
  /** Kind of object the value must be the id of. */
  readonly references?: Kind;
}

/** Field name as the service words it in messages: "support_status_id" -> "Support status". */
export function humanize(field: string): string {
  const words = field.replace(/_id$/, '').replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INTEGER_TEXT = /^-?\d{1,15}$/;

/** Whether a string is a real calendar date written YYYY-MM-DD. */
export function isDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) {
    return false;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/**
 * Reads an integer the way the service does: a JSON integer or a string of digits ("888").
 * Answers undefined for anything else.
 */
export function readInteger(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isSafeInteger(value)) {
    return value;
  }
  if (typeof value === 'string' && INTEGER_TEXT.test(value.trim())) {
    return Number(value.trim());
  }
  return undefined;
}

/** Reads a boolean: JSON true/false or the strings "true"/"false"/"1"/"0". */
export function readBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') {
    return value;
  }
  if (value === 'true' || value === '1' || value === 1) {
    return true;
  }
  if (value === 'false' || value === '0' || value === 0) {
    return false;
  }
  return undefined;
}

/** Options of one validation pass. */
export interface ValidationContext {
  /** Body shape of the 400 answer. */
  readonly shape: ErrorShape;
  /** Fields that must be present and not blank (on create) or not blanked (on update). */
  readonly required: readonly string[];
  /** Whether the object is being created (required fields must be present). */
  readonly creating: boolean;
  /** Store used to check references. */
  readonly store: Store;
}

/**
 * Checks and coerces the known fields of a request body. Answers the cleaned values of the fields
 * present; throws a 400 ApiError listing every problem found.
 */
export function validateFields(
  specs: Readonly<Record<string, FieldSpec>>,
  body: Record<string, unknown>,
  context: ValidationContext,
): Record<string, unknown> {
  const problems: string[] = [];
  const cleaned: Record<string, unknown> = {};

  for (const field of context.required) {
    if (context.creating && !Object.hasOwn(body, field)) {
      problems.push(`${humanize(field)} can't be blank`);
    }
  }

  for (const [field, spec] of Object.entries(specs)) {
    if (!Object.hasOwn(body, field)) {
      continue;
    }
    const outcome = readField(field, spec, body[field], context);
    if (typeof outcome === 'string') {
      problems.push(outcome);
    } else {
      cleaned[field] = outcome.value;
    }
  }

  if (problems.length > 0) {
    throw badRequest(context.shape, problems);
  }
  return cleaned;
}

function readField(
  field: string,
  spec: FieldSpec,
  raw: unknown,
  context: ValidationContext,
): { value: unknown } | string {
  const name = humanize(field);
  const required = context.required.includes(field);

  if (raw === null || (raw === '' && spec.type !== 'string' && spec.type !== 'text')) {
    if (required || !spec.nullable) {
      return `${name} can't be blank`;
    }
    return { value: null };
  }

  const value = coerce(spec.type, raw);
  if (value === undefined) {
    return typeMessage(name, spec.type);
  }

  if (typeof value === 'string') {
    if (required && value.trim() === '') {
      return `${name} can't be blank`;
    }
    const max = spec.maxLength ?? (spec.type === 'string' ? 255 : undefined);
    if (max !== undefined && value.length > max) {
      return `${name} is too long (maximum is ${max} characters)`;
    }
    if (spec.minLength !== undefined && value.length < spec.minLength) {
      return `${name} is too short (minimum is ${spec.minLength} characters)`;
    }
  }

  if (spec.enum && !spec.enum.includes(value as string | number)) {
    return `${name} is not included in the list`;
  }

  if (spec.references) {
    const id = value as number;
    if (id <= 0 || !context.store.has(spec.references, id)) {
      return `Invalid ${field.replace(/_/g, ' ')}`;
    }
  }
  return { value };
}

function coerce(type: FieldType, raw: unknown): unknown {
  switch (type) {
    case 'string':
    case 'text':
      return typeof raw === 'string' ? raw : undefined;
    case 'integer':
      return readInteger(raw);
    case 'number': {
      if (typeof raw === 'number' && Number.isFinite(raw)) {
        return raw;
      }
      const text = typeof raw === 'string' ? raw.trim() : '';
      return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : undefined;
    }
    case 'boolean':
      return readBoolean(raw);
    case 'date':
      return typeof raw === 'string' && isDate(raw) ? raw : undefined;
  }
}

function typeMessage(name: string, type: FieldType): string {
  switch (type) {
    case 'string':
    case 'text':
      return `${name} must be a string`;
    case 'integer':
      return `${name} must be an integer`;
    case 'number':
      return `${name} is not a number`;
    case 'boolean':
      return `${name} must be true or false`;
    case 'date':
      return `${name} is not a valid date`;
  }
}
