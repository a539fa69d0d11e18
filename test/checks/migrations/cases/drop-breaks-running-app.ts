import type { RuleTable } from '../rule-tester.js';

/** A history whose first migration creates users and the view active_users, plus `more`. */
function VIEW_BASE_AND(more: Record<string, string>): Record<string, string> {
  return {
    'db/migrations/001_users.sql': "CREATE TABLE users (id bigint PRIMARY KEY, email text, name text, status text);\nCREATE VIEW active_users AS SELECT id, email FROM users WHERE status = 'active';\n",
    ...more,
  };
}

export const dropBreaksRunningApp: RuleTable = {
  valid: [
    { name: 'a column added in the same migration', sql: 'ALTER TABLE users ADD COLUMN tmp int;\nALTER TABLE users DROP COLUMN tmp;\n' },
    { name: 'a table created in the same migration', sql: 'CREATE TABLE scratch (id int);\nDROP TABLE scratch;\n' },
    { name: 'dropping an index or a constraint', sql: 'DROP INDEX CONCURRENTLY orders_placed_at_idx;\n' },
    {
      name: 'DROP VIEW and CREATE VIEW in one transaction is a redefinition',
      files: VIEW_BASE_AND({ 'db/migrations/002_redefine.sql': "BEGIN;\nSET LOCAL lock_timeout = '5s';\nDROP VIEW active_users;\nCREATE VIEW active_users AS SELECT id, email, name FROM users WHERE status = 'active';\nCOMMIT;\n" }),
    },
    {
      name: 'DROP and CREATE OR REPLACE VIEW in a file the runner wraps',
      options: { preset: 'goose' },
      files: {
        'db/migrations/001_users.sql': "-- +goose Up\nCREATE TABLE users (id bigint PRIMARY KEY, email text, status text);\nCREATE VIEW active_users AS SELECT id FROM users WHERE status = 'active';\n",
        'db/migrations/002_redefine.sql': "-- +goose Up\nSET LOCAL lock_timeout = '5s';\nDROP VIEW active_users;\nCREATE OR REPLACE VIEW active_users AS SELECT id, email FROM users WHERE status = 'active';\n-- +goose Down\nDROP VIEW active_users;\n",
      },
    },
    {
      name: 'DROP and CREATE MATERIALIZED VIEW in one transaction',
      sql: "BEGIN;\nSET LOCAL lock_timeout = '5s';\nDROP MATERIALIZED VIEW order_totals;\nCREATE MATERIALIZED VIEW order_totals AS SELECT user_id, sum(total) AS total, count(*) AS n FROM orders GROUP BY user_id;\nCOMMIT;\n",
    },
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
      name: 'DROP TABLE of two tables: one finding naming both',
      sql: 'DROP TABLE IF EXISTS orders, users CASCADE;\n',
      errors: [{ line: 1, message: 'DROP TABLE orders, users: the app version still running during the deploy fails if it still uses them, and their data is gone' }],
    },
    {
      name: 'DROP COLUMN of two columns in one statement: one finding naming both',
      sql: 'ALTER TABLE users\n  DROP COLUMN legacy_flag,\n  DROP COLUMN bio;\n',
      errors: [{ line: 1, endLine: 3, message: /^DROP COLUMN legacy_flag, bio on users: the app version still running during the deploy fails if it still reads or writes them/ }],
    },
    {
      name: 'DROP VIEW, then CREATE VIEW after the transaction ended: the view is missing in between',
      files: VIEW_BASE_AND({ 'db/migrations/002_redefine.sql': 'DROP VIEW active_users;\nCREATE VIEW active_users AS SELECT id, email FROM users WHERE status = \'active\';\n' }),
      errors: [{ file: 'db/migrations/002_redefine.sql', line: 1, message: /^DROP VIEW active_users: the app version still running/, hint: /CREATE OR REPLACE VIEW, or DROP and CREATE it again in the same transaction/ }],
    },
    {
      name: 'DROP VIEW; COMMIT; CREATE VIEW',
      files: VIEW_BASE_AND({ 'db/migrations/002_redefine.sql': 'BEGIN;\nDROP VIEW active_users;\nCOMMIT;\nCREATE VIEW active_users AS SELECT id FROM users;\n' }),
      errors: [{ file: 'db/migrations/002_redefine.sql', line: 2 }],
    },
    { name: 'DROP SCHEMA', sql: 'CREATE SCHEMA archive;\nDROP SCHEMA archive CASCADE;\n', errors: [{ line: 2, message: /DROP SCHEMA archive/ }] },
  ],
};
