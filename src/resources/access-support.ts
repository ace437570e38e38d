/**
 * Pieces shared by the user and access resources: reading ids out of Terraform values, composite
 * ids of pairs (`user_id:ticket_queue_id`), and the attribute schemas every one of them repeats.
 */
import { isMojoError } from '../client/errors';
import { addApiError } from '../provider/api-diagnostics';
import type { Diagnostics } from '../provider/framework/diagnostics';
import {
  integerAtLeast,
  requiresReplace,
  useStateForUnknown,
} from '../provider/framework/modifiers';
import type { AttributeSchema } from '../provider/framework/schema';
import type { Value } from '../provider/framework/values';

const POSITIVE_WHOLE_NUMBER = /^[1-9]\d*$/;

/**
 * The API id held by a Terraform value: a positive whole number, or a string of digits (the form
 * `id` attributes take). Undefined for anything else, null and unknown included.
 */
export function positiveId(value: Value | undefined): number | undefined {
  if (typeof value === 'number') {
    return Number.isSafeInteger(value) && value > 0 ? value : undefined;
  }
  if (typeof value === 'string' && POSITIVE_WHOLE_NUMBER.test(value.trim())) {
    const id = Number(value.trim());
    return Number.isSafeInteger(id) ? id : undefined;
  }
  return undefined;
}

/** The id of a pair resource: both API ids joined by a colon, e.g. `42:7`. */
export function pairId(first: number, second: number): string {
  return `${first}:${second}`;
}

/**
 * Splits a pair id (`<first>:<second>`) into its two API ids. Adds an error diagnostic naming
 * the expected form and returns undefined when the id does not have that form.
 *
 * @param names the attribute names of both halves, for the diagnostic, e.g. user_id and group_id
 */
export function parsePairId(
  importId: string,
  names: readonly [string, string],
  diagnostics: Diagnostics,
): readonly [number, number] | undefined {
  const parts = importId.trim().split(':');
  const first = parts.length === 2 ? positiveId(parts[0]) : undefined;
  const second = parts.length === 2 ? positiveId(parts[1]) : undefined;
  if (first === undefined || second === undefined) {
    diagnostics.error(
      'Invalid Import Id',
      `The import id must have the form <${names[0]}>:<${names[1]}> with two positive whole ` +
        `numbers, e.g. 42:7; got ${JSON.stringify(importId)}.`,
    );
    return undefined;
  }
  return [first, second];
}

/** The computed `id` attribute: set on create, then kept. */
export function idAttribute(description: string): AttributeSchema {
  return {
    type: 'string',
    computed: true,
    description,
    planModifiers: [useStateForUnknown()],
  };
}

/**
 * A required reference to another object by its numeric API id; changing it replaces the
 * resource, since the pair or principal it names is a different one.
 */
export function referenceAttribute(description: string): AttributeSchema {
  return {
    type: 'number',
    required: true,
    description,
    validators: [integerAtLeast(1)],
    planModifiers: [requiresReplace()],
  };
}

/**
 * Reports a failed access call. A NOT_FOUND answer there means that one of the ids named no
 * object the call accepts, which the generic message would not explain: access rights are only
 * kept for agents (role 15 and above), and every ticket queue must exist.
 *
 * @param action what the provider was doing, e.g. `grant ticket queue 7 to the agent 42`
 */
export function addAccessError(diagnostics: Diagnostics, action: string, error: unknown): void {
  if (!isMojoError(error, 'NOT_FOUND')) {
    addApiError(diagnostics, action, error);
    return;
  }
  diagnostics.error(
    'Access Target Not Found',
    `Could not ${action}: Mojo Helpdesk does not know one of the ids (${error.message}). Check ` +
      'that the user exists and is an agent (role_id 15 or above), that the group exists, and ' +
      'that every ticket queue exists.',
  );
}

/** The numbers of a set value, ascending; elements that are not positive ids are skipped. */
export function idSet(value: Value | undefined): number[] {
  if (!Array.isArray(value)) {
    return [];
  }
  const ids = value.map(positiveId).filter((id): id is number => id !== undefined);
  return [...new Set(ids)].sort((left, right) => left - right);
}
