/**
 * What a line's raw UTF-8 bytes hold that rules need before they can match (SecretRule.admits): a
 * quote, a secret-named key before `=`, `Bearer ` and the like, found in one pass over the bytes
 * before the line is decoded. Each fact is a necessary condition of some rule's pattern: where a
 * pattern matches, its fact is set (a fact set where nothing matches only costs a decode).
 */

import { NAME_END_WORDS } from './rules/secret-names.js';

/** `"`, `'` or a backquote. */
export const QUOTE = 1 << 0;
/** `</` (an XML element's end). */
export const XML_CLOSE = 1 << 1;
/** A secret word (SECRET_WORD: password, token, keys, …) ends a name: digits may follow, then no name character. */
export const SECRET_NAME = 1 << 2;
/** The same, with `=` or `"` right after the name (a logged field). */
export const SECRET_FIELD = 1 << 3;
/** `Bearer` or `Token` (case as written) and then what may be whitespace. */
export const SCHEME_SPACE = 1 << 4;
/** `@`. */
export const AT = 1 << 5;
/** `@` after a local-part character and before a run of domain characters with a dot and two letters. */
export const EMAIL = 1 << 6;
/** A `+` (not after [\w+/.:-]) then 1–9, with 8 digits in the run of [0-9 .()-] after it; or a phone field's name before `:` or `=`. */
export const PHONE = 1 << 7;
/** `=`. */
export const EQUALS = 1 << 8;
/** `;`. */
export const SEMICOLON = 1 << 9;
/** `?` or `&`. */
export const QUERY = 1 << 10;

// Byte kinds for the one pass: most bytes (letters, digits, `_`, `$`, `.`, `-`) are NAME and need nothing.
const NAME = 0;
const SPACE = 1; // ASCII space, controls 9-13, and every non-ASCII byte (U+00A0, U+2028… are `\s` to a RegExp)
const OTHER = 2;
const KIND = new Uint8Array(256).map((_, b) =>
  (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b === 95 || b === 36 || b === 46 || b === 45 ? NAME
    : b === 32 || (b >= 9 && b <= 13) || b >= 0x80 ? SPACE : OTHER);

/** The words PHONE_FIELD's names end with (`telephone` in `phone`, `phone_number` in `number`). */
const PHONE_WORDS = ['phone', 'tel', 'mobile', 'msisdn', 'cell', 'number'];
const byLastLetter = (words: readonly string[]) => Array.from({ length: 256 }, (_, b) => {
  const found = words.filter((w) => w.charCodeAt(w.length - 1) === (b | 0x20) && ((b >= 65 && b <= 90) || (b >= 97 && b <= 122)));
  return found.length ? found : undefined;
});
/** SECRET_WORD's words (rules/secret-names.ts), by their last letter: its match is one of them. */
const SECRET_WORDS_BY_LAST = byLastLetter(NAME_END_WORDS);
const PHONE_WORDS_BY_LAST = byLastLetter(PHONE_WORDS);

/** Every fact. */
export const ALL_FACTS = (QUERY << 1) - 1;
const NAMES = SECRET_NAME | SECRET_FIELD;

/**
 * The `wanted` facts of the line bytes[start, end) (a trailing `\r` and a byte order mark included),
 * as bits; facts not wanted are not looked for.
 */
export function lineFacts(bytes: Uint8Array, start: number, end: number, wanted: number): number {
  let facts = 0;
  const names = (wanted & NAMES) !== 0;
  const scheme = (wanted & SCHEME_SPACE) !== 0;
  for (let i = start; i < end; i++) {
    const b = bytes[i]!;
    const kind = KIND[b]!;
    if (kind === NAME) continue;
    // A name ends here: does a secret word end it (digits may come between)?
    if (names && (facts & SECRET_FIELD) === 0 && i > start && secretNameBefore(bytes, start, i)) facts |= b === 0x3d || b === 0x22 ? SECRET_NAME | SECRET_FIELD : SECRET_NAME;
    if (kind === SPACE) {
      if (scheme && i > start && (bytes[i - 1] === 0x72 || bytes[i - 1] === 0x6e) && (endsWith(bytes, start, i, BEARER) || endsWith(bytes, start, i, TOKEN))) facts |= SCHEME_SPACE;
      continue;
    }
    switch (b) {
      case 0x22: case 0x27: case 0x60: facts |= QUOTE; break;
      case 0x3c: if (i + 1 < end && bytes[i + 1] === 0x2f) facts |= XML_CLOSE; break;
      case 0x3f: case 0x26: facts |= QUERY; break;
      case 0x3b: facts |= SEMICOLON; break;
      case 0x40: facts |= AT; if ((wanted & EMAIL) !== 0 && (facts & EMAIL) === 0 && emailAt(bytes, start, end, i)) facts |= EMAIL; break;
      case 0x2b: if ((wanted & PHONE) !== 0 && (facts & PHONE) === 0 && phoneAt(bytes, start, end, i)) facts |= PHONE; break;
      case 0x3d: facts |= EQUALS; if ((wanted & PHONE) !== 0 && (facts & PHONE) === 0 && phoneFieldBefore(bytes, start, i)) facts |= PHONE; break;
      case 0x3a: if ((wanted & PHONE) !== 0 && (facts & PHONE) === 0 && phoneFieldBefore(bytes, start, i)) facts |= PHONE; break;
    }
  }
  // The line's end also ends a name.
  if (names && (facts & SECRET_NAME) === 0 && end > start && secretNameBefore(bytes, start, end)) facts |= SECRET_NAME;
  return facts & wanted;
}

/** A secret word, then perhaps digits, ends right before `at` (at > start). */
function secretNameBefore(bytes: Uint8Array, start: number, at: number): boolean {
  let last = bytes[at - 1]!;
  if (last >= 48 && last <= 57) {
    do at--; while (at > start && bytes[at - 1]! >= 48 && bytes[at - 1]! <= 57);
    if (at === start) return false;
    last = bytes[at - 1]!;
  }
  return SECRET_WORDS_BY_LAST[last] !== undefined && endsWithAny(bytes, start, at, SECRET_WORDS_BY_LAST);
}

const BEARER = Uint8Array.from(Buffer.from('Bearer'));
const TOKEN = Uint8Array.from(Buffer.from('Token'));

/** bytes[at - word.length, at) is `word`, exactly. */
function endsWith(bytes: Uint8Array, start: number, at: number, word: Uint8Array): boolean {
  if (at - word.length < start) return false;
  for (let i = word.length - 1, j = at - 1; i >= 0; i--, j--) if (bytes[j] !== word[i]) return false;
  return true;
}

/** bytes[…, at) ends with one of the lower-case words, ASCII letters folded. */
function endsWithAny(bytes: Uint8Array, start: number, at: number, byLast: readonly (readonly string[] | undefined)[]): boolean {
  const words = byLast[bytes[at - 1]!];
  if (words === undefined) return false;
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    if (at - word.length < start) continue;
    let i = word.length - 1;
    // The words are lower-case letters: only an ASCII letter folds onto one with | 0x20.
    for (let j = at - 1; i >= 0; i--, j--) {
      const b = bytes[j]!;
      const c = word.charCodeAt(i);
      if (b !== c && (b | 0x20) !== c) break;
    }
    if (i < 0) return true;
  }
  return false;
}

