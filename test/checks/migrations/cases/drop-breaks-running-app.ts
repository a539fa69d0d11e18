import type { RuleTable } from '../rule-tester.js';

export const dropBreaksRunningApp: RuleTable = {
  valid: [
    { name: 'a column added in the same migration', sql: 'ALTER TABLE users ADD COLUMN tmp int;\nALTER TABLE users DROP COLUMN tmp;\n' },
    { name: 'a table created in the same migration', sql: 'CREATE TABLE scratch (id int);\nDROP TABLE scratch;\n' },
    { name: 'dropping an index or a constraint', sql: 'DROP INDEX CONCURRENTLY orders_placed_at_idx;\n' },
    {
      name: 'ignored with a reason once the app stopped using it',
      sql: "SET lock_timeout = '5s';\n-- release-gate-ignore drop-breaks-running-app: unused since v2.3 (PR #812)\nALTER TABLE users DROP COLUMN legacy_flag;\n",
    },
  ],
  invalid: [
    {
      name: 'DROP COLUMN',
      sql: 'ALTER TABLE users DROP COLUMN legacy_flag;\n',
      errors: [{ line: 1, column: 1, severity: 'warning', message: /DROP COLUMN legacy_flag on users: the app version still running/, hint: /release-gate-ignore drop-breaks-running-app/ }],
    },
    {
      name: 'DROP TABLE, one finding per table',
      sql: 'DROP TABLE IF EXISTS orders, users CASCADE;\n',
      errors: [{ line: 1, message: /DROP TABLE orders/ }, { line: 1, message: /DROP TABLE users/ }],
    },
    { name: 'DROP SCHEMA', sql: 'CREATE SCHEMA archive;\nDROP SCHEMA archive CASCADE;\n', errors: [{ line: 2, message: /DROP SCHEMA archive/ }] },
  ],
};
