/**
 * The committed documentation is what the generator writes today, and every relative link in
 * docs/ leads to a file that exists. Regenerate with `npx ts-node --transpile-only
 * src/docs/generate.ts` when this fails.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { DocsGenerationError } from '../../src/docs/errors';
import {
  DOCS_DIRECTORY,
  GENERATED_FOLDERS,
  GUIDES,
  generateDocs,
  renderDocs,
} from '../../src/docs/generate';

/** Every file under a directory, as paths relative to it. */
function filesUnder(root: string, directory = root): string[] {
  if (!existsSync(directory)) {
    return [];
  }
  return readdirSync(directory).flatMap((entry) => {
    const path = join(directory, entry);
    return statSync(path).isDirectory() ? filesUnder(root, path) : [relative(root, path)];
  });
}

let outDir: string;

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'mojo-docs-'));
});

afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
});

test('docs/ holds exactly what the generator writes', () => {
  // GIVEN the pages generated into an empty directory
  const written = generateDocs({ outDir }).sort();

  // THEN the committed generated pages are the same files with the same content
  const committed = [
    'index.md',
    ...GENERATED_FOLDERS.flatMap((folder) =>
      filesUnder(DOCS_DIRECTORY, join(DOCS_DIRECTORY, folder)),
    ),
  ].sort();
  expect(committed).toEqual(written);
  for (const path of written) {
    const fresh = readFileSync(join(outDir, path), 'utf8');
    const stale = readFileSync(join(DOCS_DIRECTORY, path), 'utf8');
    expect({ path, content: stale }).toEqual({ path, content: fresh });
  }
});

test('every relative link in docs/ names an existing file', () => {
  const broken: string[] = [];
  for (const page of filesUnder(DOCS_DIRECTORY).filter((path) => path.endsWith('.md'))) {
    const markdown = readFileSync(join(DOCS_DIRECTORY, page), 'utf8');
    for (const match of markdown.matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)) {
      const target = match[1];
      if (/^[a-z]+:/.test(target)) {
        continue;
      }
      if (!existsSync(join(DOCS_DIRECTORY, dirname(page), target))) {
        broken.push(`${page} -> ${target}`);
      }
    }
  }
  expect(broken).toEqual([]);
  for (const guide of GUIDES) {
    expect(existsSync(join(DOCS_DIRECTORY, 'guides', guide.file))).toBe(true);
  }
});

test('a type without an example stops the generator with MISSING_EXAMPLE', () => {
  // GIVEN an examples directory with nothing in it
  const emptyExamples = mkdtempSync(join(tmpdir(), 'mojo-docs-examples-'));
  try {
    // WHEN the pages are rendered THEN the generator names the missing example
    expect(() => renderDocs(emptyExamples)).toThrow(DocsGenerationError);
    try {
      renderDocs(emptyExamples);
    } catch (error) {
      expect((error as DocsGenerationError).code).toBe('MISSING_EXAMPLE');
    }
  } finally {
    rmSync(emptyExamples, { recursive: true, force: true });
  }
});
