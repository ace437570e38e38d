/**
 * `mojohelpdesk export`: reads every configuration object of a live helpdesk and writes a cdktf
 * app that adopts it: the first `cdktf deploy` imports every object and changes nothing.
 */
import { planAdoption } from './adoption';
import type { AdoptionSummary } from './adoption';
import { ExportError } from './errors';
import { DEFAULT_PACKAGE, renderApp } from './render';
import { readHelpdesk } from './snapshot';
import type { ReadProgress } from './snapshot';
import { writeAppDirectory } from './write';
import { MojoClient, packageVersion } from '../client';
import { ACCESS_KEY_ENV, DEFAULT_API_URL, isLoopbackHost, URL_ENV } from '../provider/config';

export { planAdoption } from './adoption';
export type {
  AdoptionPlan,
  AdoptionSummary,
  DetailResource,
  DetailSetting,
  DetailStatement,
} from './adoption';
export { ExportError, isExportError } from './errors';
export type { ExportErrorCode } from './errors';
export { renderApp, renderDescriptionYaml, APP_FILES, DEFAULT_PACKAGE } from './render';
export type { RenderOptions } from './render';
export { readHelpdesk } from './snapshot';
export type { HelpdeskSnapshot, ReadHelpdeskOptions, ReadProgress } from './snapshot';
export { writeAppDirectory } from './write';

/** Options of {@link exportHelpdesk}. */
export interface ExportOptions {
  /** Directory to create with the app; it must not exist or be empty. */
  readonly outDir: string;
  /**
   * Base URL of the service, without /api/v2.
   * @default $MOJO_HELPDESK_URL, else https://app.mojohelpdesk.com
   */
  readonly url?: string;
  /**
   * API access key; read, never written anywhere.
   * @default $MOJO_HELPDESK_ACCESS_KEY
   */
  readonly accessKey?: string;
  /**
   * Module the generated app imports the constructs and bindings from.
   * @default 'mojohelpdesk-iac'
   */
  readonly packageName?: string;
  /**
   * Requests per second the export allows itself.
   * @default 5
   */
  readonly requestsPerSecond?: number;
  /** Called as each kind of object is read. */
  readonly onProgress?: (progress: ReadProgress) => void;
  /**
   * The environment the defaults come from.
   * @default process.env
   */
  readonly env?: NodeJS.ProcessEnv;
}

/** What an export wrote. */
export interface ExportResult {
  /** The absolute path of the app's directory. */
  readonly outDir: string;
  /** Objects read, all kinds together (read-only ones included). */
  readonly objectsRead: number;
  readonly summary: AdoptionSummary;
}

/** The URL and key to read with; fails with EXPORT_SETTINGS when they cannot be used. */
function resolveSettings(options: ExportOptions): { url: string; accessKey: string } {
  const env = options.env ?? process.env;
  const url = (options.url ?? env[URL_ENV] ?? DEFAULT_API_URL).replace(/\/+$/, '');
  const accessKey = options.accessKey ?? env[ACCESS_KEY_ENV];
  if (!accessKey) {
    throw new ExportError(
      'EXPORT_SETTINGS',
      `No access key: set ${ACCESS_KEY_ENV} to the API key of a manager or admin account.`,
    );
  }

  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ExportError('EXPORT_SETTINGS', `"${url}" is not an absolute URL.`);
  }
  const plainLoopback = parsed.protocol === 'http:' && isLoopbackHost(parsed.hostname);
  if (parsed.protocol !== 'https:' && !plainLoopback) {
    throw new ExportError(
      'EXPORT_SETTINGS',
      `The URL ${url} would send the access key unencrypted; use https:// (plain http:// is ` +
        'accepted for loopback hosts only).',
    );
  }
  return { url, accessKey };
}

/**
 * Reads the whole helpdesk and writes the app into `outDir`, all or nothing.
 * @throws ExportError with a stable code: EXPORT_SETTINGS, EXPORT_READ_FAILED,
 * EXPORT_NOT_REPRESENTABLE, EXPORT_TARGET_NOT_EMPTY or EXPORT_WRITE_FAILED
 */
export async function exportHelpdesk(options: ExportOptions): Promise<ExportResult> {
  const { url, accessKey } = resolveSettings(options);
  const exportedAt = new Date();

  const client = new MojoClient({
    url,
    accessKey,
    requestsPerSecond: options.requestsPerSecond ?? 5,
  });
  let objectsRead = 0;
  let snapshot;
  try {
    snapshot = await readHelpdesk(client, {
      onProgress: (progress) => {
        objectsRead += progress.count;
        options.onProgress?.(progress);
      },
    });
  } finally {
    await client.close();
  }

  const plan = planAdoption(snapshot);
  const files = renderApp(plan, {
    packageName: options.packageName ?? DEFAULT_PACKAGE,
    packageVersion: packageVersion(),
    url,
    exportedAt,
  });
  const outDir = writeAppDirectory(options.outDir, files);
  return { outDir, objectsRead, summary: plan.summary };
}
