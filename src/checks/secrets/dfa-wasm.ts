/**
 * The keyword automaton's hot loop as a small WebAssembly function, assembled here from its opcodes
 * (no toolchain, no binary in the repository). V8 compiles it before it first runs, so it needs no
 * warm-up, and it runs without the bounds and type checks of JavaScript's typed arrays: 2–3 times
 * the JavaScript loop's bytes per second on this machine, from the first byte on.
 *
 * Memory (32-bit byte addresses): the class of each byte × 4 (256 words) at CLASSES; the transition
 * table at DELTA, each entry the address of the next row, bit-inverted where a keyword ends there;
 * the hits of one window at `hits` (four words each: row address, input address, line, line start);
 * the window's bytes at `input`.
 */

import { cachedDataVersionTag, setFlagsFromString } from 'node:v8';

// The few WebAssembly types used here (the project's TypeScript lib has none).
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
  Memory: new (descriptor: { initial: number }) => { buffer: ArrayBuffer };
};

/** The most bytes one call scans; every byte can end at most one row, so the hits of a window fit. */
export const DFA_WINDOW_BYTES = 64 * 1024;
const CLASSES = 0;
const STATE = 1024;
const DELTA = 2048;
const HIT_BYTES = 16;

type Scan = (from: number, to: number, row: number, line: number, lineStart: number, hits: number) => number;

/** One automaton's tables in a WebAssembly memory of its own, and the loop that walks them. */
export class WasmDfa {
  /** The hits of the last window, as words: row address, input address, line, line start address. */
  readonly words: Int32Array;
  readonly hitsAt: number;
  private readonly bytes: Uint8Array;
  private readonly inputAt: number;
  private readonly scan: Scan;
  /** State between windows of one range: the row's address, newlines so far, where the line starts. */
  private row = DELTA;
  private line = 0;
  private lineStart = 0;

  /** `rows`: the transition table as rowAddresses gives it (a row per state, a column per class and one for the newline). */
  constructor(classOf: Uint8Array, rows: Int32Array, readonly classes: number) {
    this.hitsAt = DELTA + rows.length * 4;
    this.inputAt = this.hitsAt + DFA_WINDOW_BYTES * HIT_BYTES;
    const memory = new WebAssembly.Memory({ initial: Math.ceil((this.inputAt + DFA_WINDOW_BYTES) / 65536) });
    this.words = new Int32Array(memory.buffer);
    this.bytes = new Uint8Array(memory.buffer);
    for (let b = 0; b < 256; b++) this.words[CLASSES / 4 + b] = (b === NEWLINE ? classes : classOf[b]!) * 4;
    this.words.set(rows, DELTA / 4);
    this.scan = new WebAssembly.Instance(dfaModule(), { env: { mem: memory } }).exports.scan as Scan;
  }

  /** Starts a range at `start`: the automaton's first row, line 0. */
  reset(start: number): void {
    this.row = DELTA;
    this.line = 0;
    this.lineStart = start;
  }

  /**
   * Scans buf[from, to), at most DFA_WINDOW_BYTES, on from where the last window of the range
   * stopped; returns how many hits `words` holds from `hitsAt`. Hit positions and line starts are
   * input addresses: `position(address, from)` turns them back into offsets in buf.
   */
  run(buf: Uint8Array, from: number, to: number): number {
    this.bytes.set(buf.subarray(from, to), this.inputAt);
    const count = this.scan(this.inputAt, this.inputAt + (to - from), this.row, this.line, this.inputAt + (this.lineStart - from), this.hitsAt);
    this.row = this.words[STATE / 4]!;
    this.line = this.words[STATE / 4 + 1]!;
    this.lineStart = this.words[STATE / 4 + 2]! - this.inputAt + from;
    return count;
  }

  /** The offset in buf of an input address of the window that started at `from`. */
  position(address: number, from: number): number {
    return address - this.inputAt + from;
  }

  /** The automaton state (row number) of a hit's row address. */
  state(rowAddress: number): number {
    return ((rowAddress - DELTA) >> 2) / (this.classes + 1);
  }

  /** Newlines since reset. */
  get lines(): number {
    return this.line;
  }
}

const NEWLINE = 10;

