import { createHash } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import {
  PROVIDER_ADDRESS,
  PROVIDER_EXECUTABLE,
  PROVIDER_HOST,
  PROVIDER_NAMESPACE,
  PROVIDER_SIDE_FILES,
  PROVIDER_TYPE,
  PROVIDER_VERSION,
} from './version';

/** Raised when the provider cannot be installed. */
export class ProviderInstallError extends Error {
  public constructor(
    public readonly code: 'EXECUTABLE_MISSING' | 'UNSUPPORTED_PLATFORM',
    message: string,
  ) {
    super(message);
    this.name = 'ProviderInstallError';
  }
}

/** What an installation did. */
export interface ProviderInstallation {
  /** The installed executable. */
  readonly executablePath: string;
  /** The package directory Terraform hashes (`.../<version>/<os>_<arch>`). */
  readonly packageDirectory: string;
  readonly version: string;
  /** Terraform's platform name, such as `linux_amd64`. */
  readonly platform: string;
  /** The package's `h1:` hash, as lock files record it. */
  readonly hash: string;
}

/** Options of an installation. */
export interface InstallOptions {
  /**
   * The provider executable to install.
   * @default the bundled lib/terraform-provider-mojohelpdesk of this package
   */
  readonly executable?: string;
}

const OPERATING_SYSTEMS: Partial<Record<NodeJS.Platform, string>> = {
  linux: 'linux',
  darwin: 'darwin',
  win32: 'windows',
  freebsd: 'freebsd',
  openbsd: 'openbsd',
};

const ARCHITECTURES: Partial<Record<string, string>> = {
  x64: 'amd64',
  arm64: 'arm64',
  ia32: '386',
  arm: 'arm',
};

/** Terraform's name for this machine's platform, such as `linux_amd64`. */
export function terraformPlatform(
  platform: NodeJS.Platform = process.platform,
  arch: string = process.arch,
): string {
  const os = OPERATING_SYSTEMS[platform];
  const architecture = ARCHITECTURES[arch];
  if (!os || !architecture) {
    throw new ProviderInstallError(
      'UNSUPPORTED_PLATFORM',
      `Terraform has no platform name for ${platform}/${arch}.`,
    );
  }
  return `${os}_${architecture}`;
}

/** The bundled provider executable of this package (built by `npx projen bundle`). */
export function bundledProviderExecutable(): string {
  return resolve(__dirname, '..', '..', 'lib', PROVIDER_EXECUTABLE);
}

/** The per-user plugin directory Terraform searches: ~/.terraform.d/plugins. */
export function defaultPluginsDirectory(): string {
  return join(homedir(), '.terraform.d', 'plugins');
}

/**
 * The `h1:` hash of a provider package directory, computed as Terraform does: the SHA-256 of a
 * summary holding, for every file in path order, its SHA-256 in hex, two spaces, its relative
 * path with forward slashes, and a newline.
 */
export function packageHash(directory: string): string {
  const files = listFiles(directory)
    .map((file) => relative(directory, file).split(sep).join('/'))
    .sort();
  const summary = files
    .map((name) => {
      const digest = createHash('sha256')
        .update(readFileSync(join(directory, name)))
        .digest('hex');
      return `${digest}  ${name}\n`;
    })
    .join('');
  return 'h1:' + createHash('sha256').update(summary).digest('base64');
}

function listFiles(directory: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(directory)) {
    const path = join(directory, entry);
    if (statSync(path).isDirectory()) {
      files.push(...listFiles(path));
    } else {
      files.push(path);
    }
  }
  return files;
}

/** Copies a file beside `target` and renames it into place, so no reader sees half a file. */
function copyInPlace(source: string, target: string, mode: number): void {
  const partial = `${target}.partial-${process.pid}`;
  copyFileSync(source, partial);
  chmodSync(partial, mode);
  renameSync(partial, target);
}

/**
 * Copies the provider executable, and the bundle and code cache that lie beside it, into a plugin
 * directory in Terraform's unpacked layout,
 * `<dir>/registry.terraform.io/mojohelpdesk-iac/mojohelpdesk/<version>/<os>_<arch>/`, the
 * executable with mode 755. Each copy is written beside its final name and renamed, the
 * executable last, so a running Terraform never sees half a file.
 */
