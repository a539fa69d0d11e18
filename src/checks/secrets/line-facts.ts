/**
 * What a line's raw UTF-8 bytes hold that rules need before they can match (SecretRule.admits): a
 * quote, a secret-named key before `=`, `Bearer ` and the like, found in the raw bytes before the
 * line is decoded (most from the few bytes where they can start: LineFactsReader). Each fact is a necessary condition of some rule's pattern: where a
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

/** The bytes the facts start from, by slot in LineFactsReader's cache (`B` begins `Bearer`; `Token` is looked for whole: a `T` is in every ISO timestamp). */
const ANCHORS = Uint8Array.from([0x22, 0x27, 0x60, 0x3c, 0x3f, 0x26, 0x3b, 0x40, 0x3d, 0x2b, 0x3a, 0x42]);
const [DOUBLE_QUOTE, SINGLE_QUOTE, BACKQUOTE, LESS_THAN, QUESTION, AMPERSAND, SEMI, AT_SIGN, EQUALS_SIGN, PLUS, COLON, CAPITAL_B] = [...ANCHORS.keys()] as number[];
const BEARER = Buffer.from('Bearer');
const TOKEN = Buffer.from('Token');

/**
 * Finds the facts of the lines of one buffer (SecretRule.admits). Every fact but SECRET_NAME starts
 * at a byte that most lines do not hold (`"`, `=`, `@`, `+`, the `B` of `Bearer`…): those are found by
 * the buffer's native search, and the next place of each is kept, so a byte absent from a stretch of
 * lines is searched for once, not once per line (a loop over every byte of a line cost 0.5 µs a line).
 * Only SECRET_NAME, a secret word before any byte that ends a name, looks at every byte.
 */
export class LineFactsReader {
  private bytes: Buffer = Buffer.alloc(0);
  /** By anchor: the place of its first occurrence at or after `searchedFrom` (the buffer's length: none). */
  private readonly nextAt = new Int32Array(ANCHORS.length);
  private readonly searchedFrom = new Int32Array(ANCHORS.length);
  /** The same for the word `Token`. */
  private tokenAt = -1;
  private tokenSearchedFrom = -1;

  /** Reads the lines of another buffer (or of the same one, changed): nothing found before is kept. */
  reset(bytes: Uint8Array): void {
    this.bytes = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.searchedFrom.fill(-1);
    this.nextAt.fill(-1);
    this.tokenAt = -1;
    this.tokenSearchedFrom = -1;
  }

  /** The first place at or after `from` of the anchor in `slot`; the buffer's length if there is none. */
  private next(slot: number, from: number): number {
    const at = this.nextAt[slot]!;
    const searched = this.searchedFrom[slot]!;
    // Known: no occurrence in [searched, at), and one at `at`.
    if (searched >= 0 && searched <= from && at >= from) return at;
    let found = this.bytes.indexOf(ANCHORS[slot]!, from);
    if (found < 0) found = this.bytes.length;
    this.searchedFrom[slot] = from;
    this.nextAt[slot] = found;
    return found;
  }

