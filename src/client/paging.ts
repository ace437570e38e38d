import { ServerError } from './errors';
import { QueryParameters, Transport } from './transport';

/** Objects per page the client asks for: the documented maximum. */
export const PAGE_SIZE = 100;

/** A listed object: every Mojo object carries an integer id. */
export interface Identified {
  readonly id: number;
}

/** A list endpoint to read page by page. */
export interface PagedListing {
  /** Path under `/api/v2`. */
  readonly path: string;

  /** Query parameters besides the paging ones. */
  readonly query?: QueryParameters;

  /** Subjects whose `Invalid <subject> id` answer means not found (see the transport). */
  readonly notFoundSubjects?: readonly string[];

  /** Name of the page size parameter. @default 'per_page' */
  readonly pageSizeParameter?: string;

  /** What tells two listed objects apart. @default the object's `id` */
  readonly identify?: (object: never) => unknown;
}

/**
 * Yields every object of a paged list, asking for {@link PAGE_SIZE} objects per page and
 * stopping after the first short page.
 *
 * A server that ignores the paging parameters answers every page with the same objects; the
 * iteration also stops at the first page that brings no object it has not seen, and never
 * yields an id twice. Objects without an identity are
 * always yielded but do not keep the iteration going.
 */
export async function* paginate<T>(
  transport: Transport,
  listing: PagedListing,
): AsyncGenerator<T, void, undefined> {
  const identify = (listing.identify ?? byId) as (object: T) => unknown;
  const seen = new Set<unknown>();

  for (let page = 1; ; page += 1) {
    const query = {
      ...listing.query,
      page,
      [listing.pageSizeParameter ?? 'per_page']: PAGE_SIZE,
    };
    const objects = await fetchList<T>(transport, listing.path, query, listing.notFoundSubjects);

    let fresh = 0;
    for (const object of objects) {
      const identity = identify(object);
      if (identity === undefined) {
        yield object;
      } else if (!seen.has(identity)) {
        seen.add(identity);
        fresh += 1;
        yield object;
      }
    }

    if (objects.length < PAGE_SIZE || fresh === 0) {
      return;
    }
  }
}

/** Collects every object of a paged list into one array, in the server's order. */
export async function collectPages<T>(transport: Transport, listing: PagedListing): Promise<T[]> {
  const objects: T[] = [];

  for await (const object of paginate<T>(transport, listing)) {
    objects.push(object);
  }

  return objects;
}

/** Reads an unpaged list endpoint; rejects with a ServerError when the answer is no array. */
export async function fetchList<T>(
  transport: Transport,
  path: string,
  query?: QueryParameters,
  notFoundSubjects?: readonly string[],
): Promise<T[]> {
  const call = { method: 'GET' as const, path, query, notFoundSubjects };
  const answer = await transport.request<unknown>(call);

  if (!Array.isArray(answer)) {
    throw new ServerError({
      method: 'GET',
      path: transport.scrub(`/api/v2${path}`),
      reason: 'the answer is not a JSON array',
    });
  }

  return answer as T[];
}

function byId(object: Identified): unknown {
  return object.id;
}
