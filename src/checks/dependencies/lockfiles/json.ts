import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { ReadProblem } from '../model.js';
import { LineIndex } from './lines.js';

/**
 * JSON lockfiles and manifests through jsonc-parser (the parser VS Code uses): unlike JSON.parse it
 * keeps every node's offset, so a package is reported on its own line, and a syntax error on its own.
 */
export interface JsonDocument {
  root: Node;
  value: unknown;
  lines: LineIndex;
  /** The line of the key of the property at this path (or of the value, for array items). */
  lineOf(path: (string | number)[]): number | undefined;
}

export function readJson(file: string, text: string): { doc?: JsonDocument; problem?: ReadProblem } {
  const errors: ParseError[] = [];
  const lines = new LineIndex(text);
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length || !root) {
    const first = errors[0];
    const offset = first?.offset ?? 0;
    return {
      problem: {
        file, line: lines.line(offset), column: lines.column(offset),
        message: `${file} is not valid JSON: ${first ? describeJsonError(printParseErrorCode(first.error)) : 'it is empty'}`,
      },
    };
  }
  const value: unknown = getNodeValue(root);
  return {
    doc: {
      root, value, lines,
      lineOf(path) {
        const node = findNodeAtLocation(root, path);
        if (!node) return undefined;
        const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
        return lines.line((key ?? node).offset);
      },
    },
  };
}

function describeJsonError(code: string): string {
  // "CommaExpected" → "comma expected"
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** Property keys and their lines, in document order, of the object at `path`. */
export function propertiesWithLines(doc: JsonDocument, path: (string | number)[]): { key: string; line: number; value: unknown }[] {
  const node = path.length ? findNodeAtLocation(doc.root, path) : doc.root;
  if (node?.type !== 'object') return [];
  const out: { key: string; line: number; value: unknown }[] = [];
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? [];
    if (key?.type !== 'string' || !value) continue;
    out.push({ key: String(key.value), line: doc.lines.line(key.offset), value: getNodeValue(value) });
  }
  return out;
}

/** Items of the array at `path` with the line where each starts. */
export function itemsWithLines(doc: JsonDocument, path: (string | number)[]): { line: number; value: unknown }[] {
  const node = findNodeAtLocation(doc.root, path);
  if (node?.type !== 'array') return [];
  return (node.children ?? []).map((item) => ({ line: doc.lines.line(item.offset), value: getNodeValue(item) }));
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
