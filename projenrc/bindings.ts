/**
 * Generates the cdktf bindings in src/bindings from the provider's own schema: the bundled
 * provider is installed into a throw-away Terraform working directory, real Terraform reports its
 * schema (`terraform providers schema -json`), and @cdktf/provider-generator writes the classes.
 * No registry and no `cdktf get` take part. Run it with `npx projen bindings`.
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { generateProviderBindingsFromSchema } from '@cdktf/provider-generator';
import { installIntoWorkingDirectory } from '../src/provider/install';
import {
  PROVIDER_ADDRESS,
  PROVIDER_SOURCE,
  PROVIDER_TYPE,
  PROVIDER_VERSION,
} from '../src/provider/version';

/** The repository this file belongs to. */
export const REPOSITORY_ROOT = resolve(__dirname, '..');

/** Where the committed bindings live. */
export const BINDINGS_DIRECTORY = join(REPOSITORY_ROOT, 'src', 'bindings');

/** The parts of `terraform providers schema -json` output the generator reads. */
interface ProviderSchemaDocument {
  format_version: string;
  provider_schemas?: Record<string, unknown>;
  provider_versions?: Record<string, string>;
}

/** Raised when the bindings cannot be generated. */
export class BindingsGenerationError extends Error {
  public constructor(
    public readonly code: 'NOTHING_GENERATED',
    message: string,
  ) {
    super(message);
    this.name = 'BindingsGenerationError';
  }
}

/** Options of a generation run. */
export interface GenerateBindingsOptions {
  /**
   * The provider executable whose schema is read.
   * @default lib/terraform-provider-mojohelpdesk (build it with `npx projen bundle`)
   */
  readonly executable?: string;
  /**
   * The directory the bindings are written to; its previous content is replaced.
   * @default src/bindings
   */
  readonly outDir?: string;
}

/** Reads the provider's schema through real Terraform in a temporary working directory. */
export function readProviderSchema(executable?: string): ProviderSchemaDocument {
  const workingDirectory = mkdtempSync(join(tmpdir(), 'mojohelpdesk-schema-'));
  try {
    const configuration = {
      terraform: {
        required_providers: {
          [PROVIDER_TYPE]: { source: PROVIDER_SOURCE, version: PROVIDER_VERSION },
        },
      },
    };
    writeFileSync(join(workingDirectory, 'main.tf.json'), JSON.stringify(configuration));
    writeFileSync(join(workingDirectory, 'terraform.rc'), '# No CLI configuration needed.\n');
    installIntoWorkingDirectory(workingDirectory, executable ? { executable } : {});

    const env = {
      ...process.env,
      CHECKPOINT_DISABLE: '1',
      TF_IN_AUTOMATION: '1',
      TF_CLI_CONFIG_FILE: join(workingDirectory, 'terraform.rc'),
    };
    const run = (args: string[]): string =>
      execFileSync('terraform', args, {
        cwd: workingDirectory,
        env,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'pipe'],
      });

    run(['init', '-input=false', '-backend=false']);
    const schema = JSON.parse(run(['providers', 'schema', '-json'])) as ProviderSchemaDocument;

    // The generator pins the provider block to the version it finds here; Terraform's schema
    // output does not carry it, so it is added from the version the provider was installed at.
    schema.provider_versions = { [PROVIDER_ADDRESS]: PROVIDER_VERSION };
    return schema;
  } finally {
    rmSync(workingDirectory, { recursive: true, force: true });
  }
}

/**
 * Generates the bindings into `outDir` (src/bindings unless told otherwise): the generator's
 * provider directory becomes the bindings root, with one folder per resource and data source and
 * an index.ts exporting them all by namespace.
 */
export async function generateBindings(options: GenerateBindingsOptions = {}): Promise<void> {
  const outDir = options.outDir ?? BINDINGS_DIRECTORY;
  const schema = readProviderSchema(options.executable);

  const staging = mkdtempSync(join(tmpdir(), 'mojohelpdesk-bindings-'));
  try {
    await generateProviderBindingsFromSchema(staging, schema as never);
    const generated = join(staging, 'providers', PROVIDER_TYPE);
    if (!existsSync(generated)) {
      throw new BindingsGenerationError(
        'NOTHING_GENERATED',
        `The generator wrote nothing under ${relative(staging, generated)}.`,
      );
    }
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    cpSync(generated, outDir, { recursive: true });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Every file below a directory, as sorted paths relative to it with forward slashes. */
export function listTree(directory: string): string[] {
  if (!existsSync(directory)) {
    return [];
  }
  const files: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder)) {
      const path = join(folder, entry);
      if (statSync(path).isDirectory()) {
        walk(path);
      } else {
        files.push(relative(directory, path).split(sep).join('/'));
      }
    }
  };
  walk(directory);
  return files.sort();
}

/**
 * The files that differ between two generated trees (added, removed or changed), as relative
 * paths; empty when the trees are identical.
 */
export function compareTrees(expected: string, actual: string): string[] {
  const expectedFiles = listTree(expected);
  const actualFiles = listTree(actual);
  const names = [...new Set([...expectedFiles, ...actualFiles])].sort();
  return names.filter((name) => {
    const left = join(expected, name);
    const right = join(actual, name);
    if (!existsSync(left) || !existsSync(right)) {
      return true;
    }
    return !readFileSync(left).equals(readFileSync(right));
  });
}

if (require.main === module) {
  generateBindings().then(
    () =>
      process.stdout.write(
        `Bindings written to ${relative(REPOSITORY_ROOT, BINDINGS_DIRECTORY)}\n`,
      ),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
