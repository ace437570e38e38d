/**
 * The small part of gRPC a Terraform plugin serves, on node:http2 directly: unary calls, a
 * server stream and a bidirectional stream that stay open and silent, and error statuses.
 *
 * A general gRPC library costs a plugin at every start (tens of milliseconds to load) and on
 * every call (interceptors, channel tracing, metadata objects); Terraform starts the provider
 * several times per command and makes thousands of calls in a large plan. What is left here is
 * the wire format: HTTP/2 POST to `/<service>/<method>`, messages framed as a compression flag
 * byte and a four-byte big-endian length, the status in the trailers.
 */
import * as http2 from 'node:http2';
import type { WireMessage } from '../protocol/codec';

/** gRPC status codes this server answers with. */
export const GrpcStatusCode = {
  OK: 0,
  INVALID_ARGUMENT: 3,
  UNIMPLEMENTED: 12,
  INTERNAL: 13,
} as const;

/** Encodes and decodes the messages of one method. */
export interface MethodCodecs {
  readonly decodeRequest: (bytes: Buffer) => WireMessage;
  readonly encodeResponse: (message: WireMessage) => Buffer;
}

/** A unary method: one request message, one response message. */
export interface UnaryMethod {
  readonly kind: 'unary';
  /** The codecs, looked up on the method's first call. */
  readonly codecs: () => Promise<MethodCodecs>;
  /** Answers the decoded request; a rejection becomes status INTERNAL with its message. */
  readonly handle: (request: WireMessage) => Promise<WireMessage>;
}

/** A stream the client opens and the server keeps open without sending anything. */
export interface IdleStreamMethod {
  readonly kind: 'idle-stream';
  /**
   * Whether the call ends (status OK) once the client ends its side. A server stream's client
   * ends its side right after the request, so the call must then stay open.
   */
  readonly endsWithClient: boolean;
}

/** What a path such as `/tfplugin6.Provider/ReadResource` is served by. */
export type GrpcMethod = UnaryMethod | IdleStreamMethod;

/** Settings of {@link createGrpcServer}. */
export interface GrpcServerOptions {
  /** Methods by path. */
  readonly methods: ReadonlyMap<string, GrpcMethod>;

  /**
   * Mutual TLS: the server's key and certificate (PEM) and the only client certificate
   * trusted. Without it the server speaks HTTP/2 in the clear.
   */
  readonly tls?: { readonly key: string; readonly cert: string; readonly clientCert: string };

  /** Largest request message accepted, in bytes. */
  readonly maxMessageBytes: number;
}

/** A gRPC server not yet listening. */
export interface GrpcServer {
  /** Listens on a unix socket; resolves once it does, rejects with the listen error. */
  listen(socketPath: string): Promise<void>;
  /** Stops accepting calls and drops every open connection. */
  close(): void;
}

const FRAME_HEADER_BYTES = 5;

// Flow control windows large enough that a schema or a large state crosses in one go.
const WINDOW_BYTES = 16 * 1024 * 1024;

/** Wraps one message in the gRPC length-prefixed frame. */
function frame(message: Buffer): Buffer {
  const header = Buffer.alloc(FRAME_HEADER_BYTES);
  header.writeUInt32BE(message.length, 1);
  return Buffer.concat([header, message]);
}

