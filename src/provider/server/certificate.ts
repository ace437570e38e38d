import { generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import {
  bitString,
  boolean,
  explicit,
  implicitPrimitive,
  objectIdentifier,
  octetString,
  sequence,
  set,
  smallInteger,
  time,
  unsignedInteger,
  utf8String,
} from './der';

/** A freshly made certificate and its private key, both PEM, plus the certificate's DER bytes. */
export interface SelfSignedCertificate {
  readonly certificatePem: string;
  readonly privateKeyPem: string;
  readonly certificateDer: Buffer;
}

const OID = {
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  commonName: '2.5.4.3',
  organization: '2.5.4.10',
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
  extendedKeyUsage: '2.5.29.37',
  subjectAltName: '2.5.29.17',
  serverAuth: '1.3.6.1.5.5.7.3.1',
  clientAuth: '1.3.6.1.5.5.7.3.2',
} as const;

/** How long the certificate is valid; a provider process lives for one Terraform command. */
const VALIDITY_MS = 365 * 24 * 3600 * 1000;

function extension(oid: string, critical: boolean, value: Buffer): Buffer {
  return critical
    ? sequence(objectIdentifier(oid), boolean(true), octetString(value))
    : sequence(objectIdentifier(oid), octetString(value));
}

function name(): Buffer {
  return sequence(
    set(sequence(objectIdentifier(OID.organization), utf8String('mojohelpdesk-iac'))),
    set(sequence(objectIdentifier(OID.commonName), utf8String('localhost'))),
  );
}

/**
 * Makes a self-signed ECDSA P-256 certificate for `localhost` (and 127.0.0.1), usable as both
 * server and client certificate and trusted as its own root, as go-plugin's automatic mutual TLS
 * expects.
 */
export function createSelfSignedCertificate(now: Date = new Date()): SelfSignedCertificate {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const subjectPublicKeyInfo = publicKey.export({ type: 'spki', format: 'der' });
  const signatureAlgorithm = sequence(objectIdentifier(OID.ecdsaWithSha256));

  const serial = randomBytes(16);
  serial[0] = serial[0] % 0x80;

  const notBefore = new Date(now.getTime() - 30_000);
  const notAfter = new Date(now.getTime() + VALIDITY_MS);

  // digitalSignature (bit 0), keyEncipherment (bit 2), keyCertSign (bit 5): 1010 0100, two unused.
  const keyUsage = bitString(Buffer.from([0xa4]), 2);
  const subjectAltName = sequence(
    implicitPrimitive(2, Buffer.from('localhost', 'ascii')),
    implicitPrimitive(7, Buffer.from([127, 0, 0, 1])),
  );
  const extensions = sequence(
    extension(OID.basicConstraints, true, sequence(boolean(true))),
    extension(OID.keyUsage, true, keyUsage),
    extension(
      OID.extendedKeyUsage,
      false,
      sequence(objectIdentifier(OID.serverAuth), objectIdentifier(OID.clientAuth)),
    ),
    extension(OID.subjectAltName, false, subjectAltName),
  );

  const toBeSigned = sequence(
    explicit(0, smallInteger(2)),
    unsignedInteger(serial),
    signatureAlgorithm,
    name(),
    sequence(time(notBefore), time(notAfter)),
    name(),
    subjectPublicKeyInfo,
    explicit(3, extensions),
  );

  const signature = sign('sha256', toBeSigned, { key: privateKey, dsaEncoding: 'der' });
  const certificateDer = sequence(toBeSigned, signatureAlgorithm, bitString(signature));
  const base64 = certificateDer.toString('base64').replace(/(.{64})/g, '$1\n');

  return {
    certificateDer,
    certificatePem:
      '-----BEGIN CERTIFICATE-----\n' + base64.trimEnd() + '\n-----END CERTIFICATE-----\n',
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}
