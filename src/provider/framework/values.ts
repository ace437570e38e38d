/**
 * Terraform's type system as the framework sees it, and the plain JavaScript values that carry
 * configuration, plans and state between Terraform and resource code.
 */

/**
 * A Terraform value type, in the same shape Terraform writes type constraints in JSON:
 * `'string'`, `['list', 'string']`, `['object', { name: 'string' }]`.
 */
export type ValueType =
  | 'string'
  | 'number'
  | 'bool'
  | 'dynamic'
  | readonly ['list' | 'set' | 'map', ValueType]
  | readonly ['object', Readonly<Record<string, ValueType>>]
  | readonly ['tuple', readonly ValueType[]];

/** Marks a value that Terraform will only know after apply. */
export class UnknownValue {
  /** Makes the class nominal: no array or object is mistaken for it by the type checker. */
  private readonly unknownMarker = true;

  /** Text shown if an unknown value ever reaches a log line. */
  public toString(): string {
    return this.unknownMarker ? '(known after apply)' : '';
  }
}

/** The one unknown value; compare with `isUnknown`. */
export const UNKNOWN: UnknownValue = new UnknownValue();
Object.freeze(UNKNOWN);

/**
 * A Terraform value: null, unknown, a primitive, a list/set/tuple (array) or a map/object (plain
 * object). Which of these is valid follows from the `ValueType` it belongs to.
 */
export type Value = null | UnknownValue | string | number | boolean | Value[] | ObjectValue;

/** An object or map value: attribute names to values. */
export interface ObjectValue {
  [attribute: string]: Value;
}

/** Whether the value is unknown (known only after apply). */
export function isUnknown(value: unknown): value is UnknownValue {
  return value instanceof UnknownValue;
}

/** Whether the value is a plain object value (an object or map), not null, unknown or array. */
export function isObjectValue(value: unknown): value is ObjectValue {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isUnknown(value);
}

/** Whether the value or anything inside it is unknown. */
export function containsUnknown(value: Value): boolean {
  if (isUnknown(value)) {
    return true;
  }
  if (Array.isArray(value)) {
    return value.some(containsUnknown);
  }
  if (isObjectValue(value)) {
    return Object.values(value).some(containsUnknown);
  }
  return false;
}

/** Structural equality of two values; unknown equals only unknown. */
export function valuesEqual(left: Value | undefined, right: Value | undefined): boolean {
  if (left === right) {
    return true;
  }
  if (left === undefined || right === undefined || left === null || right === null) {
    return (left ?? null) === (right ?? null);
  }
  if (isUnknown(left) || isUnknown(right)) {
    return isUnknown(left) && isUnknown(right);
  }
  if (Array.isArray(left) || Array.isArray(right)) {
    return (
      Array.isArray(left) &&
      Array.isArray(right) &&
      left.length === right.length &&
      left.every((element, index) => valuesEqual(element, right[index]))
    );
  }
  if (isObjectValue(left) && isObjectValue(right)) {
    const names = new Set([...Object.keys(left), ...Object.keys(right)]);
    return [...names].every((name) => valuesEqual(left[name], right[name]));
  }
  return false;
}

/** A deep copy of a value (unknown stays the shared `UNKNOWN`). */
export function cloneValue<T extends Value>(value: T): T {
  if (Array.isArray(value)) {
    return value.map(cloneValue) as T;
  }
  if (isObjectValue(value)) {
    const copy: ObjectValue = {};
    for (const [name, inner] of Object.entries(value)) {
      copy[name] = cloneValue(inner);
    }
    return copy as T;
  }
  return value;
}