/**
 * The transition table as the loop reads it. `delta` holds row offsets (state × classes + class),
 * negative (-offset - 1) where a keyword ends; here each state's row has a column more, the
 * newline's (which leads to the first row from every state: no keyword holds a newline, and a newline
 * ends any digit run), and each entry is the address of the next row, bit-inverted where a keyword
 * ends or on a newline: the loop tests one sign per byte for both.
 */
export function rowAddresses(delta: Int32Array, classes: number): Int32Array {
  const stride = classes + 1;
  const states = delta.length / classes;
  const rows = new Int32Array(states * stride);
  for (let s = 0; s < states; s++) {
    for (let c = 0; c < classes; c++) {
      const t = delta[s * classes + c]!;
      rows[s * stride + c] = t < 0 ? ~(DELTA + ((-t - 1) / classes) * stride * 4) : DELTA + (t / classes) * stride * 4;
    }
    rows[s * stride + classes] = ~DELTA;
  }
  return rows;
}

/** rowAddresses undone: the row offsets, negative (-offset - 1) where a keyword ends. */
export function rowOffsets(rows: Int32Array, classes: number): Int32Array {
  const stride = classes + 1;
  const states = rows.length / stride;
  const delta = new Int32Array(states * classes);
  for (let s = 0; s < states; s++) {
    for (let c = 0; c < classes; c++) {
      const a = rows[s * stride + c]!;
      delta[s * classes + c] = a < 0 ? -(((~a - DELTA) / 4 / stride) * classes) - 1 : ((a - DELTA) / 4 / stride) * classes;
    }
  }
  return delta;
}

let compiled: object | undefined;

/** Compiled once per thread (a few hundred bytes: microseconds). */
function dfaModule(): object {
  return (compiled ??= compileOptimized(dfaBytes()));
}

/**
 * Compiles the module with V8's optimizing compiler (TurboFan) at once. By default V8 compiles a
 * function when it is first called, with its baseline compiler (Liftoff), and recompiles it with
 * TurboFan once it runs hot; and where the migrations check has turned that tier-up off for the whole
 * process (src/checks/migrations/sql-parser.ts), the loop would stay on Liftoff for good. The loop is
 * all a scan does, and these few hundred bytes compile in microseconds. Counted by callgrind over
 * 16 MB of the deploy log in one process: 1.46 G instructions by default, 1.58 G with the migrations
 * flags, 1.27 G compiled this way with or without them. The flags go back to what they were at once.
 */
export function compileOptimized(bytes: Uint8Array): object {
  const before = cachedDataVersionTag();
  let set = false;
  try {
    setFlagsFromString('--no-liftoff --no-wasm-lazy-compilation');
    set = true;
  } catch {
    // A Node without these flags compiles as it always did.
  }
  try {
    return new WebAssembly.Module(bytes);
  } finally {
    if (set) restoreFlags(before);
  }
}

/**
 * Sets back the two flags, and `--wasm-dynamic-tiering`, which `--no-liftoff` turned off with it,
 * if it was on: the flags' hash (the code cache's version tag) is then what it was before. Left off,
 * the bundle's chunks, compiled under the first tag, were never written to the code cache by a run
 * that built an automaton. Whether it was on is read from the tag: the migrations check turns it off.
 */
function restoreFlags(tag: number): void {
  setFlagsFromString('--liftoff --wasm-lazy-compilation');
  if (cachedDataVersionTag() === tag) return;
  setFlagsFromString('--wasm-dynamic-tiering');
  if (cachedDataVersionTag() !== tag) setFlagsFromString('--no-wasm-dynamic-tiering');
}

const I32 = 0x7f;
const uleb = (n: number): number[] => {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
};
const sleb = (n: number): number[] => {
  const out: number[] = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (b & 0x40) === 0) || (n === -1 && (b & 0x40) !== 0)) return [...out, b];
    out.push(b | 0x80);
  }
};
const vec = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()];
const section = (id: number, body: number[]): number[] => [id, ...uleb(body.length), ...body];
const name = (s: string): number[] => [...uleb(s.length), ...Buffer.from(s, 'latin1')];

