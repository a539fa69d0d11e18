/**
 * An Aho-Corasick automaton over bytes, case-insensitive for ASCII letters: one pass over a buffer finds
 * every keyword occurrence, so each rule's regular expression runs only on lines holding its keyword.
 * It works on raw bytes so that lines without any keyword are never decoded to strings.
 */
// What a byte is to a digit run: most bytes are OTHER, so the common path is one table load and one test.
const OTHER = 0;
const DIGIT = 1;
const SEPARATOR = 2;
const NEWLINE = 3;
const BYTE_KIND = new Uint8Array(256).map((_, b) => (b >= 48 && b <= 57 ? DIGIT : b === 32 || b === 45 ? SEPARATOR : b === 10 ? NEWLINE : OTHER));

export type OnHit = (position: number, keywordId: number, line: number, lineStart: number) => void;

export class KeywordMatcher {
  readonly keywords: readonly string[];
  /** Byte → alphabet class; 0 for bytes that occur in no keyword. */
  private readonly classOf = new Uint8Array(256);
  private readonly classes: number;
  /**
   * Dense transition table over row offsets: from the row at offset o (state × classes), the next row
   * is delta[o + class]. A target with keywords ending in it is stored as -(offset + 1), so the hot loop
   * needs one comparison per byte to know whether anything matched.
   */
  private readonly delta: Int32Array;
  /** By row offset: the keyword ids that end in that state (via failure links included). */
  private readonly outputs: Map<number, readonly number[]>;

  constructor(keywords: readonly string[]) {
    this.keywords = keywords.map((k) => k.toLowerCase());
    for (const k of this.keywords) {
      if (k.length === 0) throw new Error('a keyword must not be empty');
      if (/[^\x20-\x7e]/.test(k)) throw new Error(`keyword ${JSON.stringify(k)} must be printable ASCII`);
    }

    let next = 1;
    for (const k of this.keywords) {
      for (const ch of k) {
        const b = ch.charCodeAt(0);
        if (this.classOf[b] === 0) {
          this.classOf[b] = next;
          // Upper-case letters share their lower-case letter's class.
          if (b >= 97 && b <= 122) this.classOf[b - 32] = next;
          next++;
        }
      }
    }
    if (next > 255) throw new Error('too many distinct keyword characters');
    this.classes = next;

    // Trie.
    const goto: Map<number, number>[] = [new Map()];
    const out: number[][] = [[]];
    this.keywords.forEach((k, id) => {
      let s = 0;
      for (const ch of k) {
        const c = this.classOf[ch.charCodeAt(0)]!;
        let t = goto[s]!.get(c);
        if (t === undefined) {
          t = goto.length;
          goto.push(new Map());
          out.push([]);
          goto[s]!.set(c, t);
        }
        s = t;
      }
      out[s]!.push(id);
    });

    // Breadth-first: failure links, folded into a complete DFA.
    const states = goto.length;
    const delta = new Int32Array(states * this.classes);
    const fail = new Int32Array(states);
    const queue: number[] = [];
    for (let c = 1; c < this.classes; c++) {
      const t = goto[0]!.get(c);
      if (t !== undefined) {
        delta[c] = t;
        queue.push(t);
      }
    }
    for (let head = 0; head < queue.length; head++) {
      const s = queue[head]!;
      out[s]!.push(...out[fail[s]!]!);
      for (let c = 1; c < this.classes; c++) {
        const t = goto[s]!.get(c);
        if (t !== undefined) {
          fail[t] = delta[fail[s]! * this.classes + c]!;
          delta[s * this.classes + c] = t;
          queue.push(t);
        } else {
          delta[s * this.classes + c] = delta[fail[s]! * this.classes + c]!;
        }
      }
    }
    const classes = this.classes;
    this.outputs = new Map();
    out.forEach((o, state) => { if (o.length) this.outputs.set(state * classes, [...new Set(o)]); });
    this.delta = delta.map((target) => (out[target]!.length ? -(target * classes) - 1 : target * classes));
  }

  /**
   * Calls onHit(position, keywordId, line, lineStart) for each keyword occurrence in buf[start, end):
   * position is the index of the keyword's last byte, line the number of newlines before it in the
   * range, lineStart where that line begins. Occurrences come in increasing position order. Returns
   * the number of newlines in the range, so callers never have to walk lines that hold no keyword.
   */
  scan(buf: Uint8Array, start: number, end: number, onHit: OnHit): number {
    const { delta, classOf, outputs } = this;
    let row = 0;
    let line = 0;
    let lineStart = start;
    for (let i = start; i < end; i++) {
      const b = buf[i]!;
      if (b === 10) { line++; lineStart = i + 1; }
      row = delta[row + classOf[b]!]!;
      if (row < 0) {
        row = -row - 1;
        for (const id of outputs.get(row)!) onHit(i, id, line, lineStart);
      }
    }
    return line;
  }

  /**
   * Like scan, and also reports `digitRunId` where a run of `minDigits` digits completes (one space
   * or dash allowed between digits): card numbers have no keyword, and this finds their lines in the
   * same pass instead of decoding every line.
   */
  scanWithDigitRuns(buf: Uint8Array, start: number, end: number, minDigits: number, digitRunId: number, onHit: OnHit): number {
    const { delta, classOf, outputs } = this;
    let row = 0;
    let line = 0;
    let lineStart = start;
    let digits = 0;
    let separator = false;
    for (let i = start; i < end; i++) {
      const b = buf[i]!;
      row = delta[row + classOf[b]!]!;
      if (row < 0) {
        row = -row - 1;
        for (const id of outputs.get(row)!) onHit(i, id, line, lineStart);
      }
      const kind = BYTE_KIND[b]!;
      if (kind === OTHER) {
        digits = 0;
      } else if (kind === DIGIT) {
        separator = false;
        if (++digits === minDigits) onHit(i, digitRunId, line, lineStart);
      } else if (kind === SEPARATOR && !separator && digits > 0) {
        separator = true;
      } else {
        digits = 0;
        separator = false;
        if (kind === NEWLINE) { line++; lineStart = i + 1; }
      }
    }
    return line;
  }

  /** Keyword ids found in a string (for callers that already hold text). */
  find(text: string): Set<number> {
    const found = new Set<number>();
    const buf = Buffer.from(text, 'utf8');
    this.scan(buf, 0, buf.length, (_, id) => found.add(id));
    return found;
  }
}
