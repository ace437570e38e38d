import { resolve } from 'node:path';
import { Command } from 'commander';
import {
  cliConfigurationPath,
  defaultPluginsDirectory,
  installProvider,
  providerInstallationAdvice,
} from '../provider/install';
import { PROVIDER_SOURCE } from '../provider/version';

/** Options of `mojohelpdesk provider install` as commander parses them. */
interface InstallCommandOptions {
  readonly dir?: string;
  readonly executable?: string;
}

/**
 * Registers `mojohelpdesk provider install [--dir DIR]`: copies the bundled provider into a
 * Terraform plugin directory (default ~/.terraform.d/plugins) in the layout Terraform searches,
 * prints what it did, and prints the provider_installation block to add when the user's CLI
 * configuration has one (Terraform then ignores plugin directories it does not name).
 */
export function registerProviderCommand(program: Command): void {
  const provider = program.command('provider').description('Manage the Terraform provider');

  provider
    .command('install')
    .description('Install the Terraform provider where Terraform finds it without a registry')
    .option('--dir <dir>', 'plugin directory to install into (default ~/.terraform.d/plugins)')
    .option('--executable <file>', 'provider executable to install (default: the bundled one)')
    .action((options: InstallCommandOptions) => {
      const directory = resolve(options.dir ?? defaultPluginsDirectory());
      const installation = installProvider(directory, {
        executable: options.executable ? resolve(options.executable) : undefined,
      });

      process.stdout.write(
        `Installed ${PROVIDER_SOURCE} ${installation.version} (${installation.platform})\n` +
          `  executable: ${installation.executablePath}\n` +
          `  hash:       ${installation.hash}\n` +
          'Use it with:\n\n' +
          '  terraform {\n    required_providers {\n' +
          `      mojohelpdesk = {\n        source  = "${PROVIDER_SOURCE}"\n` +
          `        version = "${installation.version}"\n      }\n` +
          '    }\n  }\n',
      );

      const advice = providerInstallationAdvice(directory);
      if (advice) {
        process.stderr.write(
          `\nWarning: ${cliConfigurationPath()} has a provider_installation block, so Terraform ` +
            'only looks where it says. Add this to it (merge with the existing block):\n\n' +
            `${advice}\n`,
        );
      }
    });
}
