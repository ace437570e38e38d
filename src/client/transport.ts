import { Dispatcher, Pool } from 'undici';
import { BackoffPolicy, backoffDelayMs, parseRetryAfterMs } from './backoff';
import { Clock } from './clock';
import { CreateJournal } from './create-journal';
import {
  ForbiddenError,
  MojoError,
  MojoErrorCode,
  NetworkError,
  NotFoundError,
  RateLimitedError,
  ReadOnlyKeyError,
  ServerError,
  TimeoutError,
  UnauthorizedError,
  ValidationError,
} from './errors';
import { Throttle } from './throttle';

/** HTTP methods the Mojo API v2 uses. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** Query parameters; `undefined` values are left out. */
export type QueryParameters = Readonly<Record<string, string | number | boolean | undefined>>;

/** What the `onRequest` hook receives after every attempt. */
export interface RequestEvent {
  /** HTTP method. */
  readonly method: HttpMethod;

  /** Path and query as sent, without the access key (e.g. `/api/v2/ticket_queues?page=2`). */
  readonly path: string;

  /** HTTP status of the answer; absent when no answer arrived. */
  readonly status?: number;

  /** 1 for the first attempt of a request, 2 for its first repetition, and so on. */
  readonly attempt: number;

  /** Time the attempt took on the client's clock, in milliseconds. */
  readonly elapsedMs: number;

  /** The error code this attempt ended with; absent on success. */
  readonly errorCode?: MojoErrorCode;

  /**
   * When the request will be tried again, the wait before that attempt in milliseconds. Absent
   * on the last attempt, and after a create's lost answer, where the client first looks for
   * the object the attempt may have made (its look-up requests are reported on their own).
   */
  readonly retryInMs?: number;
}

/** Settings of a {@link Transport}; the client fills in every default. */
export interface TransportOptions {
  /** Service base URL without `/api/v2`, e.g. `https://app.mojohelpdesk.com`. */
  readonly url: string;

  /** The access key; sent only as the `access_key` query parameter. */
  readonly accessKey: string;

  /** Token bucket rate, in requests per second. */
  readonly requestsPerSecond: number;

  /** Requests allowed in flight at once. */
  readonly maxInFlight: number;

  /** Attempts per request, the first one included. */
  readonly maxAttempts: number;

  /** Time budget for all attempts and waits of one request, in milliseconds. */
  readonly maxRetryTimeMs: number;

  /** Time limit of one attempt, in milliseconds, on real time. */
  readonly timeoutMs: number;

  /** User-Agent header value. */
  readonly userAgent: string;

  /** Called after every attempt; exceptions thrown by it are ignored. */
  readonly onRequest?: (event: RequestEvent) => void;

  /** Time source for waits. */
  readonly clock: Clock;

  /** Random numbers in [0, 1) for the backoff jitter. */
  readonly random: () => number;

  /** Backoff bounds. */
  readonly backoff: BackoffPolicy;

  /** Where creates that set `journal` are recorded before they are sent; absent: nowhere. */
  readonly createJournal?: CreateJournal;
}

/** One API call. `T` is the parsed answer. */
export interface ApiRequest<T> {
  /** HTTP method. */
  readonly method: HttpMethod;

  /** Path under `/api/v2`, starting with `/`, ids already encoded. */
  readonly path: string;

  /** Query parameters besides the access key. */
  readonly query?: QueryParameters;

  /** JSON body. */
  readonly body?: unknown;

  /**
   * Subjects whose documented 400 answer `Invalid <subject> id` (or `... email`) means the
   * object does not exist, e.g. `['ticket queue']`. 404 always means not found.
   */
  readonly notFoundSubjects?: readonly string[];

  /**
   * For POST: true when repeating the request cannot do harm (the access-right and
   * group-access calls set a state). Other POSTs are repeated only when the earlier attempt
   * surely did not reach the service, or after `recover` has found nothing.
   */
  readonly idempotent?: boolean;

