import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BINDINGS_DIRECTORY, compareTrees, generateBindings } from '../../projenrc/bindings';
import { ensureProviderBundle } from '../helpers/terraform';

describe('generated bindings', () => {
  let outDir: string;
  beforeAll(() => {
    outDir = mkdtempSync(join(tmpdir(), 'bindings-check-'));
  });
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  test('src/bindings is what the current provider schema generates', async () => {
    // GIVEN the provider built from the current sources
    const executable = ensureProviderBundle();

    // WHEN the bindings are generated from its schema, read through real Terraform
    await generateBindings({ executable, outDir });

    // THEN they equal the committed ones, file for file (`npx projen bindings` refreshes them)
    expect(compareTrees(BINDINGS_DIRECTORY, outDir)).toEqual([]);
  });
});
