/**
 * The public API builds as a Python package: jsii-pacmak writes the sources from the assembly the
 * test task compiled, and pip turns them into a wheel, the same steps as `npx projen
 * package:python` (which also recompiles with jsii first).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');

let workDir: string;

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'mojo-python-'));
});

afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

function run(command: string, args: string[]): string {
  return execFileSync(command, args, {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION: '1' },
  });
}

test('jsii-pacmak sources build into a wheel holding the module and its JavaScript bundle', () => {
  // GIVEN the Python sources generated from the current assembly
  const sources = join(workDir, 'dist');
  run(join(ROOT, 'node_modules', '.bin', 'jsii-pacmak'), [
    '--targets',
    'python',
    '--code-only',
    '--outdir',
    sources,
  ]);
  expect(existsSync(join(sources, 'python', 'setup.py'))).toBe(true);

  // WHEN pip builds the wheel in a private environment
  const venv = join(workDir, 'venv');
  run('python3', ['-m', 'venv', venv]);
  const pip = join(venv, 'bin', 'pip');
  run(pip, ['install', '--quiet', '--disable-pip-version-check', '--retries', '0', 'setuptools']);
  run(pip, ['install', '--quiet', '--disable-pip-version-check', '--retries', '0', 'wheel']);
  const wheels = join(workDir, 'wheels');
  run(pip, [
    'wheel',
    '--quiet',
    '--no-build-isolation',
    '--no-deps',
    '-w',
    wheels,
    sources + '/python',
  ]);

  // THEN the wheel holds the package module and the embedded npm tarball
  const [wheel] = readdirSync(wheels);
  expect(wheel).toMatch(/^mojohelpdesk_iac-.*-py3-none-any\.whl$/);
  const listing = run('python3', [
    '-c',
    'import sys, zipfile; print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))',
    join(wheels, wheel),
  ]).split('\n');
  expect(listing).toContain('mojohelpdesk_iac/__init__.py');
  expect(listing.some((name) => /^mojohelpdesk_iac\/_jsii\/.*\.tgz$/.test(name))).toBe(true);
});
