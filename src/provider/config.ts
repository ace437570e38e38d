import { existsSync } from 'node:fs';
import { isIP } from 'node:net';
import { join } from 'node:path';
import type { AttributePath } from './framework/diagnostics';
import { Diagnostics } from './framework/diagnostics';
import { integerAtLeast, numberBetween } from './framework/modifiers';
import type { Schema } from './framework/schema';
import { isUnknown } from './framework/values';
import type { ObjectValue, Value } from './framework/values';

/** The hosted service, used when neither `url` nor MOJO_HELPDESK_URL is set. */
export const DEFAULT_API_URL = 'https://app.mojohelpdesk.com';

/** Environment variable read when `url` is not configured. */
export const URL_ENV = 'MOJO_HELPDESK_URL';

/** Environment variable read when `access_key` is not configured. */
export const ACCESS_KEY_ENV = 'MOJO_HELPDESK_ACCESS_KEY';

/**
 * Environment variable naming the create journal file; the empty string turns the journal off.
 * Unset: `.terraform/mojohelpdesk-create-journal.json` in the working directory, when
 * `.terraform/` exists there.
 */
export const CREATE_JOURNAL_ENV = 'MOJO_HELPDESK_CREATE_JOURNAL';

/** The provider configuration block. */
export const PROVIDER_SCHEMA: Schema = {
  block: {
    description: 'Manages Mojo Helpdesk configuration through its REST API v2.',
    attributes: {
      url: {
        type: 'string',
        optional: true,
        description:
          `Base URL of the Mojo Helpdesk service, without /api/v2. Defaults to $${URL_ENV}, ` +
          `else ${DEFAULT_API_URL}. Plain http:// is accepted only for loopback hosts.`,
      },
      access_key: {
        type: 'string',
        optional: true,
        sensitive: true,
        description:
          'API access key of a manager or admin account. ' + `Defaults to $${ACCESS_KEY_ENV}.`,
      },
      requests_per_second: {
        type: 'number',
        optional: true,
        description: 'Most requests per second the provider sends. Defaults to 5.',
        validators: [numberBetween(0.1, 1000)],
      },
      max_retries: {
        type: 'number',
        optional: true,
        description:
          'How many times a failed request that is safe to repeat is tried again. Defaults to 4.',
        validators: [integerAtLeast(0)],
      },
      timeout_seconds: {
        type: 'number',
        optional: true,
        description: 'Time limit of one request attempt, in seconds. Defaults to 30.',
        validators: [numberBetween(1, 3600)],
      },
    },
  },
};

/** The provider settings once configuration and environment are resolved. */
export interface ProviderSettings {
  readonly url: string;
  readonly accessKey: string;
  readonly requestsPerSecond?: number;
  readonly maxAttempts?: number;
  readonly timeoutMs?: number;
}

function known(value: Value | undefined): value is Exclude<Value, null> {
  return value !== null && value !== undefined && !isUnknown(value);
}

/** Whether a host name is loopback: 127.0.0.0/8, ::1 or localhost. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) {
    return true;
  }
  if (isIP(host) === 4) {
    return host.startsWith('127.');
  }
  return host === '::1';
}

/**
 * Checks a service URL: absolute, https, or http to a loopback host only (an access key must not
 * cross the network in the clear). Adds a diagnostic at `path` when it is not acceptable.
 */
export function checkServiceUrl(url: string, diagnostics: Diagnostics, path: AttributePath): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    diagnostics.error(
      'Invalid Service URL',
      `"${url}" is not an absolute URL. Set url to the service's base address, such as ` +
        `${DEFAULT_API_URL}.`,
      path,
    );
    return;
  }

  if (parsed.protocol === 'https:') {
    return;
  }
  if (parsed.protocol === 'http:' && isLoopbackHost(parsed.hostname)) {
    return;
  }
  diagnostics.error(
    'Insecure Service URL',
    parsed.protocol === 'http:'
      ? `The URL ${url} would send the access key unencrypted to ${parsed.hostname}. ` +
          'Use https://; ' +
          'plain http:// is accepted only for loopback hosts (a local emulator).'
      : `The URL ${url} uses ${parsed.protocol}; the provider speaks https:// (or http:// to a ` +
          'loopback host).',
    path,
  );
}

/** Checks what can be checked before configuration values are all known. */
export function validateProviderConfig(config: ObjectValue, diagnostics: Diagnostics): void {
  if (known(config.url)) {
    checkServiceUrl(String(config.url), diagnostics, ['url']);
  }
}

/**
 * Resolves the provider configuration with the environment fallbacks. Adds diagnostics (at the
 * attribute at fault) and returns undefined when the configuration is unusable.
 */
export function resolveProviderSettings(
  config: ObjectValue,
  env: NodeJS.ProcessEnv,
  diagnostics: Diagnostics,
): ProviderSettings | undefined {
  for (const [name, value] of Object.entries(config)) {
    if (isUnknown(value)) {
      diagnostics.error(
        'Provider Configuration Not Known',
        `${name} depends on a value known only after apply. Configure the provider with values ` +
          'known at plan time.',
        [name],
      );
    }
  }
  if (diagnostics.hasErrors()) {
    return undefined;
  }

  const url = known(config.url) ? String(config.url) : env[URL_ENV] || DEFAULT_API_URL;
  checkServiceUrl(url, diagnostics, ['url']);

  const accessKey = known(config.access_key) ? String(config.access_key) : env[ACCESS_KEY_ENV];
  if (!accessKey) {
    diagnostics.error(
      'Missing Access Key',
      `Set access_key in the provider block or the ${ACCESS_KEY_ENV} environment variable to an ` +
        'API access key (Mojo Helpdesk: profile page of a manager or admin user).',
      ['access_key'],
    );
  }
  if (diagnostics.hasErrors() || !accessKey) {
    return undefined;
  }

  return {
    url: url.replace(/\/+$/, ''),
    accessKey,
    requestsPerSecond: known(config.requests_per_second)
      ? Number(config.requests_per_second)
      : undefined,
    maxAttempts: known(config.max_retries) ? Number(config.max_retries) + 1 : undefined,
    timeoutMs: known(config.timeout_seconds) ? Number(config.timeout_seconds) * 1000 : undefined,
  };
}

/**
 * Where the provider journals its pending creates, or undefined for no journal: the path in
 * $MOJO_HELPDESK_CREATE_JOURNAL when set (empty: none), else a file in the `.terraform/` folder
 * of `cwd` (the directory Terraform runs in), else none when that folder does not exist.
 */
export function resolveCreateJournalFile(env: NodeJS.ProcessEnv, cwd: string): string | undefined {
  const configured = env[CREATE_JOURNAL_ENV];
  if (configured !== undefined) {
    return configured === '' ? undefined : configured;
  }

  const terraformFolder = join(cwd, '.terraform');
  return existsSync(terraformFolder)
    ? join(terraformFolder, 'mojohelpdesk-create-journal.json')
    : undefined;
}
