import { describe, expect, test } from '@jest/globals';
import { MAX_EXPANDED_CHARS, parseDotenv } from '../../../src/checks/env/dotenv-parser.js';

const values = (source: string) => Object.fromEntries(parseDotenv(source).entries.map((e) => [e.key, e.value]));

describe('parseDotenv reads what dotenv loaders read', () => {
  test.each([
    ['plain', 'A=1\n', { A: '1' }],
    ['export prefix', 'export A=1\nexport  B="2"\n', { A: '1', B: '2' }],
    ['a key named export', 'export=1\n', { export: '1' }],
    ['empty values', 'A=\nB=""\nC=\'\'\n', { A: '', B: '', C: '' }],
    ['unquoted values are trimmed and stop at " #"', 'A=  x y  # note\nB=pa#ss\nC=#only-comment\n', { A: 'x y', B: 'pa#ss', C: '' }],
    ['double quotes expand \\n and keep #', 'A="a\\nb # not a comment"\n', { A: 'a\nb # not a comment' }],
    ['single quotes are literal', "A='a\\nb ${X}'\n", { A: 'a\\nb ${X}' }],
    ['backticks', 'A=`it\'s "x"`\n', { A: 'it\'s "x"' }],
    ['escaped quote inside double quotes', 'A="say \\"hi\\""\n', { A: 'say "hi"' }],
    ['multi-line double quoted value', 'KEY="-----BEGIN-----\nabc\n-----END-----"\nNEXT=1\n', { KEY: '-----BEGIN-----\nabc\n-----END-----', NEXT: '1' }],
    ['CRLF line endings', 'A=1\r\nB="x"\r\nC="two\r\nlines"\r\n', { A: '1', B: 'x', C: 'two\nlines' }],
    ['a BOM is not part of the first key', '\uFEFFA=1\n', { A: '1' }],
    ['${NAME} expands from earlier keys; ${NAME:-default} falls back', 'HOST=db\nURL=pg://${HOST}/x\nPORT=${P:-5432}\n', { HOST: 'db', URL: 'pg://db/x', PORT: '5432' }],
    ['the last of duplicate keys is kept in the entry list order', 'A=1\nA=2\n', { A: '2' }],
  ])('%s', (_, source, expected) => {
    expect(values(source)).toEqual(expected);
  });

  test('entries remember where the key and the value stand', () => {
    const [a, b] = parseDotenv('# c\n  export API = "x\ny"\nB=\n').entries;
    expect(a).toMatchObject({ key: 'API', line: 2, column: 10, valueLine: 2, valueColumn: 16, endLine: 3, quote: '"', exported: true, spaceAroundEquals: 13, leading: { column: 1, text: '  ' } });
    expect(b).toMatchObject({ key: 'B', line: 4, column: 1, valueLine: 4, valueColumn: 3, endLine: 4 });
  });

  test('an unresolved ${NAME} is flagged, not guessed', () => {
    expect(parseDotenv('URL=${BASE}/api\n').entries[0]).toMatchObject({ value: '${BASE}/api', unresolved: true });
  });
});

describe('parseDotenv on malformed input reports lines and never throws', () => {
  test('binary: one problem at the NUL byte, no entries', () => {
    const parsed = parseDotenv('A=1\nB=\0\n');
    expect(parsed).toMatchObject({ binary: true, entries: [] });
    expect(parsed.invalid).toEqual([{ line: 2, column: 3, reason: expect.stringContaining('binary') }]);
  });

  test('an unterminated quote is reported where it opens, and later lines still parse', () => {
    const parsed = parseDotenv('A="open\nB=2\nC="x" junk\n');
    expect(parsed.invalid).toEqual([
      { line: 1, column: 3, reason: 'the double quote that opens this value is never closed' },
      { line: 3, column: 7, reason: 'the line has text after the closing quote; quote the whole value' },
    ]);
    expect(parsed.entries.map((e) => [e.key, e.value])).toEqual([['A', 'open'], ['B', '2'], ['C', 'x']]);
  });

  test('a quote closed mid-line several lines later does not swallow the file', () => {
    const parsed = parseDotenv('A="never closed\nB=1\nC="x"y\nD=4\n');
    expect(parsed.invalid[0]).toEqual({ line: 1, column: 3, reason: expect.stringContaining('never closed') });
    expect(parsed.entries.map((e) => e.key)).toEqual(['A', 'B', 'C', 'D']);
  });

  test('lines that are not assignments', () => {
    const parsed = parseDotenv('JUST_A_NAME\nexport ONLY\n= value\nTWO WORDS=1\nBAD$NAME=1\n');
    expect(parsed.invalid.map((p) => [p.line, p.column])).toEqual([[1, 1], [2, 1], [3, 1], [4, 5], [5, 1]]);
    expect(parsed.entries).toEqual([]);
  });

  test('the missing final newline is noticed; an empty file is fine', () => {
    expect(parseDotenv('A=1').missingFinalNewline).toBe(true);
    expect(parseDotenv('A=1\n').missingFinalNewline).toBe(false);
    expect(parseDotenv('')).toMatchObject({ entries: [], invalid: [], missingFinalNewline: false });
  });

  test('no problem ever quotes the line: it may hold a secret', () => {
    const secret = 'ghp_abcdefghijklmnopqrstuvwxyz0123456789';
    const parsed = parseDotenv(`${secret}\nX="${secret}\n${secret} =\n`);
    expect(parsed.invalid.length).toBeGreaterThan(0);
    for (const p of parsed.invalid) expect(p.reason).not.toContain(secret.slice(0, 8));
  });
});

describe('expansion bombs', () => {
  test('a chain of ${A}${A}… lines stops growing at the cap: the value stays unresolved instead', () => {
    const lines = ['L0=' + 'x'.repeat(1000)];
    for (let i = 1; i <= 30; i++) lines.push(`L${i}=\${L${i - 1}}\${L${i - 1}}\${L${i - 1}}`);
    const parsed = parseDotenv(`${lines.join('\n')}\n`);
    const longest = Math.max(...parsed.entries.map((e) => e.value.length));
    expect(longest).toBeLessThanOrEqual(MAX_EXPANDED_CHARS);
    expect(parsed.entries.find((e) => e.key === 'L30')!.unresolved).toBe(true);
    expect(parsed.entries.find((e) => e.key === 'L3')).toMatchObject({ value: 'x'.repeat(27_000), unresolved: false });
  });
});
