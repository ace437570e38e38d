import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const PACKAGE_NAME = 'mojohelpdesk-iac';
const UNKNOWN_VERSION = '0.0.0';

let cached: string | undefined;

/**
 * The version of this package, read once from the nearest enclosing package.json of this
 * package (the source tree, the compiled `lib/` or a bundle inside the package). Answers
 * `0.0.0` when no such file is found.
 */
export function packageVersion(): string {
  if (cached === undefined) {
    cached = findVersion(__dirname) ?? UNKNOWN_VERSION;
  }

  return cached;
}

function findVersion(start: string): string | undefined {
  for (let directory = start; ; directory = dirname(directory)) {
    const manifest = readManifest(join(directory, 'package.json'));
    if (manifest?.name === PACKAGE_NAME && typeof manifest.version === 'string') {
      return manifest.version;
    }

    if (dirname(directory) === directory) {
      return undefined;
    }
  }
}

function readManifest(path: string): { name?: unknown; version?: unknown } | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as { name?: unknown; version?: unknown };
  } catch {
    return undefined;
  }
}
