import type { MojoClient } from '../client';
import {
  PROVIDER_SCHEMA,
  resolveCreateJournalFile,
  resolveProviderSettings,
  validateProviderConfig,
} from './config';
import type { ProviderDefinition } from './framework/resource';
import { LOG_KEYS } from './logging';
import { PROVIDER_TYPE, PROVIDER_VERSION } from './version';
import { DATA_SOURCES, RESOURCES } from '../resources';

/**
 * The mojohelpdesk provider: its configuration, and its resource and data source types. The API
 * client (and its HTTP stack) loads on configure, so a process that only answers schema requests
 * starts fast.
 */
export function mojoHelpdeskProvider(
  env: NodeJS.ProcessEnv = process.env,
): ProviderDefinition<MojoClient> {
  return {
    typeName: PROVIDER_TYPE,
    version: PROVIDER_VERSION,
    schema: PROVIDER_SCHEMA,
    resources: RESOURCES,
    dataSources: DATA_SOURCES,
    validateConfig: validateProviderConfig,

    // Closing waits for the create journal to record the last answered creates.
    close: (client) => client.close(),

    async configure(config, { log, diagnostics }) {
      const settings = resolveProviderSettings(config, env, diagnostics);
      if (!settings) {
        return undefined;
      }
      log.addSecret(settings.accessKey);

      const { MojoClient: Client } = await import('../client');
      log.debug('configured the Mojo Helpdesk client', { [LOG_KEYS.apiUrl]: settings.url });
      return new Client({
        url: settings.url,
        accessKey: settings.accessKey,
        requestsPerSecond: settings.requestsPerSecond,
        maxAttempts: settings.maxAttempts,
        timeoutMs: settings.timeoutMs,
        // The process lives for one phase of one Terraform command: lists read on first need
        // are fresh enough for all its refreshes.
        listCache: true,
        // A create cut short by a killed process is found again by the next run, not repeated.
        createJournalFile: resolveCreateJournalFile(env, process.cwd()),
        userAgent: `terraform-provider-${PROVIDER_TYPE}/${PROVIDER_VERSION}`,
        onRequest: (event) => {
          log.debug('Mojo Helpdesk API request', {
            [LOG_KEYS.httpMethod]: event.method,
            [LOG_KEYS.httpPath]: event.path,
            [LOG_KEYS.httpStatus]: event.status,
            [LOG_KEYS.httpAttempt]: event.attempt,
            [LOG_KEYS.httpElapsedMs]: Math.round(event.elapsedMs),
            [LOG_KEYS.httpErrorCode]: event.errorCode,
          });
        },
      });
    },
  };
}
