import { Clock } from '../../src/client';

interface PendingSleep {
  readonly wakeAt: number;
  readonly order: number;
  readonly wake: () => void;
}

/**
 * A clock for tests whose time moves only when someone sleeps on it.
 *
 * Sleeps are woken one at a time in order of their wake-up time, each on its own turn of the
 * event loop, and the clock jumps to that time. Real I/O keeps running meanwhile and takes no
 * time on this clock, so a test measures exactly the waits the code under test chose.
 */
export class VirtualClock implements Clock {
  private current: number;
  private counter = 0;
  private pending: PendingSleep[] = [];
  private wakeScheduled = false;

  /** Every sleep requested, in milliseconds, in request order. */
  public readonly sleeps: number[] = [];

  /** Starts at `start` milliseconds since the epoch (a fixed date by default). */
  public constructor(start = Date.UTC(2025, 0, 1)) {
    this.current = start;
  }

  /** Current virtual time. */
  public now(): number {
    return this.current;
  }

  /** Resolves when the virtual time reaches now + ms. */
  public sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);

    if (!(ms > 0)) {
      return Promise.resolve();
    }

    return new Promise<void>((wake) => {
      this.counter += 1;
      this.pending.push({ wakeAt: this.current + ms, order: this.counter, wake });
      this.scheduleWake();
    });
  }

  private scheduleWake(): void {
    if (this.wakeScheduled) {
      return;
    }

    this.wakeScheduled = true;
    setImmediate(() => this.wakeEarliest());
  }

  private wakeEarliest(): void {
    this.wakeScheduled = false;
    this.pending.sort((a, b) => a.wakeAt - b.wakeAt || a.order - b.order);

    const next = this.pending.shift();
    if (!next) {
      return;
    }

    this.current = Math.max(this.current, next.wakeAt);
    next.wake();

    if (this.pending.length > 0) {
      this.scheduleWake();
    }
  }
}
