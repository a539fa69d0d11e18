import type { RuleTable } from '../rule-tester.js';

export const missingLockTimeout: RuleTable = {
  valid: [
    { name: 'SET lock_timeout first', sql: "SET lock_timeout = '5s';\nALTER TABLE users ADD COLUMN nickname text;\n" },
    { name: 'SET LOCAL inside the transaction', sql: "BEGIN;\nSET LOCAL lock_timeout TO '2s';\nALTER TABLE users ADD COLUMN nickname text;\nCOMMIT;\n" },
    { name: 'set_config', sql: "SELECT set_config('lock_timeout', '3s', false);\nALTER TABLE users ADD COLUMN nickname text;\n" },
    { name: 'SET LOCAL when the runner wraps the file', options: { transaction: 'always' }, sql: "SET LOCAL lock_timeout = '5s';\nALTER TABLE users ADD COLUMN nickname text;\n" },
    { name: 'CREATE INDEX CONCURRENTLY takes no ACCESS EXCLUSIVE lock', sql: 'CREATE INDEX CONCURRENTLY users_age_idx ON users (age);\n' },
    { name: 'a FOREIGN KEY NOT VALID takes SHARE ROW EXCLUSIVE', sql: 'ALTER TABLE orders ADD CONSTRAINT orders_user_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\n' },
    { name: 'DROP INDEX: the advice joins the index-not-concurrent finding instead of standing alone', sql: 'DROP INDEX orders_placed_at_idx;\n' },
    { name: 'TRUNCATE: joined to truncate-data-loss', sql: 'TRUNCATE orders;\n' },
    { name: 'a table created in the same migration', sql: 'CREATE TABLE plans (id bigint);\nALTER TABLE plans ADD COLUMN name text;\n' },
  ],
  invalid: [
    {
      name: 'ADD COLUMN with no lock_timeout',
      sql: '-- nickname for the profile page\nALTER TABLE users ADD COLUMN nickname text;\n',
      errors: [{ line: 2, column: 1, severity: 'warning', message: /ACCESS EXCLUSIVE lock on users with no lock_timeout/, hint: /^SET lock_timeout = '5s';/ }],
    },
    { name: 'lock_timeout = 0 turns it off', sql: "SET lock_timeout = 0;\nALTER TABLE users ADD COLUMN nickname text;\n", errors: [{ line: 2 }] },
    { name: 'RESET turns it off', sql: "SET lock_timeout = '5s';\nRESET lock_timeout;\nALTER TABLE users ADD COLUMN nickname text;\n", errors: [{ line: 3 }] },
    { name: 'SET LOCAL outside a transaction does nothing', sql: "SET LOCAL lock_timeout = '5s';\nALTER TABLE users ADD COLUMN nickname text;\n", errors: [{ line: 2 }] },
    { name: 'SET LOCAL ends with its transaction', sql: "BEGIN;\nSET LOCAL lock_timeout = '5s';\nCOMMIT;\nALTER TABLE users ADD COLUMN nickname text;\n", errors: [{ line: 4 }] },
    {
      name: 'once per table and transaction: the lock is already held',
      sql: 'BEGIN;\nALTER TABLE users ADD COLUMN a text;\nALTER TABLE users ADD COLUMN b text;\nALTER TABLE orders ADD COLUMN c text;\nCOMMIT;\n',
      errors: [{ line: 2, hint: /^SET LOCAL lock_timeout/ }, { line: 4 }],
    },
    {
      name: 'ADD COLUMN ... REFERENCES: the lock on the referenced table is named',
      sql: 'ALTER TABLE orders ADD COLUMN coupon_user_id bigint REFERENCES users (id);\n',
      errors: [{ line: 1, message: 'takes an ACCESS EXCLUSIVE lock on orders (and a SHARE ROW EXCLUSIVE lock on users, which blocks writes to it) with no lock_timeout: if a long query holds the table, this waits, and every read and write queued behind it waits too' }],
    },
    {
      name: 'stands alone where nothing else is reported on the statement, and joins where something is',
      options: { rules: { 'drop-breaks-running-app': 'off' } },
      sql: 'DROP TABLE orders;\nALTER TABLE users ADD COLUMN nickname text;\n',
      errors: [{ line: 1 }, { line: 2 }],
    },
  ],
};
