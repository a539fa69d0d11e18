import { packedTables, type PackedTables } from './automata-pack.js';
import { DFA_WINDOW_BYTES, rowAddresses, rowOffsets, WasmDfa } from './dfa-wasm.js';

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

/** One automaton's tables: byte → class, the transitions (in the WebAssembly loop's layout), what ends where. */
interface Tables {
  classOf: Uint8Array;
  /** The transitions as row addresses (dfa-wasm.ts rowAddresses). */
  rows: Int32Array;
  classes: number;
  /** By state (row offset / classes): where its keyword ids start in outIds, and end at the next state's start. */
  outStart: Int32Array;
  outIds: Int32Array;
  /** The most keywords that end at one byte: the room one byte may need in the hits array. */
  maxOut: number;
  /** The tables in WebAssembly memory, with the loop that walks them; made on first use. */
  dfa?: WasmDfa;
}

/** Typed-array outputs from a map of row offset → keyword ids (the hot loop then calls nothing and looks up no map). */
function outputTables(states: number, classes: number, outputs: ReadonlyMap<number, readonly number[]>): Pick<Tables, 'outStart' | 'outIds' | 'maxOut'> {
  const outStart = new Int32Array(states + 1);
  const ids: number[] = [];
  let maxOut = 1;
  for (let s = 0; s < states; s++) {
    outStart[s] = ids.length;
    const found = outputs.get(s * classes);
    if (found) { ids.push(...found); maxOut = Math.max(maxOut, found.length); }
  }
  outStart[states] = ids.length;
  return { outStart, outIds: Int32Array.from(ids), maxOut };
}

export type OnHit = (position: number, keywordId: number, line: number, lineStart: number) => void;

/**
 * The automaton as built (the pack holds only its tables): byte → alphabet class (0 for bytes in no
 * keyword); the dense transition table over row offsets: from the row at offset o (state × classes),
 * the next row is delta[o + class], a target with keywords ending in it stored as -(offset + 1), so
 * the hot loop needs one comparison per byte to know whether anything matched; and by row offset,
 * the keyword ids that end in that state (via failure links included).
 */
interface Automaton {
  classOf: Uint8Array;
  classes: number;
  delta: Int32Array;
  outputs: Map<number, readonly number[]>;
}

export class KeywordMatcher {
  readonly keywords: readonly string[];
  /** The keywords, one string: what the bundle's pack of built automata knows them by (automata-pack.ts). */
  private readonly key: string;
  /** Built here, or (from packed tables) derived from them when a digit-run product must be built. */
  private built: Automaton | undefined;
  private readonly tables: Tables;
  /** The keyword automaton combined with a digit-run automaton, by run length and id; built (or unpacked) on first use. */
  private readonly withDigits = new Map<string, Tables>();
  /** How many automata this thread built rather than read from the pack (a test checks the pack is used). */
  static builds = 0;

  constructor(keywords: readonly string[]) {
    this.keywords = keywords.map((k) => k.toLowerCase());
    for (const k of this.keywords) {
      if (k.length === 0) throw new Error('a keyword must not be empty');
      if (/[^\x20-\x7e]/.test(k)) throw new Error(`keyword ${JSON.stringify(k)} must be printable ASCII`);
    }
    this.key = this.keywords.join('\n');
    const packed = packedTables(this.key);
    if (packed) {
      this.tables = { ...packed, dfa: undefined };
    } else {
      const built = buildAutomaton(this.keywords);
      this.built = built;
      this.tables = { classOf: built.classOf, rows: rowAddresses(built.delta, built.classes), classes: built.classes, ...outputTables(built.delta.length / built.classes, built.classes, built.outputs), dfa: undefined };
    }
  }

  /** The built tables of this matcher (the keywords' automaton, and the digit-run products made so far) by pack key: what the build packs. */
  packEntries(): { key: string; tables: PackedTables }[] {
    return [{ key: this.key, tables: this.tables }, ...[...this.withDigits].map(([digits, tables]) => ({ key: `${this.key}\n#digits ${digits}`, tables }))];
  }

