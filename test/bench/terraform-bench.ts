/**
 * Terraform-level benchmarks: the provider against the emulator beside the same number of
 * built-in `terraform_data` resources, for a no-op plan and for an apply that creates; the API
 * requests and the time of a refresh with injected latency; the provider's peak memory during a
 * plan of 5000 objects.
 *
 *   npx ts-node --transpile-only test/bench/terraform-bench.ts
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { MojoClient } from '../../src/client';
import { RunningEmulator, startEmulator } from '../../src/emulator';
import {
  REQUIRED_PROVIDERS,
  createTerraformWorkspace,
  type TerraformWorkspace,
} from '../helpers/terraform';
import {
  FleetMix,
  MIX_1000,
  baselineConfig,
  fleetConfig,
  fleetSize,
  refreshRequestGoal,
  scaledMix,
} from '../perf/fleet';

const ACCESS_KEY = 'bench-access-key';

/**
 * The provider's request rate in the benchmark: what a generous live account would allow, so
 * that the figures show the provider's own cost rather than a throttle's.
 */
export const BENCH_REQUESTS_PER_SECOND = 500;

/** Plans timed per configuration; the median is reported. */
const PLAN_RUNS = 3;

/** Injected latency of every API request in the latency benchmark, in milliseconds. */
const LATENCY_MS = 100;

/** What {@link benchTerraform} measures. */
export interface TerraformFigures {
  readonly mix: FleetMix;
  readonly noopPlanSeconds: number;
  readonly noopPlanBaselineSeconds: number;
  readonly applySeconds: number;
  readonly applyBaselineSeconds: number;
  readonly refreshRequests: number;
  readonly refreshRequestGoal: number;
  /** Time the plan with injected latency spent waiting on the API (requests in flight). */
  readonly refreshLatencySeconds: number;
  /** The whole plan with injected latency, provider starts and Terraform's own work included. */
  readonly latencyPlanSeconds: number;
  readonly peakRssMb5000: number;
}

function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function providerBlock(emulator: RunningEmulator): string {
  return (
    `${REQUIRED_PROVIDERS}\nprovider "mojohelpdesk" {\n` +
    `  url                 = "${emulator.url}"\n` +
    `  access_key          = "${ACCESS_KEY}"\n` +
    `  requests_per_second = ${BENCH_REQUESTS_PER_SECOND}\n}`
  );
}

/** Runs a terraform command to success and answers its wall time in seconds. */
async function timed(workspace: TerraformWorkspace, args: readonly string[]): Promise<number> {
  const started = performance.now();
  await workspace.runOk([...args, '-no-color']);
  return (performance.now() - started) / 1000;
}

/** A no-op plan; throws unless Terraform finds nothing to change. */
export async function noopPlan(workspace: TerraformWorkspace): Promise<number> {
  const started = performance.now();
  const result = await workspace.run(['plan', '-no-color', '-detailed-exitcode']);
  const seconds = (performance.now() - started) / 1000;
  if (result.code !== 0) {
    throw new Error(`the plan was not a no-op (exit ${result.code})\n${result.stdout}`);
  }
  return seconds;
}

/** A workspace of `terraform_data` resources, initialised, with no provider of ours. */
async function baselineWorkspace(total: number): Promise<TerraformWorkspace> {
  const workspace = createTerraformWorkspace({ installProvider: false });
  workspace.writeConfig(baselineConfig(total));
  await workspace.runOk(['init', '-no-color']);
  return workspace;
}

/** A fresh emulator and an initialised workspace configured with `mix` against it. */
export async function fleetWorkspace(
  mix: FleetMix,
): Promise<{ emulator: RunningEmulator; workspace: TerraformWorkspace }> {
  const emulator = await startEmulator({ accessKey: ACCESS_KEY });
  const workspace = createTerraformWorkspace();
  workspace.writeConfig(fleetConfig(providerBlock(emulator), mix));
  await workspace.runOk(['init', '-no-color']);
  return { emulator, workspace };
}

/**
 * Seconds during which at least one logged API request was in flight: the time a refresh spent
 * waiting on the API, however its requests overlapped. Terraform's own work between reads is not
 * counted; the whole plan's time is reported beside it.
 */
