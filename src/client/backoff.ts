/** Settings of the exponential backoff between attempts. */
export interface BackoffPolicy {
  /** Upper bound of the first wait, in milliseconds. */
  readonly baseMs: number;

  /** Upper bound of any single computed wait, in milliseconds. */
  readonly capMs: number;
}

/** The backoff the client uses unless told otherwise. */
export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 500, capMs: 20_000 };

/**
 * The wait before attempt `failedAttempts + 1`, with full jitter: a uniformly random duration
 * between zero and `min(capMs, baseMs * 2^(failedAttempts - 1))`.
 *
 * `random` returns a number in [0, 1).
 */
export function backoffDelayMs(
  failedAttempts: number,
  policy: BackoffPolicy,
  random: () => number,
): number {
  const exponent = Math.max(0, failedAttempts - 1);
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** exponent);

  return Math.floor(random() * ceiling);
}

/**
 * Reads a Retry-After header value as a wait in milliseconds from `nowMs`.
 *
 * Accepts a number of seconds or an HTTP date. Answers `undefined` when the header is absent
 * or unreadable, and 0 for dates in the past.
 */
export function parseRetryAfterMs(
  header: string | string[] | undefined,
  nowMs: number,
): number | undefined {
  const value = (Array.isArray(header) ? header[0] : header)?.trim();
  if (!value) {
    return undefined;
  }

  if (/^\d+(\.\d+)?$/.test(value)) {
    return Math.round(Number(value) * 1000);
  }

  const dateMs = Date.parse(value);
  if (Number.isNaN(dateMs)) {
    return undefined;
  }

  return Math.max(0, dateMs - nowMs);
}