export function installProvider(
  pluginsDirectory: string,
  options: InstallOptions = {},
): ProviderInstallation {
  const executable = options.executable ?? bundledProviderExecutable();
  if (!existsSync(executable)) {
    throw new ProviderInstallError(
      'EXECUTABLE_MISSING',
      `The provider executable ${executable} does not exist. Build it with \`npx projen bundle\`.`,
    );
  }

  const platform = terraformPlatform();
  const packageDirectory = join(
    pluginsDirectory,
    PROVIDER_HOST,
    PROVIDER_NAMESPACE,
    PROVIDER_TYPE,
    PROVIDER_VERSION,
    platform,
  );
  mkdirSync(packageDirectory, { recursive: true });

  for (const name of PROVIDER_SIDE_FILES) {
    const source = join(dirname(executable), name);
    if (existsSync(source)) {
      copyInPlace(source, join(packageDirectory, name), 0o644);
    } else {
      rmSync(join(packageDirectory, name), { force: true });
    }
  }
  const executablePath = join(packageDirectory, `${PROVIDER_EXECUTABLE}_v${PROVIDER_VERSION}`);
  copyInPlace(executable, executablePath, 0o755);

  return {
    executablePath,
    packageDirectory,
    version: PROVIDER_VERSION,
    platform,
    hash: packageHash(packageDirectory),
  };
}

/** The lock file block Terraform writes for this provider at this version. */
export function lockFileBlock(hash: string): string {
  return [
    `provider "${PROVIDER_ADDRESS}" {`,
    `  version     = "${PROVIDER_VERSION}"`,
    `  constraints = "${PROVIDER_VERSION}"`,
    '  hashes = [',
    `    "${hash}",`,
    '  ]',
    '}',
    '',
  ].join('\n');
}

const LOCK_FILE_HEADER =
  '# This file is maintained automatically by "terraform init".\n' +
  '# Manual edits may be lost in future updates.\n';

/**
 * Installs the provider into a Terraform working directory (its `terraform.d/plugins`) and records
 * it in the directory's `.terraform.lock.hcl` (version, exact constraint and `h1:` hash), keeping
 * the entries of other providers. Terraform then initialises the directory without any registry.
 */
export function installIntoWorkingDirectory(
  workingDirectory: string,
  options: InstallOptions = {},
): ProviderInstallation {
  const installation = installProvider(join(workingDirectory, 'terraform.d', 'plugins'), options);

  const lockPath = join(workingDirectory, '.terraform.lock.hcl');
  const existing = existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : LOCK_FILE_HEADER;
  const ourBlock = new RegExp(
    `provider "${PROVIDER_ADDRESS.replace(/[.]/g, '\\.')}" \\{[\\s\\S]*?\\n\\}\\n?`,
  );
  const block = lockFileBlock(installation.hash);
  const updated = ourBlock.test(existing)
    ? existing.replace(ourBlock, block)
    : `${existing.trimEnd()}\n\n${block}`;
  writeFileSync(lockPath, updated);
  return installation;
}

/** The CLI configuration file Terraform reads: TF_CLI_CONFIG_FILE, else ~/.terraformrc. */
export function cliConfigurationPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.TF_CLI_CONFIG_FILE || join(homedir(), '.terraformrc');
}

/**
 * When the CLI configuration has a provider_installation block (which turns off Terraform's
 * implicit search of plugin directories), the block that must be added to it for the installed
 * provider to be found; undefined otherwise.
 */
export function providerInstallationAdvice(
  pluginsDirectory: string,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  const path = cliConfigurationPath(env);
  if (!existsSync(path) || !/^\s*provider_installation\s*\{/m.test(readFileSync(path, 'utf8'))) {
    return undefined;
  }
  return [
    'provider_installation {',
    '  filesystem_mirror {',
    `    path    = ${JSON.stringify(pluginsDirectory)}`,
    `    include = ["${PROVIDER_ADDRESS}"]`,
    '  }',
    '  direct {',
    `    exclude = ["${PROVIDER_ADDRESS}"]`,
    '  }',
    '}',
  ].join('\n');
}
