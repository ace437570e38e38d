/**
 * Matching of listed objects against the body of a create request, used to find an object a
 * create may have made before its answer was lost.
 */

/**
 * True when every field the create submitted has the same value on `candidate`.
 *
 * Fields named in `ignored` and fields the server does not echo are not compared. Values are
 * compared loosely, as a server stores them: strings trimmed and case-insensitive, numbers by
 * value whether sent as numbers or strings, booleans as "true"/"false", and null, absent and
 * the empty string alike. Nested objects and arrays are not compared.
 */
export function matchesSubmitted(
  candidate: object,
  submitted: object,
  ignored: readonly string[] = [],
): boolean {
  const stored = candidate as Record<string, unknown>;

  return Object.entries(submitted).every(([field, value]) => {
    if (ignored.includes(field) || !(field in stored)) {
      return true;
    }

    return sameValue(value, stored[field]);
  });
}

/**
 * Of the objects that match the submitted body, the most recently created one (the highest
 * id), or `undefined` when none matches.
 */
export function newestMatch<T extends { readonly id: number }>(
  candidates: readonly T[],
  submitted: object,
  ignored: readonly string[] = [],
): T | undefined {
  return candidates
    .filter((candidate) => matchesSubmitted(candidate, submitted, ignored))
    .reduce<T | undefined>((newest, candidate) => {
      return newest === undefined || candidate.id > newest.id ? candidate : newest;
    }, undefined);
}

function sameValue(submitted: unknown, stored: unknown): boolean {
  if (submitted === undefined) {
    return true;
  }

  if (typeof submitted === 'object' && submitted !== null) {
    return true;
  }

  const left = normalize(submitted);
  const right = normalize(stored);

  const bothNumeric = isNumeric(left) && isNumeric(right);
  return bothNumeric ? Number(left) === Number(right) : left === right;
}

function normalize(value: unknown): string {
  if (value === null || value === undefined) {
    return '';
  }

  return String(value).trim().toLowerCase();
}

function isNumeric(text: string): boolean {
  return text !== '' && Number.isFinite(Number(text));
}
