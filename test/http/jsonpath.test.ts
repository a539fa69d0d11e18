import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { parseJsonPath, queryJsonPath } from '../../src/http/jsonpath.js';

const DOC = { token: 'abc', tasks: [{ id: '1', tags: ['a', 'b'] }, { id: '2', tags: [] }], 'odd key': { 'it\'s': 7 }, nothing: null };

describe('queryJsonPath', () => {
  test.each([
    ['$', [DOC]],
    ['$.token', ['abc']],
    ['$.tasks[0].id', ['1']],
    ['$.tasks[-1].id', ['2']],
    ['$.tasks[*].id', ['1', '2']],
    ['$.tasks.*.id', ['1', '2']],
    ["$['odd key']['it\\'s']", [7]],
    ['$["odd key"]', [{ 'it\'s': 7 }]],
    ['$.tasks[0].tags[1]', ['b']],
    ['$.nothing', [null]],
    ['$.missing', []],
    ['$.tasks[5].id', []],
    ['$.token.length', []],
    ['$.tasks.id', []],
  ])('%s', (path, expected) => {
    expect(queryJsonPath(DOC, path)).toEqual(expected);
  });

  test.each([
    ['token', 'JSONPath "token" must start with $'],
    ['$..id', 'JSONPath "$..id": recursive descent (..) is not supported; spell out the path'],
    ['$.', 'JSONPath "$.": expected a name after "." at position 2; use [\'name\'] for other characters'],
    ['$[?(@.id)]', 'JSONPath "$[?(@.id)]": only [n], [\'name\'] and [*] are supported at position 2'],
    ["$['open", 'JSONPath "$[\'open": unclosed [\' at position 2'],
    ['$ x', 'JSONPath "$ x": unexpected " " at position 2'],
  ])('%s is refused with a message', (path, message) => {
    expect(() => parseJsonPath(path)).toThrow(message);
  });

  test('inherited properties are not matched', () => {
    expect(queryJsonPath({}, '$.constructor')).toEqual([]);
    expect(queryJsonPath({ a: 1 }, '$.toString')).toEqual([]);
  });
});

/** A path to a value inside a JSON document, and the value itself, chosen by walking the document. */
function walk(doc: unknown, choices: number[], style: number[]): { path: string; value: unknown } {
  let path = '$';
  let node = doc;
  for (const [i, choice] of choices.entries()) {
    if (Array.isArray(node) && node.length > 0) {
      const index = choice % node.length;
      path += style[i]! % 2 ? `[${index}]` : `[${index - node.length}]`;
      node = node[index];
    } else if (node && typeof node === 'object' && Object.keys(node).length > 0) {
      const keys = Object.keys(node);
      const key = keys[choice % keys.length]!;
      path += /^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(key) && style[i]! % 2 ? `.${key}` : `['${key.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`;
      node = (node as Record<string, unknown>)[key];
    } else {
      break;
    }
  }
  return { path, value: node };
}

describe('queryJsonPath on random documents', () => {
  test('a path built by walking a document finds exactly the value it walked to', () => {
    fc.assert(fc.property(fc.jsonValue(), fc.array(fc.nat(), { maxLength: 6 }), fc.array(fc.nat(), { minLength: 6, maxLength: 6 }), (doc, choices, style) => {
      const { path, value } = walk(doc, choices, style);
      expect(queryJsonPath(doc, path)).toEqual([value]);
    }), { numRuns: 1000 });
  });

  test('a wildcard finds every child, in order', () => {
    fc.assert(fc.property(fc.oneof(fc.array(fc.jsonValue()), fc.dictionary(fc.string(), fc.jsonValue())), (doc) => {
      expect(queryJsonPath(doc, '$[*]')).toEqual(Array.isArray(doc) ? doc : Object.values(doc));
    }));
  });

  test('parsing never throws anything but a JsonPathError, and a parsed path never throws on any document', () => {
    fc.assert(fc.property(fc.string({ maxLength: 30 }).map((s) => `$${s}`), fc.jsonValue(), (path, doc) => {
      let segments;
      try {
        segments = parseJsonPath(path);
      } catch (error) {
        expect((error as Error).constructor.name).toBe('JsonPathError');
        return;
      }
      expect(Array.isArray(queryJsonPath(doc, segments))).toBe(true);
    }), { numRuns: 2000 });
  });
});
