/**
 * Generates the provider's registry documentation: docs/index.md, docs/resources/<name>.md and
 * docs/data-sources/<name>.md, from the schema the provider serves, the examples under
 * examples/docs/ and the import table in import-formats.ts. The guides under docs/guides/ are
 * written by hand and left alone. Run it with `npx ts-node --transpile-only src/docs/generate.ts`
 * (optionally `--out <dir>`).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DocsGenerationError } from './errors';
import { IMPORT_FORMATS } from './import-formats';
import { pageName, renderProviderPage, renderTypePage } from './render';
import type { EnvironmentVariable, GuideLink, PageExamples, TypePage } from './render';
import { ACCESS_KEY_ENV, DEFAULT_API_URL, URL_ENV } from '../provider/config';
import { mojoHelpdeskProvider } from '../provider/provider';
import { PROVIDER_SOURCE, PROVIDER_TYPE } from '../provider/version';

/** The repository this file belongs to. */
export const REPOSITORY_ROOT = resolve(__dirname, '..', '..');

/** Where the committed documentation lives. */
export const DOCS_DIRECTORY = join(REPOSITORY_ROOT, 'docs');

/** Where the examples the pages show live, one directory per page. */
export const EXAMPLES_DIRECTORY = join(REPOSITORY_ROOT, 'examples', 'docs');

/** The folders of docs/ the generator owns; their previous content is replaced. */
export const GENERATED_FOLDERS = ['resources', 'data-sources'] as const;

/** The example files of one page. */
export const EXAMPLE_FILES = { hcl: 'main.tf', typescript: 'main.ts' } as const;

/** The hand-written guides, in reading order. */
export const GUIDES: readonly GuideLink[] = [
  {
    file: 'getting-started-cdktf.md',
    title: 'Getting started with cdktf',
    summary: 'a TypeScript app that describes a helpdesk, deployed to a local emulator.',
  },
  {
    file: 'adopting-an-existing-helpdesk.md',
    title: 'Adopting an existing helpdesk',
    summary: '`mojohelpdesk export` writes an app that imports everything and changes nothing.',
  },
  {
    file: 'reviewing-plans-in-pull-requests.md',
    title: 'Reviewing plans in pull requests',
    summary: '`mojohelpdesk plan-summary` turns a saved plan into a Markdown comment.',
  },
  {
    file: 'access-rights.md',
    title: 'Access rights',
    summary: 'additive grants or the authoritative set, and why one principal gets one of them.',
  },
  {
    file: 'emulator-for-tests.md',
    title: 'Running the emulator for your own tests',
    summary: 'a local Mojo Helpdesk API v2 for tests, from the command line or from code.',
  },
  {
    file: 'troubleshooting.md',
    title: 'Troubleshooting',
    summary: 'provider logs with TF_LOG, and what common API errors mean.',
  },
];

const ENVIRONMENT: readonly EnvironmentVariable[] = [
  {
    name: URL_ENV,
    meaning: `Base URL of the service when \`url\` is not set; otherwise ${DEFAULT_API_URL}.`,
  },
  {
    name: ACCESS_KEY_ENV,
    meaning: 'API access key when `access_key` is not set.',
  },
  {
    name: 'TF_LOG_PROVIDER',
    meaning:
      'Log level of the provider (trace, debug, info, warn, error); falls back to `TF_LOG`. ' +
      'Access keys are masked in every line.',
  },
];

/** Options of a generation run. */
export interface GenerateDocsOptions {
  /**
   * The documentation directory written to.
   * @default docs/ of this repository
   */
  readonly outDir?: string;
  /**
   * The directory of page examples read.
   * @default examples/docs/ of this repository
   */
  readonly examplesDir?: string;
}

function readExamples(directory: string, label: string): PageExamples {
  const read = (file: string) => {
    const path = join(directory, file);
    if (!existsSync(path)) {
      throw new DocsGenerationError('MISSING_EXAMPLE', `${label} has no example ${path}.`);
    }
    return readFileSync(path, 'utf8');
  };
  return { hcl: read(EXAMPLE_FILES.hcl), typescript: read(EXAMPLE_FILES.typescript) };
}

/** Fails when an example directory names no type the provider has (a renamed or removed type). */
function checkNoStrayExamples(folder: string, names: readonly string[]): void {
  if (!existsSync(folder)) {
    return;
  }
  for (const entry of readdirSync(folder)) {
    if (!names.includes(entry)) {
      throw new DocsGenerationError(
        'UNKNOWN_EXAMPLE',
        `${join(folder, entry)} belongs to no type of the provider.`,
      );
    }
  }
}

