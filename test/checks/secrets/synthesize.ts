/**
 * Synthetic secrets for tests, built at run time from a seeded generator so that the repository
 * never holds a string a scanner (GitHub push protection included) would take for a live credential.
 */
import { crc32, toBase62 } from '../../../src/checks/secrets/checksums.js';

/** mulberry32: small, seeded, good enough to make random-looking test values that are the same on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = LOWER.toUpperCase();
const DIGITS = '0123456789';

/** The alphabets a docs form names: `<36 base62>`, `<64 hex>`, … */
export const ALPHABETS: Record<string, string> = {
  base62: DIGITS + UPPER + LOWER,
  hex: '0123456789abcdef',
  HEX: '0123456789ABCDEF',
  base64: UPPER + LOWER + DIGITS + '+/',
  base64url: UPPER + LOWER + DIGITS + '_-',
  base32: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567',
  'base32 lower case': 'abcdefghijklmnopqrstuvwxyz234567',
  digits: DIGITS,
  letters: UPPER + LOWER,
  lower: LOWER,
  upper: UPPER,
  'lower alnum': LOWER + DIGITS,
  'upper alnum': UPPER + DIGITS,
  'bech32 upper': 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L',
};

export function randomString(length: number, alphabet: string, random: () => number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(random() * alphabet.length)];
  return out;
}

/**
 * Expands a docs form such as `ghp_<36 base62>` or `<8 hex>-<4 hex>`: each `<N alphabet>` becomes N
 * random characters, `<uuid>` a random UUID. `fill` replaces the random characters (e.g. with 'x'
 * to build the placeholder version). Throws on a placeholder it does not know.
 */
export function expandForm(form: string, random: () => number, fill?: string): string {
  return form.replace(/<([^<>]+)>/g, (whole, inner: string) => {
    if (inner === 'uuid') return expandForm('<8 hex>-<4 hex>-<4 hex>-<4 hex>-<12 hex>', random, fill);
    const m = /^(\d+) (.+)$/.exec(inner);
    const alphabet = m ? ALPHABETS[m[2]!] : undefined;
    if (!m || !alphabet) throw new Error(`cannot expand ${whole} in ${form}`);
    return fill ? fill.repeat(Number(m[1])) : randomString(Number(m[1]), alphabet, random);
  });
}

/** A GitHub- or npm-style token: prefix, 30 random base62 characters, and their CRC-32 in 6 base62 characters. */
export function checksummedToken(prefix: string, random: () => number): string {
  const body = randomString(30, ALPHABETS.base62!, random);
  return `${prefix}_${body}${toBase62(crc32(body), 6)}`;
}

/** The same token with its checksum broken (one character changed). */
export function breakChecksum(token: string): string {
  const last = token[token.length - 1]!;
  return token.slice(0, -1) + (last === 'a' ? 'b' : 'a');
}

/** A PEM body that looks like a real DER key: starts with MII, random base64 in 64-character lines. */
export function pemBody(random: () => number, length = 1200): string[] {
  const body = 'MII' + randomString(length - 3, ALPHABETS.base64!, random);
  const lines: string[] = [];
  for (let i = 0; i < body.length; i += 64) lines.push(body.slice(i, i + 64));
  return lines;
}

/** A card number with a valid Luhn digit, from an issuer prefix and a total length. */
export function luhnNumber(prefix: string, length: number, random: () => number): string {
  let digits = prefix + randomString(length - prefix.length - 1, DIGITS, random);
  for (let check = 0; check < 10; check++) {
    const candidate = digits + check;
    let sum = 0;
    for (let i = 0; i < candidate.length; i++) {
      let d = Number(candidate[candidate.length - 1 - i]);
      if (i % 2 === 1) { d *= 2; if (d > 9) d -= 9; }
      sum += d;
    }
    if (sum % 10 === 0) { digits = candidate; break; }
  }
  return digits;
}

/** A JWT with the given header and payload and a random signature. */
export function jwt(header: object, payload: object, random: () => number): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part(header)}.${part(payload)}.${randomString(43, ALPHABETS.base64url!, random)}`;
}

/** SSH wire encoding: a uint32 length, then the bytes. */
function sshString(value: Buffer | string): Buffer {
  const bytes = typeof value === 'string' ? Buffer.from(value, 'latin1') : value;
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return Buffer.concat([length, bytes]);
}

function randomBytes(length: number, random: () => number): Buffer {
  return Buffer.from(Array.from({ length }, () => Math.floor(random() * 256)));
}

/**
 * An ed25519 key in the openssh-key-v1 container, as `ssh-keygen -t ed25519` writes it (the layout of
 * OpenSSH's PROTOCOL.key), with random key material. Unencrypted bodies start `b3BlbnNzaC1rZXktdjEAAAAA`
 * and hold long runs of A. Returns the base64 body in 70-character lines.
 */
export function opensshKeyBody(random: () => number, cipher: 'none' | 'aes256-ctr' = 'none'): string[] {
  const publicKey = randomBytes(32, random);
  const publicBlob = Buffer.concat([sshString('ssh-ed25519'), sshString(publicKey)]);
  let kdf = 'none';
  let kdfOptions = Buffer.alloc(0);
  let privateSection: Buffer;
  if (cipher === 'none') {
    const check = randomBytes(4, random);
    const body = Buffer.concat([check, check, sshString('ssh-ed25519'), sshString(publicKey),
      sshString(Buffer.concat([randomBytes(32, random), publicKey])), sshString('ops@deploy')]);
    const padding = Buffer.from(Array.from({ length: (8 - (body.length % 8)) % 8 }, (_, i) => i + 1));
    privateSection = Buffer.concat([body, padding]);
  } else {
    kdf = 'bcrypt';
    const rounds = Buffer.alloc(4);
    rounds.writeUInt32BE(16);
    kdfOptions = Buffer.concat([sshString(randomBytes(16, random)), rounds]);
    privateSection = randomBytes(144, random);
  }
  const count = Buffer.alloc(4);
  count.writeUInt32BE(1);
  const bytes = Buffer.concat([Buffer.from('openssh-key-v1\0', 'latin1'), sshString(cipher), sshString(kdf), sshString(kdfOptions),
    count, sshString(publicBlob), sshString(privateSection)]);
  return bytes.toString('base64').match(/.{1,70}/g)!;
}

/** A DER SEQUENCE of the given length (header included) with random content: a structurally whole PKCS#8-like body. */
export function derBody(random: () => number, length = 1218): Buffer {
  const content = length - 4;
  return Buffer.concat([Buffer.from([0x30, 0x82, content >> 8, content & 0xff]), Buffer.from([0x02, 0x01, 0x00]), randomBytes(content - 3, random)]);
}
