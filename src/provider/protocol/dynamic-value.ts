import { Decoder, Encoder, ExtData } from '@msgpack/msgpack';
import { UNKNOWN, isObjectValue, isUnknown } from '../framework/values';
import type { ObjectValue, Value, ValueType } from '../framework/values';

/** Terraform's msgpack extension code for an unknown value. */
const UNKNOWN_EXTENSION = 0;

/**
 * One encoder and one decoder for the process: building them per value costs a fresh buffer
 * each time. Both are re-entrant (they clone themselves when busy) and `encode` copies its output.
 */
const MSGPACK_ENCODER = new Encoder();
const MSGPACK_DECODER = new Decoder();

/** Raised when bytes from Terraform do not fit the type the schema expects. */
export class ValueDecodeError extends Error {
  public readonly code = 'VALUE_DECODE';

  public constructor(message: string) {
    super(message);
    this.name = 'ValueDecodeError';
  }
}

/**
 * Encodes a value of the given type as Terraform's msgpack DynamicValue bytes: null as nil,
 * unknown as extension 0, numbers as integers where exact, objects with every attribute of the
 * type.
 */
export function encodeMsgpack(value: Value, type: ValueType): Uint8Array {
  return MSGPACK_ENCODER.encode(toWire(value, type));
}

/**
 * Decodes Terraform msgpack bytes as a value of the given type. Any extension type (Terraform
 * sends 0, and 12 for refined unknowns) becomes `UNKNOWN`; missing object attributes become null.
 */
export function decodeMsgpack(bytes: Uint8Array, type: ValueType): Value {
  if (bytes.length === 0) {
    return null;
  }
  return conformRoot(MSGPACK_DECODER.decode(bytes), type);
}

/** Reads a value of the given type from Terraform's JSON state encoding. */
export function decodeJson(bytes: Uint8Array, type: ValueType): Value {
  if (bytes.length === 0) {
    return null;
  }
  return conformRoot(JSON.parse(Buffer.from(bytes).toString('utf8')), type);
}

/** Shapes an already parsed JSON value (stored state) into a value of the given type. */
export function fromJson(raw: unknown, type: ValueType): Value {
  return conformRoot(raw, type);
}

/** Reads a DynamicValue message (msgpack or JSON) as a value of the given type. */
export function decodeDynamicValue(
  dynamicValue: { msgpack?: Uint8Array; json?: Uint8Array } | undefined | null,
  type: ValueType,
): Value {
  if (!dynamicValue) {
    return null;
  }
  if (dynamicValue.msgpack && dynamicValue.msgpack.length > 0) {
    return decodeMsgpack(dynamicValue.msgpack, type);
  }
  if (dynamicValue.json && dynamicValue.json.length > 0) {
    return decodeJson(dynamicValue.json, type);
  }
  return null;
}

/** Reads an object-typed DynamicValue; null when Terraform sent a null object. */
export function decodeObject(
  dynamicValue: { msgpack?: Uint8Array; json?: Uint8Array } | undefined | null,
  type: ValueType,
): ObjectValue | null {
  const value = decodeDynamicValue(dynamicValue, type);
  return isObjectValue(value) ? value : null;
}

function toWire(value: Value, type: ValueType): unknown {
  if (value === null || value === undefined) {
    return null;
  }
  if (isUnknown(value)) {
    return new ExtData(UNKNOWN_EXTENSION, new Uint8Array(0));
  }
  if (typeof type === 'string') {
    return primitiveToWire(value, type);
  }

  const [kind, inner] = type;
  switch (kind) {
    case 'list':
    case 'set':
      return asArray(value).map((element) => toWire(element, inner));
    case 'tuple':
      return asArray(value).map((element, index) => toWire(element, inner[index]));
    case 'map': {
      const wire: Record<string, unknown> = {};
      for (const [key, element] of Object.entries(asObject(value))) {
        wire[key] = toWire(element, inner);
      }
      return wire;
    }
    case 'object': {
      const source = asObject(value);
      const wire: Record<string, unknown> = {};
      for (const name in inner) {
        wire[name] = toWire(source[name] ?? null, inner[name]);
      }
      return wire;
    }
  }
}

function primitiveToWire(value: Value, type: 'string' | 'number' | 'bool' | 'dynamic'): unknown {
  switch (type) {
    case 'string':
      return String(value);
    case 'number':
      return typeof value === 'number' ? value : Number(value);
    case 'bool':
      return value === true || value === 'true';
    case 'dynamic': {
      const inferred = inferType(value);
      return [Buffer.from(JSON.stringify(inferred)), toWire(value, inferred)];
    }
  }
}

function inferType(value: Value): ValueType {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'bool';
  if (Array.isArray(value)) return ['tuple', value.map(inferType)];
  const attributes: Record<string, ValueType> = {};
  for (const [name, inner] of Object.entries(asObject(value))) {
    attributes[name] = inferType(inner);
  }
  return ['object', attributes];
}

function asArray(value: Value): Value[] {
  if (!Array.isArray(value)) {
    throw new ValueDecodeError('expected a list, set or tuple value');
  }
  return value;
}

function asObject(value: Value): ObjectValue {
  if (!isObjectValue(value)) {
    throw new ValueDecodeError('expected an object or map value');
  }
  return value;
}

/**
 * One step from a value to the part of it that did not fit: an object attribute, a collection
 * index, a map key, or an attribute of an untyped (dynamic) object.
 */
