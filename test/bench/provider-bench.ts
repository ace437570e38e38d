/**
 * Start-up cost of the provider: spawn to handshake line of the bundled executable, beside a bare
 * `node -e 0` measured in the same run on the same machine. Terraform starts the provider several
 * times per command, so this time is paid over and over.
 */
import { spawn } from 'node:child_process';
import { createSelfSignedCertificate } from '../../src/provider/server/certificate';
import { ensureProviderBundle } from '../helpers/terraform';

const RUNS = 20;
const MAGIC_COOKIE = {
  TF_PLUGIN_MAGIC_COOKIE: 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2',
  PLUGIN_PROTOCOL_VERSIONS: '6',
};

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Time from spawn until the first stdout line (the handshake), then the process is killed. The
 * client certificate is passed as Terraform passes one, so the mutual TLS set-up is counted.
 */
function timeToHandshake(executable: string, clientCertificate: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(executable, [], {
      env: { ...process.env, ...MAGIC_COOKIE, PLUGIN_CLIENT_CERT: clientCertificate },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    child.stdout.once('data', () => {
      resolve(Number(process.hrtime.bigint() - started) / 1e6);
      child.kill('SIGKILL');
    });
    child.once('error', reject);
  });
}

/** Time from spawn until `node -e 0` exits. */
function timeNodeExit(): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
    child.once('exit', () => resolve(Number(process.hrtime.bigint() - started) / 1e6));
    child.once('error', reject);
  });
}

/**
 * Median spawn-to-handshake time of the bundled provider and median run time of `node -e 0`, over
 * 20 alternating runs each, and their ratio.
 */
export async function benchProviderStart(): Promise<{
  providerMs: number;
  nodeMs: number;
  ratio: number;
}> {
  const executable = ensureProviderBundle();
  const clientCertificate = createSelfSignedCertificate().certificatePem;
  const providerTimes: number[] = [];
  const nodeTimes: number[] = [];

  await timeToHandshake(executable, clientCertificate);
  await timeNodeExit();
  for (let run = 0; run < RUNS; run += 1) {
    providerTimes.push(await timeToHandshake(executable, clientCertificate));
    nodeTimes.push(await timeNodeExit());
  }

  const providerMs = median(providerTimes);
  const nodeMs = median(nodeTimes);
  return { providerMs, nodeMs, ratio: providerMs / nodeMs };
}

if (require.main === module) {
  benchProviderStart().then(
    (figures) => console.log(JSON.stringify(figures)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
