/**
 * Installing the provider without a registry: the `mojohelpdesk provider install` command, the
 * advice for CLI configurations with a provider_installation block, and the working-directory
 * install with its lock file, each checked by real Terraform.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildProgram } from '../../src/cli/main';
import {
  installIntoWorkingDirectory,
  installProvider,
  providerInstallationAdvice,
} from '../../src/provider/install';
import { PROVIDER_VERSION } from '../../src/provider/version';
import {
  createTerraformWorkspace,
  ensureProviderBundle,
  REQUIRED_PROVIDERS,
} from '../helpers/terraform';

describe('provider installation', () => {
  let scratch: string;

  beforeAll(() => {
    ensureProviderBundle();
  });

  beforeEach(() => {
    scratch = mkdtempSync(join(tmpdir(), 'mojo-install-'));
  });

  afterEach(() => {
    rmSync(scratch, { recursive: true, force: true });
  });

  test('`provider install --dir` lays out the executable as Terraform expects', async () => {
    // GIVEN an empty plugin directory and no CLI configuration
    const pluginsDirectory = join(scratch, 'plugins');
    const output: string[] = [];
    const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      output.push(String(chunk));
      return true;
    });
    const previousConfig = process.env.TF_CLI_CONFIG_FILE;
    process.env.TF_CLI_CONFIG_FILE = join(scratch, 'absent.tfrc');

    // WHEN the command runs
    try {
      await buildProgram().parseAsync(['provider', 'install', '--dir', pluginsDirectory], {
        from: 'user',
      });
    } finally {
      write.mockRestore();
      process.env.TF_CLI_CONFIG_FILE = previousConfig;
    }

    // THEN the executable sits in the unpacked layout with mode 755, and the output says so
    const executable = join(
      pluginsDirectory,
      'registry.terraform.io/mojohelpdesk-iac/mojohelpdesk',
      PROVIDER_VERSION,
      `linux_${process.arch === 'arm64' ? 'arm64' : 'amd64'}`,
      `terraform-provider-mojohelpdesk_v${PROVIDER_VERSION}`,
    );
    expect(existsSync(executable)).toBe(true);
    expect(statSync(executable).mode % 0o1000).toBe(0o755);
    expect(output.join('')).toContain(executable);
  });

  test('the provider_installation advice makes Terraform find the provider', async () => {
    // GIVEN a CLI configuration that already has a provider_installation block
    const pluginsDirectory = join(scratch, 'mirror');
    const cliConfig = join(scratch, 'terraform.rc');
    writeFileSync(cliConfig, 'provider_installation {\n  direct {}\n}\n');
    const env = { TF_CLI_CONFIG_FILE: cliConfig };
    installProvider(pluginsDirectory, { executable: ensureProviderBundle() });

    // WHEN the advice replaces the block
    const advice = providerInstallationAdvice(pluginsDirectory, env);
    expect(advice).toContain('filesystem_mirror');
    writeFileSync(cliConfig, `${advice}\n`);

    // THEN terraform init installs the provider from the mirror
    const workspace = createTerraformWorkspace({ installProvider: false, env });
    try {
      workspace.writeConfig(REQUIRED_PROVIDERS);
      const init = await workspace.run(['init', '-no-color']);
      expect(init.stderr).toBe('');
      expect(init.code).toBe(0);
    } finally {
      workspace.remove();
    }
  });

  test('no advice without a provider_installation block', () => {
    const cliConfig = join(scratch, 'plain.rc');
    writeFileSync(cliConfig, 'plugin_cache_dir = "/tmp/cache"\n');
    expect(providerInstallationAdvice(scratch, { TF_CLI_CONFIG_FILE: cliConfig })).toBeUndefined();
  });

  test('the lock hash is the one Terraform computes; other entries stay', async () => {
    // GIVEN a working directory whose lock file already names another provider
    const workspace = createTerraformWorkspace({ installProvider: false });
    try {
      const lockPath = join(workspace.directory, '.terraform.lock.hcl');
      const otherEntry =
        'provider "registry.terraform.io/hashicorp/null" {\n  version = "3.2.2"\n  hashes = [\n' +
        '    "h1:zT1ZbegaAYHwQa+QwIFugArWikRJI9dqohj8xb0GY88=",\n  ]\n}\n';
      writeFileSync(lockPath, otherEntry);

      // WHEN the provider is installed into it twice
      installIntoWorkingDirectory(workspace.directory, { executable: ensureProviderBundle() });
      const installation = installIntoWorkingDirectory(workspace.directory, {
        executable: ensureProviderBundle(),
      });

      // THEN the lock file holds both providers once, ours with its hash
      const lock = readFileSync(lockPath, 'utf8');
      expect(lock).toContain('hashicorp/null');
      expect(lock.split('mojohelpdesk-iac/mojohelpdesk').length).toBe(2);
      expect(lock).toContain(installation.hash);

      // WHEN terraform init runs with only our provider required THEN it accepts our entry as is
      writeFileSync(lockPath, lock.replace(otherEntry, ''));
      const before = readFileSync(lockPath, 'utf8');
      workspace.writeConfig(REQUIRED_PROVIDERS);
      const init = await workspace.run(['init', '-no-color']);
      expect(init.code).toBe(0);
      expect(readFileSync(lockPath, 'utf8')).toBe(before);

      // WHEN the recorded hash is wrong THEN terraform refuses, so the check is real
      writeFileSync(lockPath, before.replace(installation.hash, 'h1:' + 'A'.repeat(43) + '='));
      rmSync(join(workspace.directory, '.terraform'), { recursive: true, force: true });
      const refused = await workspace.run(['init', '-no-color']);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/checksum|doesn't match/i);
    } finally {
      workspace.remove();
    }
  });
});
