/**
 * An Aho-Corasick automaton over bytes, case-insensitive for ASCII letters: one pass over a buffer finds
 * every keyword occurrence, so each rule's regular expression runs only on lines holding its keyword.
 * It works on raw bytes so that lines without any keyword are never decoded to strings.
 */
// What a byte is to a digit run (card numbers have no keyword): its kind, the digit-run automaton's input.
const OTHER = 0;
const DIGIT = 1;
const SEPARATOR = 2;
const NEWLINE = 3;
const BYTE_KIND = new Uint8Array(256).map((_, b) => (b >= 48 && b <= 57 ? DIGIT : b === 32 || b === 45 ? SEPARATOR : b === 10 ? NEWLINE : OTHER));

/**
 * The digit-run automaton: state (digits so far, capped at minDigits + 1; a separator just seen) ×
 * byte kind → next state. True in `hit` where a run reaches minDigits.
 */
function digitRunAutomaton(minDigits: number): { next: (state: number, kind: number) => number; hit: (state: number) => boolean } {
  const state = (digits: number, separator: boolean) => digits * 2 + (separator ? 1 : 0);
  return {
    next(s, kind) {
      const digits = s >> 1;
      const separator = (s & 1) === 1;
      if (kind === DIGIT) return state(Math.min(digits + 1, minDigits + 1), false);
      // One space or dash between digits; a second one, or one before any digit, ends the run.
      if (kind === SEPARATOR && !separator && digits > 0) return state(digits, true);
      return state(0, false);
    },
    hit: (s) => s === state(minDigits, false),
  };
}

/** One automaton's tables: byte → class, the transitions as row offsets (negative where something ends), what ends where. */
interface Tables {
  classOf: Uint8Array;
  delta: Int32Array;
  outputs: Map<number, readonly number[]>;
}

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
  private readonly tables: Tables;
  /** The keyword automaton combined with a digit-run automaton, by run length and id; built on first use. */
  private readonly withDigits = new Map<string, Tables>();

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
    this.tables = { classOf: this.classOf, delta: this.delta, outputs: this.outputs };
  }

  /**
   * Calls onHit(position, keywordId, line, lineStart) for each keyword occurrence in buf[start, end):
   * position is the index of the keyword's last byte, line the number of newlines before it in the
   * range, lineStart where that line begins. Occurrences come in increasing position order. Returns
   * the number of newlines in the range, so callers never have to walk lines that hold no keyword.
   */
  scan(buf: Uint8Array, start: number, end: number, onHit: OnHit): number {
    return scanTables(this.tables, buf, start, end, onHit);
  }

  /**
   * Like scan, and also reports `digitRunId` where a run of `minDigits` digits completes (one space
   * or dash allowed between digits): card numbers have no keyword, and this finds their lines in the
   * same pass instead of decoding every line.
   */
  scanWithDigitRuns(buf: Uint8Array, start: number, end: number, minDigits: number, digitRunId: number, onHit: OnHit): number {
    const key = `${minDigits}:${digitRunId}`;
    const tables = this.withDigits.get(key) ?? this.withDigits.set(key, this.combineWithDigitRuns(minDigits, digitRunId)).get(key)!;
    return scanTables(tables, buf, start, end, onHit);
  }

  /**
   * The product of the keyword automaton and the digit-run automaton, over the states reachable from
   * the start: one table lookup per byte finds both (a second automaton beside the first cost a
   * third of the scan). Bytes of one keyword class that differ in digit kind get classes of their own.
   */
  private combineWithDigitRuns(minDigits: number, digitRunId: number): Tables {
    const digits = digitRunAutomaton(minDigits);
    const digitStates = (minDigits + 2) * 2;
    const classOf = new Uint8Array(256);
    const classKey = new Map<number, number>();
    const representative: number[] = [];
    for (let b = 0; b < 256; b++) {
      const k = this.classOf[b]! * 4 + BYTE_KIND[b]!;
      let c = classKey.get(k);
      if (c === undefined) {
        c = representative.length;
        classKey.set(k, c);
        representative.push(b);
      }
      classOf[b] = c;
    }
    if (representative.length > 255) throw new Error('too many distinct keyword characters');
    const classes = representative.length;
    // States are (keyword state, digit state) pairs, numbered as found.
    const keywordStates = this.delta.length / this.classes;
    const ids = new Int32Array(keywordStates * digitStates).fill(-1);
    ids[0] = 0;
    const pairs = [0];
    const outputs: (readonly number[])[] = [[]];
    const kinds = representative.map((b) => BYTE_KIND[b]!);
    const keywordClasses = representative.map((b) => this.classOf[b]!);
    const digitNext = Array.from({ length: digitStates }, (_, d) => [0, 1, 2, 3].map((kind) => digits.next(d, kind)));
    let targets = new Int32Array(keywordStates * classes);
    for (let s = 0; s < pairs.length; s++) {
      const k = (pairs[s]! / digitStates) | 0;
      const d = pairs[s]! % digitStates;
      if ((s + 1) * classes > targets.length) {
        const grown = new Int32Array(targets.length * 2);
        grown.set(targets);
        targets = grown;
      }
      for (let c = 0; c < classes; c++) {
        const row = this.delta[k * this.classes + keywordClasses[c]!]!;
        const k2 = (row < 0 ? -row - 1 : row) / this.classes;
        const d2 = digitNext[d]![kinds[c]!]!;
        const pair = k2 * digitStates + d2;
        let t = ids[pair]!;
        if (t === -1) {
          t = pairs.length;
          ids[pair] = t;
          pairs.push(pair);
          const found = this.outputs.get(k2 * this.classes) ?? [];
          outputs.push(digits.hit(d2) ? [...found, digitRunId] : found);
        }
        targets[s * classes + c] = t;
      }
    }
    const delta = new Int32Array(pairs.length * classes);
    for (let i = 0; i < delta.length; i++) {
      const t = targets[i]!;
      delta[i] = outputs[t]!.length ? -(t * classes) - 1 : t * classes;
    }
    const byRow = new Map<number, readonly number[]>();
    outputs.forEach((o, t) => { if (o.length) byRow.set(t * classes, o); });
    return { classOf, delta, outputs: byRow };
  }

  /** Keyword ids found in a string (for callers that already hold text). */
  find(text: string): Set<number> {
    const found = new Set<number>();
    const buf = Buffer.from(text, 'utf8');
    this.scan(buf, 0, buf.length, (_, id) => found.add(id));
    return found;
  }
}

/** The hot loop: one class lookup and one transition per byte, one sign test for "something ends here". */
function scanTables(tables: Tables, buf: Uint8Array, start: number, end: number, onHit: OnHit): number {
  const { delta, classOf, outputs } = tables;
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