  /**
   * For a POST that creates an object: looks for the object a failed attempt may have created
   * and resolves to it, or to `undefined` when there is none. Called after an attempt whose
   * outcome is unknown (no answer, a timeout or a gateway error).
   */
  readonly recover?: () => Promise<T | undefined>;

  /**
   * For a POST that creates an object and has `recover`: record it in the create journal while
   * its answer is pending, and first run `recover` when an interrupted earlier create with the
   * same body is on record. Ignored when the transport has no journal.
   */
  readonly journal?: {
    /** Body fields kept out of the journal's fingerprint: secrets, and unechoed fields. */
    readonly leftOut?: readonly string[];
  };
}

/** Counters describing the traffic of a {@link Transport}. */
export interface TransportStats {
  /** Attempts currently on the wire. */
  readonly inFlight: number;

  /** The most attempts that were on the wire at the same time. */
  readonly peakInFlight: number;

  /** Attempts started, repetitions included. */
  readonly attempts: number;

  /** Attempts that were repetitions of an earlier one. */
  readonly retries: number;

  /** Created objects found again after an attempt with an unknown outcome. */
  readonly recoveries: number;
}

const API_PREFIX = '/api/v2';
const REDACTED = '[redacted]';
const RETRYABLE_STATUSES = new Set([429, 502, 503, 504]);

// Connection failures that happen before any byte of the request is written: repeating the
// request cannot duplicate a write.
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'UND_ERR_CONNECT_TIMEOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

