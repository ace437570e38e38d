/**
 * A per-client cache of list answers, so that reading many objects of one type costs one list
 * request per page instead of one request per object.
 *
 * A listing is read on the first single read that needs it, and only then: a cache made when a
 * command begins never answers with data from before that moment. Writes made through the same
 * client keep it correct: an answered object replaces the listed one, a deleted object counts as
 * gone, and a write whose effect reaches other listings (a new ticket queue shows up in every
 * all-queue access right) drops those listings so they are read again when next needed.
 */
import { Clock } from './clock';
import { Identified } from './paging';

/** Settings of a {@link ListCache}. */
export interface ListCacheOptions {
  /**
   * Age after which a listing is read again, in milliseconds: a guard for long-lived clients.
   * @default 30000
   */
  readonly maxAgeMs?: number;
}

/** Counters describing how a {@link ListCache} has answered. */
export interface ListCacheStats {
  /** List reads started (each one reads every page of its listing). */
  readonly loads: number;

  /** Single reads answered from a listing, "gone" answers included. */
  readonly hits: number;

  /** Single reads the listing could not answer, left to a request of their own. */
  readonly misses: number;
}

/** What a listing knows about one id. */
export type ListingAnswer<T> =
  | { readonly kind: 'listed'; readonly object: T }
  | { readonly kind: 'gone' }
  | { readonly kind: 'unknown' };

/** How one listing is read and what its absence of an id means. */
export interface ListingSettings<T> {
  /** Reads every object of the listing, all pages. */
  readonly load: () => Promise<readonly T[]>;

  /**
   * True when the listing holds every object a single read can find, so that an id missing
   * from a fresh listing means the object is gone. False when the listing leaves some out (the
   * agent access rights list only active agents); a missing id is then read on its own.
   */
  readonly complete: boolean;
}

const UNKNOWN: ListingAnswer<never> = { kind: 'unknown' };
const GONE: ListingAnswer<never> = { kind: 'gone' };

/**
 * One cached list: empty until needed, then the objects by id as of the moment they were read,
 * kept up to date by the writes the client reports.
 */
export class CachedListing<T extends Identified> {
  private objects?: Map<number, T>;
  private readAt = 0;
  private loading?: Promise<void>;

  /** Bumped by every write, so that a list read overtaken by a write is not trusted. */
  private writes = 0;

  /** Ids whose listed copy a write has made stale; read on their own until answered again. */
  private readonly stale = new Set<number>();

  /** Set once a list read has failed: from then on every read is a request of its own. */
  private disabled = false;

  /** Builds an empty listing; nothing is read before {@link lookup} needs it. */
  public constructor(
    private readonly settings: ListingSettings<T>,
    private readonly owner: ListCache,
  ) {}

  /**
   * What the listing says about `id`, reading the list first when it is empty or too old:
   * the listed object, `gone` (missing from a complete listing), or `unknown` (ask the API).
   */
  public async lookup(id: number): Promise<ListingAnswer<T>> {
    if (this.disabled) {
      return this.owner.count(UNKNOWN);
    }

    if (!this.isFresh()) {
      await this.read();
    }

    const objects = this.objects;
    if (!objects || this.stale.has(id)) {
      return this.owner.count(UNKNOWN);
    }

    const object = objects.get(id);
    if (object !== undefined) {
      return this.owner.count({ kind: 'listed', object });
    }
    return this.owner.count(this.settings.complete ? GONE : UNKNOWN);
  }

  /** Records the object as the API answered a create or an update of it. */
  public remember(object: T): void {
    this.writes += 1;
    this.stale.delete(object.id);
    this.objects?.set(object.id, object);
  }

  /** Records that the object is gone (deleted through this client). */
  public forget(id: number): void {
    this.writes += 1;
    this.stale.delete(id);
    this.objects?.delete(id);
    if (!this.settings.complete) {
      this.stale.add(id);
    }
  }

  /** Marks the listed copy of `id` as out of date: its next read asks the API. */
  public invalidate(id: number): void {
    this.writes += 1;
    this.stale.add(id);
  }

  /** Forgets every listed object: the next read that needs the listing reads it again. */
  public drop(): void {
    this.writes += 1;
    this.objects = undefined;
    this.stale.clear();
  }

  private isFresh(): boolean {
    return this.objects !== undefined && this.owner.now() - this.readAt <= this.owner.maxAgeMs;
  }

  /** Reads the list once for every caller waiting on it. */
  private read(): Promise<void> {
    if (!this.loading) {
      this.loading = this.readOnce().finally(() => {
        this.loading = undefined;
      });
    }
    return this.loading;
  }

  private async readOnce(): Promise<void> {
    const writesBefore = this.writes;
    const startedAt = this.owner.now();
    this.owner.countLoad();

    let listed: readonly T[];
    try {
      listed = await this.settings.load();
    } catch {
      // The single reads that follow report the failure (or succeed) on their own.
      this.disabled = true;
      this.objects = undefined;
      return;
    }

    // A write that landed while the pages were read may be missing from them, or contradicted
    // by them: such a listing is not trusted, and the next read that needs it reads it again.
    if (this.writes !== writesBefore) {
      return;
    }

    this.objects = new Map(listed.map((object) => [object.id, object]));
    this.readAt = startedAt;
    this.stale.clear();
  }
}

/**
 * The list caches of one client, one per listing name, created on first use. A client with a
 * list cache is meant to live for one short unit of work, such as one phase of a Terraform
 * command; {@link ListCacheOptions.maxAgeMs} bounds the age of what it answers in any case.
 */
export class ListCache {
  /** Age after which a listing is read again, in milliseconds. */
  public readonly maxAgeMs: number;

  private readonly listings = new Map<string, CachedListing<Identified>>();
  private loads = 0;
  private hits = 0;
  private misses = 0;

  /** Creates an empty cache whose ages are measured on `clock`. */
  public constructor(
    private readonly clock: Clock,
    options: ListCacheOptions = {},
  ) {
    this.maxAgeMs = options.maxAgeMs ?? 30_000;
  }

  /** The listing called `name`, created with `settings` the first time it is asked for. */
  public listing<T extends Identified>(
    name: string,
    settings: ListingSettings<T>,
  ): CachedListing<T> {
    let listing = this.listings.get(name);
    if (!listing) {
      listing = new CachedListing<Identified>(settings as ListingSettings<Identified>, this);
      this.listings.set(name, listing);
    }
    return listing as CachedListing<T>;
  }

  /** Drops the named listings (those created so far); see {@link CachedListing.drop}. */
  public drop(names: readonly string[]): void {
    for (const name of names) {
      this.listings.get(name)?.drop();
    }
  }

  /** Drops every listing except the named ones. */
  public dropAllBut(names: readonly string[]): void {
    for (const [name, listing] of this.listings) {
      if (!names.includes(name)) {
        listing.drop();
      }
    }
  }

  /** Counters since the cache was made. */
  public stats(): ListCacheStats {
    return { loads: this.loads, hits: this.hits, misses: this.misses };
  }

  /** Current time on the cache's clock, in milliseconds. */
  public now(): number {
    return this.clock.now();
  }

  /** Counts one list read. */
  public countLoad(): void {
    this.loads += 1;
  }

  /** Counts an answer as a hit or a miss and passes it on. */
  public count<T>(answer: ListingAnswer<T>): ListingAnswer<T> {
    if (answer.kind === 'unknown') {
      this.misses += 1;
    } else {
      this.hits += 1;
    }
    return answer;
  }
}
