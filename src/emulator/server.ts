import { randomBytes } from 'node:crypto';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { ApiError, EmulatorUsageError, messageBody, shapedBody } from './errors';
import { FaultInjector } from './faults';
import { Answer, formatTimestamp, HandlerContext } from './http-types';
import { API_PREFIX, apiRouter, counterKey, Router } from './router';
import { loadSeed, SeedName } from './seed';
import { Store } from './store';
import { EmulatorOptions, FaultRule, HeldRequest, RecordedRequest, RunningEmulator } from './types';

const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
const READ_ONLY_MESSAGE = 'This API key is read-only and cannot perform write operations.';
const UNAUTHORIZED_MESSAGE = 'You are not authorized for that action.';
const EXPIRED_MESSAGE = 'This API key has expired.';
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** The request log keeps at most this many entries, dropping the oldest. */
const MAX_LOG_ENTRIES = 100_000;

/** A response about to be written. */
interface Reply {
  readonly status: number;
  readonly text?: string;
  readonly headers?: Record<string, string>;
}

type BodyOutcome = { kind: 'body'; bytes: Buffer } | { kind: 'too-large' } | { kind: 'aborted' };

function jsonReply(status: number, value: unknown, headers?: Record<string, string>): Reply {
  return { status, text: JSON.stringify(value), headers };
}

function errorReply(error: ApiError): Reply {
  return jsonReply(error.status, error.body);
}

function readBody(request: IncomingMessage, limit: number): Promise<BodyOutcome> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    return Promise.resolve({ kind: 'too-large' });
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (outcome: BodyOutcome) => {
      if (!settled) {
        settled = true;
        resolve(outcome);
      }
    };
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        settle({ kind: 'too-large' });
        return;
      }
      if (!settled) {
        chunks.push(chunk);
      }
    });
    request.on('end', () => settle({ kind: 'body', bytes: Buffer.concat(chunks) }));
    request.on('aborted', () => settle({ kind: 'aborted' }));
    request.on('error', () => settle({ kind: 'aborted' }));
  });
}

function isJsonContentType(header: string | undefined): boolean {
  if (!header) {
    return true;
  }
  const type = header.split(';')[0].trim().toLowerCase();
  return type === 'application/json' || type.endsWith('+json');
}

/** The running emulator: HTTP server, store, request log and fault rules. */
class Emulator implements RunningEmulator {
  public url = '';
  public readonly controlToken: string;
  private readonly server: Server;
  private readonly store: Store;
  private readonly router: Router = apiRouter();
  private readonly faults: FaultInjector;
  private readonly seed: SeedName;
  private readonly maxBodyBytes: number;
  private readonly expiredKeys: Set<string>;
  private log: RecordedRequest[] = [];
  private held: { readonly request: HeldRequest; readonly release: () => void }[] = [];
  private counts = new Map<string, number>();

  constructor(private readonly options: EmulatorOptions) {
    if (!options.accessKey) {
      throw new EmulatorUsageError('An access key is required');
    }
    this.controlToken = options.controlToken ?? randomBytes(16).toString('hex');
    this.seed = options.seed ?? 'minimal';
    this.maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    this.expiredKeys = new Set(options.expiredKeys ?? []);
    this.faults = new FaultInjector(options.faultSeed ?? 1);

    this.store = new Store(options.dataFile);
    if (this.store.isEmpty()) {
      this.store.transaction(() => loadSeed(this.store, this.seed));
    }

    this.server = createServer((request, response) => {
      this.onRequest(request, response).catch((error: unknown) => {
        process.stderr.write(`emulator: unexpected failure: ${String(error)}\n`);
        if (!response.headersSent) {
          this.write(response, jsonReply(500, messageBody('Internal emulator error')));
        }
      });
    });
    this.server.keepAliveTimeout = 30_000;
  }

  /** Starts listening; resolves once the port is known. */
  async listen(): Promise<void> {
    const host = this.options.host ?? '127.0.0.1';
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.options.port ?? 0, host, () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    const address = this.server.address() as AddressInfo;
    const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    this.url = `http://${shownHost}:${address.port}`;
  }

  async close(): Promise<void> {
    this.releaseHeld();
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
    this.store.close();
  }

  requests(): RecordedRequest[] {
    return [...this.log];
  }

  counters(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }

  resetLog(): void {
    this.log = [];
    this.counts = new Map();
  }

  reset(): void {
    this.store.transaction(() => {
      this.store.clear();
      loadSeed(this.store, this.seed);
    });
    this.resetLog();
    this.clearFaults();
  }

  addFault(rule: FaultRule): void {
    this.faults.add(rule);
  }

  clearFaults(): void {
    this.faults.clear();
    this.releaseHeld();
  }

  heldRequests(): HeldRequest[] {
    return this.held.map((entry) => entry.request);
  }

