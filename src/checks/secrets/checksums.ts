/** Checksums that some credential formats carry, so a scanner can tell a real token from a look-alike. */

const CRC32_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE 802.3, as zlib computes it) of a string's UTF-8 bytes. */
export function crc32(text: string): number {
  let crc = 0xffffffff;
  for (const byte of Buffer.from(text, 'utf8')) crc = CRC32_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** `n` in base 62 (digits, then upper case, then lower case), left-padded with zeros to `width`. */
export function toBase62(n: number, width = 0): string {
  let out = '';
  do {
    out = BASE62[n % 62]! + out;
    n = Math.floor(n / 62);
  } while (n > 0);
  return out.padStart(width, '0');
}

/**
 * GitHub's token format (ghp_, gho_, ghu_, ghs_, ghr_) and npm's (npm_) end with 6 base62 characters
 * holding the CRC-32 of the random part, so a typo'd or invented token fails the check.
 */
export function hasValidCrc32Suffix(token: string, prefixLength: number): boolean {
  const body = token.slice(prefixLength, -6);
  const suffix = token.slice(-6);
  if (body.length === 0 || !/^[0-9A-Za-z]{6}$/.test(suffix)) return false;
  return toBase62(crc32(body), 6) === suffix;
}

/** The Luhn check every payment card number passes. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/**
 * A value in a checksummed token format (GitHub's gh?_…, npm's npm_…) whose checksum is wrong: an
 * invented look-alike. Generic and log rules skip these too, so a fake cannot sneak in as "a token".
 */
export function failsKnownChecksum(value: string): boolean {
  const m = /^(gh[pousr]|npm)_[A-Za-z0-9]{36}$/.exec(value);
  return !!m && !hasValidCrc32Suffix(value, m[1]!.length + 1);
}