  /** The automaton as built: kept from the build, or derived from the packed tables. */
  private automaton(): Automaton {
    if (this.built) return this.built;
    const { classOf, classes, outStart, outIds } = this.tables;
    const outputs = new Map<number, readonly number[]>();
    for (let s = 0; s + 1 < outStart.length; s++) {
      if (outStart[s + 1]! > outStart[s]!) outputs.set(s * classes, Array.from(outIds.subarray(outStart[s]!, outStart[s + 1]!)));
    }
    return (this.built = { classOf, classes, delta: rowOffsets(this.tables.rows, classes), outputs });
  }


  /**
   * Calls onHit(position, keywordId, line, lineStart) for each keyword occurrence in buf[start, end):
   * position is the index of the keyword's last byte, line the number of newlines before it in the
   * range, lineStart where that line begins. Occurrences come in increasing position order. Returns
   * the number of newlines in the range, so callers never have to walk lines that hold no keyword.
   */
  scan(buf: Uint8Array, start: number, end: number, onHit: OnHit): number {
    return this.report(this.tables, buf, start, end, onHit);
  }

  /**
   * Like scan, and also reports `digitRunId` where a run of `minDigits` digits completes (one space
   * or dash allowed between digits): card numbers have no keyword, and this finds their lines in the
   * same pass instead of decoding every line.
   */
  scanWithDigitRuns(buf: Uint8Array, start: number, end: number, minDigits: number, digitRunId: number, onHit: OnHit): number {
    return this.report(this.digitTables(minDigits, digitRunId), buf, start, end, onHit);
  }

  /**
   * The scanner's form of scan (minDigits 0: no digit runs): the occurrences go into `found` as
   * (keyword id, line, line start) triples, `foundCount` of them, instead of a call each. Calling
   * nothing from the hot loop keeps it compiled once: a callback that is a new closure on every call
   * made V8 throw the loop's optimized code away and compile it again, again and again, while warming up.
   */
  collect(buf: Uint8Array, start: number, end: number, minDigits: number, digitRunId: number): number {
    const tables = minDigits > 0 ? this.digitTables(minDigits, digitRunId) : this.tables;
    const newlines = scanTables(tables, buf, start, end, this.sink);
    this.found = this.sink.hits;
    this.foundCount = this.sink.count;
    return newlines;
  }

  /** The occurrences of the last collect: (keyword id, line, line start) triples. */
  found: Int32Array = new Int32Array(0);
  foundCount = 0;
  private readonly sink: Sink = { hits: new Int32Array(3 * 1024), count: 0, positions: undefined };

  private report(tables: Tables, buf: Uint8Array, start: number, end: number, onHit: OnHit): number {
    const sink: Sink = { hits: new Int32Array(3 * 64), count: 0, positions: [] };
    const newlines = scanTables(tables, buf, start, end, sink);
    for (let h = 0; h < sink.count; h++) onHit(sink.positions![h]!, sink.hits[h * 3]!, sink.hits[h * 3 + 1]!, sink.hits[h * 3 + 2]!);
    return newlines;
  }

  private digitTables(minDigits: number, digitRunId: number): Tables {
    const key = `${minDigits}:${digitRunId}`;
    let tables = this.withDigits.get(key);
    if (tables === undefined) {
      const packed = packedTables(`${this.key}\n#digits ${key}`);
      tables = packed ? { ...packed, dfa: undefined } : this.combineWithDigitRuns(minDigits, digitRunId);
      this.withDigits.set(key, tables);
    }
    return tables;
  }