// Failures that repeating will not cure.
const PERMANENT_CODES = new Set([
  'ENOTFOUND',
  'UND_ERR_CLOSED',
  'UND_ERR_DESTROYED',
  'UND_ERR_INVALID_ARG',
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ETIMEDOUT']);

/** How one attempt ended. */
type AttemptOutcome =
  | { readonly ok: true; readonly status: number; readonly value: unknown }
  | {
      readonly ok: false;
      readonly error: MojoError;
      readonly retryable: boolean;
      readonly ambiguous: boolean;
      readonly retryAfterMs?: number;
    };

/**
 * Sends API calls over a keep-alive undici pool: adds the access key, throttles, times out,
 * maps answers to typed errors, repeats what is safe to repeat, and reports every attempt.
 */
export class Transport {
  private readonly options: TransportOptions;
  private readonly origin: string;
  private readonly basePath: string;
  private readonly pool: Pool;
  private readonly throttle: Throttle;

  private closed = false;
  private attempts = 0;
  private retries = 0;
  private recoveries = 0;

  /** Opens no connection yet; connections are made on the first request. */
  public constructor(options: TransportOptions) {
    const base = new URL(options.url);
    if (base.protocol !== 'http:' && base.protocol !== 'https:') {
      throw new TypeError('url must be an http or https URL');
    }
    if (!options.accessKey) {
      throw new TypeError('accessKey must not be empty');
    }

    this.options = options;
    this.origin = base.origin;
    this.basePath = base.pathname.replace(/\/+$/, '');
    this.pool = new Pool(this.origin, {
      connections: Number.isFinite(options.maxInFlight) ? options.maxInFlight : null,
      pipelining: 1,
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
    });
    this.throttle = new Throttle({
      requestsPerSecond: options.requestsPerSecond,
      maxInFlight: options.maxInFlight,
      clock: options.clock,
    });
  }

  /**
   * Performs one API call and resolves to its parsed JSON answer (`undefined` for an empty
   * body). Rejects with a {@link MojoError} once the call has failed for good, or with a
   * `CreateJournalError` when a journaled create cannot be recorded (it is then not sent).
   */
  public async request<T>(call: ApiRequest<T>): Promise<T> {
    const journal = this.options.createJournal;
    const { recover } = call;

    if (journal && call.journal && call.method === 'POST' && recover) {
      return journal.guard({
        scope: `${this.origin}${this.basePath}`,
        kind: call.path,
        body: call.body,
        leftOut: call.journal.leftOut,
        find: recover,
        send: () => this.send(call),
      });
    }

    return this.send(call);
  }

  /** Sends one API call with its repetitions and recovery; see {@link request}. */
  private async send<T>(call: ApiRequest<T>): Promise<T> {
    const { clock } = this.options;
    const startedAt = clock.now();
    const loggedPath = this.loggedPath(call);
    let unknownOutcomeEarlier = false;

    for (let attempt = 1; ; attempt += 1) {
      const attemptStartedAt = clock.now();
      const outcome = await this.attempt(call, loggedPath, attempt);
      const elapsedMs = clock.now() - attemptStartedAt;

      if (outcome.ok) {
        this.report({
          method: call.method,
          path: loggedPath,
          status: outcome.status,
          attempt,
          elapsedMs,
        });
        return outcome.value as T;
      }

      const { error } = outcome;

      // A delete whose earlier attempt got no answer may well have succeeded; the object being
      // gone now is the outcome the caller asked for.
      if (call.method === 'DELETE' && unknownOutcomeEarlier && error.code === 'NOT_FOUND') {
        this.report({
          method: call.method,
          path: loggedPath,
          status: error.status,
          attempt,
          elapsedMs,
        });
        return undefined as T;
      }

      const delayMs = outcome.retryAfterMs ?? this.backoffMs(attempt);
      const withinBudget =
        attempt < this.options.maxAttempts &&
        clock.now() - startedAt + delayMs <= this.options.maxRetryTimeMs;
      const unsafePost = call.method === 'POST' && !call.idempotent && outcome.ambiguous;
      const willRetry =
        outcome.retryable && withinBudget && (!unsafePost || call.recover !== undefined);
      const willRecover = outcome.retryable && unsafePost && call.recover !== undefined;

      this.report({
        method: call.method,
        path: loggedPath,
        status: error.status,
        attempt,
        elapsedMs,
        errorCode: error.code,
        retryInMs: willRetry && !willRecover ? delayMs : undefined,
      });

      if (outcome.ambiguous) {
        unknownOutcomeEarlier = true;
      }

      if (willRecover && call.recover) {
        const found = await this.recover(call.recover, error);
        if (found !== undefined) {
          return found;
        }
      }

      if (!willRetry) {
        throw error;
      }

      await clock.sleep(delayMs);
      this.retries += 1;
    }
  }

  /** Traffic counters since the transport was made. */
  public stats(): TransportStats {
    const throttle = this.throttle.stats();

    return {
      inFlight: throttle.inFlight,
      peakInFlight: throttle.peakInFlight,
      attempts: this.attempts,
      retries: this.retries,
      recoveries: this.recoveries,
    };
  }

  /** Closes the connections once requests in flight are done; later requests fail. */
  public async close(): Promise<void> {
    if (this.closed) {
      return;
    }

    this.closed = true;
    await this.pool.close();
  }

  /** Replaces every occurrence of the access key in `text`. */
  public scrub(text: string): string {
    const key = this.options.accessKey;
    let scrubbed = text.split(key).join(REDACTED);

    const encoded = encodeURIComponent(key);
    if (encoded !== key) {
      scrubbed = scrubbed.split(encoded).join(REDACTED);
    }

    return scrubbed;
  }

  private async attempt(
    call: ApiRequest<unknown>,
    loggedPath: string,
    attempt: number,
  ): Promise<AttemptOutcome> {
    const details = { method: call.method, path: loggedPath, attempts: attempt };

    if (this.closed) {
      const error = new NetworkError({
        ...details,
        reason: 'the client is closed',
        ambiguous: false,
      });
      return { ok: false, error, retryable: false, ambiguous: false };
    }

    const release = await this.throttle.acquire();
    this.attempts += 1;

    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), this.options.timeoutMs);

    try {
      const response = await this.pool.request({
        origin: this.origin,
        method: call.method,
        path: this.wirePath(call),
        headers: this.headers(call),
        body: call.body === undefined ? undefined : JSON.stringify(call.body),
        signal: abort.signal,
      });
      const text = await response.body.text();

      return this.interpretAnswer(call, details, response, text);
    } catch (cause) {
      return this.interpretFailure(details, cause, abort.signal.aborted);
    } finally {
      clearTimeout(timer);
      release();
    }
  }

  private interpretAnswer(
    call: ApiRequest<unknown>,
    details: { method: string; path: string; attempts: number },
    response: Dispatcher.ResponseData,
    text: string,
  ): AttemptOutcome {
    const status = response.statusCode;

    if (status >= 200 && status < 300) {
      if (text.trim() === '') {
        return { ok: true, status, value: undefined };
      }
      try {
        return { ok: true, status, value: JSON.parse(text) };
      } catch {
        const reason = 'the answer is not valid JSON';
        const error = new ServerError({ ...details, status, reason });
        return { ok: false, error, retryable: false, ambiguous: false };
      }
    }

    const messages = extractMessages(text).map((message) => this.scrub(message));
    const failed = { ...details, status, messages };
    const retryAfterMs = parseRetryAfterMs(
      response.headers['retry-after'],
      this.options.clock.now(),
    );

    if (status === 429) {
      const error = new RateLimitedError({ ...failed, retryAfterMs });
      return { ok: false, error, retryable: true, ambiguous: false, retryAfterMs };
    }

    if (RETRYABLE_STATUSES.has(status)) {
      // A gateway error says nothing about whether the service received the request.
      const error = new ServerError(failed);
      return { ok: false, error, retryable: true, ambiguous: true, retryAfterMs };
    }

    const error = classifyRejection(call, failed);
    return { ok: false, error, retryable: false, ambiguous: false };
  }

  private interpretFailure(
    details: { method: string; path: string; attempts: number },
    cause: unknown,
    timedOut: boolean,
  ): AttemptOutcome {
    const code = errorCodeOf(cause);
    const safeCause = this.sanitize(cause);

    if (timedOut || TIMEOUT_CODES.has(code)) {
      const reason = `no answer within ${this.options.timeoutMs} ms`;
      const error = new TimeoutError({ ...details, reason, cause: safeCause });
      return { ok: false, error, retryable: true, ambiguous: true };
    }

    if (PERMANENT_CODES.has(code) || this.closed) {
      const reason = this.closed ? 'the client is closed' : code || 'request failed';
      const error = new NetworkError({ ...details, reason, cause: safeCause, ambiguous: false });
      return { ok: false, error, retryable: false, ambiguous: false };
    }

    const ambiguous = !NOT_SENT_CODES.has(code);
    const reason = code || 'connection failed';
    const error = new NetworkError({ ...details, reason, cause: safeCause, ambiguous });
    return { ok: false, error, retryable: true, ambiguous };
  }

  private async recover<T>(
    lookup: () => Promise<T | undefined>,
    original: MojoError,
  ): Promise<T | undefined> {
    let found: T | undefined;

    try {
      found = await lookup();
    } catch {
      // Without a successful look-up nobody can tell whether the object exists; repeating the
      // create could duplicate it, so the original failure stands.
      throw original;
    }

    if (found !== undefined) {
      this.recoveries += 1;
    }

    return found;
  }

  private backoffMs(failedAttempts: number): number {
    return backoffDelayMs(failedAttempts, this.options.backoff, this.options.random);
  }

  private report(event: RequestEvent): void {
    const hook = this.options.onRequest;
    if (!hook) {
      return;
    }

    try {
      hook(event);
    } catch {
      // A failing log hook must not fail the API call.
    }
  }

  private headers(call: ApiRequest<unknown>): Record<string, string> {
    const headers: Record<string, string> = {
      accept: 'application/json',
      'user-agent': this.options.userAgent,
    };

    if (call.body !== undefined) {
      headers['content-type'] = 'application/json';
    }

    return headers;
  }

  private wirePath(call: ApiRequest<unknown>): string {
    const query = queryString(call.query);
    query.set('access_key', this.options.accessKey);

    return `${this.basePath}${API_PREFIX}${call.path}?${query.toString()}`;
  }

  private loggedPath(call: ApiRequest<unknown>): string {
    const query = queryString(call.query).toString();
    const path = `${this.basePath}${API_PREFIX}${call.path}`;

    return this.scrub(query ? `${path}?${query}` : path);
  }

  // Lower-level errors are rebuilt from scratch rather than wrapped, so that nothing they
  // carry (a URL, a request object, a nested cause) can bring the access key along.
  private sanitize(cause: unknown): Error {
    const code = errorCodeOf(cause);
    const message = cause instanceof Error ? cause.message : String(cause);
    const name = cause instanceof Error ? cause.name : 'Error';

    const safe = new Error(this.scrub(code ? `${code}: ${message}` : message));
    safe.name = this.scrub(name);
    safe.stack = `${safe.name}: ${safe.message}`;
    if (code) {
      Object.defineProperty(safe, 'code', { value: code, enumerable: true });
    }

    return safe;
  }
}

