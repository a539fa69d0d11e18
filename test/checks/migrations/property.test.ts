import { beforeAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { lintMigrations, type SourceFile } from '../../../src/checks/migrations/lint.js';
import { PRESETS } from '../../../src/checks/migrations/presets.js';
import { ALL_RULES, STATEMENT_RULES } from '../../../src/checks/migrations/rules/index.js';
import { loadSqlParser, type SqlParser } from '../../../src/checks/migrations/sql-parser.js';
import { RULE_TABLES } from './cases/index.js';
import { SAFE_FORMS } from './cases/safe-forms.js';
import { BASE_SCHEMA } from './rule-tester.js';

let parser: SqlParser;
beforeAll(async () => {
  parser = await loadSqlParser();
});

const KNOWN = new Set(ALL_RULES.map((r) => r.id));

/** Lints the texts as consecutive migrations with every rule on, and checks that each finding points inside its file. */
function lintTexts(texts: string[], runner: SourceFile['runner'] = 'script'): void {
  const files: SourceFile[] = texts.map((source, ordinal) => ({
    path: `db/migrations/${ordinal}.sql`, ordinal, source, runner, runnerNote: 'test',
    classified: PRESETS.plain.classify(`${ordinal}.sql`), preset: 'plain',
  }));
  const result = lintMigrations(files, parser, { postgresVersion: 15, rules: STATEMENT_RULES, pendingOrdinals: new Set(), knownRules: KNOWN });
  for (const f of result.findings) {
    const text = texts[Number(f.file!.match(/(\d+)\.sql$/)![1])]!;
    const lines = text.split('\n').length;
    expect(f.line).toBeGreaterThanOrEqual(1);
    expect(f.line).toBeLessThanOrEqual(lines);
    expect(f.column).toBeGreaterThanOrEqual(1);
    if (f.endLine !== undefined) expect(f.endLine).toBeGreaterThanOrEqual(f.line!);
    expect(KNOWN.has(f.ruleId)).toBe(true);
  }
}

const corpus = [
  BASE_SCHEMA,
  ...SAFE_FORMS.flatMap((c) => (c.sql ? [c.sql] : Object.values(c.files ?? {}))),
  ...Object.values(RULE_TABLES).flatMap((t) => [...t.valid, ...t.invalid]).flatMap((c) => (c.sql ? [c.sql] : Object.values(c.files ?? {}))),
];

const WORDS = [
  'ALTER', 'TABLE', 'users', 'ADD', 'COLUMN', 'DROP', 'CREATE', 'INDEX', 'CONCURRENTLY', 'ON', '(', ')', ',', ';', 'NOT', 'NULL',
  'DEFAULT', 'gen_random_uuid()', 'CONSTRAINT', 'CHECK', 'VALID', 'VALIDATE', 'UNIQUE', 'USING', 'PRIMARY', 'KEY', 'TYPE', 'bigint',
  'varchar(20)', 'SET', 'lock_timeout', '=', "'5s'", 'BEGIN', 'COMMIT', 'DO', '$$', 'EXECUTE', 'TRUNCATE', 'UPDATE', 'WHERE', '--',
  '/*', '*/', "'", 'release-gate-ignore', 'truncate-data-loss:', '\n', ' ', 'RENAME', 'TO', 'VACUUM', 'FULL', 'REFERENCES', 'orders',
];

describe('random and truncated SQL never crash the check', () => {
  test('arbitrary text', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 200 }), { minLength: 1, maxLength: 3 }), (texts) => lintTexts(texts)), { numRuns: 300 });
  });

  test('SQL-shaped token soup, in every runner mode', () => {
    const soup = fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).map((w) => w.join(' '));
    const runner = fc.constantFrom<SourceFile['runner']>('script', 'wrapped', 'implicit', 'flyway');
    fc.assert(fc.property(fc.array(soup, { minLength: 1, maxLength: 3 }), runner, (texts, mode) => lintTexts(texts, mode)), { numRuns: 400 });
  });

  test('every test migration cut at any point', () => {
    fc.assert(
      fc.property(fc.constantFrom(...corpus), fc.nat(), fc.nat(), (text, a, b) => {
        const cut = text.slice(0, a % (text.length + 1));
        const middle = text.slice(b % (text.length + 1));
        lintTexts([BASE_SCHEMA, cut, middle]);
      }),
      { numRuns: 400 },
    );
  });

  test('deeply nested expressions', () => {
    for (const depth of [10, 1000, 5000, 50_000]) {
      lintTexts([`ALTER TABLE users ADD COLUMN x int DEFAULT ${'('.repeat(depth)}1${')'.repeat(depth)};\nDO $$ BEGIN ${'IF true THEN '.repeat(Math.min(depth, 500))}NULL;${' END IF;'.repeat(Math.min(depth, 500))} END $$;\n`]);
    }
  });
});
