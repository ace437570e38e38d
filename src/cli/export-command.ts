import { Command, InvalidArgumentError } from 'commander';
import { exportHelpdesk } from '../export';
import type { ExportResult } from '../export';

/** Options of `mojohelpdesk export` as commander parses them. */
interface ExportCommandOptions {
  readonly out: string;
  readonly url?: string;
  readonly package?: string;
  readonly requestsPerSecond?: number;
}

function parseRate(value: string): number {
  const rate = Number(value);
  if (!Number.isFinite(rate) || rate <= 0) {
    throw new InvalidArgumentError('expected a positive number of requests per second');
  }
  return rate;
}

function reportResult(result: ExportResult): void {
  const { summary } = result;
  const lines = [
    `Read ${result.objectsRead} objects in all.`,
    `Wrote ${result.outDir}: ${summary.imported} resources to import ` +
      `(${summary.described} in helpdesk.yaml, ${summary.bound} in details.ts).`,
    summary.owner
      ? `The account owner ${summary.owner} is imported and protected from deletion.`
      : 'No account owner was found among the users.',
    'Passwords are not exported; README.md says where to supply them.',
    `Next: cd ${result.outDir} && npm install && npx cdktf diff`,
  ];
  process.stderr.write(`${lines.join('\n')}\n`);
}

/**
 * Registers `mojohelpdesk export`: reads every configuration object of a live helpdesk
 * (MOJO_HELPDESK_URL, MOJO_HELPDESK_ACCESS_KEY, as the provider does) and writes a cdktf app
 * whose first deploy imports them all. Progress goes to standard error; the output directory
 * appears only once the export is complete.
 */
export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description(
      'Write a cdktf app that adopts an existing helpdesk: import everything, change nothing',
    )
    .requiredOption('--out <dir>', 'directory to create with the app (must not exist, or be empty)')
    .option('--url <url>', 'base URL of the service (default: $MOJO_HELPDESK_URL)')
    .option(
      '--package <module>',
      'module the app imports the Helpdesk construct and bindings from',
      'mojohelpdesk-iac',
    )
    .option(
      '--requests-per-second <rate>',
      'requests per second the export allows itself (default: 5)',
      parseRate,
    )
    .action(async (options: ExportCommandOptions) => {
      const result = await exportHelpdesk({
        outDir: options.out,
        url: options.url,
        packageName: options.package,
        requestsPerSecond: options.requestsPerSecond,
        onProgress: (progress) =>
          process.stderr.write(`Read ${progress.count} ${progress.what}.\n`),
      });
      reportResult(result);
    });
}
