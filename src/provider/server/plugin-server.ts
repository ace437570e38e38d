import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSelfSignedCertificate } from './certificate';
import { createGrpcServer } from './grpc-http2';
import type { GrpcMethod, MethodCodecs } from './grpc-http2';
import type { RpcAdapter } from './provider-service';
import { LOG_KEYS } from '../logging';
import type { Logger } from '../logging';
import type { WireMessage } from '../protocol/codec';

/** The go-plugin core protocol version in the handshake line. */
const CORE_PROTOCOL_VERSION = 1;

/** The Terraform plugin protocol this server speaks. */
export const PLUGIN_PROTOCOL_VERSION = 6;

/** Messages of up to this size are accepted and sent (schemas and large states). */
const MAX_MESSAGE_BYTES = 256 * 1024 * 1024;

/** How long after answering Shutdown the process exits, so the answer reaches Terraform. */
const SHUTDOWN_GRACE_MS = 20;

/** Raised when the plugin cannot start (protocol mismatch, socket trouble). */
export class PluginStartError extends Error {
  public constructor(
    public readonly code: 'PROTOCOL_MISMATCH' | 'BIND_FAILED',
    message: string,
  ) {
    super(message);
    this.name = 'PluginStartError';
  }
}

/** A running plugin server. */
export interface RunningPlugin {
  /** The line printed for the client: `1|6|unix|<socket>|grpc|<certificate>`. */
  readonly handshakeLine: string;
  /** Stops serving and removes the socket directory. */
  stop(): void;
}

/** How the plugin server is started. */
export interface PluginServerOptions {
  /** tfplugin6.Provider adapters by RPC name. */
  readonly adapters: Readonly<Record<string, RpcAdapter>>;
  readonly log: Logger;
  /** The environment Terraform started the process with. @default process.env */
  readonly env?: NodeJS.ProcessEnv;
  /** Called once Terraform asked the plugin to shut down and the answer is on its way. */
  readonly onShutdown: () => void;
}

/**
 * The protobuf codecs of one method. The protocol descriptors load on the first call, not before
 * the handshake: a provider process that Terraform starts is waited for until its handshake line.
 */
function codecsOf(requestType: string, responseType: string): () => Promise<MethodCodecs> {
  let codecs: Promise<MethodCodecs> | undefined;
  return () =>
    (codecs ??= import('../protocol/codec').then(({ codecFor }) => ({
      decodeRequest: codecFor(requestType).decode,
      encodeResponse: codecFor(responseType).encode,
    })));
}

/** A unary method whose request and response types are `<package>.<name>.Request/Response`. */
function unaryMethod(
  requestType: string,
  responseType: string,
  handle: (request: WireMessage) => Promise<WireMessage>,
): GrpcMethod {
  return { kind: 'unary', codecs: codecsOf(requestType, responseType), handle };
}

/** Runs an adapter with trace logs around it; a failure is logged and rejects. */
function logged(name: string, adapter: RpcAdapter, log: Logger) {
  return async (request: WireMessage): Promise<WireMessage> => {
    const started = Date.now();
    log.trace('received RPC', { [LOG_KEYS.rpc]: name });

    let response: WireMessage;
    try {
      response = await adapter(request);
    } catch (error) {
      log.error('RPC failed', { [LOG_KEYS.rpc]: name });
      throw error;
    }

    const diagnostics = response.diagnostics;
    log.trace('answered RPC', {
      [LOG_KEYS.rpc]: name,
      [LOG_KEYS.durationMs]: Date.now() - started,
      [LOG_KEYS.diagnosticCount]: Array.isArray(diagnostics) ? diagnostics.length : 0,
    });
    return response;
  };
}

/**
 * Every method the plugin serves by path: one tfplugin6.Provider method per adapter, go-plugin's
 * controller, stdio and broker services, and the gRPC health service.
 */
