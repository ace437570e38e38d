import { Command, InvalidArgumentError, Option } from 'commander';
import { startEmulator } from '../emulator';

/** Options of `mojohelpdesk emulator` as commander parses them. */
interface EmulatorCommandOptions {
  readonly port: number;
  readonly host: string;
  readonly accessKey?: string;
  readonly readOnlyKey?: string;
  readonly data?: string;
  readonly seed: 'minimal' | 'demo';
  readonly controlToken?: string;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) {
    throw new InvalidArgumentError('expected a port number between 0 and 65535');
  }
  return port;
}

/**
 * Registers `mojohelpdesk emulator`: starts the local Mojo Helpdesk API v2 emulator, prints
 * `Mojo Helpdesk emulator listening on <url>` as the first line on stdout, and runs until SIGTERM
 * or SIGINT, then exits with code 0. The access key may come from MOJO_EMULATOR_ACCESS_KEY; keys
 * are never printed.
 */
export function registerEmulatorCommand(program: Command): void {
  program
    .command('emulator')
    .description('Run a local emulator of the Mojo Helpdesk API v2')
    .option('--port <port>', 'port to listen on, 0 for a free one', parsePort, 0)
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option('--access-key <key>', 'read-write access key (or MOJO_EMULATOR_ACCESS_KEY)')
    .option('--read-only-key <key>', 'access key limited to reads')
    .option('--data <file>', 'SQLite file that keeps the state across restarts')
    .addOption(
      new Option('--seed <seed>', 'data loaded into an empty store')
        .choices(['minimal', 'demo'])
        .default('minimal'),
    )
    .option('--control-token <token>', 'token for the /_emulator/ controls')
    .action(async (options: EmulatorCommandOptions) => {
      const accessKey = options.accessKey ?? process.env.MOJO_EMULATOR_ACCESS_KEY;
      if (!accessKey) {
        program.error('an access key is required: --access-key or MOJO_EMULATOR_ACCESS_KEY');
      }

      const emulator = await startEmulator({
        port: options.port,
        host: options.host,
        accessKey,
        readOnlyKey: options.readOnlyKey,
        dataFile: options.data,
        seed: options.seed,
        controlToken: options.controlToken,
      });
      process.stdout.write(`Mojo Helpdesk emulator listening on ${emulator.url}\n`);

      let stopping = false;
      const stop = () => {
        if (stopping) {
          return;
        }
        stopping = true;
        emulator.close().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.on('SIGTERM', stop);
      process.on('SIGINT', stop);
    });
}