/** Percent-encodes a status message as the grpc-message trailer requires. */
function statusMessage(text: string): string {
  return Buffer.from(text, 'utf8').reduce(
    (encoded, byte) =>
      encoded +
      (byte >= 0x20 && byte <= 0x7e && byte !== 0x25
        ? String.fromCharCode(byte)
        : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`),
    '',
  );
}

/** Ends a call with a status and no message, in a single HEADERS frame. */
function endWithStatus(stream: http2.ServerHttp2Stream, code: number, message?: string): void {
  if (stream.destroyed || stream.closed) {
    return;
  }
  const headers: http2.OutgoingHttpHeaders = {
    ':status': 200,
    'content-type': 'application/grpc',
    'grpc-status': String(code),
  };
  if (message) {
    headers['grpc-message'] = statusMessage(message);
  }
  if (stream.headersSent) {
    stream.end();
    return;
  }
  stream.respond(headers, { endStream: true });
}

/** Reads the single request message of a unary call. */
function readRequestMessage(
  stream: http2.ServerHttp2Stream,
  maxMessageBytes: number,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    stream.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxMessageBytes + FRAME_HEADER_BYTES) {
        reject(new RangeError(`the request message exceeds ${maxMessageBytes} bytes`));
        stream.removeAllListeners('data');
        return;
      }
      chunks.push(chunk);
    });
    stream.on('end', () => {
      const body = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
      if (body.length < FRAME_HEADER_BYTES || body[0] !== 0) {
        reject(new RangeError('the request is not one uncompressed gRPC message'));
        return;
      }
      const length = body.readUInt32BE(1);
      if (body.length !== FRAME_HEADER_BYTES + length) {
        reject(new RangeError('the request holds other than exactly one message'));
        return;
      }
      resolve(body.subarray(FRAME_HEADER_BYTES));
    });
  });
}

async function serveUnary(
  method: UnaryMethod,
  stream: http2.ServerHttp2Stream,
  maxMessageBytes: number,
): Promise<void> {
  let request: WireMessage;
  let codecs: MethodCodecs;
  try {
    const [bytes, methodCodecs] = await Promise.all([
      readRequestMessage(stream, maxMessageBytes),
      method.codecs(),
    ]);
    codecs = methodCodecs;
    request = codecs.decodeRequest(bytes);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    endWithStatus(stream, GrpcStatusCode.INVALID_ARGUMENT, message);
    return;
  }

  let body: Buffer;
  try {
    body = frame(codecs.encodeResponse(await method.handle(request)));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    endWithStatus(stream, GrpcStatusCode.INTERNAL, message);
    return;
  }

  if (stream.destroyed || stream.closed) {
    return;
  }
  stream.respond({ ':status': 200, 'content-type': 'application/grpc' }, { waitForTrailers: true });
  stream.once('wantTrailers', () => stream.sendTrailers({ 'grpc-status': '0' }));
  stream.end(body);
}

/** Keeps a stream open and silent, ending it with OK when the client ends, if asked to. */
function serveIdleStream(method: IdleStreamMethod, stream: http2.ServerHttp2Stream): void {
  stream.on('data', () => undefined);
  if (method.endsWithClient) {
    stream.on('end', () => endWithStatus(stream, GrpcStatusCode.OK));
  }
}

/**
 * Makes a gRPC server for the given methods. Calls to other paths end with UNIMPLEMENTED;
 * requests that are not one uncompressed message end with INVALID_ARGUMENT.
 */
export function createGrpcServer(options: GrpcServerOptions): GrpcServer {
  const settings: http2.Settings = { initialWindowSize: WINDOW_BYTES };
  const server = options.tls
    ? http2.createSecureServer({
        key: options.tls.key,
        cert: options.tls.cert,
        ca: [options.tls.clientCert],
        requestCert: true,
        rejectUnauthorized: true,
        settings,
      })
    : http2.createServer({ settings });

  const sessions = new Set<http2.ServerHttp2Session>();
  server.on('session', (session: http2.ServerHttp2Session) => {
    sessions.add(session);
    session.on('close', () => sessions.delete(session));
    session.on('error', () => undefined);
    session.setLocalWindowSize(WINDOW_BYTES);
  });

  server.on('stream', (stream, headers) => {
    stream.on('error', () => undefined);
    const path = String(headers[':path'] ?? '');
    const method = options.methods.get(path);

    if (!method) {
      stream.resume();
      endWithStatus(stream, GrpcStatusCode.UNIMPLEMENTED, `unknown method ${path}`);
      return;
    }
    if (method.kind === 'idle-stream') {
      serveIdleStream(method, stream);
      return;
    }
    void serveUnary(method, stream, options.maxMessageBytes);
  });

  return {
    listen: (socketPath) =>
      new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(socketPath, () => {
          server.off('error', reject);
          resolve();
        });
      }),
    close: () => {
      server.close();
      for (const session of sessions) {
        session.destroy();
      }
    },
  };
}