  releaseHeld(): number {
    const released = this.held;
    this.held = [];
    for (const entry of released) {
      entry.release();
    }
    return released.length;
  }

  /** Waits until releaseHeld(); resolves false when the connection closed meanwhile. */
  private holdUntilReleased(request: IncomingMessage, held: HeldRequest): Promise<boolean> {
    return new Promise((resolve) => {
      const entry = {
        request: held,
        release: () => {
          request.socket.off('close', onClose);
          resolve(!request.socket.destroyed);
        },
      };
      const onClose = (): void => {
        this.held = this.held.filter((other) => other !== entry);
        resolve(false);
      };
      request.socket.once('close', onClose);
      this.held.push(entry);
    });
  }

  private async onRequest(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const started = performance.now();
    const at = new Date().toISOString();
    const rawUrl = request.url ?? '/';
    const mark = rawUrl.indexOf('?');
    const path = mark < 0 ? rawUrl : rawUrl.slice(0, mark);
    const query = new URLSearchParams(mark < 0 ? '' : rawUrl.slice(mark + 1));
    const method = (request.method ?? 'GET').toUpperCase();

    if (path === '/_emulator' || path.startsWith('/_emulator/')) {
      this.write(response, await this.control(method, path, request));
      return;
    }

    const decision = this.faults.decide(method, path);
    if (decision.delayMs > 0) {
      await new Promise((resolve) => setTimeout(resolve, decision.delayMs));
    }
    const fault = decision.outcome;
    let reply: Reply | undefined;

    if (decision.hold && !(await this.holdUntilReleased(request, { method, path, at }))) {
      this.record(method, path, query, 0, started, at);
      return;
    }
    if (fault?.kind === 'reset') {
      request.socket.destroy();
    } else if (fault?.kind === 'status') {
      const status = fault.status ?? 500;
      reply = jsonReply(status, messageBody(`Injected failure (HTTP ${status})`));
    } else if (fault?.kind === 'rate_limit') {
      const seconds = fault.retryAfterSeconds ?? 1;
      reply = jsonReply(429, messageBody('Too many requests, retry later.'), {
        'Retry-After': String(seconds),
      });
    } else {
      reply = await this.answer(method, path, query, request);
      if (fault?.kind === 'commit_then_drop') {
        request.socket.destroy();
        reply = undefined;
      } else if (
        fault?.kind === 'commit_then_hold' &&
        !(await this.holdUntilReleased(request, { method, path, at }))
      ) {
        reply = undefined;
      }
    }

    if (reply) {
      this.write(response, reply);
    }
    this.record(method, path, query, reply?.status ?? 0, started, at);
  }

