/**
 * The cdktf TypeScript examples of the documentation type-check against the bindings and the
 * constructs of this package (examples/docs/tsconfig.json maps `mojohelpdesk-iac` to src/).
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { EXAMPLES_DIRECTORY, REPOSITORY_ROOT } from '../../src/docs/generate';

const run = promisify(execFile);

test('every TypeScript example type-checks', async () => {
  const tsc = join(REPOSITORY_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const project = join(EXAMPLES_DIRECTORY, 'tsconfig.json');

  const result = await run(process.execPath, [tsc, '--noEmit', '-p', project], {
    cwd: REPOSITORY_ROOT,
  }).catch((error: { stdout?: string; code?: number }) => ({
    stdout: error.stdout ?? '',
    code: error.code,
  }));

  expect(result.stdout).toBe('');
});