/**
 * scan(p, end, row, line, lineStart, hits) → hit count. Locals: 0 p, 1 end, 2 row, 3 line,
 * 4 lineStart, 5 hits (where the hits start), 6 the byte, 7 where the next hit goes.
 *
 *   while (p + 4 <= end) { step(0); step(1); step(2); step(3); p += 4 }
 *   while (p < end) { step(0); p++ }
 *   mem32[STATE..] = row, line, lineStart; return (h - hits) / 16
 *
 * step(k), for the byte at p + k:
 *   b = mem8[p + k]
 *   row = mem32[row + mem32[CLASSES + b * 4]]
 *   if (row < 0) {
 *     row = ~row
 *     if (b == 10) { line++; lineStart = p + k + 1 }
 *     else { store (row, p + k, line, lineStart) at h; h += 16 }
 *   }
 * One test of the sign per byte, for keywords and newlines both (rowAddresses marks the newline's
 * column), and one test of the end per four bytes.
 */
export function dfaBytes(): Uint8Array {
  const get = (i: number) => [0x20, i];
  const set = (i: number) => [0x21, i];
  const tee = (i: number) => [0x22, i];
  const constant = (n: number) => [0x41, ...sleb(n)];
  const load = (offset: number) => [0x28, 2, ...uleb(offset)];
  const load8 = (offset: number) => [0x2d, 0, ...uleb(offset)];
  const store = (offset: number) => [0x36, 2, ...uleb(offset)];
  const [add, sub, xor, shl, shrU, eq, geU, gtU, ltS] = [[0x6a], [0x6b], [0x73], [0x74], [0x76], [0x46], [0x4f], [0x4b], [0x48]];
  const [block, loop, ifThen, orElse, end] = [[0x02, 0x40], [0x03, 0x40], [0x04, 0x40], [0x05], [0x0b]];
  const br = (depth: number) => [0x0c, depth];
  const brIf = (depth: number) => [0x0d, depth];
  const plus = (k: number) => (k === 0 ? [] : [...constant(k), ...add]);
  const step = (k: number) => [
    ...get(2), ...get(0), ...load8(k), ...tee(6), ...constant(2), ...shl, ...load(CLASSES), ...add, ...load(0), ...tee(2),
    ...constant(0), ...ltS, ...ifThen,
    ...get(2), ...constant(-1), ...xor, ...set(2),
    ...get(6), ...constant(NEWLINE), ...eq, ...ifThen,
    ...get(3), ...constant(1), ...add, ...set(3),
    ...get(0), ...constant(k + 1), ...add, ...set(4),
    ...orElse,
    ...get(7), ...get(2), ...store(0),
    ...get(7), ...get(0), ...plus(k), ...store(4),
    ...get(7), ...get(3), ...store(8),
    ...get(7), ...get(4), ...store(12),
    ...get(7), ...constant(HIT_BYTES), ...add, ...set(7),
    ...end,
    ...end,
  ];
  const body = [
    ...get(5), ...set(7),
    ...block, ...loop,
    ...get(0), ...constant(4), ...add, ...get(1), ...gtU, ...brIf(1),
    ...step(0), ...step(1), ...step(2), ...step(3),
    ...get(0), ...constant(4), ...add, ...set(0),
    ...br(0),
    ...end, ...end,
    ...block, ...loop,
    ...get(0), ...get(1), ...geU, ...brIf(1),
    ...step(0),
    ...get(0), ...constant(1), ...add, ...set(0),
    ...br(0),
    ...end, ...end,
    ...constant(0), ...get(2), ...store(STATE),
    ...constant(0), ...get(3), ...store(STATE + 4),
    ...constant(0), ...get(4), ...store(STATE + 8),
    ...get(7), ...get(5), ...sub, ...constant(4), ...shrU,
    ...end,
  ];
  const code = [...vec([[2, I32]]), ...body];
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vec([[0x60, ...vec([[I32], [I32], [I32], [I32], [I32], [I32]]), ...vec([[I32]])]])),
    ...section(2, vec([[...name('env'), ...name('mem'), 0x02, 0x00, 0x01]])),
    ...section(3, vec([[0]])),
    ...section(7, vec([[...name('scan'), 0x00, 0x00]])),
    ...section(10, vec([[...uleb(code.length), ...code]])),
  ]);
}
