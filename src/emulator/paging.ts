import { badRequest, ErrorShape } from './errors';

/** A window of a list sorted by id. */
export interface Page {
  /** Number of objects skipped. */
  readonly offset: number;
  /** Largest number of objects answered. */
  readonly limit: number;
}

/** Paging rules of one list endpoint. */
export interface PagingRules {
  /** Objects per page when per_page is absent. */
  readonly defaultPerPage: number;
  /** Smallest per_page honoured; smaller values are raised to it. */
  readonly minPerPage: number;
  /** Largest per_page honoured; larger values are lowered to it. */
  readonly maxPerPage: number;
}

/** The documented rules of the configuration lists: 30 per page by default, at most 100. */
export const LIST_PAGING: PagingRules = { defaultPerPage: 30, minPerPage: 1, maxPerPage: 100 };

const POSITIVE = /^\d{1,9}$/;

/**
 * Reads `page` and `per_page`. Absent or empty values take their defaults; per_page is capped to
 * the allowed range; anything that is not a positive integer answers 400.
 */
export function readPage(query: URLSearchParams, shape: ErrorShape, rules = LIST_PAGING): Page {
  const page = readPositive(query.get('page'), 'page', shape) ?? 1;
  const perPage = readPositive(query.get('per_page'), 'per_page', shape) ?? rules.defaultPerPage;
  const limit = Math.min(Math.max(perPage, rules.minPerPage), rules.maxPerPage);
  return { offset: (page - 1) * limit, limit };
}

function readPositive(raw: string | null, name: string, shape: ErrorShape): number | undefined {
  if (raw === null || raw.trim() === '') {
    return undefined;
  }
  const text = raw.trim();
  if (!POSITIVE.test(text) || Number(text) < 1) {
    throw badRequest(shape, [`Invalid ${name} parameter: expected a positive integer`]);
  }
  return Number(text);
}

/** Reads a path id: a positive integer written in digits, or undefined for anything else. */
export function readPathId(raw: string): number | undefined {
  if (!/^\d{1,15}$/.test(raw)) {
    return undefined;
  }
  const id = Number(raw);
  return id > 0 ? id : undefined;
}

/** The slice of `objects` a page selects. */
export function pageOf<T>(objects: readonly T[], page: Page): T[] {
  return objects.slice(page.offset, page.offset + page.limit);
}
