/**
 * The provider executable: Terraform starts it, reads the handshake line from stdout and talks
 * gRPC to it over a unix socket until it sends Shutdown. Run by hand, it explains itself and
 * exits.
 */
import { ProviderRuntime } from './framework/runtime';
import { LOG_KEYS, Logger } from './logging';
import { mojoHelpdeskProvider } from './provider';
import { startPluginServer } from './server/plugin-server';
import { providerAdapters } from './server/provider-service';
import { PROVIDER_SOURCE, PROVIDER_VERSION } from './version';

/** The environment variable and value every Terraform plugin client sets. */
const MAGIC_COOKIE_KEY = 'TF_PLUGIN_MAGIC_COOKIE';
const MAGIC_COOKIE_VALUE = 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2';

function explainAndExit(): never {
  process.stderr.write(
    `This is the Terraform provider ${PROVIDER_SOURCE} ${PROVIDER_VERSION}. Terraform starts ` +
      'it by itself; it is not meant to be run by hand.\n' +
      'Install it with `mojohelpdesk provider install`, then use it from a Terraform ' +
      'configuration:\n\n' +
      '  terraform {\n' +
      `    required_providers {\n      mojohelpdesk = { source = "${PROVIDER_SOURCE}" }\n    }\n` +
      '  }\n',
  );
  process.exit(1);
}

async function main(): Promise<void> {
  if (process.argv.includes('--version')) {
    process.stdout.write(`${PROVIDER_SOURCE} ${PROVIDER_VERSION}\n`);
    return;
  }
  if (process.env[MAGIC_COOKIE_KEY] !== MAGIC_COOKIE_VALUE) {
    explainAndExit();
  }

  // Ctrl-C reaches the whole process group. Terraform answers it with StopProvider and lets the
  // in-flight operations finish so their results are saved; dying here would lose them.
  process.on('SIGINT', () => undefined);

  const log = Logger.fromEnvironment().with({ [LOG_KEYS.providerVersion]: PROVIDER_VERSION });
  const runtime = new ProviderRuntime(mojoHelpdeskProvider(), log);
  const plugin = await startPluginServer({
    adapters: providerAdapters(runtime),
    log,
    onShutdown: () => {
      void runtime.close().finally(() => process.exit(0));
    },
  });

  // The handshake line is the only thing ever written to stdout.
  process.stdout.write(plugin.handshakeLine + '\n');
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`terraform-provider-mojohelpdesk: ${message}\n`);
  process.exit(1);
});
