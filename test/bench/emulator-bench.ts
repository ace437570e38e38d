/**
 * Throughput of the emulator for keep-alive GET requests on loopback, driven from the same
 * process: about 200 ticket queues, 32 requests in flight, for about five seconds.
 *
 *   npx ts-node --transpile-only test/bench/emulator-bench.ts
 */
import { performance } from 'node:perf_hooks';
import { Pool } from 'undici';
import { startEmulator } from '../../src/emulator';

const QUEUES = 200;
const CONCURRENCY = 32;
const DURATION_MS = 5_000;
const WARM_UP_MS = 500;

/** Measures GET requests per second against a fresh in-memory emulator. */
export async function benchEmulatorGet(): Promise<{ rps: number }> {
  const accessKey = 'bench-key';
  const emulator = await startEmulator({ accessKey });
  const pool = new Pool(emulator.url, { connections: CONCURRENCY, pipelining: 1 });

  try {
    const ids: number[] = [];
    for (let index = 0; index < QUEUES; index += 1) {
      const { body } = await pool.request({
        method: 'POST',
        path: `/api/v2/ticket_queues?access_key=${accessKey}`,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: `Queue ${index}` }),
      });
      ids.push(((await body.json()) as { id: number }).id);
    }

    let next = 0;
    let completed = 0;
    let failures = 0;
    const drive = async (until: number, counting: boolean) => {
      while (performance.now() < until) {
        const id = ids[next % ids.length];
        next += 1;
        const path =
          next % 10 === 0
            ? `/api/v2/ticket_queues?access_key=${accessKey}&page=${(next % 7) + 1}`
            : `/api/v2/ticket_queues/${id}?access_key=${accessKey}`;
        const { statusCode, body } = await pool.request({ method: 'GET', path });
        await body.arrayBuffer();
        if (counting) {
          completed += 1;
          failures += statusCode === 200 ? 0 : 1;
        }
      }
    };

    const warmUntil = performance.now() + WARM_UP_MS;
    await Promise.all(Array.from({ length: CONCURRENCY }, () => drive(warmUntil, false)));

    const started = performance.now();
    const until = started + DURATION_MS;
    await Promise.all(Array.from({ length: CONCURRENCY }, () => drive(until, true)));
    const elapsedSeconds = (performance.now() - started) / 1000;

    if (failures > 0) {
      throw new Error(`${failures} of ${completed} benchmark requests failed`);
    }
    return { rps: completed / elapsedSeconds };
  } finally {
    await pool.close();
    await emulator.close();
  }
}

if (require.main === module) {
  benchEmulatorGet().then(
    ({ rps }) => console.log(`emulator GET: ${rps.toFixed(0)} requests/s`),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
