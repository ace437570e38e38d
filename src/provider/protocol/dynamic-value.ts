import { decode, encode, ExtData } from '@msgpack/msgpack';
import { UNKNOWN, isObjectValue, isUnknown } from '../framework/values';
import type { ObjectValue, Value, ValueType } from '../framework/values';

/** Terraform's msgpack extension code for an unknown value. */
const UNKNOWN_EXTENSION = 0;

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
  return encode(toWire(value, type));
}

/**
 * Decodes Terraform msgpack bytes as a value of the given type. Any extension type (Terraform
 * sends 0, and 12 for refined unknowns) becomes `UNKNOWN`; missing object attributes become null.
 */
export function decodeMsgpack(bytes: Uint8Array, type: ValueType): Value {
  if (bytes.length === 0) {
    return null;
  }
  return conform(decode(bytes), type, '');
}

/** Reads a value of the given type from Terraform's JSON state encoding. */
export function decodeJson(bytes: Uint8Array, type: ValueType): Value {
  if (bytes.length === 0) {
    return null;
  }
  return conform(JSON.parse(Buffer.from(bytes).toString('utf8')), type, '');
}

/** Shapes an already parsed JSON value (stored state) into a value of the given type. */
export function fromJson(raw: unknown, type: ValueType): Value {
  return conform(raw, type, '');
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
      for (const [name, attributeType] of Object.entries(inner)) {
        wire[name] = toWire(source[name] ?? null, attributeType);
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

/** Shapes a decoded msgpack/JSON tree into a `Value` of the given type. */
function conform(raw: unknown, type: ValueType, path: string): Value {
  if (raw === null || raw === undefined) {
    return null;
  }
  if (raw instanceof ExtData) {
    return UNKNOWN;
  }
  if (typeof type === 'string') {
    return conformPrimitive(raw, type, path);
  }

  const [kind, inner] = type;
  switch (kind) {
    case 'list':
    case 'set':
      return rawArray(raw, path).map((element, index) =>
        conform(element, inner, `${path}[${index}]`),
      );
    case 'tuple':
      return rawArray(raw, path).map((element, index) =>
        conform(element, inner[index] ?? 'dynamic', `${path}[${index}]`),
      );
    case 'map': {
      const result: ObjectValue = {};
      for (const [key, element] of Object.entries(rawObject(raw, path))) {
        result[key] = conform(element, inner, `${path}["${key}"]`);
      }
      return result;
    }
    case 'object': {
      const source = rawObject(raw, path);
      const result: ObjectValue = {};
      for (const [name, attributeType] of Object.entries(inner)) {
        result[name] = conform(source[name], attributeType, path ? `${path}.${name}` : name);
      }
      return result;
    }
  }
}

function conformPrimitive(
  raw: unknown,
  type: 'string' | 'number' | 'bool' | 'dynamic',
  path: string,
): Value {
  switch (type) {
    case 'string':
      if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') {
        return String(raw);
      }
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
      return conformDynamic(raw, path);
  }
  throw new ValueDecodeError(`value at ${path || 'the root'} does not fit type ${type}`);
}

/** A dynamic value on the wire is a pair of its JSON type and the value itself. */
function conformDynamic(raw: unknown, path: string): Value {
  if (Array.isArray(raw) && raw.length === 2 && raw[0] instanceof Uint8Array) {
    const type = JSON.parse(Buffer.from(raw[0]).toString('utf8')) as ValueType;
    return conform(raw[1], type, path);
  }
  if (Array.isArray(raw)) {
    return raw.map((element, index) => conform(element, 'dynamic', `${path}[${index}]`));
  }
  if (typeof raw === 'object' && raw !== null) {
    const result: ObjectValue = {};
    for (const [name, inner] of Object.entries(raw)) {
      result[name] = conform(inner, 'dynamic', `${path}.${name}`);
    }
    return result;
  }
  return raw as Value;
}

function rawArray(raw: unknown, path: string): unknown[] {
  if (!Array.isArray(raw)) {
    throw new ValueDecodeError(`value at ${path || 'the root'} is not a collection`);
  }
  return raw;
}

function rawObject(raw: unknown, path: string): Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ValueDecodeError(`value at ${path || 'the root'} is not an object`);
  }
  return raw as Record<string, unknown>;
}
