/**
 * The time source of the client: every wait (throttle, backoff, Retry-After) goes through it,
 * so tests can run the client on a clock they control.
 */
export interface Clock {
  /** Current time in milliseconds since the Unix epoch. */
  now(): number;

  /** Resolves once `ms` milliseconds have passed on this clock; 0 or less resolves promptly. */
  sleep(ms: number): Promise<void>;
}

/** The real clock: `Date.now()` and timers. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) =>
    new Promise<void>((resolve) => {
      setTimeout(resolve, Math.max(0, ms));
    }),
};
