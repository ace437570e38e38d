/**
 * A small DER (ASN.1 distinguished encoding) writer: just the types an X.509 certificate needs.
 * Every function returns the complete encoding (tag, length, contents) as a Buffer.
 */

/** Encodes a tag, its definite length and its contents. */
export function tagged(tag: number, contents: Buffer): Buffer {
  return Buffer.concat([Buffer.from([tag]), encodeLength(contents.length), contents]);
}

function encodeLength(length: number): Buffer {
  if (length < 0x80) {
    return Buffer.from([length]);
  }
  const octets: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) {
    octets.unshift(rest % 256);
  }
  return Buffer.from([0x80 + octets.length, ...octets]);
}

/** SEQUENCE of already encoded elements. */
export function sequence(...elements: Buffer[]): Buffer {
  return tagged(0x30, Buffer.concat(elements));
}

/** SET of already encoded elements (callers pass them in DER order). */
export function set(...elements: Buffer[]): Buffer {
  return tagged(0x31, Buffer.concat(elements));
}

/** INTEGER from its unsigned big-endian magnitude; a zero octet keeps it positive. */
export function unsignedInteger(magnitude: Buffer): Buffer {
  let start = 0;
  while (start < magnitude.length - 1 && magnitude[start] === 0) {
    start += 1;
  }
  const trimmed = magnitude.subarray(start);
  const positive = trimmed[0] >= 0x80 ? Buffer.concat([Buffer.from([0]), trimmed]) : trimmed;
  return tagged(0x02, positive);
}

/** INTEGER for a small non-negative number. */
export function smallInteger(value: number): Buffer {
  return unsignedInteger(Buffer.from([value]));
}

/** BOOLEAN. */
export function boolean(value: boolean): Buffer {
  return tagged(0x01, Buffer.from([value ? 0xff : 0x00]));
}

/** OBJECT IDENTIFIER from dotted text such as `1.2.840.10045.4.3.2`. */
export function objectIdentifier(dotted: string): Buffer {
  const arcs = dotted.split('.').map(Number);
  const octets: number[] = [arcs[0] * 40 + arcs[1]];
  for (const arc of arcs.slice(2)) {
    const base128: number[] = [arc % 128];
    for (let rest = Math.floor(arc / 128); rest > 0; rest = Math.floor(rest / 128)) {
      base128.unshift((rest % 128) + 0x80);
    }
    octets.push(...base128);
  }
  return tagged(0x06, Buffer.from(octets));
}

/** UTF8String. */
export function utf8String(text: string): Buffer {
  return tagged(0x0c, Buffer.from(text, 'utf8'));
}

/** OCTET STRING. */
export function octetString(contents: Buffer): Buffer {
  return tagged(0x04, contents);
}

/** BIT STRING with the given number of unused bits in its last octet. */
export function bitString(contents: Buffer, unusedBits = 0): Buffer {
  return tagged(0x03, Buffer.concat([Buffer.from([unusedBits]), contents]));
}

/** UTCTime (years 1950-2049) or GeneralizedTime, as X.509 validity requires. */
export function time(date: Date): Buffer {
  const iso = date.toISOString();
  const digits = iso.slice(0, 19).replace(/[-:T]/g, '') + 'Z';
  const year = date.getUTCFullYear();
  return year >= 1950 && year < 2050
    ? tagged(0x17, Buffer.from(digits.slice(2), 'ascii'))
    : tagged(0x18, Buffer.from(digits, 'ascii'));
}

/** A context-specific constructed tag `[n]` wrapping already encoded contents (EXPLICIT). */
export function explicit(tagNumber: number, contents: Buffer): Buffer {
  return tagged(0xa0 + tagNumber, contents);
}

/** A context-specific primitive tag `[n]` replacing the contents' own tag (IMPLICIT). */
export function implicitPrimitive(tagNumber: number, contents: Buffer): Buffer {
  return tagged(0x80 + tagNumber, contents);
}
