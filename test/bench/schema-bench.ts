/**
 * Start-up cost as Terraform pays it: from spawning the bundled provider to the answer of its first
 * GetProviderSchema call over mutual TLS, the first thing Terraform asks every provider process.
 * Work moved after the handshake line still counts here.
 *
 *   npx ts-node --transpile-only test/bench/schema-bench.ts
 */
import { performance } from 'node:perf_hooks';
import { connectToProvider } from '../provider/plugin-client';

const RUNS = 20;

function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Milliseconds from spawn to the GetProviderSchema answer, one run. */
async function timeToSchema(): Promise<number> {
  const started = performance.now();
  const connection = await connectToProvider();
  try {
    await connection.call('GetProviderSchema', {});
    return performance.now() - started;
  } finally {
    connection.close();
  }
}

/** Median time from spawn to the first GetProviderSchema answer, over 20 runs. */
export async function benchStartToSchema(): Promise<{ schemaMs: number }> {
  await timeToSchema();
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    times.push(await timeToSchema());
  }
  return { schemaMs: median(times) };
}

if (require.main === module) {
  benchStartToSchema().then(
    ({ schemaMs }) => console.log(`spawn to GetProviderSchema answer: ${schemaMs.toFixed(1)} ms`),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
