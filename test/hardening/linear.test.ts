import { beforeAll, describe, expect, test } from '@jest/globals';
import { hostsIn } from '../../src/checks/env/rules/env-forbidden-value.js';
import { preparePsqlScript } from '../../src/checks/migrations/psql-script.js';
import { loadSqlParser, type SqlParser } from '../../src/checks/migrations/sql-parser.js';
import { ManifestError } from '../../src/manifest/errors.js';
import { parseManifest } from '../../src/manifest/load.js';
import { findTemplates, scanTemplates } from '../../src/manifest/templates.js';
import { compileUserRegex, linearEngineAvailable } from '../../src/user-regex.js';
import { cli, workspace } from './harness.js';

/**
 * Crafted inputs once took quadratic time or worse: 10 to 20 s for under 100 KB. Each class is fed
 * at two sizes 16 times apart, and the larger (up to about 1 MB) must cost less than 64 times the
 * smaller: linear work is about 16 times, quadratic 256. Times are the best of three runs, compared
 * with each other only, never with a clock threshold.
 */

const FACTOR = 16;

function bestOf3(run: () => unknown, reps: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    for (let r = 0; r < reps; r++) run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/**
 * How many times longer the large input took than the small one. The small one is repeated until a
 * measurement lasts 25 ms or more, so timer resolution and a stray pause weigh little; the large one
 * is repeated as often.
 */
function growth(make: (size: number) => () => unknown, small: number): number {
  const runSmall = make(small);
  runSmall();
  let reps = 1;
  while (bestOf3(runSmall, reps) < 25 && reps < 4096) reps *= 2;
  const a = bestOf3(runSmall, reps);
  const b = bestOf3(make(small * FACTOR), reps);
  return b / a;
}

let parser: SqlParser;
beforeAll(async () => {
  parser = await loadSqlParser();
});

describe('linear time on crafted input, up to about 1 MB', () => {
  test('env forbidden-value and localhost checks on a long value: letters, and letters with digits', () => {
    expect(growth((n) => () => hostsIn('a'.repeat(n)), 64_000)).toBeLessThan(FACTOR * 4);
    expect(growth((n) => () => hostsIn('a1'.repeat(n / 2)), 64_000)).toBeLessThan(FACTOR * 4);
    // Still finds what it should.
    expect(hostsIn(`${'a'.repeat(100)} postgres://u:p@db.internal:5432/x and 9http://h.example`)).toEqual(['db.internal', 'h.example']);
  });

  test('nested block comments before the SQL parser, and psql preparation of long lines', () => {
    const nested = (n: number) => `${'/*'.repeat(n / 4)}${'*/'.repeat(n / 4)}\nSELECT 1;\n`;
    // Each text is made once per size, outside the timed call: made inside, a 1 MB string per call
    // timed the allocator (large-object space, old-space collections) as much as the work.
    expect(growth((n) => { const text = nested(n); return () => parser.parse(text); }, 64_000)).toBeLessThan(FACTOR * 4);
    expect(growth((n) => { const text = nested(n); return () => parser.comments(text); }, 64_000)).toBeLessThan(FACTOR * 4);
    // The \set line makes the preparation walk the text (without a backslash or `stdin` it returns it as it is).
    const psql = (n: number) => {
      const text = `\\set v 1\nSELECT '${'a'.repeat(n)}';\n`;
      return () => preparePsqlScript(text);
    };
    expect(growth(psql, 64_000)).toBeLessThan(FACTOR * 4);
    // Blanking keeps the statement where it was, and an unterminated nested comment is still an error.
    const parsed = parser.parse(`/* a /* b */ c */\nDROP TABLE users;\n`);
    expect(parsed.statements.map((s) => [s.kind, s.line, s.column])).toEqual([['DropStmt', 2, 1]]);
    expect(parser.parse('SELECT 1;\n/* /* never closed */\n').error).toEqual({ message: 'unterminated /* comment', line: 2, column: 1 });
  });

  test('"{{ " repeated in the manifest, on one line and across lines', () => {
    // The input is built once per size, outside the timed function: building a 1 MB string is itself
    // linear, but its cost (allocation, flattening) swings with the machine's load and hid the scan's.
    expect(growth((n) => { const text = '{{ '.repeat(n / 3); return () => scanTemplates(text); }, 64_000)).toBeLessThan(FACTOR * 4);
    expect(growth((n) => { const text = `${'{{\n'.repeat(n / 3)}}}`; return () => scanTemplates(text); }, 64_000)).toBeLessThan(FACTOR * 4);
    expect(findTemplates('a {{ env.X }} {{{ y }}} {{\n}} {{ z }}').map((t) => t.whole)).toEqual(['{{ env.X }}', '{{{ y }}', '{{ z }}']);
  });

  test('thousands of unknown keys: located in linear time, and listed as the first 100 plus a count', () => {
    const manifest = (keys: number) => `version: 1\n${Array.from({ length: keys }, (_, i) => `k${String(i).padStart(12, '0')}x: 1`).join('\n')}\n`;
    const load = (keys: number) => () => { try { parseManifest(manifest(keys), 'm.yml'); } catch { /* expected */ } };
    expect(growth(load, 1_250)).toBeLessThan(FACTOR * 4);
    let problems: string[] = [];
    try {
      parseManifest(manifest(20_000), 'm.yml');
    } catch (error) {
      problems = (error as ManifestError).problems.map((p) => `${p.line ?? ''} ${p.message}`);
    }
    expect(problems).toHaveLength(101);
    expect(problems[0]).toMatch(/^2 unknown key "k000000000000x"; expected one of: version, /);
    expect(problems[100]).toBe(' and 19,900 more problems like these');
  });

  test('a duplicate key is still found, without yaml comparing every key with every other', () => {
    expect(() => parseManifest('version: 1\nenv: {}\nenv: {}\n', 'm.yml')).toThrow('m.yml:3:1: YAML: Map keys must be unique');
  });

  test('30,000 env variables through the CLI', async () => {
    const run = async (count: number) => {
      const names = Array.from({ length: count }, (_, i) => `VAR_${String(i).padStart(10, '0')}`);
      const ws = workspace({
        '.github/release-gate.yml': 'version: 1\nenvironments:\n  production: { url: "https://example.com", env-file: prod.env }\nenv:\n  declared-in: [.env.example]\n',
        '.env.example': names.map((n) => `${n}=`).join('\n'),
        'prod.env': names.map((n) => `${n}=x`).join('\n'),
      });
      try {
        const start = performance.now();
        const result = await cli(['env', '--format', 'json'], ws.dir);
        expect(result.code).toBe(0);
        return performance.now() - start;
      } finally {
        ws.remove();
      }
    };
    await run(1_875);
    const small = Math.min(await run(1_875), await run(1_875));
    const large = await run(30_000);
    expect(large / small).toBeLessThan(FACTOR * 4);
  });
});

describe('user-supplied regular expressions run in linear time, with a length cap', () => {
  test('the linear-time engine is there, and a catastrophic pattern answers at once', () => {
    expect(linearEngineAvailable()).toBe(true);
    // A backtracking engine needs about 2^40 steps for this.
    expect(compileUserRegex('^(a+)+$').test(`${'a'.repeat(40)}b`)).toBe(false);
    expect(compileUserRegex('^v\\d+$').test('v12')).toBe(true);
  });

  test('backreferences, lookarounds and patterns over 1000 characters are refused with the reason', () => {
    expect(() => compileUserRegex('(a)\\1')).toThrow('uses a backreference or a lookaround, which cannot run in linear time');
    expect(() => compileUserRegex('x'.repeat(1001))).toThrow('is 1001 characters long; a regular expression may have at most 1000');
    expect(() => compileUserRegex('(')).toThrow('Unterminated group');
  });

  test('through the CLI: env pattern (^(a+)+$ on a long value) finishes; a lookaround is a finding at the pattern; an overlong pattern is a manifest error', async () => {
    const ws = workspace({
      '.github/release-gate.yml': `version: 1
environments:
  production: { url: "https://example.com", env-file: prod.env }
env:
  vars:
    SLUG: { pattern: "(a+)+" }
    CODE: { pattern: "(?=x)x" }
`,
      'prod.env': `SLUG=${'a'.repeat(5000)}b\nCODE=x\n`,
    });
    try {
      const run = await cli(['env', '--format', 'json'], ws.dir);
      const findings = (JSON.parse(run.stdout) as { checks: { findings: { ruleId: string; line?: number; message: string }[] }[] }).checks[0]!.findings;
      expect(findings.map((f) => [f.ruleId, f.line, f.message])).toEqual([
        ['env-invalid-value', 7, 'the pattern for CODE is not a valid regular expression: it uses a backreference or a lookaround, which cannot run in linear time; rewrite it without them (release-gate runs every pattern of the manifest in linear time, so no value or response can make it hang), so its values were not checked against it'],
        ['env-invalid-value', 1, expect.stringMatching(/^SLUG in production does not match/)],
      ]);
    } finally {
      ws.remove();
    }
    expect(() => parseManifest(`version: 1\nenv:\n  vars:\n    X: { pattern: "${'a'.repeat(1001)}" }\n`, 'm.yml')).toThrow('env.vars.X.pattern must be at most 1000 characters long, got 1001');
  });
});
