import { Clock } from './clock';

/** Settings of a {@link Throttle}. */
export interface ThrottleOptions {
  /** Requests allowed per second on average; `Infinity` turns the rate limit off. */
  readonly requestsPerSecond: number;

  /** Requests allowed in flight at the same time; `Infinity` turns the cap off. */
  readonly maxInFlight: number;

  /**
   * Requests that may start back to back before the rate applies.
   * @default 1 (requests are evenly spaced)
   */
  readonly burst?: number;

  /** The clock the rate is measured on. */
  readonly clock: Clock;
}

/** Counters describing what a {@link Throttle} has let through. */
export interface ThrottleStats {
  /** Requests currently holding a slot. */
  readonly inFlight: number;

  /** The highest number of requests that held a slot at the same time. */
  readonly peakInFlight: number;

  /** Slots granted so far. */
  readonly granted: number;
}

/**
 * Keeps the client under the service's limits before the service has to say so: a token bucket
 * spaces requests out to `requestsPerSecond`, and a counting gate caps requests in flight.
 *
 * Callers take a slot with {@link acquire} right before sending and release it once the answer
 * has been read. Slots and tokens are handed out in arrival order.
 */
export class Throttle {
  private readonly rate: number;
  private readonly capacity: number;
  private readonly maxInFlight: number;
  private readonly clock: Clock;

  private tokens: number;
  private refilledAt: number;
  private tokenQueue: Promise<void> = Promise.resolve();

  private inFlight = 0;
  private peakInFlight = 0;
  private granted = 0;
  private readonly slotWaiters: Array<() => void> = [];

  /** Creates a throttle; the bucket starts full. */
  public constructor(options: ThrottleOptions) {
    if (!(options.requestsPerSecond > 0)) {
      throw new RangeError('requestsPerSecond must be a positive number');
    }
    if (!(options.maxInFlight >= 1)) {
      throw new RangeError('maxInFlight must be at least 1');
    }

    this.rate = options.requestsPerSecond;
    this.capacity = Math.max(1, options.burst ?? 1);
    this.maxInFlight = options.maxInFlight;
    this.clock = options.clock;
    this.tokens = this.capacity;
    this.refilledAt = options.clock.now();
  }

  /**
   * Waits for a free in-flight slot and then for a token, and resolves to the function that
   * gives the slot back. The release function may be called more than once; only the first
   * call counts.
   */
  public async acquire(): Promise<() => void> {
    await this.takeSlot();

    try {
      await this.takeToken();
    } catch (error) {
      this.releaseSlot();
      throw error;
    }

    let released = false;
    return () => {
      if (!released) {
        released = true;
        this.releaseSlot();
      }
    };
  }

  /** What the throttle has let through so far. */
  public stats(): ThrottleStats {
    return { inFlight: this.inFlight, peakInFlight: this.peakInFlight, granted: this.granted };
  }

  private takeSlot(): Promise<void> {
    if (this.inFlight < this.maxInFlight) {
      this.occupySlot();
      return Promise.resolve();
    }

    return new Promise<void>((resolve) => {
      this.slotWaiters.push(() => {
        this.occupySlot();
        resolve();
      });
    });
  }

  private occupySlot(): void {
    this.inFlight += 1;
    this.granted += 1;
    this.peakInFlight = Math.max(this.peakInFlight, this.inFlight);
  }

  private releaseSlot(): void {
    this.inFlight -= 1;

    const next = this.slotWaiters.shift();
    if (next) {
      next();
    }
  }

  // Tokens are taken one caller at a time through a promise chain, so that concurrent callers
  // each wait their own turn instead of all waking on the same refill.
  private takeToken(): Promise<void> {
    if (!Number.isFinite(this.rate)) {
      return Promise.resolve();
    }

    const turn = this.tokenQueue.then(() => this.waitForToken());
    this.tokenQueue = turn.catch(() => undefined);
    return turn;
  }

  private async waitForToken(): Promise<void> {
    this.refill();

    if (this.tokens < 1) {
      const waitMs = ((1 - this.tokens) / this.rate) * 1000;
      await this.clock.sleep(waitMs);
      this.refill();
    }

    this.tokens = Math.max(0, this.tokens - 1);
  }

  private refill(): void {
    const now = this.clock.now();
    const elapsedMs = Math.max(0, now - this.refilledAt);

    this.tokens = Math.min(this.capacity, this.tokens + (elapsedMs / 1000) * this.rate);
    this.refilledAt = now;
  }
}
