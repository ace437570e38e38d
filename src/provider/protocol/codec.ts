import { Root, Type } from 'protobufjs/light';
import { PROTOCOL_DESCRIPTOR } from './descriptor';

/**
 * A plain-object view of a protobuf message: field names as in the protocol (snake_case), int64
 * fields as JavaScript numbers, enums as numbers, bytes as Buffers.
 */
export type WireMessage = Record<string, unknown>;

/** Encodes and decodes one message type between plain objects and protobuf bytes. */
export interface MessageCodec {
  readonly encode: (message: WireMessage) => Buffer;
  readonly decode: (bytes: Buffer) => WireMessage;
}

let root: Root | undefined;

function protocolRoot(): Root {
  root ??= Root.fromJSON(PROTOCOL_DESCRIPTOR);
  return root;
}

const codecs = new Map<string, MessageCodec>();

/** protobufjs writes into a Buffer under Node already; only other byte arrays are wrapped. */
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}

/**
 * The codec for a fully qualified message name such as `tfplugin6.ReadResource.Request`.
 * Throws when the descriptor does not hold that message (a programming error).
 */
export function codecFor(messageName: string): MessageCodec {
  const known = codecs.get(messageName);
  if (known) {
    return known;
  }

  const type: Type = protocolRoot().lookupType(messageName);
  const codec: MessageCodec = {
    encode: (message) => asBuffer(type.encode(type.fromObject(message)).finish()),
    decode: (bytes) =>
      type.toObject(type.decode(bytes), { longs: Number, enums: Number }) as WireMessage,
  };
  codecs.set(messageName, codec);
  return codec;
}
