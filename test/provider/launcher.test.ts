/**
 * The provider executable as the bundle task builds it: a launcher, the bundle and the bundle's
 * V8 code cache. The cache is accepted by this Node.js for the bundle beside it; the provider
 * starts the same when the cache is missing or comes from another build; an install carries all
 * three files.
 */
import { spawn } from 'node:child_process';
import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { installProvider } from '../../src/provider/install';
import {
  bundleBuildLine,
  PROVIDER_BUNDLE_FILE,
  PROVIDER_CODE_CACHE_FILE,
  PROVIDER_EXECUTABLE,
} from '../../src/provider/version';
import { ensureProviderBundle } from '../helpers/terraform';

const PLUGIN_ENVIRONMENT = {
  TF_PLUGIN_MAGIC_COOKIE: 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2',
  PLUGIN_PROTOCOL_VERSIONS: '6',
};

/** Starts an executable as Terraform would and resolves with its handshake line. */
function handshake(executable: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(executable, [], {
      env: { ...process.env, ...PLUGIN_ENVIRONMENT },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.stdout.setEncoding('utf8').once('data', (line: string) => {
      resolve(line);
      child.kill('SIGKILL');
    });
    child.once('exit', (code) =>
      reject(new Error(`exited ${code} before the handshake\n${stderr}`)),
    );
    child.once('error', reject);
  });
}

/** The bundle's source and the cached data of the cache file, without its build line. */
function bundleAndCache(directory: string): { source: string; cache: Buffer; header: string } {
  const source = readFileSync(join(directory, PROVIDER_BUNDLE_FILE), 'utf8');
  const header = source.slice(0, source.indexOf('\n') + 1);
  const cache = readFileSync(join(directory, PROVIDER_CODE_CACHE_FILE));
  return { source, cache, header };
}

describe('the provider executable', () => {
  let executable: string;
  let scratch: string;

  beforeAll(() => {
    executable = ensureProviderBundle();
  });

  beforeEach(() => {
    scratch = mkdtempSync(join(tmpdir(), 'mojo-launcher-'));
  });

  afterEach(() => {
    rmSync(scratch, { recursive: true, force: true });
  });

  /** A copy of the built files in the scratch directory; returns the executable's path. */
  function copyBuild(files: readonly string[]): string {
    for (const name of files) {
      copyFileSync(join(dirname(executable), name), join(scratch, name));
    }
    return join(scratch, PROVIDER_EXECUTABLE);
  }

  test('the code cache belongs to the bundle beside it and V8 accepts it', () => {
    const { source, cache, header } = bundleAndCache(dirname(executable));
    expect(header).toMatch(/^\/\/ mojohelpdesk-provider build [0-9a-f]{32}\n$/);
    expect(header).toBe(bundleBuildLine(header.trim().split(' ').at(-1)!));
    expect(cache.subarray(0, header.length).toString('utf8')).toBe(header);

    const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
    const script = new Script(wrapped, {
      filename: join(scratch, PROVIDER_BUNDLE_FILE),
      cachedData: cache.subarray(header.length),
    });
    expect(script.cachedDataRejected).toBe(false);
  });

  test('starts with its code cache, without one, and with one from another build', async () => {
    const withCache = copyBuild([
      PROVIDER_EXECUTABLE,
      PROVIDER_BUNDLE_FILE,
      PROVIDER_CODE_CACHE_FILE,
    ]);
    expect(await handshake(withCache)).toMatch(/^1\|6\|unix\|/);

    rmSync(join(scratch, PROVIDER_CODE_CACHE_FILE));
    expect(await handshake(withCache)).toMatch(/^1\|6\|unix\|/);

    // A cache file whose build line names another build is left aside.
    const { cache, header } = bundleAndCache(dirname(executable));
    const otherHeader = bundleBuildLine('0'.repeat(32));
    expect(otherHeader.length).toBe(header.length);
    writeFileSync(
      join(scratch, PROVIDER_CODE_CACHE_FILE),
      Buffer.concat([Buffer.from(otherHeader), cache.subarray(header.length)]),
    );
    expect(await handshake(withCache)).toMatch(/^1\|6\|unix\|/);
  });

  test('an install carries the executable, the bundle and the cache, and starts', async () => {
    const installation = installProvider(join(scratch, 'plugins'));

    expect(readdirSync(installation.packageDirectory).sort()).toEqual([
      PROVIDER_BUNDLE_FILE,
      PROVIDER_CODE_CACHE_FILE,
      `${PROVIDER_EXECUTABLE}_v${installation.version}`,
    ]);
    expect(await handshake(installation.executablePath)).toMatch(/^1\|6\|unix\|/);
  });
});