  /**
   * The `wanted` facts of the line bytes[start, end) (a trailing `\r` and a byte order mark included),
   * as bits; facts not wanted are not looked for. Lines may be asked for in any order; in increasing
   * order each anchor is searched for about once per occurrence.
   */
  facts(start: number, end: number, wanted: number): number {
    const bytes = this.bytes;
    let facts = 0;
    if ((wanted & QUOTE) !== 0 && (this.next(DOUBLE_QUOTE, start) < end || this.next(SINGLE_QUOTE, start) < end || this.next(BACKQUOTE, start) < end)) facts |= QUOTE;
    if ((wanted & XML_CLOSE) !== 0) {
      for (let i = this.next(LESS_THAN, start); i < end; i = this.next(LESS_THAN, i + 1)) {
        if (i + 1 < end && bytes[i + 1] === 0x2f) { facts |= XML_CLOSE; break; }
      }
    }
    if ((wanted & QUERY) !== 0 && (this.next(QUESTION, start) < end || this.next(AMPERSAND, start) < end)) facts |= QUERY;
    if ((wanted & SEMICOLON) !== 0 && this.next(SEMI, start) < end) facts |= SEMICOLON;
    if ((wanted & (AT | EMAIL)) !== 0) {
      for (let i = this.next(AT_SIGN, start); i < end; i = this.next(AT_SIGN, i + 1)) {
        facts |= AT;
        if ((wanted & EMAIL) === 0 || emailAt(bytes, start, end, i)) { if ((wanted & EMAIL) !== 0) facts |= EMAIL; break; }
      }
    }
    if ((wanted & EQUALS) !== 0 && this.next(EQUALS_SIGN, start) < end) facts |= EQUALS;
    if ((wanted & PHONE) !== 0) facts |= this.phone(start, end);
    if ((wanted & SCHEME_SPACE) !== 0 && (this.bearerSpace(start, end) || this.tokenSpace(start, end))) facts |= SCHEME_SPACE;
    if ((wanted & (SECRET_NAME | SECRET_FIELD)) !== 0) {
      // A secret-named field: a secret word ends the name right before `=` or `"`.
      for (const slot of FIELD_ENDS) {
        for (let i = this.next(slot, start); i < end && (facts & SECRET_FIELD) === 0; i = this.next(slot, i + 1)) {
          if (i > start && secretNameBefore(bytes, start, i)) facts |= SECRET_FIELD | SECRET_NAME;
        }
      }
      if ((wanted & SECRET_NAME) !== 0 && (facts & SECRET_NAME) === 0 && secretNameIn(bytes, start, end)) facts |= SECRET_NAME;
    }
    return facts & wanted;
  }

  /** PHONE: a number after a `+`, or a phone field's name before `=` or `:`. */
  private phone(start: number, end: number): number {
    const bytes = this.bytes;
    for (let i = this.next(PLUS, start); i < end; i = this.next(PLUS, i + 1)) if (phoneAt(bytes, start, end, i)) return PHONE;
    for (const slot of PHONE_FIELD_ENDS) {
      for (let i = this.next(slot, start); i < end; i = this.next(slot, i + 1)) if (phoneFieldBefore(bytes, start, i)) return PHONE;
    }
    return 0;
  }

  /** `Bearer` (case as written, found from its capital), then a byte that may be whitespace, inside the line. */
  private bearerSpace(start: number, end: number): boolean {
    const bytes = this.bytes;
    for (let i = this.next(CAPITAL_B, start); i + 6 < end; i = this.next(CAPITAL_B, i + 1)) {
      let j = 1;
      while (j < 6 && bytes[i + j] === BEARER[j]) j++;
      if (j === 6 && KIND[bytes[i + 6]!] === SPACE) return true;
    }
    return false;
  }

  /** `Token` (case as written), then a byte that may be whitespace, inside the line. */
  private tokenSpace(start: number, end: number): boolean {
    for (let i = this.nextToken(start); i + 5 < end; i = this.nextToken(i + 1)) if (KIND[this.bytes[i + 5]!] === SPACE) return true;
    return false;
  }

  private nextToken(from: number): number {
    if (this.tokenSearchedFrom >= 0 && this.tokenSearchedFrom <= from && this.tokenAt >= from) return this.tokenAt;
    let found = this.bytes.indexOf(TOKEN, from);
    if (found < 0) found = this.bytes.length;
    this.tokenSearchedFrom = from;
    this.tokenAt = found;
    return found;
  }
}

const FIELD_ENDS = [EQUALS_SIGN, DOUBLE_QUOTE];
const PHONE_FIELD_ENDS = [EQUALS_SIGN, COLON];

/**
 * The facts that LineFactsReader finds only by reading every byte of the line (SECRET_NAME): a caller
 * can first ask for the others, take these as present, and ask for them only where that decides.
 */
export const SLOW_FACTS = SECRET_NAME;

const reader = new LineFactsReader();

/**
 * The `wanted` facts of the line bytes[start, end) (a trailing `\r` and a byte order mark included),
 * as bits; facts not wanted are not looked for. (The scanner keeps a LineFactsReader per buffer.)
 */
export function lineFacts(bytes: Uint8Array, start: number, end: number, wanted: number): number {
  reader.reset(bytes);
  return reader.facts(start, end, wanted);
}

/** A secret word (then perhaps digits) ends a name somewhere in bytes[start, end): before a byte that is not a name's, or the end. */
function secretNameIn(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start + 1; i < end; i++) {
    if (KIND[bytes[i]!] !== NAME && secretNameBefore(bytes, start, i)) return true;
  }
  return end > start && secretNameBefore(bytes, start, end);
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
