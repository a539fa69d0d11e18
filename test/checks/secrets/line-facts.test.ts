import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_FACTS, AT, EMAIL, EQUALS, lineFacts, LineFactsReader, PHONE, QUERY, QUOTE, SCHEME_SPACE, SECRET_FIELD, SECRET_NAME, SEMICOLON, XML_CLOSE } from '../../../src/checks/secrets/line-facts.js';
import type { SecretRule, TextKind } from '../../../src/checks/secrets/rule.js';
import { unsafeTemplate } from '../../../src/checks/secrets/rule-docs.js';
import { SECRET_RULES } from '../../../src/checks/secrets/rules/index.js';
import { SecretScanner } from '../../../src/checks/secrets/scanner.js';
import { NOW } from './helpers.js';
import { expandForm, seeded } from './synthesize.js';

/**
 * A rule's `admits` lets the scanner skip a line without decoding it, so it must hold wherever the
 * rule finds something: tested here on every line of this folder's tests (their tables are full of
 * secrets in every shape), every rule's documented example, and the edge cases of each fact.
 */

const facts = (line: string, wanted = ALL_FACTS) => {
  const bytes = Buffer.from(line, 'utf8');
  return lineFacts(bytes, 0, bytes.length, wanted);
};

describe('lineFacts', () => {
  test.each([
    ['2026-01-15T10:00:00.000Z INFO  worker job=report-queue attempt=1 status=ok token_type=Bearer', EQUALS],
    ['INFO POST /api/login body={"email":"ops@example.com","password":"hunter22"}', QUOTE | SECRET_NAME | SECRET_FIELD | AT | EMAIL | EQUALS],
    ['DEBUG headers: authorization="Bearer abcdefgh12345678"', QUOTE | SCHEME_SPACE | EQUALS],
    ['Authorization: Token\u00a0abcdefgh12345678', SCHEME_SPACE | SECRET_NAME],
    ['DB_PASSWORD2=Xy7-kq_88', SECRET_NAME | SECRET_FIELD | EQUALS],
    ['<api_key>abc</api_key>', XML_CLOSE | SECRET_NAME],
    ['npm warn deprecated session-queue@2.0.5: leaks memory; actions/checkout@v4', AT | SEMICOLON],
    ['fetch --depth=1 origin +52ff920e7eff6af7a4726143474e7d3d80617f9d:refs/remotes/origin/main', EQUALS],
    ['sms sent to +44 20 7946 0958', PHONE],
    ['"phone_number" : 0207946', QUOTE | PHONE],
    ['GET /export?format=csv&sig=abc', QUERY | EQUALS],
    ['', 0],
  ])('%j', (line, expected) => {
    expect(facts(line)).toBe(expected);
  });

  test('looks only for the facts it is asked for', () => {
    const line = 'INFO POST /api/login body={"email":"ops@example.com","password":"hunter22"}';
    expect(facts(line, EMAIL | SCHEME_SPACE)).toBe(EMAIL);
    expect(facts(line, SECRET_FIELD)).toBe(SECRET_FIELD);
  });

  test('reads only the bytes it is given (a line inside a larger buffer)', () => {
    const bytes = Buffer.from('x"password"=1\nplain line\nkey="v"', 'utf8');
    expect(lineFacts(bytes, 14, 24, ALL_FACTS)).toBe(0);
    expect(lineFacts(bytes, 25, bytes.length, ALL_FACTS)).toBe(QUOTE | SECRET_NAME | SECRET_FIELD | EQUALS);
  });
});

