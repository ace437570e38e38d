/**
 * Runs every benchmark in one process tree and prints the figures beside their goals.
 *
 *   npm run bench                 # table on stdout
 *   npm run bench -- --out FILE   # the same figures as one JSON object in FILE
 *
 * Figures are measurements of this machine at this moment: they belong here and in BENCHMARKS.md,
 * never in assertions of the test suite.
 */
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { benchEmulatorGet } from './emulator-bench';
import { benchProviderStart } from './provider-bench';
import { benchStartToSchema } from './schema-bench';
import { BENCH_REQUESTS_PER_SECOND, benchTerraform } from './terraform-bench';

/** One measured figure and the goal it is held to. */
interface Figure {
  readonly key: string;
  readonly what: string;
  readonly value: number;
  readonly goal: number;
  /** Whether a larger value is better (throughput) or worse (time, memory, ratios of time). */
  readonly higherIsBetter: boolean;
}

function meets(figure: Figure): boolean {
  return figure.higherIsBetter ? figure.value >= figure.goal : figure.value <= figure.goal;
}

function printTable(figures: Figure[]): void {
  const rows = figures.map((figure) => [
    figure.key,
    figure.what,
    figure.value.toFixed(2),
    `${figure.higherIsBetter ? '>=' : '<='} ${figure.goal}`,
    (figure.value / figure.goal).toFixed(2),
    meets(figure) ? 'met' : 'MISSED',
  ]);
  const header = ['key', 'what', 'figure', 'goal', 'figure/goal', 'status'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column].length)),
  );
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i])).join('  ');

  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) {
    console.log(line(row));
  }
}

async function main(): Promise<void> {
  const outIndex = process.argv.indexOf('--out');
  const outFile = outIndex >= 0 ? process.argv[outIndex + 1] : undefined;
  const figures: Figure[] = [];
  const started = performance.now();

  const start = await benchProviderStart();
  console.log(
    `provider start: ${start.providerMs.toFixed(1)} ms median, ` +
      `node -e 0: ${start.nodeMs.toFixed(1)} ms median`,
  );
  const schema = await benchStartToSchema();
  console.log(
    `spawn to the first GetProviderSchema answer: ${schema.schemaMs.toFixed(1)} ms median`,
  );
  figures.push({
    key: 'provider_start_ratio',
    what: 'spawn-to-handshake / node -e 0 (medians of 20)',
    value: start.ratio,
    goal: 1.5,
    higherIsBetter: false,
  });

  const emulator = await benchEmulatorGet();
  figures.push({
    key: 'emulator_get_rps',
    what: 'emulator GET requests/s on loopback',
    value: emulator.rps,
    goal: 3000,
    higherIsBetter: true,
  });

  console.log(`emulator GET: ${emulator.rps.toFixed(0)} requests/s`);

  console.log(`Terraform benchmarks (provider requests_per_second = ${BENCH_REQUESTS_PER_SECOND})`);
  const terraform = await benchTerraform((line) => console.log(`  ${line}`));
  const { mix } = terraform;
  console.log(
    `plan with 100 ms latency per request: ${terraform.latencyPlanSeconds.toFixed(2)} s in ` +
      `all (${terraform.noopPlanSeconds.toFixed(2)} s without), of which ` +
      `${terraform.refreshLatencySeconds.toFixed(2)} s waiting on the API`,
  );
  console.log(
    `refresh request goal for ${mix.ticketQueues} ticket queues, ${mix.groups} groups, ` +
      `${mix.tags} tags and ${mix.users} users (+ the account owner): ` +
      `1.2 x (sum of ceil(N/100) + 1 per type) = ${terraform.refreshRequestGoal.toFixed(1)}`,
  );
  figures.push(
    {
      key: 'noop_plan_1000_ratio',
      what: 'no-op plan of 1000 objects / 1000 terraform_data (medians of 3)',
      value: terraform.noopPlanSeconds / terraform.noopPlanBaselineSeconds,
      goal: 1.5,
      higherIsBetter: false,
    },
    {
      key: 'apply_500_ratio',
      what: 'apply creating 500 objects / 500 terraform_data',
      value: terraform.applySeconds / terraform.applyBaselineSeconds,
      goal: 1.3,
      higherIsBetter: false,
    },
    {
      key: 'refresh_requests_1000',
      what: 'API requests during the no-op plan of 1000 objects',
      value: terraform.refreshRequests,
      goal: terraform.refreshRequestGoal,
      higherIsBetter: false,
    },
    {
      key: 'refresh_1000_latency100_s',
      what: 'no-op plan of 1000 objects at 100 ms per API request, whole command (s)',
      value: terraform.latencyPlanSeconds,
      goal: 3,
      higherIsBetter: false,
    },
    {
      // The part of that plan latency can lengthen: time with at least one request in flight.
      key: 'refresh_1000_latency100_api_wait_s',
      what: 'of which waiting on the API (s)',
      value: terraform.refreshLatencySeconds,
      goal: 3,
      higherIsBetter: false,
    },
    {
      key: 'provider_rss_mb_5000',
      what: 'peak provider resident memory, plan of 5000 objects (MiB)',
      value: terraform.peakRssMb5000,
      goal: 200,
      higherIsBetter: false,
    },
  );

  console.log(`\nall benchmarks took ${((performance.now() - started) / 60_000).toFixed(1)} min\n`);
  printTable(figures);

  if (outFile) {
    const json = Object.fromEntries(figures.map((figure) => [figure.key, figure.value]));
    writeFileSync(outFile, JSON.stringify(json, null, 2) + '\n');
    console.log(`\nfigures written to ${outFile}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
