/**
 * The JSONPath subset captures and expectations use: `$`, `.name`, `['name']` / `["name"]`, `[0]`,
 * `[-1]` (from the end) and the wildcards `.*` / `[*]`. Filters, slices and `..` are refused with a
 * message rather than half-supported, so a path either means one thing or is an error at load.
 */

export type JsonPathSegment = { kind: 'member'; name: string } | { kind: 'index'; index: number } | { kind: 'wildcard' };

export class JsonPathError extends Error {}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$-]*/;

export function parseJsonPath(path: string): JsonPathSegment[] {
  if (!path.startsWith('$')) throw new JsonPathError(`JSONPath "${path}" must start with $`);
  const segments: JsonPathSegment[] = [];
  let i = 1;
  while (i < path.length) {
    const rest = path.slice(i);
    if (rest.startsWith('..')) throw new JsonPathError(`JSONPath "${path}": recursive descent (..) is not supported; spell out the path`);
    if (rest.startsWith('.*')) {
      segments.push({ kind: 'wildcard' });
      i += 2;
    } else if (rest.startsWith('.')) {
      const name = IDENTIFIER.exec(rest.slice(1));
      if (!name) throw new JsonPathError(`JSONPath "${path}": expected a name after "." at position ${i + 1}; use ['name'] for other characters`);
      segments.push({ kind: 'member', name: name[0] });
      i += 1 + name[0].length;
    } else if (rest.startsWith('[')) {
      const { segment, length } = parseBracket(path, i);
      segments.push(segment);
      i += length;
    } else {
      throw new JsonPathError(`JSONPath "${path}": unexpected "${rest[0]}" at position ${i + 1}`);
    }
  }
  return segments;
}

function parseBracket(path: string, start: number): { segment: JsonPathSegment; length: number } {
  const rest = path.slice(start);
  const wildcard = /^\[\s*\*\s*\]/.exec(rest);
  if (wildcard) return { segment: { kind: 'wildcard' }, length: wildcard[0].length };
  const index = /^\[\s*(-?\d+)\s*\]/.exec(rest);
  if (index) return { segment: { kind: 'index', index: Number(index[1]) }, length: index[0].length };
  const quote = /^\[\s*(['"])/.exec(rest);
  if (quote) {
    const q = quote[1]!;
    let name = '';
    let j = quote[0].length;
    while (j < rest.length && rest[j] !== q) {
      if (rest[j] === '\\' && j + 1 < rest.length) j += 1;
      name += rest[j];
      j += 1;
    }
    const close = /^\s*\]/.exec(rest.slice(j + 1));
    if (j >= rest.length || !close) throw new JsonPathError(`JSONPath "${path}": unclosed [${q} at position ${start + 1}`);
    return { segment: { kind: 'member', name }, length: j + 1 + close[0].length };
  }
  throw new JsonPathError(`JSONPath "${path}": only [n], ['name'] and [*] are supported at position ${start + 1}`);
}

/** Every value the path matches, in document order; none when a step of the path is missing. */
export function queryJsonPath(value: unknown, path: string | readonly JsonPathSegment[]): unknown[] {
  const segments = typeof path === 'string' ? parseJsonPath(path) : path;
  let current: unknown[] = [value];
  for (const segment of segments) {
    const next: unknown[] = [];
    for (const node of current) {
      if (segment.kind === 'member') {
        if (isRecord(node) && Object.hasOwn(node, segment.name)) next.push(node[segment.name]);
      } else if (segment.kind === 'index') {
        if (Array.isArray(node)) {
          const at = segment.index < 0 ? node.length + segment.index : segment.index;
          if (at >= 0 && at < node.length) next.push(node[at]);
        }
      } else if (Array.isArray(node)) {
        next.push(...node);
      } else if (isRecord(node)) {
        next.push(...Object.values(node));
      }
    }
    current = next;
  }
  return current;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
