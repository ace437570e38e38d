import { isNotFound, NotFoundError } from '../errors';
import { CachedListing, ListCache } from '../list-cache';
import { collectPages, fetchList, Identified, paginate } from '../paging';
import { newestMatch } from '../recovery';
import { QueryParameters, Transport } from '../transport';

/** Options of a delete call. */
export interface DeleteOptions {
  /**
   * When true, an object that is already gone counts as deleted: the call resolves to
   * `false` instead of rejecting with NOT_FOUND.
   * @default false
   */
  readonly ignoreMissing?: boolean;
}

/** What a {@link CrudResource} needs to know about its endpoints. */
export interface CrudSettings {
  /** Collection path under `/api/v2`, e.g. `/ticket_queues`. */
  readonly path: string;

  /** The subject of the documented `Invalid <subject> id` answer, e.g. `ticket queue`. */
  readonly subject: string;

  /** Whether the list endpoint takes `page` and `per_page`. */
  readonly paged: boolean;

  /** Submitted fields not to compare when looking for an object a lost create made. */
  readonly unechoedFields?: readonly string[];

  /**
   * Names of other cached listings a create or update of this type makes stale (a new ticket
   * queue appears in every all-queue access right). A delete makes every other listing stale.
   * @default none
   */
  readonly affects?: readonly string[];
}

/**
 * The list, get, create, update and delete calls shared by Mojo's configuration objects.
 *
 * `T` is the object as the service returns it, `C` the create request body and `U` the update
 * request body. Unknown ids reject with NOT_FOUND whichever of the documented answers (400 or
 * 404) the service gives.
 */
export class CrudResource<T extends Identified, C extends object, U extends object> {
  /** The cached list `get` answers from; absent when the client caches no lists. */
  private readonly listing?: CachedListing<T>;

  /**
   * Builds the resource on a transport. With a list cache, `get` answers from the cached list
   * (one request per page of 100 objects for the whole collection); pass one only when the list
   * carries every field a single read answers that callers rely on.
   */
  public constructor(
    protected readonly transport: Transport,
    protected readonly settings: CrudSettings,
    private readonly cache?: ListCache,
  ) {
    this.listing = cache?.listing<T>(settings.path, { load: () => this.list(), complete: true });
  }

  /** Every object, all pages read. */
  public list(): Promise<T[]> {
    if (!this.settings.paged) {
      return fetchList<T>(this.transport, this.settings.path);
    }

    return collectPages<T>(this.transport, { path: this.settings.path });
  }

  /** Every object, one at a time, pages fetched as the iteration reaches them. */
  public async *iterate(): AsyncGenerator<T, void, undefined> {
    if (!this.settings.paged) {
      yield* await this.list();
      return;
    }

    yield* paginate<T>(this.transport, { path: this.settings.path });
  }

  /**
   * The object with this id; rejects with NOT_FOUND when there is none. With a list cache, the
   * object as the cached list shows it, and NOT_FOUND when a fresh list does not hold it.
   */
  public async get(id: number): Promise<T> {
    const path = this.memberPath(id);
    const cached = await this.listing?.lookup(id);
    if (cached?.kind === 'listed') {
      return cached.object;
    }
    if (cached?.kind === 'gone') {
      throw new NotFoundError({
        method: 'GET',
        path: `/api/v2${path}`,
        reason: `no ${this.settings.subject} ${id} in the list just read`,
      });
    }

    return this.transport.request<T>({
      method: 'GET',
      path,
      notFoundSubjects: [this.settings.subject],
    });
  }

  /**
   * Creates an object and resolves to it as stored.
   *
   * The create is never blindly repeated: when an attempt's outcome is unknown, the object it
   * may have made is looked up (see {@link findCreated}) and returned if it exists, so one call
   * makes at most one object. With a create journal, the same look-up first runs when an earlier
   * process was cut short while sending a create with this very body.
   */
  public create(body: C): Promise<T> {
    return this.written(
      this.transport.request<T>({
        method: 'POST',
        path: this.settings.path,
        body,
        recover: () => this.findCreated(body),
        journal: { leftOut: this.settings.unechoedFields },
      }),
    );
  }

  /** Changes the fields present in `body` and resolves to the object as stored. */
  public update(id: number, body: U): Promise<T> {
    return this.written(
      this.transport.request<T>({
        method: 'PUT',
        path: this.memberPath(id),
        body,
        notFoundSubjects: [this.settings.subject],
      }),
    );
  }

  /**
   * Deletes the object. Resolves to true once it is deleted; with `ignoreMissing`, resolves
   * to false when it was already gone. Otherwise a missing object rejects with NOT_FOUND.
   */
  public async delete(id: number, options: DeleteOptions = {}): Promise<boolean> {
    return this.deleteMember(id, options);
  }

  /**
   * Finds the object a create with this body may have made: the newest listed object whose
   * fields equal the submitted ones.
   */
  protected async findCreated(body: C): Promise<T | undefined> {
    const objects = await this.list();

    return newestMatch(objects, body, this.settings.unechoedFields);
  }

  /** Deletes with extra query parameters; see {@link delete} for the outcome. */
  protected async deleteMember(
    id: number,
    options: DeleteOptions,
    query?: QueryParameters,
  ): Promise<boolean> {
    try {
      await this.transport.request<unknown>({
        method: 'DELETE',
        path: this.memberPath(id),
        query,
        notFoundSubjects: [this.settings.subject],
      });
      this.deleted(id);
      return true;
    } catch (error) {
      if (isNotFound(error)) {
        this.deleted(id);
      } else {
        // The delete may still have been made: the object's listed copy is not trusted.
        this.listing?.invalidate(id);
        this.cache?.dropAllBut([this.settings.path]);
      }
      if (options.ignoreMissing && isNotFound(error)) {
        return false;
      }
      throw error;
    }
  }

  /**
   * Keeps the list cache in step with a create or an update: the answered object replaces the
   * listed one, and the listings this type affects are read again when next needed. An answer
   * that is not the written object (a recovered create found nothing to return) marks nothing.
   */
  protected async written(request: Promise<T>): Promise<T> {
    let object: T;
    try {
      object = await request;
    } catch (error) {
      // A failed write may still have been made: nothing listed so far can be trusted.
      this.listing?.drop();
      this.cache?.drop(this.settings.affects ?? []);
      throw error;
    }

    if (this.listing && object && Number.isSafeInteger(object.id)) {
      this.listing.remember(object);
    }
    this.cache?.drop(this.settings.affects ?? []);
    return object;
  }

  /**
   * Keeps the list cache in step with a delete: the object is gone, and every other listing is
   * read again when next needed, since the service clears what pointed at the deleted object.
   */
  protected deleted(id: number): void {
    this.listing?.forget(id);
    this.cache?.dropAllBut([this.settings.path]);
  }

  /** Path of the object with this id. */
  protected memberPath(id: number): string {
    return `${this.settings.path}/${idSegment(id)}`;
  }
}

/** The path segment for an object id; throws a TypeError unless it is a positive integer. */
export function idSegment(id: number): string {
  if (!Number.isSafeInteger(id) || id <= 0) {
    throw new TypeError(`an object id must be a positive integer, got ${String(id)}`);
  }

  return String(id);
}