/**
 * Collects the messages of an error body in any of the documented shapes:
 * `{"error": string | string[]}`, `{"message", "messages"}` and `{"code", "messages"}`.
 */
export function extractMessages(text: string): string[] {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return [];
  }

  if (typeof body !== 'object' || body === null) {
    return typeof body === 'string' ? [body] : [];
  }

  const fields = body as Record<string, unknown>;
  const messages: string[] = [];

  const addAll = (value: unknown) => {
    if (typeof value === 'string' && value.trim() !== '') {
      messages.push(value);
    } else if (Array.isArray(value)) {
      value.filter((entry) => typeof entry === 'string').forEach((entry) => messages.push(entry));
    }
  };

  addAll(fields.error);
  addAll(fields.messages);
  if (messages.length === 0) {
    addAll(fields.message);
  }

  return [...new Set(messages)];
}

function classifyRejection(
  call: ApiRequest<unknown>,
  failed: { method: string; path: string; attempts: number; status: number; messages: string[] },
): MojoError {
  switch (failed.status) {
    case 401:
      return call.method !== 'GET' && failed.messages.some((m) => /read[- ]?only/i.test(m))
        ? new ReadOnlyKeyError(failed)
        : new UnauthorizedError(failed);
    case 403:
      return new ForbiddenError(failed);
    case 404:
      return new NotFoundError(failed);
    case 400:
      return saysNotFound(failed.messages, call.notFoundSubjects ?? [])
        ? new NotFoundError(failed)
        : new ValidationError(failed);
    default:
      return failed.status >= 500 ? new ServerError(failed) : new ValidationError(failed);
  }
}

// The documented "unknown id" answers are 400s with a fixed sentence per subject, such as
// "Invalid ticket queue id" or "Invalid User ID.". Only the subjects the operation names are
// accepted, so that a validation message about some other id stays a validation error.
function saysNotFound(messages: readonly string[], subjects: readonly string[]): boolean {
  const normalized = messages.map((message) =>
    message.trim().toLowerCase().replace(/\.$/, '').replace(/\s+/g, ' '),
  );

  return subjects.some((subject) =>
    normalized.some(
      (message) => message === `invalid ${subject} id` || message === `invalid ${subject} email`,
    ),
  );
}

function queryString(query: QueryParameters | undefined): URLSearchParams {
  const params = new URLSearchParams();

  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined) {
      params.set(name, String(value));
    }
  }

  return params;
}

function errorCodeOf(cause: unknown): string {
  if (typeof cause !== 'object' || cause === null) {
    return '';
  }

  const code = (cause as { code?: unknown }).code;
  if (typeof code === 'string') {
    return code;
  }

  return errorCodeOf((cause as { cause?: unknown }).cause);
}