const random = seeded(4242);
const here = join(process.cwd(), 'test/checks/secrets');
const corpus = new Set<string>();
for (const file of readdirSync(here).filter((f) => f.endsWith('.ts'))) {
  for (const line of readFileSync(join(here, file), 'utf8').split('\n')) {
    corpus.add(line);
    // The same line as a log or config would hold it: without the code around the string, in another case, with CRLF.
    const literal = /['"`](.*)['"`]/.exec(line)?.[1];
    if (literal) { corpus.add(literal); corpus.add(literal.toUpperCase()); corpus.add(`${literal}\r`); corpus.add(`\ufeff${literal}`); }
  }
}
for (const rule of SECRET_RULES) {
  try {
    corpus.add(unsafeTemplate(rule).replace('{secret}', expandForm(rule.docs.form, random)));
  } catch { /* a form only providers.test.ts can fill */ }
}
for (const line of [
  'DEBUG request: {"authorization":"Bearer\u00a0Zx81nq0pLm4Rt7Vw2Yb6Ck9D"}', 'Authorization: Token\u2003Zx81nq0pLm4Rt7Vw2Yb6Ck9D',
  'password2=Xk81nq0pLm4R', 'body={"client_secret"  :  "Xk81nq0pLm4RXk81nq0pLm4R"}', '<token_1>Xk81nq0pLm4RXk81nq0pLm4RXk81</token_1>',
  'tel\u00a0: +44 20 7946 0958', 'mobile="020 7946 0958"', 'contact: ops.lead+oncall@acme-corp.io', 'CELL=+1 (415) 555-0199',
  'DATABASE_URL=postgres://app:Xk81nq0pLm4R@db.prod.acme.io:5432/app', 'Server=sql.prod.acme.io;Database=ops;User ID=app;Password=Xk81nq0pLm4R;', 'https://deploy:Xk81nq0pLm4R@git.acme.io/ops.git',
  'GET /cb?code_verifier=Xk81nq0pLm4RXk81nq0pLm4R&state=1', 'set-cookie: sid=Xk81nq0pLm4RXk81nq0pLm4R; Path=/',
]) corpus.add(line);

describe('LineFactsReader', () => {
  // It keeps where each byte it looks for occurs next, so a buffer's lines can be read in order with
  // one search per occurrence; asked out of order, or for another buffer, it must not reuse that.
  const lines = [...corpus].filter((line) => !line.includes('\n')).slice(0, 400);
  const bytes = Buffer.from(lines.join('\n'), 'utf8');
  const spans: [number, number][] = [];
  for (let at = 0, i = 0; i < lines.length; i++) {
    const length = Buffer.byteLength(lines[i]!, 'utf8');
    spans.push([at, at + length]);
    at += length + 1;
  }
  const alone = lines.map((line) => facts(line));

  test.each([
    ['in order', spans.map((_, i) => i)],
    ['backwards', spans.map((_, i) => spans.length - 1 - i)],
    ['every seventh, then the rest', [...spans.keys()].sort((a, b) => (a % 7) - (b % 7) || a - b)],
  ])('gives each line of one buffer the facts it has alone, asked %s', (_order, order) => {
    expect(alone.filter((f) => f !== 0).length).toBeGreaterThan(100);
    const reader = new LineFactsReader();
    reader.reset(bytes);
    const got = new Array<number>(lines.length);
    for (const i of order) got[i] = reader.facts(spans[i]![0], spans[i]![1], ALL_FACTS);
    expect(got).toEqual(alone);
  });

  test('forgets a buffer on reset, even the same buffer changed', () => {
    const reader = new LineFactsReader();
    const buffer = Buffer.from('a="x" b@example.io\nplain', 'utf8');
    reader.reset(buffer);
    expect(reader.facts(0, 18, ALL_FACTS)).toBe(QUOTE | AT | EMAIL | EQUALS);
    buffer.write('a x  b example.io\nplain');
    reader.reset(buffer);
    expect(reader.facts(0, 18, ALL_FACTS)).toBe(0);
    reader.reset(Buffer.from('password="x"', 'utf8'));
    expect(reader.facts(0, 12, ALL_FACTS)).toBe(QUOTE | SECRET_NAME | SECRET_FIELD | EQUALS);
  });
});

const KINDS: TextKind[] = ['code', 'config', 'docs', 'log'];
const withTests = SECRET_RULES.filter((rule): rule is SecretRule & Required<Pick<SecretRule, 'admits'>> => rule.admits !== undefined);

describe('every rule’s admits holds wherever the rule finds something', () => {
  test.each(withTests.map((rule) => [rule.meta.id, rule] as const))('%s', (_id, rule) => {
    let found = 0;
    const refused: string[] = [];
    for (const line of corpus) {
      const lineFacts = facts(line, rule.admits.facts);
      for (const kind of KINDS) {
        let candidates;
        try {
          candidates = rule.find(line.replace(/^\ufeff|\r$/g, ''), { file: 'f', kind, testFile: false, context: 'code', now: NOW });
        } catch {
          continue;
        }
        if (candidates.length === 0) continue;
        found++;
        // Only the rule id and the line number in the corpus are shown, never the line itself.
        if (!rule.admits.test(lineFacts, kind)) refused.push(`${kind} #${[...corpus].indexOf(line)}`);
      }
    }
    expect(refused).toEqual([]);
    expect(found).toBeGreaterThan(0); // the corpus exercises the rule
  });
});

describe('the scanner skips lines no triggered rule admits', () => {
  test('a log line with `token_type=Bearer` runs none of the rules its keywords trigger; a line with a field does', () => {
    const calls = new Map<string, number>();
    const counted = SECRET_RULES.map((rule) => ({ ...rule, find: (line: string, context: Parameters<SecretRule['find']>[1]) => {
      calls.set(rule.meta.id, (calls.get(rule.meta.id) ?? 0) + 1);
      return rule.find(line, context);
    } }));
    const scanner = new SecretScanner(counted);
    const target = { file: 'app.log', kind: 'log' as const, now: NOW };
    scanner.scanText('2026-01-15T10:00:00.000Z INFO  worker job=report-queue attempt=1 status=ok token_type=Bearer\n'.repeat(3), target);
    scanner.scanText('2026-01-15T10:00:00.000Z INFO  http GET /api/tasks/12 200 8ms\n', target);
    expect(Object.fromEntries(calls)).toEqual({});
    const hits = scanner.scanText('2026-01-15T10:00:00.000Z INFO  worker status=ok token=Xk81nq0pLm4RXk81nq0pLm4R token_type=Bearer\n', target);
    expect(hits.map((h) => [h.rule.meta.id, h.line, h.column])).toEqual([['log-password-field', 1, 55]]);
    expect(calls.get('log-password-field')).toBe(1);
    expect(calls.get('log-bearer-token')).toBeUndefined();
  });
});
