import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readLines, readLinesHolding } from '../../src/baseline/suppressions.js';

/** readLines gives the lines a whole read and split would, without holding the file. */

const dir = mkdtempSync(join(tmpdir(), 'rg-read-lines-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const split = (path: string) => readFileSync(path, 'utf8').split(/\r?\n/);

describe('readLines', () => {
  const long = 'x'.repeat(1024 * 1024 + 17);
  const cases: [string, string | Buffer][] = [
    ['LF', 'one\ntwo\nthree\n'],
    ['CRLF', 'one\r\ntwo\r\nthree'],
    ['a last line without a newline, ending in CR', 'one\ntwo\r'],
    ['a byte order mark', '\ufeff-- release-gate-ignore env-unused: why\nSECRET=1\n'],
    ['lines longer than a chunk', `a\n${long}\nb\n${long}c\n`],
    ['multi-byte characters across a chunk edge', `${'é'.repeat(600_000)}\nü\n`],
    ['an empty file', ''],
  ];

  test.each(cases)('%s: every line as split gives it', (name, content) => {
    const path = file(name.replace(/\W+/g, '-'), content);
    const expected = split(path);
    const wanted = new Set(expected.map((_, i) => i + 1));
    const got = readLines(path, wanted)!;
    expect([...got.keys()]).toEqual([...wanted]);
    expect([...got.values()]).toEqual(expected);
  });

  test('only the wanted lines, none past the end', () => {
    const path = file('some.txt', 'a\nb\nc\nd\n');
    expect(readLines(path, new Set([2, 4, 9]))).toEqual(new Map([[2, 'b'], [4, 'd']]));
  });

  test('a file that cannot be read', () => {
    expect(readLines(join(dir, 'missing.txt'), new Set([1]))).toBeUndefined();
  });
});

describe('readLinesHolding', () => {
  const MARKER = 'release-gate-ignore';

  test('a file without the marker anywhere: every wanted line comes back empty, unread', () => {
    const path = file('no-marker.log', 'one\nrelease-gate-ignor\nthree\n');
    expect(readLinesHolding(path, new Set([1, 2, 7]), MARKER)).toEqual(new Map([[1, ''], [2, ''], [7, '']]));
  });

  test('a file with the marker: the lines as readLines gives them', () => {
    const path = file('marker.log', 'a\nb # release-gate-ignore secrets-x: why\nc\n');
    expect(readLinesHolding(path, new Set([1, 2, 3]), MARKER)).toEqual(readLines(path, new Set([1, 2, 3])));
    expect(readLinesHolding(path, new Set([2]), MARKER)).toEqual(new Map([[2, 'b # release-gate-ignore secrets-x: why']]));
  });

  test('a marker across the edge of two 1 MB reads is found', () => {
    const content = Buffer.alloc(2 * 1024 * 1024, 'x');
    content.write('\n# release-gate-ignore env-unused: why\n', 1024 * 1024 - 10, 'latin1');
    const path = file('edge.log', content);
    const line = readLinesHolding(path, new Set([2]), MARKER)!.get(2)!;
    expect(line).toBe('# release-gate-ignore env-unused: why');
  });

  test('a file that cannot be read', () => {
    expect(readLinesHolding(join(dir, 'missing.log'), new Set([1]), MARKER)).toBeUndefined();
  });
});
