/** How to start an emulator: keys, storage, seed data and limits. */
export interface EmulatorOptions {
  /**
   * TCP port to listen on.
   * @default 0 (a free port chosen by the operating system)
   */
  readonly port?: number;
  /**
   * Interface to listen on.
   * @default '127.0.0.1'
   */
  readonly host?: string;
  /** Read-write access key, owned by the seeded account owner (role 40). */
  readonly accessKey: string;
  /** Access key limited to GET, HEAD and OPTIONS; writes answer 401 with the read-only message. */
  readonly readOnlyKey?: string;
  /** Keys that answer 401 as expired. */
  readonly expiredKeys?: readonly string[];
  /**
   * SQLite file holding the state, so that it survives restarts.
   * @default in memory, lost on close
   */
  readonly dataFile?: string;
  /**
   * Data loaded into an empty store and after every reset.
   * @default 'minimal' (the owner user, ticket forms and teams)
   */
  readonly seed?: 'minimal' | 'demo';
  /**
   * Token expected in the `x-emulator-token` header of /_emulator/ control requests.
   * @default a random token, readable from RunningEmulator.controlToken
   */
  readonly controlToken?: string;
  /**
   * Largest accepted request body in bytes; larger bodies answer 413.
   * @default 1048576 (1 MiB)
   */
  readonly maxBodyBytes?: number;
  /**
   * Seed of the pseudo-random generator that decides which requests a fault rule with a
   * probability below 1 hits, so that runs are reproducible.
   * @default 1
   */
  readonly faultSeed?: number;
}

/** One request as the emulator saw it. The access key never appears in it. */
export interface RecordedRequest {
  /** HTTP method in upper case. */
  readonly method: string;
  /** Request path without the query string. */
  readonly path: string;
  /** Query parameters with `access_key` removed. */
  readonly query: Record<string, string>;
  /** Status answered, or 0 when the connection was dropped without an answer. */
  readonly status: number;
  /** Time from the request's arrival to the answer (or the drop), in milliseconds. */
  readonly durationMs: number;
  /** Arrival time as an ISO 8601 string. */
  readonly at: string;
}

/** A request that a hold fault rule keeps waiting. */
export interface HeldRequest {
  /** HTTP method in upper case. */
  readonly method: string;
  /** Request path without the query string. */
  readonly path: string;
  /** Arrival time as an ISO 8601 string. */
  readonly at: string;
}

/** A rule that makes matching requests misbehave, to exercise a client's error handling. */
export interface FaultRule {
  /** HTTP method the rule applies to; any method when absent. */
  readonly method?: string;
  /** RegExp source matched against the request path; any path when absent. */
  readonly path?: string;
  /**
   * - latency: delay the answer by latencyMs, then answer normally;
   * - hold: keep the request waiting, unhandled, until `releaseHeld()` lets it go, then answer
   *   normally (a request whose connection closed meanwhile is dropped unhandled);
   * - status: answer `status` instead of handling the request;
   * - rate_limit: answer 429 with a Retry-After header;
   * - reset: destroy the connection without answering;
   * - commit_then_drop: handle the request (a write is committed), then destroy the connection
   *   without answering;
   * - commit_then_hold: handle the request (a write is committed), then keep the answer back
   *   until `releaseHeld()`, as a hold rule does.
   */
  readonly kind:
    | 'latency'
    | 'hold'
    | 'status'
    | 'rate_limit'
    | 'reset'
    | 'commit_then_drop'
    | 'commit_then_hold';
  /**
   * Status to answer for 'status' rules.
   * @default 500
   */
  readonly status?: number;
  /**
   * Value of Retry-After for 'rate_limit' rules, in seconds.
   * @default 1
   */
  readonly retryAfterSeconds?: number;
  /**
   * Delay for 'latency' rules, in milliseconds.
   * @default 100
   */
  readonly latencyMs?: number;
  /**
   * Chance (0..1) that a matching request is hit.
   * @default 1
   */
  readonly probability?: number;
  /**
   * Number of requests the rule hits before it retires.
   * @default unlimited
   */
  readonly times?: number;
}

/** A started emulator and its controls. */
export interface RunningEmulator {
  /** Base URL without /api/v2, e.g. http://127.0.0.1:41234. */
  readonly url: string;
  /** Token that unlocks the /_emulator/ controls over HTTP. */
  readonly controlToken: string;
  /** Stops listening, drops open connections and closes the store. */
  close(): Promise<void>;
  /** API requests seen since the start or the last log reset, oldest first. */
  requests(): RecordedRequest[];
  /** Count per "METHOD /path" with ids replaced by `:id`, e.g. "GET /api/v2/tags/:id". */
  counters(): Record<string, number>;
  /** Clears the request log and the counters. */
  resetLog(): void;
  /**
   * Puts the data back to the seed, clears the request log, removes every fault rule and releases
   * the held requests.
   */
  reset(): void;
  /** Adds a fault rule; rules are tried in the order they were added. */
  addFault(rule: FaultRule): void;
  /** Removes every fault rule and releases the held requests. */
  clearFaults(): void;
  /** The requests a hold or commit_then_hold rule keeps waiting, oldest first. */
  heldRequests(): HeldRequest[];
  /** Lets every held request go on to its answer; returns how many there were. */
  releaseHeld(): number;
}