/** Fails when the import table and the resources that import disagree. */
function checkImportTable(importable: readonly string[], typeNames: readonly string[]): void {
  for (const typeName of importable) {
    if (!IMPORT_FORMATS[typeName]) {
      throw new DocsGenerationError(
        'MISSING_IMPORT_FORMATS',
        `${typeName} can be imported, but src/docs/import-formats.ts does not say how.`,
      );
    }
  }
  for (const typeName of Object.keys(IMPORT_FORMATS)) {
    if (!importable.includes(typeName)) {
      const reason = typeNames.includes(typeName) ? 'cannot be imported' : 'is no resource';
      throw new DocsGenerationError(
        'UNKNOWN_IMPORT_FORMATS',
        `src/docs/import-formats.ts describes ${typeName}, which ${reason}.`,
      );
    }
  }
}

/**
 * Renders every generated page. Answers paths relative to the documentation directory, mapped
 * to their content. Throws `DocsGenerationError` when an example or an import entry is missing.
 */
export function renderDocs(examplesDir: string = EXAMPLES_DIRECTORY): Map<string, string> {
  const provider = mojoHelpdeskProvider({});
  const name = (typeName: string) => pageName(typeName, PROVIDER_TYPE);

  const resourceNames = provider.resources.map((resource) => name(resource.typeName));
  const dataSourceNames = provider.dataSources.map((source) => name(source.typeName));
  checkNoStrayExamples(join(examplesDir, 'resources'), resourceNames);
  checkNoStrayExamples(join(examplesDir, 'data-sources'), dataSourceNames);
  checkImportTable(
    provider.resources.filter((resource) => resource.importState).map((r) => r.typeName),
    provider.resources.map((resource) => resource.typeName),
  );

  const resources: TypePage[] = provider.resources.map((resource) => ({
    typeName: resource.typeName,
    kind: 'resource',
    block: resource.schema.block,
    examples: readExamples(
      join(examplesDir, 'resources', name(resource.typeName)),
      `The resource ${resource.typeName}`,
    ),
    imports: resource.importState ? IMPORT_FORMATS[resource.typeName] : undefined,
  }));
  const dataSources: TypePage[] = provider.dataSources.map((source) => ({
    typeName: source.typeName,
    kind: 'data-source',
    block: source.schema.block,
    examples: readExamples(
      join(examplesDir, 'data-sources', name(source.typeName)),
      `The data source ${source.typeName}`,
    ),
  }));

  const pages = new Map<string, string>();
  pages.set(
    'index.md',
    renderProviderPage({
      providerType: PROVIDER_TYPE,
      source: PROVIDER_SOURCE,
      block: provider.schema.block,
      examples: readExamples(join(examplesDir, 'provider'), 'The provider'),
      environment: ENVIRONMENT,
      resources,
      dataSources,
      guides: GUIDES,
    }),
  );
  for (const page of resources) {
    pages.set(`resources/${name(page.typeName)}.md`, renderTypePage(page));
  }
  for (const page of dataSources) {
    pages.set(`data-sources/${name(page.typeName)}.md`, renderTypePage(page));
  }
  return pages;
}

/**
 * Writes the generated pages into `outDir`, replacing the generated folders' previous content
 * (pages of removed types disappear) and leaving everything else, guides included, in place.
 * Answers the relative paths written.
 */
export function generateDocs(options: GenerateDocsOptions = {}): string[] {
  const outDir = options.outDir ?? DOCS_DIRECTORY;
  const pages = renderDocs(options.examplesDir ?? EXAMPLES_DIRECTORY);

  for (const folder of GENERATED_FOLDERS) {
    rmSync(join(outDir, folder), { recursive: true, force: true });
  }
  for (const [path, content] of pages) {
    const target = join(outDir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return [...pages.keys()];
}

if (require.main === module) {
  const outFlag = process.argv.indexOf('--out');
  const outDir = outFlag >= 0 ? resolve(process.argv[outFlag + 1] ?? '') : undefined;
  try {
    const written = generateDocs({ outDir });
    process.stderr.write(`Wrote ${written.length} pages to ${outDir ?? DOCS_DIRECTORY}.\n`);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
