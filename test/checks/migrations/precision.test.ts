import { describe, expect, test } from '@jest/globals';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Finding } from '../../../src/types.js';
import { runInDir } from './rule-tester.js';

/**
 * Precision on a synthetic SaaS migration history, one per layout (goose, diesel, dbmate,
 * sql-migrate, Prisma): realistic migrations, most of them safe (CONCURRENTLY outside a transaction,
 * NOT VALID then VALIDATE, lock_timeout, a view redefined in one transaction, an ignore with a reason),
 * a few real hazards. The exact errors and warnings are asserted separately: a new false alarm or a
 * missed hazard fails the test.
 */

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/migrations/precision');
const at = (f: Finding) => `${f.ruleId} ${f.file}:${f.line}`;

const HISTORIES: { layout: string; preset: string; errors: string[]; warnings: string[]; notices?: string[]; ignored?: number; files: number }[] = [
  {
    layout: 'goose', preset: 'goose', files: 8,
    errors: [
      'unbatched-backfill db/migrations/20240304120000_account_region.sql:4',
      'volatile-default-rewrite db/migrations/20240311080000_invoice_number.sql:3',
      'column-type-change-rewrite db/migrations/20240415110000_validate_and_not_null.sql:4',
      'index-not-concurrent db/migrations/20240415110000_validate_and_not_null.sql:5',
    ],
    warnings: ['missing-lock-timeout db/migrations/20240304120000_account_region.sql:3'],
  },
  {
    layout: 'diesel', preset: 'diesel', files: 7,
    errors: ['rename-breaks-running-app migrations/2023-05-11-120000_rename_title/up.sql:1'],
    warnings: [],
  },
  {
    layout: 'dbmate', preset: 'dbmate', files: 6, ignored: 1,
    errors: [
      'column-type-change-rewrite db/migrations/20231115160000_amount_bigint.sql:4',
      'constraint-not-valid-missing db/migrations/20240108111500_customer_status.sql:4',
    ],
    warnings: ['missing-lock-timeout db/migrations/20240301080000_order_notes.sql:2'],
  },
  {
    layout: 'sql-migrate', preset: 'sql-migrate', files: 6,
    errors: [],
    warnings: ['unbatched-backfill migrations/6_copy_roles.sql:3'],
  },
  {
    layout: 'prisma', preset: 'prisma', files: 4,
    errors: ['index-not-concurrent prisma/migrations/20240203150000_session_index/migration.sql:5'],
    warnings: [
      'migration-version-duplicate prisma/migrations/20240117120000_add_sessions/migration.sql:1',
      'missing-lock-timeout prisma/migrations/20240203150000_session_index/migration.sql:2',
    ],
  },
  {
    // The goose history read by the plain preset: the annotations alone say how goose runs each file.
    layout: 'goose', preset: 'plain', files: 8,
    errors: [
      'unbatched-backfill db/migrations/20240304120000_account_region.sql:4',
      'volatile-default-rewrite db/migrations/20240311080000_invoice_number.sql:3',
      'column-type-change-rewrite db/migrations/20240415110000_validate_and_not_null.sql:4',
      'index-not-concurrent db/migrations/20240415110000_validate_and_not_null.sql:5',
    ],
    warnings: ['missing-lock-timeout db/migrations/20240304120000_account_region.sql:3'],
  },
];

describe('precision on synthetic migration histories', () => {
  for (const h of HISTORIES) {
    test(`${h.layout} history, ${h.preset} preset: exactly these errors and warnings`, async () => {
      const { findings, metrics } = await runInDir(join(ROOT, h.layout), `version: 1\nmigrations:\n  preset: ${h.preset}\n`);
      const of = (severity: Finding['severity']) => findings.filter((f) => f.severity === severity).map(at).sort();
      expect(of('error')).toEqual([...h.errors].sort());
      expect(of('warning')).toEqual([...h.warnings].sort());
      expect(of('notice')).toEqual(h.notices ?? []);
      expect(metrics).toMatchObject({ files: h.files, syntaxErrors: 0, ignored: h.ignored ?? 0 });
      for (const f of findings) expect(f.hint).toBeTruthy();
    });
  }

  test('the lock-timeout advice rides on the rename, not as a finding of its own', async () => {
    const { findings } = await runInDir(join(ROOT, 'diesel'), 'version: 1\nmigrations:\n  preset: diesel\n');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.hint).toMatch(/ Also: SET LOCAL lock_timeout = '5s';/);
  });
});