function isLetter(b: number): boolean {
  return (b >= 97 && b <= 122) || (b >= 65 && b <= 90);
}

/** EMAIL's local part: [A-Za-z0-9._%+-]. */
function isLocalPartByte(b: number): boolean {
  return isLetter(b) || (b >= 48 && b <= 57) || b === 46 || b === 95 || b === 37 || b === 43 || b === 45;
}

/** The `@` at `at` could be an address's: a local-part character before it, a domain run with `.` and two letters after. */
function emailAt(bytes: Uint8Array, start: number, end: number, at: number): boolean {
  if (at === start || !isLocalPartByte(bytes[at - 1]!)) return false;
  for (let i = at + 1; i + 2 < end; i++) {
    const b = bytes[i]!;
    if (b === 0x2e && isLetter(bytes[i + 1]!) && isLetter(bytes[i + 2]!)) return true;
    if (!(isLetter(b) || (b >= 48 && b <= 57) || b === 0x2d || b === 0x2e)) return false;
  }
  return false;
}

/** PHONE_E164 at the `+` at `at`: not after [\w+/.:-], 1–9 next, 8 digits in the run of [0-9 .()-] after it. */
function phoneAt(bytes: Uint8Array, start: number, end: number, at: number): boolean {
  if (at > start) {
    const before = bytes[at - 1]!;
    if (isLetter(before) || (before >= 48 && before <= 57) || before === 0x5f || before === 0x2b || before === 0x2f || before === 0x2e || before === 0x3a || before === 0x2d) return false;
  }
  if (at + 1 >= end || bytes[at + 1]! < 0x31 || bytes[at + 1]! > 0x39) return false;
  let digits = 0;
  for (let j = at + 1; j < end; j++) {
    const c = bytes[j]!;
    if (c >= 48 && c <= 57) { if (++digits >= 8) return true; } else if (c !== 0x20 && c !== 0x2e && c !== 0x2d && c !== 0x28 && c !== 0x29) return false;
  }
  return false;
}

/** PHONE_FIELD before the `:` or `=` at `at`: a phone word, an optional quote, what may be whitespace. */
function phoneFieldBefore(bytes: Uint8Array, start: number, at: number): boolean {
  let i = at;
  while (i > start && KIND[bytes[i - 1]!] === SPACE) i--;
  if (i > start && (bytes[i - 1] === 0x22 || bytes[i - 1] === 0x27)) i--;
  return i > start && endsWithAny(bytes, start, i, PHONE_WORDS_BY_LAST);
}
