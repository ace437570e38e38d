/**
 * Errors raised by the Mojo Helpdesk API client.
 *
 * Every error is a {@link MojoError} with a stable {@link MojoErrorCode}; callers branch on
 * `code` (or on the class), never on the message text. Messages name the HTTP method and the
 * request path without the access key, and no field of an error ever holds the access key.
 */

/** The stable codes a {@link MojoError} can carry. */
export type MojoErrorCode =
  | 'NOT_FOUND'
  | 'UNAUTHORIZED'
  | 'READ_ONLY_KEY'
  | 'FORBIDDEN'
  | 'VALIDATION'
  | 'RATE_LIMITED'
  | 'SERVER'
  | 'NETWORK'
  | 'TIMEOUT';

/** What every client error is built from. */
export interface MojoErrorDetails {
  /** HTTP method of the failed request. */
  readonly method: string;

  /** Request path under the API base, query included, access key never included. */
  readonly path: string;

  /** HTTP status of the answer; absent when no answer arrived. */
  readonly status?: number;

  /** Messages the server sent, from any of the documented error body shapes. */
  readonly messages?: readonly string[];

  /** How many attempts were made before giving up; 1 when the request was not repeated. */
  readonly attempts?: number;

  /** A short description of the failure used in the message. */
  readonly reason?: string;

  /** The lower-level failure, already stripped of secrets. */
  readonly cause?: Error;
}

const BRAND = Symbol.for('mojohelpdesk-iac.client.MojoError');

/**
 * Base class of every error the client raises.
 *
 * `code` is stable across releases. `status` is the HTTP status when the server answered.
 * `messages` holds the server's own messages (empty when it sent none).
 */
export abstract class MojoError extends Error {
  /** Stable code to branch on. */
  public abstract readonly code: MojoErrorCode;

  /** HTTP method of the failed request. */
  public readonly method: string;

  /** Request path under the API base, without the access key. */
  public readonly path: string;

  /** HTTP status of the answer; undefined when no answer arrived. */
  public readonly status?: number;

  /** Messages from the server's error body, in order; empty when there were none. */
  public readonly messages: readonly string[];

  /** Attempts made before this error was raised. */
  public readonly attempts: number;

  protected constructor(summary: string, details: MojoErrorDetails) {
    super(composeMessage(summary, details), details.cause ? { cause: details.cause } : {});
    this.name = new.target.name;
    this.method = details.method;
    this.path = details.path;
    this.status = details.status;
    this.messages = details.messages ?? [];
    this.attempts = details.attempts ?? 1;
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/** The object does not exist: a 404, or the documented 400 "Invalid ... id" answer. */
export class NotFoundError extends MojoError {
  public readonly code = 'NOT_FOUND' as const;

  /** Builds the error from the failed request's details. */
  public constructor(details: MojoErrorDetails) {
    super('not found', details);
  }
}

/** The access key is missing, unknown or expired (401). */
export class UnauthorizedError extends MojoError {
  public readonly code = 'UNAUTHORIZED' as const;

  /** Builds the error from the failed request's details. */
  public constructor(details: MojoErrorDetails) {
    super('unauthorized: the access key is missing, unknown or expired', details);
  }
}

/** The access key is read-only and the request was a write (401 with the read-only message). */
export class ReadOnlyKeyError extends MojoError {
  public readonly code = 'READ_ONLY_KEY' as const;

  /** Builds the error from the failed request's details. */
  public constructor(details: MojoErrorDetails) {
    super('refused: the access key is read-only and cannot write', details);
  }
}

/** The account or the key's owner may not use this endpoint (403). */
export class ForbiddenError extends MojoError {
  public readonly code = 'FORBIDDEN' as const;

  /** Builds the error from the failed request's details. */
  public constructor(details: MojoErrorDetails) {
    super('forbidden', details);
  }
}

/** The server rejected the request's content (400, 422 and other client errors). */
export class ValidationError extends MojoError {
  public readonly code = 'VALIDATION' as const;

  /** Builds the error from the failed request's details. */
  public constructor(details: MojoErrorDetails) {
    super('rejected', details);
  }
}

/** The server kept answering 429 until the retry budget ran out. */
export class RateLimitedError extends MojoError {
  public readonly code = 'RATE_LIMITED' as const;

  /** Milliseconds the server asked us to wait last, when it said so. */
  public readonly retryAfterMs?: number;

  /** Builds the error; `retryAfterMs` is the server's last requested wait. */
  public constructor(details: MojoErrorDetails & { readonly retryAfterMs?: number }) {
    super('rate limited', details);
    this.retryAfterMs = details.retryAfterMs;
  }
}

/** The server failed (5xx) or sent an answer the client cannot read. */
export class ServerError extends MojoError {
  public readonly code = 'SERVER' as const;

  /** Builds the error from the failed request's details. */
  public constructor(details: MojoErrorDetails) {
    super('server error', details);
  }
}

/** No usable answer: the connection was refused, reset or closed, or the client is closed. */
export class NetworkError extends MojoError {
  public readonly code = 'NETWORK' as const;

  /**
   * True when the request may have reached the server before the connection failed, so a
   * write may or may not have taken effect.
   */
  public readonly ambiguous: boolean;

  /** Builds the error; `ambiguous` says whether the request may have been received. */
  public constructor(details: MojoErrorDetails & { readonly ambiguous: boolean }) {
    super('network failure', details);
    this.ambiguous = details.ambiguous;
  }
}

/** No answer within the per-request time limit; a write may or may not have taken effect. */
export class TimeoutError extends MojoError {
  public readonly code = 'TIMEOUT' as const;

  /** Builds the error from the failed request's details. */
  public constructor(details: MojoErrorDetails) {
    super('timed out', details);
  }
}

/**
 * True when `error` is a client error, also when it comes from another copy of this module
 * (a bundled provider and a test suite, for instance). With `code`, also checks the code.
 */
export function isMojoError(error: unknown, code?: MojoErrorCode): error is MojoError {
  if (typeof error !== 'object' || error === null) {
    return false;
  }

  const branded = (error as Record<symbol, unknown>)[BRAND] === true;
  if (!branded) {
    return false;
  }

  return code === undefined || (error as MojoError).code === code;
}

/** True when `error` says the object is gone ({@link NotFoundError} from any copy). */
export function isNotFound(error: unknown): boolean {
  return isMojoError(error, 'NOT_FOUND');
}

/**
 * Resolves to the operation's result, or to `undefined` when it failed with NOT_FOUND.
 *
 * Meant for deletes and reads where an object that is already gone is an acceptable outcome.
 * Every other failure is passed on unchanged.
 */
export async function ignoreNotFound<T>(operation: Promise<T>): Promise<T | undefined> {
  try {
    return await operation;
  } catch (error) {
    if (isNotFound(error)) {
      return undefined;
    }
    throw error;
  }
}

function composeMessage(summary: string, details: MojoErrorDetails): string {
  const parts = [`${details.method} ${details.path}: ${summary}`];

  if (details.status !== undefined) {
    parts.push(`(HTTP ${details.status})`);
  }

  if (details.reason) {
    parts.push(`- ${details.reason}`);
  }

  if (details.messages && details.messages.length > 0) {
    parts.push(`- ${details.messages.join('; ')}`);
  }

  if (details.attempts !== undefined && details.attempts > 1) {
    parts.push(`after ${details.attempts} attempts`);
  }

  return parts.join(' ');
}
