import { BackoffPolicy, DEFAULT_BACKOFF } from './backoff';
import { Clock, systemClock } from './clock';
import { CreateJournal, CreateJournalStats } from './create-journal';
import { ListCache, ListCacheOptions, ListCacheStats } from './list-cache';
import { AccessRightsApi } from './resources/access-rights';
import { AssetStatusesApi } from './resources/asset-statuses';
import { AssetsApi } from './resources/assets';
import { GroupAccessApi } from './resources/group-access';
import { GroupsApi } from './resources/groups';
import { HierarchyApi } from './resources/hierarchy';
import { TagsApi } from './resources/tags';
import { TeamsApi } from './resources/teams';
import { TicketFormsApi } from './resources/ticket-forms';
import { TicketQueuesApi } from './resources/ticket-queues';
import { TicketTypesApi } from './resources/ticket-types';
import { UsersApi } from './resources/users';
import { RequestEvent, Transport, TransportStats } from './transport';
import { packageVersion } from './version';

/** The hosted Mojo Helpdesk service. */
export const DEFAULT_URL = 'https://app.mojohelpdesk.com';

/** Settings of a {@link MojoClient}. */
export interface MojoClientOptions {
  /**
   * Base URL of the service, without `/api/v2` (the client adds it).
   * @default 'https://app.mojohelpdesk.com'
   */
  readonly url?: string;

  /** The API access key. Sent only as the `access_key` query parameter; never logged. */
  readonly accessKey: string;

  /**
   * Requests per second the client allows itself (token bucket, evenly spaced).
   * `Infinity` turns the limit off.
   * @default 5
   */
  readonly requestsPerSecond?: number;

  /**
   * Requests in flight at the same time; also the number of pooled connections.
   * @default 4
   */
  readonly maxInFlight?: number;

  /**
   * Attempts per call, the first one included, for calls that may be repeated.
   * @default 5
   */
  readonly maxAttempts?: number;

  /**
   * Time budget of one call across all its attempts and waits, in milliseconds. A wait that
   * would overrun it is not started; the last failure is raised instead.
   * @default 60000
   */
  readonly maxRetryTimeMs?: number;

  /**
   * Time limit of one attempt, in milliseconds (real time).
   * @default 30000
   */
  readonly timeoutMs?: number;

  /**
   * User-Agent header.
   * @default 'mojohelpdesk-iac/<package version>'
   */
  readonly userAgent?: string;

  /**
   * Called after every attempt with its method, path (without the access key), status,
   * attempt number, elapsed time and error code. Exceptions it throws are ignored.
   */
  readonly onRequest?: (event: RequestEvent) => void;

  /**
   * The clock all waits (throttle, backoff, Retry-After) run on.
   * @default the system clock
   */
  readonly clock?: Clock;

  /**
   * Random numbers in [0, 1) for the backoff jitter.
   * @default Math.random
   */
  readonly random?: () => number;

  /**
   * Bounds of the exponential backoff between attempts, in milliseconds.
   * @default { baseMs: 500, capMs: 20000 }
   */
  readonly backoff?: BackoffPolicy;

  /**
   * Answer single reads from cached lists: reading N objects of one type then costs one request
   * per page of 100 instead of N requests. Lists are read on first need, kept in step with the
   * client's own writes, and read again after `maxAgeMs`. Meant for a client that lives for one
   * short unit of work (one Terraform command phase), since changes made by others after a list
   * was read are not seen until it expires.
   *
   * Cached: ticket queues, groups, users (the listed user lacks `related_data`), tags, ticket
   * types, asset statuses, asset types, departments, locations, and the access rights of agents
   * and groups. Not cached: assets (a single read adds the people and files the list leaves
   * out) and group access (the list leaves out access level 0).
   * @default false
   */
  readonly listCache?: boolean | ListCacheOptions;

  /**
   * Path of a JSON file recording each create while its answer is pending. A create whose body
   * matches an entry left by a process that died mid-create first looks for the object that
   * process may have made and returns it when found, instead of making it twice. The file holds
   * hashes of request bodies (passwords left out) and natural keys (label, email, name), never
   * a body or a secret. Entries older than 24 hours are dropped.
   * @default none (no journal)
   */
  readonly createJournalFile?: string;
}

/**
 * Client of the Mojo Helpdesk REST API v2 for the configuration objects.
 *
 * One instance keeps a pool of keep-alive connections; share it and {@link close} it when
 * done. Calls are throttled before the service has to push back, repeated when repeating is
 * safe, and fail with {@link MojoError} subclasses carrying stable codes. List calls read
 * every page and answer the whole list.
 */
