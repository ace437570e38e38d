/**
 * Structured logging in the JSON line form Terraform reads from a provider's stderr (go-hclog:
 * `@level`, `@message`, `@timestamp`, `@module`, then fields). Levels follow TF_LOG_PROVIDER, else
 * TF_LOG. Every field name used anywhere in the provider is declared in `LOG_KEYS`.
 */

/** Every log field name the provider writes. */
export const LOG_KEYS = {
  rpc: 'tf_rpc',
  requestId: 'tf_req_id',
  resourceType: 'tf_resource_type',
  dataSourceType: 'tf_data_source_type',
  terraformVersion: 'tf_terraform_version',
  providerVersion: 'tf_provider_version',
  durationMs: 'tf_duration_ms',
  diagnosticCount: 'tf_diagnostic_count',
  diagnosticSummary: 'tf_diagnostic_summary',
  errorCode: 'tf_error_code',
  errorMessage: 'tf_error_message',
  socketPath: 'tf_plugin_socket',
  httpMethod: 'mojo_http_method',
  httpPath: 'mojo_http_path',
  httpStatus: 'mojo_http_status',
  httpAttempt: 'mojo_http_attempt',
  httpElapsedMs: 'mojo_http_elapsed_ms',
  httpErrorCode: 'mojo_http_error_code',
  apiUrl: 'mojo_api_url',
} as const;

/** A log field name from `LOG_KEYS`. */
export type LogKey = (typeof LOG_KEYS)[keyof typeof LOG_KEYS];

/** Fields attached to a log line. */
export type LogFields = Partial<Record<LogKey, string | number | boolean | undefined>>;

/** Severity of a log line, from most to least verbose. */
export type LogLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error';

const LEVEL_RANK: Record<LogLevel | 'off', number> = {
  trace: 0,
  debug: 1,
  info: 2,
  warn: 3,
  error: 4,
  off: 5,
};

/**
 * The level chosen by the environment: TF_LOG_PROVIDER, else TF_LOG. `JSON` means trace; unset or
 * unrecognised means off (Terraform discards provider logs then anyway).
 */
export function levelFromEnvironment(env: NodeJS.ProcessEnv): LogLevel | 'off' {
  const chosen = (env.TF_LOG_PROVIDER || env.TF_LOG || '').trim().toLowerCase();
  if (chosen === 'json') {
    return 'trace';
  }
  return chosen in LEVEL_RANK ? (chosen as LogLevel | 'off') : 'off';
}

/** Where finished log lines go. */
export type LogSink = (line: string) => void;

/** Shared state of a logger and the loggers derived from it. */
interface LoggerCore {
  readonly threshold: number;
  readonly sink: LogSink;
  readonly secrets: Set<string>;
}

/** Writes hclog JSON lines at or above its level, with secrets masked in every line. */
export class Logger {
  /** A logger writing to the process's stderr at the level the environment chooses. */
  public static fromEnvironment(env: NodeJS.ProcessEnv = process.env): Logger {
    return new Logger(levelFromEnvironment(env), (line) => process.stderr.write(line + '\n'));
  }

  private readonly core: LoggerCore;
  private readonly fields: LogFields;

  public constructor(level: LogLevel | 'off', sink: LogSink, fields: LogFields = {}) {
    this.core = { threshold: LEVEL_RANK[level], sink, secrets: new Set() };
    this.fields = fields;
  }

  /**
   * Registers a secret (an access key): from now on this logger and every logger derived from it
   * writes `***` wherever the secret's text would appear.
   */
  public addSecret(secret: string): void {
    if (secret.length >= 4) {
      this.core.secrets.add(secret);
    }
  }

  /**
   * A logger that adds the given fields to every line. When no line can be written at any level
   * the logger itself is returned, since fields would never show.
   */
  public with(fields: LogFields): Logger {
    if (this.core.threshold > LEVEL_RANK.error) {
      return this;
    }
    const derived = Object.create(Logger.prototype) as Logger;
    Object.assign(derived, { core: this.core, fields: { ...this.fields, ...fields } });
    return derived;
  }

  /** Whether lines at the level are written at all. */
  public enabled(level: LogLevel): boolean {
    return LEVEL_RANK[level] >= this.core.threshold;
  }

  public trace(message: string, fields?: LogFields): void {
    this.write('trace', message, fields);
  }

  public debug(message: string, fields?: LogFields): void {
    this.write('debug', message, fields);
  }

  public info(message: string, fields?: LogFields): void {
    this.write('info', message, fields);
  }

  public warn(message: string, fields?: LogFields): void {
    this.write('warn', message, fields);
  }

  public error(message: string, fields?: LogFields): void {
    this.write('error', message, fields);
  }

  private write(level: LogLevel, message: string, fields?: LogFields): void {
    if (!this.enabled(level)) {
      return;
    }

    const entry = {
      '@level': level,
      '@message': message,
      '@module': 'provider',
      '@timestamp': timestamp(new Date()),
      ...this.fields,
      ...fields,
    };
    let line = JSON.stringify(entry);
    for (const secret of this.core.secrets) {
      line = line.split(secret).join('***');
    }
    this.core.sink(line);
  }
}

/** hclog's timestamp layout: microseconds and a zone. */
function timestamp(date: Date): string {
  return date.toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}
