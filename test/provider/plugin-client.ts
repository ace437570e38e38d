/**
 * Drives the bundled provider the way Terraform does: starts it with the magic cookie and a client
 * certificate, reads the handshake line, and calls its gRPC services over mutual TLS.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { credentials, Client, Metadata } from '@grpc/grpc-js';
import { codecFor } from '../../src/provider/protocol/codec';
import type { WireMessage } from '../../src/provider/protocol/codec';
import { createSelfSignedCertificate } from '../../src/provider/server/certificate';
import { ensureProviderBundle } from '../helpers/terraform';

/** The environment value Terraform's plugin client sets. */
export const MAGIC_COOKIE = 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2';

/** A provider process with an open, authenticated gRPC connection. */
export interface PluginConnection {
  readonly process: ChildProcess;
  readonly handshakeLine: string;
  /** Resolves with the exit code when the process ends. */
  readonly exited: Promise<number | null>;
  /** Everything the process wrote to stdout so far. */
  stdout(): string;
  /** Everything the process wrote to stderr so far. */
  stderr(): string;
  /** Calls a tfplugin6.Provider RPC. */
  call(rpc: string, request: WireMessage): Promise<WireMessage>;
  /** Calls a unary method by full path with explicit message types. */
  unary(
    path: string,
    requestType: string,
    responseType: string,
    request: WireMessage,
  ): Promise<WireMessage>;
  /** Whether the stdio and broker streams opened at start are still open and silent. */
  streamsOpenAndIdle(): boolean;
  /** Closes the connection and kills the process if it still runs. */
  close(): void;
}

function pem(der: Buffer): string {
  const body = der
    .toString('base64')
    .replace(/(.{64})/g, '$1\n')
    .trimEnd();
  return `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----\n`;
}

/** Starts the bundled provider as Terraform would and connects to it. */
export async function connectToProvider(env: NodeJS.ProcessEnv = {}): Promise<PluginConnection> {
  const executable = ensureProviderBundle();
  const clientCertificate = createSelfSignedCertificate();
  const child = spawn(executable, [], {
    env: {
      PATH: process.env.PATH,
      TF_PLUGIN_MAGIC_COOKIE: MAGIC_COOKIE,
      PLUGIN_PROTOCOL_VERSIONS: '6',
      PLUGIN_MIN_PORT: '10000',
      PLUGIN_MAX_PORT: '25000',
      PLUGIN_CLIENT_CERT: clientCertificate.certificatePem,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );

  const handshakeLine = await new Promise<string>((resolve, reject) => {
    const check = () => {
      const end = stdout.indexOf('\n');
      if (end >= 0) {
        child.stdout?.off('data', check);
        resolve(stdout.slice(0, end));
      }
    };
    child.stdout?.on('data', check);
    void exited.then((code) =>
      reject(new Error(`provider exited ${code} before handshake: ${stderr}`)),
    );
  });

  const [, , network, address, , certificate] = handshakeLine.split('|');
  const client = new Client(
    `${network}:${address}`,
    credentials.createSsl(
      Buffer.from(pem(Buffer.from(certificate, 'base64'))),
      Buffer.from(clientCertificate.privateKeyPem),
      Buffer.from(clientCertificate.certificatePem),
    ),
    { 'grpc.ssl_target_name_override': 'localhost', 'grpc.default_authority': 'localhost' },
  );

  // Terraform opens these two streams on every start and keeps them until shutdown.
  const empty = codecFor('google.protobuf.Empty');
  const stdioData = codecFor('plugin.StdioData');
  const connInfo = codecFor('plugin.ConnInfo');
  let streamEvents = 0;
  const countEvent = () => (streamEvents += 1);
  const stdio = client.makeServerStreamRequest(
    '/plugin.GRPCStdio/StreamStdio',
    empty.encode,
    stdioData.decode,
    {},
  );
  const broker = client.makeBidiStreamRequest(
    '/plugin.GRPCBroker/StartStream',
    connInfo.encode,
    connInfo.decode,
  );
  for (const stream of [stdio, broker]) {
    stream.on('data', countEvent);
    stream.on('end', countEvent);
    stream.on('error', countEvent);
  }

  const unary = (path: string, requestType: string, responseType: string, request: WireMessage) =>
    new Promise<WireMessage>((resolve, reject) => {
      const requestCodec = codecFor(requestType);
      const responseCodec = codecFor(responseType);
      client.makeUnaryRequest(
        path,
        requestCodec.encode,
        responseCodec.decode,
        request,
        new Metadata(),
        {},
        (error, response) => (error ? reject(error) : resolve(response as WireMessage)),
      );
    });

  return {
    process: child,
    handshakeLine,
    stdout: () => stdout,
    stderr: () => stderr,
    call: (rpc, request) =>
      unary(
        `/tfplugin6.Provider/${rpc}`,
        `tfplugin6.${rpc}.Request`,
        `tfplugin6.${rpc}.Response`,
        request,
      ),
    unary,
    streamsOpenAndIdle: () => streamEvents === 0,
    exited,
    close: () => {
      client.close();
      child.kill('SIGKILL');
    },
  };
}
