/**
 * Builds the provider as Terraform runs it, into lib/ (`npx projen bundle`):
 * - mojohelpdesk-provider.js: the provider and everything it uses, in one file (esbuild), its
 *   first line naming the build;
 * - terraform-provider-mojohelpdesk: the executable, a small launcher that runs the bundle;
 * - mojohelpdesk-provider.v8-cache: the V8 code cache of the bundle, made by starting the
 *   provider once as Terraform would (with a client certificate) and saving what V8 compiled
 *   up to the handshake.
 * The provider needs nothing from node_modules at run time. Each file is written beside its final
 * name and renamed, the executable last, so that test files building at the same time never run
 * half a file; a cache from another build is never used (see src/provider/launcher.ts).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { createSelfSignedCertificate } from '../src/provider/server/certificate';
import {
  bundleBuildLine,
  PROVIDER_BUNDLE_FILE,
  PROVIDER_CODE_CACHE_FILE,
  PROVIDER_EXECUTABLE,
  WRITE_CODE_CACHE_ENV,
} from '../src/provider/version';

const REPOSITORY_ROOT = resolve(__dirname, '..');

/** The environment Terraform gives a provider it starts, as far as the start-up reads it. */
const PLUGIN_ENVIRONMENT = {
  TF_PLUGIN_MAGIC_COOKIE: 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2',
  PLUGIN_PROTOCOL_VERSIONS: '6',
};

/** esbuild settings shared by the bundle and the launcher. */
function bundleCode(entry: string): string {
  const result = buildSync({
    entryPoints: [join(REPOSITORY_ROOT, 'src', 'provider', entry)],
    bundle: true,
    platform: 'node',
    target: 'node20',
    minifySyntax: true,
    legalComments: 'none',
    write: false,
    logLevel: 'error',
  });
  return result.outputFiles[0].text;
}

/** Writes `content` beside `path`, then renames it into place. */
function writeInPlace(path: string, content: string | Buffer, mode = 0o644): void {
  const partial = `${path}.partial-${process.pid}`;
  writeFileSync(partial, content);
  chmodSync(partial, mode);
  renameSync(partial, path);
}

/** Builds the executable, the bundle and its code cache into `outDir`; returns the executable. */
export function buildProviderBundle(outDir: string = join(REPOSITORY_ROOT, 'lib')): string {
  mkdirSync(outDir, { recursive: true });
  const code = bundleCode('main.ts');
  const buildId = createHash('sha256').update(code).digest('hex').slice(0, 32);
  writeInPlace(join(outDir, PROVIDER_BUNDLE_FILE), bundleBuildLine(buildId) + code);

  const executable = join(outDir, PROVIDER_EXECUTABLE);
  const launcher = `${executable}.partial-${process.pid}`;
  writeFileSync(launcher, `#!/usr/bin/env node\n${bundleCode('launcher.ts')}`);
  chmodSync(launcher, 0o755);
  const cache = join(outDir, `${PROVIDER_CODE_CACHE_FILE}.partial-${process.pid}`);
  try {
    // V8 refuses a cache made under other flags, so none come from NODE_OPTIONS.
    const { NODE_OPTIONS: _flags, ...environment } = process.env;
    execFileSync(process.execPath, [launcher], {
      env: {
        ...environment,
        ...PLUGIN_ENVIRONMENT,
        PLUGIN_CLIENT_CERT: createSelfSignedCertificate().certificatePem,
        [WRITE_CODE_CACHE_ENV]: cache,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
      timeout: 60_000,
    });
    renameSync(cache, join(outDir, PROVIDER_CODE_CACHE_FILE));
    renameSync(launcher, executable);
  } finally {
    rmSync(launcher, { force: true });
    rmSync(cache, { force: true });
  }
  return executable;
}

if (require.main === module) {
  console.log(buildProviderBundle());
}