export function pluginMethods(
  adapters: Readonly<Record<string, RpcAdapter>>,
  log: Logger,
  onShutdownRequested: () => void,
): Map<string, GrpcMethod> {
  const methods = new Map<string, GrpcMethod>();
  for (const [name, adapter] of Object.entries(adapters)) {
    methods.set(
      `/tfplugin6.Provider/${name}`,
      unaryMethod(
        `tfplugin6.${name}.Request`,
        `tfplugin6.${name}.Response`,
        logged(name, adapter, log),
      ),
    );
  }

  methods.set(
    '/plugin.GRPCController/Shutdown',
    unaryMethod('plugin.Empty', 'plugin.Empty', async () => {
      log.debug('Terraform asked the plugin to shut down');
      onShutdownRequested();
      return {};
    }),
  );

  // Terraform opens both streams at start and expects them to stay open; nothing is sent on
  // stdio (logs go to stderr directly) and the broker is never used by Terraform providers.
  methods.set('/plugin.GRPCStdio/StreamStdio', { kind: 'idle-stream', endsWithClient: false });
  methods.set('/plugin.GRPCBroker/StartStream', { kind: 'idle-stream', endsWithClient: true });

  methods.set(
    '/grpc.health.v1.Health/Check',
    unaryMethod(
      'grpc.health.v1.HealthCheckRequest',
      'grpc.health.v1.HealthCheckResponse',
      async () => ({ status: 1 }),
    ),
  );
  return methods;
}

/** Whether the client offers protocol 6 (an absent list is taken as yes). */
function offersProtocol(env: NodeJS.ProcessEnv): boolean {
  const offered = env.PLUGIN_PROTOCOL_VERSIONS;
  if (!offered) {
    return true;
  }
  return offered.split(',').some((version) => Number(version.trim()) === PLUGIN_PROTOCOL_VERSION);
}

/**
 * Starts the gRPC server on a fresh unix socket with automatic mutual TLS when PLUGIN_CLIENT_CERT
 * is set, serving the provider, go-plugin and health services. Resolves once the socket listens;
 * the caller prints the handshake line (and nothing else) on stdout.
 */
export async function startPluginServer(options: PluginServerOptions): Promise<RunningPlugin> {
  const env = options.env ?? process.env;
  const log = options.log;
  if (!offersProtocol(env)) {
    throw new PluginStartError(
      'PROTOCOL_MISMATCH',
      `Terraform offers plugin protocol versions ${env.PLUGIN_PROTOCOL_VERSIONS}; this provider ` +
        `speaks version ${PLUGIN_PROTOCOL_VERSION} only. Use Terraform 1.0 or newer.`,
    );
  }

  const certificate = createSelfSignedCertificate();
  const clientCertificate = env.PLUGIN_CLIENT_CERT;

  const methods = pluginMethods(options.adapters, log, () => {
    // The answer must reach Terraform before the process ends.
    setTimeout(() => {
      server.close();
      options.onShutdown();
    }, SHUTDOWN_GRACE_MS);
  });
  const server = createGrpcServer({
    methods,
    maxMessageBytes: MAX_MESSAGE_BYTES,
    tls: clientCertificate
      ? {
          key: certificate.privateKeyPem,
          cert: certificate.certificatePem,
          clientCert: clientCertificate,
        }
      : undefined,
  });

  const socketDirectory = mkdtempSync(join(env.PLUGIN_UNIX_SOCKET_DIR || tmpdir(), 'plugin'));
  const socketPath = join(socketDirectory, 'mojohelpdesk.sock');
  const removeSocketDirectory = () => rmSync(socketDirectory, { recursive: true, force: true });
  process.once('exit', removeSocketDirectory);

  try {
    await server.listen(socketPath);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new PluginStartError('BIND_FAILED', `cannot listen on ${socketPath}: ${reason}`);
  }
  log.debug('plugin server listening', { [LOG_KEYS.socketPath]: socketPath });

  const encodedCertificate = clientCertificate
    ? certificate.certificateDer.toString('base64').replace(/=+$/, '')
    : '';
  const handshakeLine = [
    CORE_PROTOCOL_VERSION,
    PLUGIN_PROTOCOL_VERSION,
    'unix',
    socketPath,
    'grpc',
    encodedCertificate,
  ].join('|');

  return {
    handshakeLine,
    stop: () => {
      server.close();
      removeSocketDirectory();
    },
  };
}