  private record(
    method: string,
    path: string,
    query: URLSearchParams,
    status: number,
    started: number,
    at: string,
  ): void {
    const shownQuery: Record<string, string> = {};
    for (const [name, value] of query) {
      if (name !== 'access_key') {
        shownQuery[name] = value;
      }
    }
    this.log.push({
      method,
      path,
      query: shownQuery,
      status,
      durationMs: performance.now() - started,
      at,
    });
    if (this.log.length > MAX_LOG_ENTRIES) {
      this.log.splice(0, this.log.length - MAX_LOG_ENTRIES);
    }
    const key = counterKey(method, path);
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  private write(response: ServerResponse, reply: Reply): void {
    const headers: Record<string, string> = { ...reply.headers };
    if (reply.text !== undefined) {
      headers['Content-Type'] = 'application/json; charset=utf-8';
      headers['Content-Length'] = String(Buffer.byteLength(reply.text));
    } else {
      headers['Content-Length'] = '0';
    }
    response.writeHead(reply.status, headers);
    response.end(reply.text);
  }

  private authenticate(method: string, query: URLSearchParams): ApiError | undefined {
    const key = query.get('access_key');
    if (key && this.expiredKeys.has(key)) {
      return new ApiError('expired_key', 401, messageBody(EXPIRED_MESSAGE));
    }
    if (key && key === this.options.accessKey) {
      return undefined;
    }
    if (key && key === this.options.readOnlyKey) {
      return SAFE_METHODS.has(method)
        ? undefined
        : new ApiError('read_only_key', 401, messageBody(READ_ONLY_MESSAGE));
    }
    return new ApiError('unauthorized', 401, messageBody(UNAUTHORIZED_MESSAGE));
  }

  private async answer(
    method: string,
    path: string,
    query: URLSearchParams,
    request: IncomingMessage,
  ): Promise<Reply> {
    const notFound = jsonReply(404, messageBody('Not found'));
    if (!path.startsWith(`${API_PREFIX}/`)) {
      return notFound;
    }
    let apiPath: string;
    try {
      apiPath = decodeURIComponent(path.slice(API_PREFIX.length));
    } catch {
      return notFound;
    }

    const resolution = this.router.resolve(method, apiPath);
    if (resolution.kind === 'none') {
      return notFound;
    }
    if (resolution.kind === 'wrong-method') {
      const allow = [...resolution.allowed, 'HEAD', 'OPTIONS'].join(', ');
      if (method === 'OPTIONS') {
        return { status: 204, headers: { Allow: allow } };
      }
      return jsonReply(405, messageBody(`Method ${method} is not allowed here`), { Allow: allow });
    }

    const refusal = this.authenticate(method, query);
    if (refusal) {
      return errorReply(refusal);
    }

    const { route, params } = resolution;
    let body: Record<string, unknown> = {};
    if (method === 'POST' || method === 'PUT' || method === 'PATCH') {
      const outcome = await readBody(request, this.maxBodyBytes);
      if (outcome.kind === 'aborted') {
        return { status: 400 };
      }
      if (outcome.kind === 'too-large') {
        const message = `Request body is larger than ${this.maxBodyBytes} bytes`;
        return jsonReply(413, shapedBody(route.shape, [message]), { Connection: 'close' });
      }
      const parsed = this.parseBody(outcome.bytes, request.headers['content-type'], route.shape);
      if (parsed instanceof ApiError) {
        return errorReply(parsed);
      }
      body = parsed;
    }

    const context: HandlerContext = {
      store: this.store,
      params,
      query,
      body,
      now: () => formatTimestamp(new Date()),
    };
    try {
      const answer: Answer = WRITE_METHODS.has(method)
        ? this.store.transaction(() => route.handler(context))
        : route.handler(context);
      const text =
        answer.text ?? (answer.json === undefined ? undefined : JSON.stringify(answer.json));
      return { status: answer.status, text };
    } catch (error) {
      if (error instanceof ApiError) {
        return errorReply(error);
      }
      throw error;
    }
  }

  private parseBody(
    bytes: Buffer,
    contentType: string | undefined,
    shape: 'error' | 'error-list' | 'code-messages',
  ): Record<string, unknown> | ApiError {
    const text = bytes.toString('utf8');
    if (text.trim() === '') {
      return {};
    }
    if (!isJsonContentType(contentType)) {
      return new ApiError(
        'unsupported_media_type',
        415,
        shapedBody(shape, ['Request body must be JSON (Content-Type: application/json)']),
      );
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return new ApiError(
        'bad_request',
        400,
        shapedBody(shape, ['Malformed JSON in request body']),
      );
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      return new ApiError(
        'bad_request',
        400,
        shapedBody(shape, ['Request body must be a JSON object']),
      );
    }
    const fields = { ...(parsed as Record<string, unknown>) };
    delete fields.access_key;
    return fields;
  }

  private async control(method: string, path: string, request: IncomingMessage): Promise<Reply> {
    if (request.headers['x-emulator-token'] !== this.controlToken) {
      return jsonReply(401, messageBody('A valid x-emulator-token header is required'));
    }
    const action = `${method} ${path.replace(/\/+$/, '')}`;
    switch (action) {
      case 'GET /_emulator/requests':
        return jsonReply(200, this.requests());
      case 'GET /_emulator/counters':
        return jsonReply(200, this.counters());
      case 'POST /_emulator/reset':
        this.reset();
        return jsonReply(200, { reset: true });
      case 'POST /_emulator/reset-log':
        this.resetLog();
        return jsonReply(200, { reset: true });
      case 'DELETE /_emulator/faults':
        this.clearFaults();
        return jsonReply(200, { cleared: true });
      case 'POST /_emulator/faults':
        return this.addFaultOverHttp(request);
      case 'GET /_emulator/held':
        return jsonReply(200, this.heldRequests());
      case 'POST /_emulator/held/release':
        return jsonReply(200, { released: this.releaseHeld() });
      default:
        return jsonReply(404, messageBody('Unknown emulator control'));
    }
  }

  private async addFaultOverHttp(request: IncomingMessage): Promise<Reply> {
    const outcome = await readBody(request, this.maxBodyBytes);
    if (outcome.kind !== 'body') {
      return jsonReply(400, messageBody('Fault rule body missing or too large'));
    }
    try {
      const rule = JSON.parse(outcome.bytes.toString('utf8')) as FaultRule;
      this.addFault(rule);
      return jsonReply(201, rule);
    } catch (error) {
      const message = error instanceof EmulatorUsageError ? error.message : 'Malformed JSON';
      return jsonReply(400, messageBody(message));
    }
  }
}

/** Starts an emulator and resolves once it listens. */
export async function startEmulator(options: EmulatorOptions): Promise<RunningEmulator> {
  const emulator = new Emulator(options);
  try {
    await emulator.listen();
  } catch (error) {
    await emulator.close().catch(() => undefined);
    throw error;
  }
  return emulator;
}