function apiWaitSeconds(emulator: RunningEmulator): number {
  const intervals = emulator
    .requests()
    .map((request) => {
      const start = Date.parse(request.at);
      return [start, start + request.durationMs] as const;
    })
    .sort((a, b) => a[0] - b[0]);

  let busyMs = 0;
  let coveredUntil = -Infinity;
  for (const [start, end] of intervals) {
    if (end > coveredUntil) {
      busyMs += end - Math.max(start, coveredUntil);
      coveredUntil = end;
    }
  }
  return busyMs / 1000;
}

/** Process ids of running provider executables. */
function providerProcesses(): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) {
      continue;
    }
    try {
      const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (command.includes('terraform-provider-mojohelpdesk')) {
        pids.push(Number(entry));
      }
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return pids;
}

/** The peak resident set (VmHWM) of a process in MiB, or 0 once it has ended. */
function peakRssMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmHWM:\s+(\d+) kB/m.exec(status);
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * Runs `work` while sampling the peak resident set of every provider process every 50 ms;
 * answers the largest peak seen.
 */
async function watchProviderMemory(work: () => Promise<unknown>): Promise<number> {
  let peak = 0;
  const sample = () => {
    for (const pid of providerProcesses()) {
      peak = Math.max(peak, peakRssMb(pid));
    }
  };
  const timer = setInterval(sample, 50);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return peak;
}