type PathStep =
  | { readonly attribute: string }
  | { readonly index: number }
  | { readonly key: string }
  | { readonly dynamicAttribute: string };

/**
 * A part of a value that does not fit its type, thrown while the value is shaped; the steps from
 * the root are prepended as it travels up, so no path text is built while values fit.
 */
class ValueMismatch {
  public readonly steps: PathStep[] = [];

  public constructor(public readonly describe: (at: string) => string) {}
}

function withStep(error: unknown, step: PathStep): unknown {
  if (error instanceof ValueMismatch) {
    error.steps.unshift(step);
  }
  return error;
}

function pathText(steps: readonly PathStep[]): string {
  let path = '';
  for (const step of steps) {
    if ('attribute' in step) {
      path = path ? `${path}.${step.attribute}` : step.attribute;
    } else if ('index' in step) {
      path = `${path}[${step.index}]`;
    } else if ('key' in step) {
      path = `${path}["${step.key}"]`;
    } else {
      path = `${path}.${step.dynamicAttribute}`;
    }
  }
  return path;
}

/** Shapes a decoded msgpack/JSON tree into a `Value` of the given type. */
function conformRoot(raw: unknown, type: ValueType): Value {
  try {
    return conform(raw, type);
  } catch (error) {
    if (error instanceof ValueMismatch) {
      const path = pathText(error.steps);
      throw new ValueDecodeError(error.describe(path || 'the root'));
    }
    throw error;
  }
}

function conform(raw: unknown, type: ValueType): Value {
  if (raw === null || raw === undefined) {
    return null;
  }
  if (raw instanceof ExtData) {
    return UNKNOWN;
  }
  if (typeof type === 'string') {
    return conformPrimitive(raw, type);
  }

  const [kind, inner] = type;
  switch (kind) {
    case 'list':
    case 'set': {
      const elements = rawArray(raw);
      const result: Value[] = new Array<Value>(elements.length);
      let index = 0;
      try {
        for (; index < elements.length; index++) {
          result[index] = conform(elements[index], inner);
        }
      } catch (error) {
        throw withStep(error, { index });
      }
      return result;
    }
    case 'tuple': {
      const elements = rawArray(raw);
      const result: Value[] = new Array<Value>(elements.length);
      let index = 0;
      try {
        for (; index < elements.length; index++) {
          result[index] = conform(elements[index], inner[index] ?? 'dynamic');
        }
      } catch (error) {
        throw withStep(error, { index });
      }
      return result;
    }
    case 'map': {
      const source = rawObject(raw);
      const result: ObjectValue = {};
      let key = '';
      try {
        for (key of Object.keys(source)) {
          result[key] = conform(source[key], inner);
        }
      } catch (error) {
        throw withStep(error, { key });
      }
      return result;
    }
    case 'object': {
      const source = rawObject(raw);
      const result: ObjectValue = {};
      let attribute = '';
      try {
        for (attribute in inner) {
          result[attribute] = conform(source[attribute], inner[attribute]);
        }
      } catch (error) {
        throw withStep(error, { attribute });
      }
      return result;
    }
  }
}

function conformPrimitive(raw: unknown, type: 'string' | 'number' | 'bool' | 'dynamic'): Value {
  switch (type) {
    case 'string':
      if (typeof raw === 'string') return raw;
      if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
      break;
    case 'number':
      if (typeof raw === 'number') return raw;
      if (typeof raw === 'string' && raw.trim() !== '' && Number.isFinite(Number(raw))) {
        return Number(raw);
      }
      break;
    case 'bool':
      if (typeof raw === 'boolean') return raw;
      if (raw === 'true' || raw === 'false') return raw === 'true';
      break;
    case 'dynamic':
      return conformDynamic(raw);
  }
  throw new ValueMismatch((at) => `value at ${at} does not fit type ${type}`);
}

/** A dynamic value on the wire is a pair of its JSON type and the value itself. */
function conformDynamic(raw: unknown): Value {
  if (Array.isArray(raw) && raw.length === 2 && raw[0] instanceof Uint8Array) {
    const type = JSON.parse(Buffer.from(raw[0]).toString('utf8')) as ValueType;
    return conform(raw[1], type);
  }
  if (Array.isArray(raw)) {
    const result: Value[] = new Array<Value>(raw.length);
    let index = 0;
    try {
      for (; index < raw.length; index++) {
        result[index] = conform(raw[index], 'dynamic');
      }
    } catch (error) {
      throw withStep(error, { index });
    }
    return result;
  }
  if (typeof raw === 'object' && raw !== null) {
    const source = raw as Record<string, unknown>;
    const result: ObjectValue = {};
    let dynamicAttribute = '';
    try {
      for (dynamicAttribute of Object.keys(source)) {
        result[dynamicAttribute] = conform(source[dynamicAttribute], 'dynamic');
      }
    } catch (error) {
      throw withStep(error, { dynamicAttribute });
    }
    return result;
  }
  return raw as Value;
}

function rawArray(raw: unknown): unknown[] {
  if (!Array.isArray(raw)) {
    throw new ValueMismatch((at) => `value at ${at} is not a collection`);
  }
  return raw;
}

function rawObject(raw: unknown): Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ValueMismatch((at) => `value at ${at} is not an object`);
  }
  return raw as Record<string, unknown>;
}
