import { EmulatorOptions, RunningEmulator, startEmulator } from '../../src/emulator';

/** The read-write key every test emulator accepts. */
export const KEY = 'test-access-key';
/** The read-only key every test emulator accepts. */
export const READ_ONLY_KEY = 'test-read-only-key';
/** A key every test emulator treats as expired. */
export const EXPIRED_KEY = 'test-expired-key';

/** An answer read in full: status, headers and the parsed JSON body (undefined when empty). */
export interface Reply {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  readonly body: any;
}

/** A test emulator and a small client for it. */
export interface TestApi {
  readonly emulator: RunningEmulator;
  /** Sends a request to /api/v2<path> with the read-write key unless `key` says otherwise. */
  call(method: string, path: string, body?: unknown, key?: string | null): Promise<Reply>;
  /** Sends a request with a raw body and content type. */
  raw(method: string, path: string, body: string, contentType?: string): Promise<Reply>;
}

/** Starts an emulator on a free port with the test keys. */
export async function startTestApi(options: Partial<EmulatorOptions> = {}): Promise<TestApi> {
  const emulator = await startEmulator({
    accessKey: KEY,
    readOnlyKey: READ_ONLY_KEY,
    expiredKeys: [EXPIRED_KEY],
    ...options,
  });
  return apiFor(emulator);
}

/** Builds the URL of an API path with the given key. */
export function apiUrl(emulator: RunningEmulator, path: string, key: string | null = KEY): string {
  const url = new URL(`${emulator.url}/api/v2${path}`);
  if (key !== null) {
    url.searchParams.set('access_key', key);
  }
  return url.toString();
}

async function readReply(response: Response): Promise<Reply> {
  const text = await response.text();
  let body: unknown;
  if (text !== '') {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  return { status: response.status, headers: response.headers, text, body };
}

/** A client bound to a running emulator. */
export function apiFor(emulator: RunningEmulator): TestApi {
  return {
    emulator,
    async call(method, path, body, key = KEY) {
      const response = await fetch(apiUrl(emulator, path, key), {
        method,
        headers: body === undefined ? undefined : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return readReply(response);
    },
    async raw(method, path, body, contentType = 'application/json') {
      const response = await fetch(apiUrl(emulator, path), {
        method,
        headers: { 'content-type': contentType },
        body,
      });
      return readReply(response);
    },
  };
}
