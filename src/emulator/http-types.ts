import { ErrorShape } from './errors';
import { Store } from './store';

/** What a handler gets: the parsed request and the store. */
export interface HandlerContext {
  /** The emulator's state. */
  readonly store: Store;
  /** Values of the route's `:id` segments, in order, as written in the path. */
  readonly params: readonly string[];
  /** Query parameters, `access_key` included. */
  readonly query: URLSearchParams;
  /**
   * The JSON object sent as body of a write, without `access_key`; an empty object when the
   * request had no body.
   */
  readonly body: Record<string, unknown>;
  /** Current time as the API writes timestamps: 2013-11-11T21:37:02Z. */
  now(): string;
}

/** A successful answer. */
export interface Answer {
  /** HTTP status. */
  readonly status: number;
  /** JSON value to send; absent for an empty body. */
  readonly json?: unknown;
  /** Already serialised JSON to send as is (takes precedence over `json`). */
  readonly text?: string;
}

/** One endpoint: method, path pattern and the code that answers it. */
export interface Route {
  /** HTTP method in upper case; PUT routes also answer PATCH. */
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path under /api/v2 with `:id` for variable segments, e.g. "/tags/:id/merge". */
  readonly pattern: string;
  /** Body shape of the errors this endpoint's controller answers. */
  readonly shape: ErrorShape;
  /** Answers the request; throws ApiError for documented failures. */
  readonly handler: (context: HandlerContext) => Answer;
}

/** Formats a time the way the API does: seconds precision, UTC, "Z" suffix. */
export function formatTimestamp(time: Date): string {
  return time.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