/** Seeds the emulator with `mix` through the API, as the fleet configuration names it. */
async function seedFleet(emulator: RunningEmulator, mix: FleetMix) {
  const client = new MojoClient({
    url: emulator.url,
    accessKey: ACCESS_KEY,
    requestsPerSecond: Infinity,
    maxInFlight: 16,
  });
  const make = async <T>(count: number, create: (index: number) => Promise<T>) => {
    const made: T[] = new Array<T>(count);
    let next = 0;
    const worker = async () => {
      while (next < count) {
        const index = next;
        next += 1;
        made[index] = await create(index);
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    return made;
  };

  try {
    return {
      ticketQueues: await make(mix.ticketQueues, (index) =>
        client.ticketQueues.create({ name: `Queue ${index}` }),
      ),
      groups: await make(mix.groups, (index) =>
        client.groups.create({ name: `Group ${index}`, city: 'Springfield' }),
      ),
      tags: await make(mix.tags, (index) =>
        client.tags.create({ label: `tag-${index}`, color: '#336699' }),
      ),
      users: await make(mix.users, (index) =>
        client.users.create({
          email: `user${index}@example.com`,
          first_name: 'User',
          last_name: `Number ${index}`,
        }),
      ),
    };
  } finally {
    await client.close();
  }
}

type StateInstance = { index_key?: number; attributes: Record<string, unknown> };
type StateResource = { type: string; name: string; instances: StateInstance[] };

/**
 * Writes a state holding every object of a seeded fleet, modelled on the state a real apply of
 * one object per type wrote, so that a plan of thousands of objects needs no apply of them.
 */
export async function writeFleetState(
  emulator: RunningEmulator,
  workspace: TerraformWorkspace,
  mix: FleetMix,
): Promise<void> {
  const single: FleetMix = { ticketQueues: 1, groups: 1, tags: 1, users: 1 };
  workspace.writeConfig(fleetConfig(providerBlock(emulator), single));
  await workspace.runOk(['apply', '-auto-approve', '-no-color']);
  emulator.reset();
  const seeded = await seedFleet(emulator, mix);

  const statePath = join(workspace.directory, 'terraform.tfstate');
  const state = JSON.parse(readFileSync(statePath, 'utf8')) as {
    serial: number;
    resources: StateResource[];
  };
  const objectsOf: Record<string, readonly { id: number }[]> = {
    mojohelpdesk_ticket_queue: seeded.ticketQueues,
    mojohelpdesk_group: seeded.groups,
    mojohelpdesk_tag: seeded.tags,
    mojohelpdesk_user: seeded.users,
  };
  for (const resource of state.resources) {
    const template = resource.instances[0];
    resource.instances = objectsOf[resource.type].map((object, index) => {
      const attributes: Record<string, unknown> = { ...template.attributes, id: String(object.id) };
      for (const field of Object.keys(attributes)) {
        const value = (object as unknown as Record<string, unknown>)[field];
        if (field !== 'id' && value !== undefined && typeof value !== 'object') {
          attributes[field] = value;
        }
      }
      return { ...template, index_key: index, attributes };
    });
  }
  state.serial += 1;
  writeFileSync(statePath, JSON.stringify(state));
  workspace.writeConfig(fleetConfig(providerBlock(emulator), mix));
}

/** Runs every Terraform-level benchmark; `log` receives progress lines. */
export async function benchTerraform(
  log: (line: string) => void = () => undefined,
): Promise<TerraformFigures> {
  const mix = MIX_1000;
  const total = fleetSize(mix);

  // Create 500: the provider against the emulator, and terraform_data.
  const applyMix = scaledMix(total / 2);
  const applyBaseline = await baselineWorkspace(fleetSize(applyMix));
  const applyFleet = await fleetWorkspace(applyMix);
  let applySeconds: number;
  let applyBaselineSeconds: number;
  try {
    applyBaselineSeconds = await timed(applyBaseline, ['apply', '-auto-approve']);
    applySeconds = await timed(applyFleet.workspace, ['apply', '-auto-approve']);
    log(
      `apply ${fleetSize(applyMix)}: ${applySeconds.toFixed(2)} s, ` +
        `terraform_data ${applyBaselineSeconds.toFixed(2)} s`,
    );
  } finally {
    applyBaseline.remove();
    applyFleet.workspace.remove();
    await applyFleet.emulator.close();
  }

  // No-op plan of 1000, then its requests, then the same plan with latency on every request.
  const planBaseline = await baselineWorkspace(total);
  const { emulator, workspace } = await fleetWorkspace(mix);
  const planTimes: number[] = [];
  const baselineTimes: number[] = [];
  let refreshRequests: number;
  let refreshLatencySeconds: number;
  let latencyPlanSeconds: number;
  try {
    await planBaseline.runOk(['apply', '-auto-approve', '-no-color']);
    await writeFleetState(emulator, workspace, mix);
    log(`seeded ${total} objects and their state for the plan benchmarks`);

    for (let run = 0; run < PLAN_RUNS; run += 1) {
      baselineTimes.push(await noopPlan(planBaseline));
      emulator.resetLog();
      planTimes.push(await noopPlan(workspace));
    }
    refreshRequests = emulator.requests().length;
    log(
      `no-op plan of ${total}: ${planTimes.map((t) => t.toFixed(2)).join(', ')} s; ` +
        `terraform_data ${baselineTimes.map((t) => t.toFixed(2)).join(', ')} s; ` +
        `${refreshRequests} API requests`,
    );

    emulator.addFault({ kind: 'latency', latencyMs: LATENCY_MS });
    emulator.resetLog();
    latencyPlanSeconds = await noopPlan(workspace);
    refreshLatencySeconds = apiWaitSeconds(emulator);
    emulator.clearFaults();
    log(
      `no-op plan of ${total} with ${LATENCY_MS} ms per request: ` +
        `${latencyPlanSeconds.toFixed(2)} s, of which waiting on the API ` +
        `${refreshLatencySeconds.toFixed(2)} s`,
    );
  } finally {
    planBaseline.remove();
    workspace.remove();
    await emulator.close();
  }

  // Peak provider memory during a plan of 5000 objects.
  const bigMix = scaledMix(5000);
  const big = await fleetWorkspace(bigMix);
  let peakRssMb5000: number;
  try {
    await writeFleetState(big.emulator, big.workspace, bigMix);
    peakRssMb5000 = await watchProviderMemory(() => noopPlan(big.workspace));
    log(`plan of ${fleetSize(bigMix)}: provider peak RSS ${peakRssMb5000.toFixed(1)} MiB`);
  } finally {
    big.workspace.remove();
    await big.emulator.close();
  }

  return {
    mix,
    noopPlanSeconds: median(planTimes),
    noopPlanBaselineSeconds: median(baselineTimes),
    applySeconds,
    applyBaselineSeconds,
    refreshRequests,
    refreshRequestGoal: refreshRequestGoal(mix, { users: 1 }),
    refreshLatencySeconds,
    latencyPlanSeconds,
    peakRssMb5000,
  };
}

if (require.main === module) {
  benchTerraform(console.log).then(
    (figures) => console.log(JSON.stringify(figures, null, 2)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