  /**
   * The product of the keyword automaton and the digit-run automaton: one table lookup per byte finds
   * both (a second automaton beside the first cost a third of the scan). A pair with no digits so far
   * keeps its keyword state's number and row, so only the few pairs inside a run of digits are new.
   * Classes: the keyword classes (each holds bytes of one digit kind), then one per digit kind that
   * class 0, the bytes in no keyword, mixes in (digits, the newline).
   */
  private combineWithDigitRuns(minDigits: number, digitRunId: number): Tables {
    KeywordMatcher.builds++;
    const { classOf: keywordClassesOf, classes: keywordClasses, delta: keywordDelta, outputs: keywordOutputs } = this.automaton();
    const digits = digitRunAutomaton(minDigits);
    const digitStates = (minDigits + 2) * 2;
    const classOf = keywordClassesOf.slice();
    const kindOf: number[] = [OTHER];
    const keywordClass: number[] = [0];
    for (let b = 0; b < 256; b++) {
      const c = keywordClassesOf[b]!;
      if (c !== 0) { kindOf[c] = BYTE_KIND[b]!; keywordClass[c] = c; }
    }
    for (let b = 0; b < 256; b++) {
      if (keywordClassesOf[b] !== 0 || BYTE_KIND[b] === OTHER) continue;
      let c = kindOf.indexOf(BYTE_KIND[b]!, keywordClasses);
      if (c === -1) { c = kindOf.length; kindOf.push(BYTE_KIND[b]!); keywordClass.push(0); }
      classOf[b] = c;
    }
    if (kindOf.length > 255) throw new Error('too many distinct keyword characters');
    const classes = kindOf.length;
    const keywordStates = keywordDelta.length / keywordClasses;
    const runPairs: number[] = [];
    const runIds = new Map<number, number>();
    const idOf = (k: number, d: number) => {
      if (d === 0) return k;
      const pair = k * digitStates + d;
      let id = runIds.get(pair);
      if (id === undefined) {
        id = keywordStates + runPairs.length;
        runIds.set(pair, id);
        runPairs.push(pair);
      }
      return id;
    };
    const kinds = Uint8Array.from(kindOf);
    const keywordClassOf = Uint8Array.from(keywordClass);
    const digitNext = new Int32Array(digitStates * 4);
    for (let d = 0; d < digitStates; d++) for (let kind = 0; kind < 4; kind++) digitNext[d * 4 + kind] = digits.next(d, kind);
    let targets = new Int32Array(keywordStates * classes * 2);
    // Runs once per process, mostly before the JIT has compiled it: typed arrays, no calls in the common case.
    const fill = (id: number, k: number, d: number) => {
      if ((id + 1) * classes > targets.length) {
        const grown = new Int32Array(targets.length * 2);
        grown.set(targets);
        targets = grown;
      }
      const from = k * keywordClasses;
      for (let c = 0; c < classes; c++) {
        const row = keywordDelta[from + keywordClassOf[c]!]!;
        const k2 = (row < 0 ? -row - 1 : row) / keywordClasses;
        const d2 = digitNext[d * 4 + kinds[c]!]!;
        targets[id * classes + c] = d2 === 0 ? k2 : idOf(k2, d2);
      }
    };
    for (let k = 0; k < keywordStates; k++) fill(k, k, 0);
    for (let i = 0; i < runPairs.length; i++) fill(keywordStates + i, (runPairs[i]! / digitStates) | 0, runPairs[i]! % digitStates);
    const states = keywordStates + runPairs.length;
    const outputs = new Map<number, readonly number[]>();
    const ends = new Uint8Array(states);
    for (let id = 0; id < states; id++) {
      const [k, d] = id < keywordStates ? [id, 0] : [(runPairs[id - keywordStates]! / digitStates) | 0, runPairs[id - keywordStates]! % digitStates];
      const found = keywordOutputs.get(k * keywordClasses) ?? [];
      const all = digits.hit(d) ? [...found, digitRunId] : found;
      if (all.length) { outputs.set(id * classes, all); ends[id] = 1; }
    }
    const delta = new Int32Array(states * classes);
    for (let i = 0; i < delta.length; i++) {
      const t = targets[i]!;
      delta[i] = ends[t] ? -(t * classes) - 1 : t * classes;
    }
    return { classOf, rows: rowAddresses(delta, classes), classes, ...outputTables(states, classes, outputs), dfa: undefined };
  }

  /** Keyword ids found in a string (for callers that already hold text). */
  find(text: string): Set<number> {
    const found = new Set<number>();
    const buf = Buffer.from(text, 'utf8');
    this.scan(buf, 0, buf.length, (_, id) => found.add(id));
    return found;
  }
}

