import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  Server,
  ServerCredentials,
  status as GrpcStatus,
  type MethodDefinition,
  type ServiceDefinition,
  type UntypedServiceImplementation,
} from '@grpc/grpc-js';
import { createSelfSignedCertificate } from './certificate';
import type { RpcAdapter } from './provider-service';
import { LOG_KEYS } from '../logging';
import type { Logger } from '../logging';
import { codecFor } from '../protocol/codec';
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

function method(
  service: string,
  name: string,
  requestType: string,
  responseType: string,
  streams: { request?: boolean; response?: boolean } = {},
): MethodDefinition<WireMessage, WireMessage> {
  const request = codecFor(requestType);
  const response = codecFor(responseType);
  return {
    path: `/${service}/${name}`,
    requestStream: streams.request ?? false,
    responseStream: streams.response ?? false,
    requestSerialize: request.encode,
    requestDeserialize: request.decode,
    responseSerialize: response.encode,
    responseDeserialize: response.decode,
    originalName: name,
  };
}

/** The tfplugin6.Provider service definition, one unary method per adapter name. */
export function providerServiceDefinition(names: readonly string[]): ServiceDefinition {
  const definition: Record<string, MethodDefinition<WireMessage, WireMessage>> = {};
  for (const name of names) {
    definition[name] = method(
      'tfplugin6.Provider',
      name,
      `tfplugin6.${name}.Request`,
      `tfplugin6.${name}.Response`,
    );
  }
  return definition;
}

/** go-plugin's controller, stdio and broker services and the gRPC health service. */
export function pluginServiceDefinitions(): Record<string, ServiceDefinition> {
  return {
    controller: {
      Shutdown: method('plugin.GRPCController', 'Shutdown', 'plugin.Empty', 'plugin.Empty'),
    },
    stdio: {
      StreamStdio: method(
        'plugin.GRPCStdio',
        'StreamStdio',
        'google.protobuf.Empty',
        'plugin.StdioData',
        {
          response: true,
        },
      ),
    },
    broker: {
      StartStream: method(
        'plugin.GRPCBroker',
        'StartStream',
        'plugin.ConnInfo',
        'plugin.ConnInfo',
        {
          request: true,
          response: true,
        },
      ),
    },
    health: {
      Check: method(
        'grpc.health.v1.Health',
        'Check',
        'grpc.health.v1.HealthCheckRequest',
        'grpc.health.v1.HealthCheckResponse',
      ),
    },
  };
}

type UnaryCall = { request: WireMessage };
type UnaryCallback = (
  error: { code: number; details: string } | null,
  response?: WireMessage,
) => void;

function unary(name: string, adapter: RpcAdapter, log: Logger) {
  return (call: UnaryCall, callback: UnaryCallback): void => {
    const started = Date.now();
    log.trace('received RPC', { [LOG_KEYS.rpc]: name });
    Promise.resolve()
      .then(() => adapter(call.request))
      .then(
        (response) => {
          const diagnostics = response.diagnostics;
          log.trace('answered RPC', {
            [LOG_KEYS.rpc]: name,
            [LOG_KEYS.durationMs]: Date.now() - started,
            [LOG_KEYS.diagnosticCount]: Array.isArray(diagnostics) ? diagnostics.length : 0,
          });
          callback(null, response);
        },
        (error: unknown) => {
          log.error('RPC failed', { [LOG_KEYS.rpc]: name });
          callback({
            code: GrpcStatus.INTERNAL,
            details: error instanceof Error ? error.message : String(error),
          });
        },
      );
  };
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
  const credentials = clientCertificate
    ? ServerCredentials.createSsl(
        Buffer.from(clientCertificate),
        [
          {
            private_key: Buffer.from(certificate.privateKeyPem),
            cert_chain: Buffer.from(certificate.certificatePem),
          },
        ],
        true,
      )
    : ServerCredentials.createInsecure();

  const server = new Server({
    'grpc.max_receive_message_length': MAX_MESSAGE_BYTES,
    'grpc.max_send_message_length': MAX_MESSAGE_BYTES,
    // Channelz bookkeeping costs a few percent of every call and nobody inspects this server.
    'grpc.enable_channelz': 0,
  });

  const providerImplementation: UntypedServiceImplementation = {};
  for (const [name, adapter] of Object.entries(options.adapters)) {
    providerImplementation[name] = unary(name, adapter, log);
  }
  server.addService(
    providerServiceDefinition(Object.keys(options.adapters)),
    providerImplementation,
  );

  const services = pluginServiceDefinitions();
  server.addService(services.controller, {
    Shutdown: (_call: UnaryCall, callback: UnaryCallback) => {
      log.debug('Terraform asked the plugin to shut down');
      callback(null, {});
      setTimeout(() => {
        server.forceShutdown();
        options.onShutdown();
      }, SHUTDOWN_GRACE_MS);
    },
  });
  // Terraform opens both streams at start and expects them to stay open; nothing is sent on
  // stdio (logs go to stderr directly) and the broker is never used by Terraform providers.
  server.addService(services.stdio, { StreamStdio: () => undefined });
  server.addService(services.broker, {
    StartStream: (call: NodeJS.EventEmitter & { end(): void }) => {
      call.on('data', () => undefined);
      call.on('end', () => call.end());
      call.on('error', () => undefined);
    },
  });
  server.addService(services.health, {
    Check: (_call: UnaryCall, callback: UnaryCallback) => callback(null, { status: 1 }),
  });

  const socketDirectory = mkdtempSync(join(env.PLUGIN_UNIX_SOCKET_DIR || tmpdir(), 'plugin'));
  const socketPath = join(socketDirectory, 'mojohelpdesk.sock');
  const removeSocketDirectory = () => rmSync(socketDirectory, { recursive: true, force: true });
  process.once('exit', removeSocketDirectory);

  await new Promise<void>((resolve, reject) => {
    server.bindAsync(`unix:${socketPath}`, credentials, (error) => {
      if (error) {
        reject(
          new PluginStartError('BIND_FAILED', `cannot listen on ${socketPath}: ${error.message}`),
        );
      } else {
        resolve();
      }
    });
  });
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
      server.forceShutdown();
      removeSocketDirectory();
    },
  };
}
