import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync, inflateSync } from 'node:zlib';

/**
 * The keyword automata, built when the bundle is built (scripts/build.mjs writes AUTOMATA_PACK_FILE
 * beside the bundle), so that a run reads its tables instead of building them: building one took
 * 40-150 ms of CPU in every thread of every run (the trie, the failure links, the digit-run product
 * and the WebAssembly layout, all in code the JIT has not compiled yet). Each table is found by the
 * exact list of keywords it was built from (and the digit-run parameters), so a pack from another
 * build, or none (the tests run the sources), only means the tables are built as before.
 */

/** A built automaton, as KeywordMatcher keeps it (prefilter.ts). */
export interface PackedTables {
  classOf: Uint8Array;
  /** The transition table in the layout the WebAssembly loop reads (dfa-wasm.ts rowAddresses). */
  rows: Int32Array;
  classes: number;
  outStart: Int32Array;
  outIds: Int32Array;
  maxOut: number;
}

/** The file beside the bundle's index.js. */
export const AUTOMATA_PACK_FILE = 'secrets-automata.bin';
const MAGIC = 'release-gate keyword automata 1\n';

interface Header {
  key: string;
  classes: number;
  maxOut: number;
  /** Byte offsets and lengths (in elements) of classOf, rows, outStart, outIds in the body. */
  at: [number, number, number, number];
  length: [number, number, number, number];
}

/** The tables, one after another (each at a multiple of 4 bytes), after a JSON header; deflated. */
export function encodePack(entries: readonly { key: string; tables: PackedTables }[]): Buffer {
  const headers: Header[] = [];
  const parts: Buffer[] = [];
  let offset = 0;
  for (const { key, tables } of entries) {
    const arrays = [tables.classOf, tables.rows, tables.outStart, tables.outIds];
    const at: number[] = [];
    for (const array of arrays) {
      at.push(offset);
      const bytes = Buffer.from(array.buffer, array.byteOffset, array.byteLength);
      const padded = Buffer.alloc(Math.ceil(bytes.length / 4) * 4);
      bytes.copy(padded);
      parts.push(padded);
      offset += padded.length;
    }
    headers.push({ key, classes: tables.classes, maxOut: tables.maxOut, at: at as Header['at'], length: arrays.map((a) => a.length) as Header['length'] });
  }
  const header = Buffer.from(JSON.stringify(headers));
  const lengthField = Buffer.alloc(4);
  lengthField.writeUInt32LE(header.length);
  return deflateSync(Buffer.concat([Buffer.from(MAGIC), lengthField, header, ...parts]), { level: 9 });
}

/** The tables of a pack by key; an empty map for bytes that are not one. */
export function decodePack(packed: Uint8Array): Map<string, PackedTables> {
  const found = new Map<string, PackedTables>();
  let raw: Buffer;
  try {
    raw = inflateSync(packed);
  } catch {
    return found;
  }
  if (raw.length < MAGIC.length + 4 || raw.toString('latin1', 0, MAGIC.length) !== MAGIC) return found;
  const headerLength = raw.readUInt32LE(MAGIC.length);
  const headerAt = MAGIC.length + 4;
  let headers: Header[];
  try {
    headers = JSON.parse(raw.toString('utf8', headerAt, headerAt + headerLength)) as Header[];
  } catch {
    return found;
  }
  // The typed arrays are views of one aligned copy of the body.
  const bodyAt = headerAt + headerLength;
  const body = new Uint8Array(raw.length - bodyAt);
  body.set(raw.subarray(bodyAt));
  const view = <T>(make: new (buffer: ArrayBuffer, at: number, length: number) => T, at: number, length: number, bytes: number): T | undefined =>
    at % 4 === 0 && at + length * bytes <= body.length ? new make(body.buffer, at, length) : undefined;
  for (const h of headers) {
    const classOf = view(Uint8Array, h.at[0], h.length[0], 1);
    const rows = view(Int32Array, h.at[1], h.length[1], 4);
    const outStart = view(Int32Array, h.at[2], h.length[2], 4);
    const outIds = view(Int32Array, h.at[3], h.length[3], 4);
    if (!classOf || !rows || !outStart || !outIds || classOf.length !== 256) continue;
    found.set(h.key, { classOf, rows, classes: h.classes, outStart, outIds, maxOut: h.maxOut });
  }
  return found;
}

/** The pack of this thread: read on first use; null when there is none. */
let pack: Map<string, PackedTables> | null | undefined;

/** The packed tables built from this key (KeywordMatcher's), if the bundle's pack has them. */
export function packedTables(key: string): PackedTables | undefined {
  if (pack === undefined) pack = readPack();
  return pack?.get(key);
}

/**
 * Replaces the pack this thread reads tables from (null: none, build every automaton; undefined: the
 * bundle's, read on next use); for tests and the build.
 */
export function useAutomataPack(tables: Map<string, PackedTables> | null | undefined): void {
  pack = tables;
}

/** The bundle's pack; none when the sources run (the tests), or when it cannot be read. */
function readPack(): Map<string, PackedTables> | null {
  // The bundle's folder (src/dirname-shim.ts); unset when the tests run the sources.
  const bundle = (globalThis as { __dirname?: string }).__dirname;
  if (!bundle) return null;
  try {
    return decodePack(readFileSync(join(bundle, AUTOMATA_PACK_FILE)));
  } catch {
    return null;
  }
}