export class MojoClient {
  /** Ticket queues. */
  public readonly ticketQueues: TicketQueuesApi;

  /** Groups (formerly companies). */
  public readonly groups: GroupsApi;

  /** Users, agents included. */
  public readonly users: UsersApi;

  /** Ticket tags. */
  public readonly tags: TagsApi;

  /** Ticket types. */
  public readonly ticketTypes: TicketTypesApi;

  /** Asset statuses. */
  public readonly assetStatuses: AssetStatusesApi;

  /** Asset types, a hierarchy. */
  public readonly assetTypes: HierarchyApi;

  /** Departments, a hierarchy. */
  public readonly departments: HierarchyApi;

  /** Locations, a hierarchy. */
  public readonly locations: HierarchyApi;

  /** Assets. */
  public readonly assets: AssetsApi;

  /** Ticket queue access rights of agents and groups. */
  public readonly accessRights: AccessRightsApi;

  /** Access of users to their groups' tickets. */
  public readonly groupAccess: GroupAccessApi;

  /** Ticket forms (read only). */
  public readonly ticketForms: TicketFormsApi;

  /** Teams (read only). */
  public readonly teams: TeamsApi;

  private readonly transport: Transport;
  private readonly listCache?: ListCache;
  private readonly createJournal?: CreateJournal;

  /** Creates a client; no connection is opened before the first call. */
  public constructor(options: MojoClientOptions) {
    const clock = options.clock ?? systemClock;
    const journalFile = options.createJournalFile;
    this.createJournal = journalFile
      ? new CreateJournal({ file: journalFile, now: () => clock.now() })
      : undefined;

    this.transport = new Transport({
      url: options.url ?? DEFAULT_URL,
      accessKey: options.accessKey,
      requestsPerSecond: options.requestsPerSecond ?? 5,
      maxInFlight: options.maxInFlight ?? 4,
      maxAttempts: Math.max(1, options.maxAttempts ?? 5),
      maxRetryTimeMs: options.maxRetryTimeMs ?? 60_000,
      timeoutMs: options.timeoutMs ?? 30_000,
      userAgent: options.userAgent ?? `mojohelpdesk-iac/${packageVersion()}`,
      onRequest: options.onRequest,
      clock: options.clock ?? systemClock,
      random: options.random ?? Math.random,
      backoff: options.backoff ?? DEFAULT_BACKOFF,
      createJournal: this.createJournal,
    });

    const cacheOptions = options.listCache === true ? {} : options.listCache || undefined;
    const cache = cacheOptions && new ListCache(options.clock ?? systemClock, cacheOptions);
    this.listCache = cache;

    this.ticketQueues = new TicketQueuesApi(this.transport, cache);
    this.groups = new GroupsApi(this.transport, cache);
    this.users = new UsersApi(this.transport, cache);
    this.tags = new TagsApi(this.transport, cache);
    this.ticketTypes = new TicketTypesApi(this.transport, cache);
    this.assetStatuses = new AssetStatusesApi(this.transport, cache);
    this.assetTypes = new HierarchyApi(this.transport, '/asset_types', 'asset type', cache);
    this.departments = new HierarchyApi(this.transport, '/departments', 'department', cache);
    this.locations = new HierarchyApi(this.transport, '/locations', 'location', cache);
    this.assets = new AssetsApi(this.transport);
    this.accessRights = new AccessRightsApi(this.transport, cache);
    this.groupAccess = new GroupAccessApi(this.transport);
    this.ticketForms = new TicketFormsApi(this.transport);
    this.teams = new TeamsApi(this.transport);
  }

  /** Traffic counters: requests in flight now and at most, attempts, retries, recoveries. */
  public stats(): TransportStats {
    return this.transport.stats();
  }

  /** How the list cache has answered; all zero when the client caches no lists. */
  public listCacheStats(): ListCacheStats {
    return this.listCache?.stats() ?? { loads: 0, hits: 0, misses: 0 };
  }

  /** What the create journal has done; all zero when the client keeps none. */
  public createJournalStats(): CreateJournalStats {
    return this.createJournal?.stats() ?? { recorded: 0, adopted: 0, unconfirmed: 0 };
  }

  /**
   * Closes the connection pool once calls in flight are done, and clears the create journal's
   * entries of answered creates; later calls fail (NETWORK).
   */
  public async close(): Promise<void> {
    await this.transport.close();
    await this.createJournal?.settled();
  }
}
