import { EmulatorUsageError } from './errors';
import { FaultRule } from './types';

const KINDS = new Set([
  'latency',
  'hold',
  'status',
  'rate_limit',
  'reset',
  'commit_then_drop',
  'commit_then_hold',
]);

/** Kinds that delay a request and then let the other rules decide its answer. */
const DELAYING = new Set(['latency', 'hold']);

const MODULUS = 2147483647;

/**
 * A deterministic generator of numbers in [0, 1) from a seed: the Park-Miller minimal standard
 * generator, in plain arithmetic (every product stays below 2^53).
 */
export function seededRandom(seed: number): () => number {
  let state = Math.abs(Math.trunc(seed)) % MODULUS || 1;
  return () => {
    state = (state * 48271) % MODULUS;
    return (state - 1) / (MODULUS - 1);
  };
}

/** Checks a fault rule received from a caller; throws EmulatorUsageError when it is unusable. */
export function checkFaultRule(rule: unknown): FaultRule {
  if (typeof rule !== 'object' || rule === null || Array.isArray(rule)) {
    throw new EmulatorUsageError('A fault rule is a JSON object');
  }
  const candidate = rule as Record<string, unknown>;
  if (typeof candidate.kind !== 'string' || !KINDS.has(candidate.kind)) {
    throw new EmulatorUsageError(`Fault kind must be one of ${[...KINDS].join(', ')}`);
  }
  const numbers = ['status', 'retryAfterSeconds', 'latencyMs', 'probability', 'times'];
  for (const name of numbers) {
    const value = candidate[name];
    if (value !== undefined && (typeof value !== 'number' || !Number.isFinite(value))) {
      throw new EmulatorUsageError(`Fault ${name} must be a number`);
    }
  }
  for (const name of ['method', 'path']) {
    if (candidate[name] !== undefined && typeof candidate[name] !== 'string') {
      throw new EmulatorUsageError(`Fault ${name} must be a string`);
    }
  }
  if (candidate.path !== undefined) {
    try {
      new RegExp(candidate.path as string);
    } catch {
      throw new EmulatorUsageError('Fault path must be a valid regular expression');
    }
  }
  const status = candidate.status as number | undefined;
  if (status !== undefined && (status < 100 || status > 599)) {
    throw new EmulatorUsageError('Fault status must be an HTTP status code');
  }
  return candidate as unknown as FaultRule;
}

interface ActiveRule {
  readonly rule: FaultRule;
  readonly path?: RegExp;
  remaining: number;
}

/** What the fault rules decided for one request. */
export interface FaultDecision {
  /** Delay before anything else happens, in milliseconds. */
  readonly delayMs: number;
  /** Whether the request waits, after the delay, until the held requests are released. */
  readonly hold?: boolean;
  /** The rule that replaces or drops the answer, if one hit. */
  readonly outcome?: FaultRule;
}

/**
 * The active fault rules. Every matching latency rule adds its delay, a matching hold rule keeps
 * the request waiting; the first other matching rule decides the answer. Probabilities are drawn
 * from a seeded generator.
 */
export class FaultInjector {
  private rules: ActiveRule[] = [];
  private random: () => number;

  constructor(private readonly seed: number) {
    this.random = seededRandom(seed);
  }

  /** Adds a rule after the existing ones. */
  add(rule: FaultRule): void {
    const checked = checkFaultRule(rule);
    this.rules.push({
      rule: checked,
      path: checked.path === undefined ? undefined : new RegExp(checked.path),
      remaining: checked.times ?? Number.POSITIVE_INFINITY,
    });
  }

  /** Removes every rule and restarts the generator from its seed. */
  clear(): void {
    this.rules = [];
    this.random = seededRandom(this.seed);
  }

  /** Decides what happens to a request. */
  decide(method: string, path: string): FaultDecision {
    if (this.rules.length === 0) {
      return { delayMs: 0 };
    }
    let delayMs = 0;
    let hold = false;
    let outcome: FaultRule | undefined;

    for (const active of this.rules) {
      const { rule } = active;
      if (active.remaining <= 0) {
        continue;
      }
      if (rule.method && rule.method.toUpperCase() !== method) {
        continue;
      }
      if (active.path && !active.path.test(path)) {
        continue;
      }
      if (!DELAYING.has(rule.kind) && outcome) {
        continue;
      }
      if (this.random() >= (rule.probability ?? 1)) {
        continue;
      }
      active.remaining -= 1;
      if (rule.kind === 'latency') {
        delayMs += rule.latencyMs ?? 100;
      } else if (rule.kind === 'hold') {
        hold = true;
      } else {
        outcome = rule;
      }
    }
    this.rules = this.rules.filter((active) => active.remaining > 0);
    return { delayMs, hold, outcome };
  }
}
