import type { RuleTable } from '../rule-tester.js';

export const unbatchedBackfill: RuleTable = {
  valid: [
    { name: 'a batch', sql: "UPDATE users SET status = 'active' WHERE id BETWEEN 1 AND 10000;\n" },
    { name: 'DELETE with WHERE', sql: 'DELETE FROM orders WHERE placed_at < now() - interval \'7 years\';\n' },
    { name: 'a table created in the same migration', sql: "CREATE TABLE plans (id int, name text);\nINSERT INTO plans VALUES (1, 'free');\nUPDATE plans SET name = lower(name);\n" },
  ],
  invalid: [
    {
      name: 'UPDATE without WHERE',
      sql: "UPDATE users\n   SET status = 'active';\n",
      errors: [{ line: 1, column: 1, endLine: 2, severity: 'warning', message: /UPDATE without WHERE on existing table users locks and rewrites every row/, hint: /in batches/ }],
    },
    { name: 'DELETE without WHERE', sql: 'DELETE FROM orders;\n', errors: [{ line: 1, message: /DELETE without WHERE/ }] },
    {
      name: 'after DDL in the same transaction, nobody can read the table meanwhile',
      sql: "BEGIN;\nSET LOCAL lock_timeout = '5s';\nALTER TABLE users ADD COLUMN plan text;\nUPDATE users SET plan = 'free';\nCOMMIT;\n",
      errors: [{ line: 4, message: /already holds an ACCESS EXCLUSIVE lock on users/ }],
    },
  ],
};
