/**
 * The committed jsii API reference (docs/api) is what jsii-docgen writes from the current .jsii
 * assembly, which the test task compiles before jest runs. Regenerate with `npx projen docs`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');
const API_DIRECTORY = join(ROOT, 'docs', 'api');

let outDir: string;

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'mojo-api-docs-'));
});

afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
});

test('docs/api holds what jsii-docgen writes from the current assembly', () => {
  // GIVEN the assembly jsii wrote for the public API
  expect(existsSync(join(ROOT, '.jsii'))).toBe(true);

  // WHEN the reference is generated into an empty directory
  const docgen = join(ROOT, 'node_modules', '.bin', 'jsii-docgen');
  execFileSync(
    docgen,
    ['-l', 'typescript', '-l', 'python', '--split-by-submodule', '-o', join(outDir, 'API')],
    { cwd: ROOT, stdio: 'pipe' },
  );

  // THEN the committed pages are the same files with the same content
  const fresh = readdirSync(outDir).sort();
  expect(readdirSync(API_DIRECTORY).sort()).toEqual(fresh);
  for (const name of fresh) {
    const expected = readFileSync(join(outDir, name), 'utf8');
    const committed = readFileSync(join(API_DIRECTORY, name), 'utf8');
    expect({ name, content: committed }).toEqual({ name, content: expected });
  }
});
