import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureProviderBundle } from '../helpers/terraform';

describe('generated bindings', () => {
  let outDir: string;
  let cliConfigBefore: string | undefined;
  beforeAll(() => {
    outDir = mkdtempSync(join(tmpdir(), 'bindings-check-'));

    // The generator asks Terraform for its version as soon as it is loaded: it is loaded below,
    // once Terraform has a CLI configuration of this test's.
    cliConfigBefore = process.env.TF_CLI_CONFIG_FILE;
    const cliConfig = join(outDir, 'terraform.rc');
    writeFileSync(cliConfig, '');
    process.env.TF_CLI_CONFIG_FILE = cliConfig;
  });
  afterAll(() => {
    process.env.TF_CLI_CONFIG_FILE = cliConfigBefore;
    rmSync(outDir, { recursive: true, force: true });
  });

  test('src/bindings is what the current provider schema generates', async () => {
    // GIVEN the provider built from the current sources
    const executable = ensureProviderBundle();

    // WHEN the bindings are generated from its schema, read through real Terraform
    const { BINDINGS_DIRECTORY, compareTrees, generateBindings } =
      await import('../../projenrc/bindings');
    await generateBindings({ executable, outDir: join(outDir, 'bindings') });

    // THEN they equal the committed ones, file for file (`npx projen bindings` refreshes them)
    expect(compareTrees(BINDINGS_DIRECTORY, join(outDir, 'bindings'))).toEqual([]);
  });
});
