/**
 * The provider executable Terraform starts (lib/terraform-provider-mojohelpdesk). It runs the
 * provider bundle that lies beside it, compiled with the V8 code cache the bundle task made for
 * that very bundle, so V8 skips parsing and compiling what the provider runs at every start.
 * Terraform starts the provider three or four times per command, so this time counts. Without a
 * usable cache (another Node.js version, or a cache from another build) V8 compiles the bundle as
 * usual and the provider behaves the same, only starts slower.
 *
 * With MOJOHELPDESK_WRITE_CODE_CACHE set to a path, the provider starts without a cache and, once
 * it has written its handshake line, the launcher writes the code cache to that path and exits:
 * this is how the bundle task makes the cache.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { PROVIDER_BUNDLE_FILE, PROVIDER_CODE_CACHE_FILE, WRITE_CODE_CACHE_ENV } from './version';

/** The cached data of the cache file in `directory` when it belongs to the bundle's build. */
function readCodeCache(directory: string, buildLine: string): Buffer | undefined {
  let data: Buffer;
  try {
    data = readFileSync(join(directory, PROVIDER_CODE_CACHE_FILE));
  } catch {
    return undefined;
  }
  const header = Buffer.from(buildLine, 'utf8');
  return data.subarray(0, header.length).equals(header) ? data.subarray(header.length) : undefined;
}

/** After the first write to stdout (the handshake line), writes the code cache and exits. */
function writeCodeCacheAfterHandshake(script: Script, path: string, buildLine: string): void {
  process.stdout.write = (() => {
    setImmediate(() => {
      writeFileSync(
        path,
        Buffer.concat([Buffer.from(buildLine, 'utf8'), script.createCachedData()]),
      );
      process.exit(0);
    });
    return true;
  }) as typeof process.stdout.write;
}

function launch(directory: string): void {
  const file = join(directory, PROVIDER_BUNDLE_FILE);
  const source = readFileSync(file, 'utf8');
  const buildLine = source.slice(0, source.indexOf('\n') + 1);
  const cacheOut = process.env[WRITE_CODE_CACHE_ENV];
  delete process.env[WRITE_CODE_CACHE_ENV];

  // The bundle runs as a CommonJS module of its own, wrapped as Node.js wraps one.
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new Script(wrapped, {
    filename: file,
    cachedData: cacheOut ? undefined : readCodeCache(directory, buildLine),
  });
  if (cacheOut) {
    writeCodeCacheAfterHandshake(script, cacheOut, buildLine);
  }
  const module = { exports: {} };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run(module.exports, createRequire(file), module, file, directory);
}

launch(__dirname);
