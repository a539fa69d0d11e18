/**
 * A throwaway CA and a server certificate for the demo's TLS endpoint, made with node:crypto alone
 * (Node can sign but has no certificate builder, and the demo must not need the openssl CLI). The
 * certificates are minted fresh on every run, so "expires in 5 days" stays true without a shifted
 * clock or a committed private key; the keys live in memory and vanish with the demo.
 */
import { generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';

export interface DemoCertificates {
  /** The CA certificate (PEM): what the domain check is told to trust. */
  caPem: string;
  /** The server's key and certificate (PEM), for tls.createServer. */
  key: string;
  cert: string;
}

export interface MintOptions {
  /** The DNS name the server certificate is for. */
  host: string;
  now: Date;
  /** When the server certificate expires, counted from `now`. */
  validForMs: number;
}

const HOUR_MS = 3_600_000;
const TEN_YEARS_MS = 10 * 365 * 24 * HOUR_MS;

export function mintDemoCertificates(options: MintOptions): DemoCertificates {
  const ca = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const leaf = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const notBefore = new Date(options.now.getTime() - HOUR_MS);
  const caName = name('release-gate demo CA');
  const caCert = certificate({
    issuer: caName, subject: caName, publicKey: ca.publicKey, signer: ca.privateKey,
    notBefore, notAfter: new Date(options.now.getTime() + TEN_YEARS_MS),
    extensions: [
      extension('2.5.29.19', true, sequence(boolean(true))), // basicConstraints: CA
      extension('2.5.29.15', true, bitString(Buffer.from([0x06]), 1)), // keyUsage: keyCertSign, cRLSign
    ],
  });
  const leafCert = certificate({
    issuer: caName, subject: name(options.host), publicKey: leaf.publicKey, signer: ca.privateKey,
    notBefore, notAfter: new Date(options.now.getTime() + options.validForMs),
    extensions: [
      extension('2.5.29.19', true, sequence()), // basicConstraints: not a CA
      extension('2.5.29.15', true, bitString(Buffer.from([0x80]), 7)), // keyUsage: digitalSignature
      extension('2.5.29.37', false, sequence(oid('1.3.6.1.5.5.7.3.1'))), // extKeyUsage: serverAuth
      extension('2.5.29.17', false, sequence(tlv(0x82, Buffer.from(options.host, 'ascii')))), // subjectAltName: dNSName
    ],
  });
  return {
    caPem: pem('CERTIFICATE', caCert),
    key: leaf.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    cert: pem('CERTIFICATE', leafCert),
  };
}

interface CertificateFields {
  issuer: Buffer;
  subject: Buffer;
  publicKey: KeyObject;
  signer: KeyObject;
  notBefore: Date;
  notAfter: Date;
  extensions: Buffer[];
}

const ECDSA_WITH_SHA256 = sequence(oid('1.2.840.10045.4.3.2'));

/** RFC 5280 section 4.1: the TBSCertificate, signed with ECDSA P-256 / SHA-256. */
function certificate(fields: CertificateFields): Buffer {
  const serial = randomBytes(16);
  // A positive INTEGER in minimal DER: the top bit clear (else it reads as negative) and the first byte
  // never 0x00 (a redundant leading zero is "illegal padding" to OpenSSL 3, which then refuses the
  // certificate: before, 1 demo run in about 128 failed so).
  serial[0] = (serial[0]! & 0x7f) | 0x40;
  const tbs = sequence(
    tlv(0xa0, integer(Buffer.from([2]))), // version v3
    integer(serial),
    ECDSA_WITH_SHA256,
    fields.issuer,
    sequence(time(fields.notBefore), time(fields.notAfter)),
    fields.subject,
    fields.publicKey.export({ type: 'spki', format: 'der' }),
    tlv(0xa3, sequence(...fields.extensions)),
  );
  const signature = sign('sha256', tbs, { key: fields.signer, dsaEncoding: 'der' });
  return sequence(tbs, ECDSA_WITH_SHA256, bitString(signature, 0));
}

function name(commonName: string): Buffer {
  return sequence(tlv(0x31, sequence(oid('2.5.4.3'), tlv(0x0c, Buffer.from(commonName, 'utf8')))));
}

function extension(id: string, critical: boolean, value: Buffer): Buffer {
  return sequence(oid(id), ...(critical ? [boolean(true)] : []), tlv(0x04, value));
}

/** UTCTime until 2049, GeneralizedTime after, as RFC 5280 section 4.1.2.5 requires. */
function time(date: Date): Buffer {
  const iso = date.toISOString().replace(/[-:T]/g, '').replace(/\.\d+Z$/, 'Z');
  return date.getUTCFullYear() < 2050 ? tlv(0x17, Buffer.from(iso.slice(2), 'ascii')) : tlv(0x18, Buffer.from(iso, 'ascii'));
}

function tlv(tag: number, content: Buffer): Buffer {
  const length = content.length;
  let header: Buffer;
  if (length < 0x80) header = Buffer.from([tag, length]);
  else if (length < 0x100) header = Buffer.from([tag, 0x81, length]);
  else header = Buffer.from([tag, 0x82, length >> 8, length & 0xff]);
  return Buffer.concat([header, content]);
}

function sequence(...items: Buffer[]): Buffer {
  return tlv(0x30, Buffer.concat(items));
}

function integer(bytes: Buffer): Buffer {
  return tlv(0x02, bytes[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes);
}

function boolean(value: boolean): Buffer {
  return tlv(0x01, Buffer.from([value ? 0xff : 0]));
}

function bitString(bytes: Buffer, unusedBits: number): Buffer {
  return tlv(0x03, Buffer.concat([Buffer.from([unusedBits]), bytes]));
}

function oid(dotted: string): Buffer {
  const [first, second, ...rest] = dotted.split('.').map(Number);
  const bytes = [first! * 40 + second!];
  for (const value of rest) {
    const chunk = [value & 0x7f];
    for (let v = value >> 7; v > 0; v >>= 7) chunk.unshift((v & 0x7f) | 0x80);
    bytes.push(...chunk);
  }
  return tlv(0x06, Buffer.from(bytes));
}

function pem(label: string, der: Buffer): string {
  return `-----BEGIN ${label}-----\n${der.toString('base64').replace(/(.{64})/g, '$1\n').replace(/\n$/, '')}\n-----END ${label}-----\n`;
}