/** Builds the Aho-Corasick automaton of the keywords (lower-case, printable ASCII). */
function buildAutomaton(keywords: readonly string[]): Automaton {
  KeywordMatcher.builds++;
  const classOf = new Uint8Array(256);
  let next = 1;
  for (const k of keywords) {
    for (const ch of k) {
      const b = ch.charCodeAt(0);
      if (classOf[b] === 0) {
        classOf[b] = next;
        // Upper-case letters share their lower-case letter's class.
        if (b >= 97 && b <= 122) classOf[b - 32] = next;
        next++;
      }
    }
  }
  if (next > 255) throw new Error('too many distinct keyword characters');
  const classes = next;

  // Trie, in a dense table (-1: no edge); the automaton is then built in it, breadth-first.
  const maxStates = 1 + keywords.reduce((n, k) => n + k.length, 0);
  const delta = new Int32Array(maxStates * classes).fill(-1);
  const out: number[][] = [[]];
  keywords.forEach((k, id) => {
    let s = 0;
    for (let i = 0; i < k.length; i++) {
      const at = s * classes + classOf[k.charCodeAt(i)]!;
      if (delta[at] === -1) {
        delta[at] = out.length;
        out.push([]);
      }
      s = delta[at]!;
    }
    out[s]!.push(id);
  });

  // Breadth-first: failure links, folded into a complete DFA (a missing edge takes its failure state's).
  const states = out.length;
  const fail = new Int32Array(states);
  const queue: number[] = [];
  for (let c = 0; c < classes; c++) {
    const t = delta[c]!;
    if (t > 0) queue.push(t);
    else delta[c] = 0;
  }
  for (let head = 0; head < queue.length; head++) {
    const s = queue[head]!;
    if (out[fail[s]!]!.length) out[s]!.push(...out[fail[s]!]!);
    const row = s * classes;
    const failRow = fail[s]! * classes;
    // Class 0 (bytes in no keyword) always leads back to the start.
    delta[row] = 0;
    for (let c = 1; c < classes; c++) {
      const t = delta[row + c]!;
      if (t !== -1) {
        fail[t] = delta[failRow + c]!;
        queue.push(t);
      } else {
        delta[row + c] = delta[failRow + c]!;
      }
    }
  }
  const outputs = new Map<number, readonly number[]>();
  out.forEach((o, state) => { if (o.length) outputs.set(state * classes, [...new Set(o)]); });
  return { classOf, classes, outputs, delta: delta.subarray(0, states * classes).map((target) => (out[target]!.length ? -(target * classes) - 1 : target * classes)) };
}

/** Where scanTables puts what it finds. */
interface Sink {
  hits: Int32Array;
  count: number;
  /** Keyword end offsets, only for callers that want them. */
  positions: number[] | undefined;
}

/**
 * Runs the automaton over buf[start, end) in windows (WasmDfa's loop, no calls back into JavaScript)
 * and turns what it found into (keyword id, line, line start) triples, plus keyword end offsets for
 * callers that want them. Returns the number of newlines in the range.
 */
function scanTables(tables: Tables, buf: Uint8Array, start: number, end: number, sink: Sink): number {
  const dfa = (tables.dfa ??= new WasmDfa(tables.classOf, tables.rows, tables.classes));
  const { outStart, outIds, maxOut } = tables;
  const { words, hitsAt } = dfa;
  const positions = sink.positions;
  let hits = sink.hits;
  let at = 0;
  dfa.reset(start);
  for (let from = start; from < end; from += DFA_WINDOW_BYTES) {
    const count = dfa.run(buf, from, Math.min(end, from + DFA_WINDOW_BYTES));
    for (let h = 0, w = hitsAt >> 2; h < count; h++, w += 4) {
      if (at + 3 * maxOut > hits.length) hits = grown(hits);
      const state = dfa.state(words[w]!);
      const line = words[w + 2]!;
      const lineStart = dfa.position(words[w + 3]!, from);
      for (let o = outStart[state]!, last = outStart[state + 1]!; o < last; o++) {
        hits[at] = outIds[o]!;
        hits[at + 1] = line;
        hits[at + 2] = lineStart;
        at += 3;
        if (positions) positions.push(dfa.position(words[w + 1]!, from));
      }
    }
  }
  sink.hits = hits;
  sink.count = at / 3;
  return dfa.lines;
}

function grown(hits: Int32Array): Int32Array {
  const bigger = new Int32Array(hits.length * 2);
  bigger.set(hits);
  return bigger;
}
