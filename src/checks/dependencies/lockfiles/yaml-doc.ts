import { isMap, isScalar, LineCounter, parseDocument, type Document, type YAMLMap } from 'yaml';
import type { ReadProblem } from '../model.js';

/** A YAML document (pnpm-lock.yaml, yarn berry's yarn.lock) with the line of every map key. */
export interface YamlLockDocument {
  doc: Document;
  /** Keys of the map at `path` with their lines and plain values. */
  entries(path: string[]): { key: string; line: number; value: unknown }[];
}

export function readYaml(file: string, text: string, what: string): { doc?: YamlLockDocument; problem?: ReadProblem } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: false });
  const error = doc.errors[0];
  if (error) {
    const pos = error.linePos?.[0];
    return { problem: { file, line: pos?.line ?? 1, column: pos?.col, message: `${file} is not a valid ${what}: ${error.message.split('\n')[0]}` } };
  }
  return {
    doc: {
      doc,
      entries(path) {
        const node = path.length ? doc.getIn(path, true) : doc.contents;
        if (!isMap(node)) return [];
        const out: { key: string; line: number; value: unknown }[] = [];
        for (const pair of (node as YAMLMap).items) {
          const key = isScalar(pair.key) ? pair.key : undefined;
          if (!key || key.range === undefined || key.range === null) continue;
          const value = pair.value && typeof (pair.value as { toJSON?: unknown }).toJSON === 'function'
            ? (pair.value as { toJSON(): unknown }).toJSON()
            : isScalar(pair.value) ? pair.value.value : pair.value;
          out.push({ key: String(key.value), line: counter.linePos(key.range[0]).line, value });
        }
        return out;
      },
    },
  };
}
