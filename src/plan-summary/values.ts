/**
 * Attribute values as a reviewer reads them: compact JSON in a code span, with sensitive parts,
 * parts unknown until apply and anything that looks like a key or password replaced by a note.
 */
import { codeSpan } from './markdown';
import type { JsonObject, JsonValue, ValueMark } from './plan-json';

/** Shown in place of a value Terraform marks sensitive. */
export const SENSITIVE = '(sensitive)';

/** Shown in place of a value that looks like a key, token or password. */
export const HIDDEN = '(hidden)';

/** Shown in place of a value known only after apply. */
export const KNOWN_AFTER_APPLY = '(known after apply)';

/** Longest rendered value, in characters, before it is cut short. */
const MAX_VALUE_LENGTH = 160;

/** Attribute and key names whose values are secrets whatever they look like. */
const SECRET_NAME =
  /(pass(word|wd|phrase)?|secret|token|credential|private[_-]?key|api[_-]?key|access[_-]?key)$/i;

/** Text shapes of secrets: PEM blocks, JSON web tokens, long hex and mixed-case key strings. */
const SECRET_SHAPES: readonly RegExp[] = [
  /-----BEGIN [A-Z ]*(PRIVATE KEY|CERTIFICATE)-----/,
  /^eyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]*$/,
  /^[0-9a-f]{32,}$/i,
];

/** True when an attribute or map key of this name holds secrets. */
export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name);
}

/**
 * True when a string looks like a key, token or password: a PEM block, a JSON web token, 32 or
 * more hex digits, or 24 or more characters of key alphabet mixing upper case, lower case and
 * digits with no spaces.
 */
export function looksSecret(text: string): boolean {
  if (SECRET_SHAPES.some((shape) => shape.test(text))) {
    return true;
  }
  return (
    text.length >= 24 &&
    /^[A-Za-z0-9+/=_-]+$/.test(text) &&
    /[a-z]/.test(text) &&
    /[A-Z]/.test(text) &&
    /\d/.test(text)
  );
}

/** The part of a mark that covers one key or index of the value it mirrors. */
export function markAt(mark: ValueMark | undefined, key: string | number): ValueMark | undefined {
  if (mark === undefined || typeof mark === 'boolean') {
    return mark === true ? true : undefined;
  }
  if (Array.isArray(mark)) {
    return typeof key === 'number' ? mark[key] : undefined;
  }
  return typeof key === 'string' ? mark[key] : undefined;
}

/** True when the mark covers the whole value or any part of it. */
export function markTouches(mark: ValueMark | undefined): boolean {
  if (mark === undefined || typeof mark === 'boolean') {
    return mark === true;
  }
  const parts: ValueMark[] = Array.isArray(mark) ? mark : Object.values(mark);
  return parts.some((part) => markTouches(part));
}

/** How a value is masked. */
export interface ValueMasks {
  /** Sensitive parts. */
  readonly sensitive?: ValueMark;
  /** Parts known only after apply (absent or null in the value itself). */
  readonly unknown?: ValueMark;
}

/** Placeholders stand in the masked copy as these strings, then replace their quoted form. */
const PLACEHOLDER_PREFIX = '\u0000placeholder:';

function placeholder(note: string): string {
  return `${PLACEHOLDER_PREFIX}${note}`;
}

/** A copy of `value` with every masked part replaced by a placeholder string. */
function maskedCopy(value: JsonValue | undefined, masks: ValueMasks, name: string): JsonValue {
  if (masks.unknown === true) {
    return placeholder(KNOWN_AFTER_APPLY);
  }
  if (masks.sensitive === true) {
    return placeholder(SENSITIVE);
  }
  if (value === undefined || value === null) {
    return null;
  }
  if (isSecretName(name) || (typeof value === 'string' && looksSecret(value))) {
    return placeholder(HIDDEN);
  }
  if (typeof value !== 'object') {
    return value;
  }

  if (Array.isArray(value)) {
    const length = Math.max(value.length, Array.isArray(masks.unknown) ? masks.unknown.length : 0);
    return Array.from({ length }, (_, index) =>
      maskedCopy(
        value[index],
        { sensitive: markAt(masks.sensitive, index), unknown: markAt(masks.unknown, index) },
        name,
      ),
    );
  }

  const keys = new Set([...Object.keys(value), ...unknownKeys(masks.unknown)]);
  const copy: JsonObject = {};
  for (const key of [...keys].sort()) {
    copy[key] = maskedCopy(
      value[key],
      { sensitive: markAt(masks.sensitive, key), unknown: markAt(masks.unknown, key) },
      key,
    );
  }
  return copy;
}

function unknownKeys(mark: ValueMark | undefined): string[] {
  if (mark === undefined || typeof mark === 'boolean' || Array.isArray(mark)) {
    return [];
  }
  return Object.keys(mark).filter((key) => markTouches(mark[key]));
}

/** Cuts text longer than the limit, saying how long it was. */
function shorten(text: string): string {
  if (text.length <= MAX_VALUE_LENGTH) {
    return text;
  }
  return `${text.slice(0, MAX_VALUE_LENGTH)}… (${text.length} characters)`;
}

/**
 * The value of attribute (or map key) `key` as Markdown: compact JSON in a code span, or the
 * bare note when the whole value is masked. Masked parts of nested values read `(sensitive)`,
 * `(hidden)` or `(known after apply)`. Null renders as `null`.
 */
export function renderValue(value: JsonValue | undefined, masks: ValueMasks, key: string): string {
  const copy = maskedCopy(value, masks, key);
  if (typeof copy === 'string' && copy.startsWith(PLACEHOLDER_PREFIX)) {
    return copy.slice(PLACEHOLDER_PREFIX.length);
  }

  const json = JSON.stringify(copy).replace(
    /"\\u0000placeholder:([^"]*)"/g,
    (_, note: string) => note,
  );
  return codeSpan(shorten(json));
}
