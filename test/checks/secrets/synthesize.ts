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
