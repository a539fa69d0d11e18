import type { RuleTable } from '../rule-tester.js';

export const unbatchedBackfill: RuleTable = {
  valid: [
    { name: 'a batch', sql: "UPDATE users SET status = 'active' WHERE id BETWEEN 1 AND 10000;\n" },
    { name: 'DELETE with WHERE', sql: 'DELETE FROM orders WHERE placed_at < now() - interval \'7 years\';\n' },
    { name: 'UPDATE ... FROM with a filter of its own', sql: "UPDATE orders SET note = u.name FROM users u WHERE orders.user_id = u.id AND u.status = 'vip';\n" },
    { name: 'UPDATE ... IS NULL on a column that existed before', sql: "UPDATE users SET status = 'new' WHERE status IS NULL;\n" },
    { name: 'INSERT ... SELECT with a filter', sql: "INSERT INTO orders (user_id, total) SELECT id, 0 FROM users WHERE status = 'trial';\n" },
    { name: 'INSERT ... SELECT from a table created in the same migration', sql: 'CREATE TABLE staging (id bigint, total numeric);\nINSERT INTO orders (user_id, total) SELECT id, total FROM staging;\n' },
    {
      name: 'INSERT ... SELECT from a CTE (a query, not a table)',
      sql: 'WITH duplicates AS (\n  SELECT user_id, min(id) AS keep FROM orders GROUP BY user_id HAVING count(*) > 1\n)\nINSERT INTO orders (user_id, total) SELECT user_id, 0 FROM duplicates;\n',
    },
    { name: 'INSERT ... SELECT of constants', sql: "INSERT INTO users (email) SELECT 'admin@example.com';\n" },
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
      errors: [{ line: 4, severity: 'error', message: "UPDATE without WHERE on existing table users locks and rewrites every row in one transaction, and this transaction already holds an ACCESS EXCLUSIVE lock on users (taken on line 3), so nobody can read or write users until the backfill commits" }],
    },
    {
      name: 'UPDATE ... FROM joined on every row',
      sql: '-- copy the owner name onto each order\nUPDATE orders o\n   SET note = u.name\n  FROM users u\n WHERE o.user_id = u.id;\n',
      errors: [{ line: 2, endLine: 5, severity: 'warning', message: 'UPDATE ... FROM joined on every row on existing table orders locks and rewrites every row in one transaction', hint: /^Run it in batches outside the migration's transaction: UPDATE orders SET \.\.\. WHERE id >= \$1/ }],
    },
    {
      name: 'backfilling a column added in the same migration, by its NULLs, after the ADD COLUMN in one transaction',
      options: { transaction: 'always' },
      sql: "SET LOCAL lock_timeout = '5s';\nALTER TABLE users ADD COLUMN plan text;\nUPDATE users SET plan = 'free' WHERE plan IS NULL;\n",
      errors: [{ line: 3, severity: 'error', message: /^UPDATE of every row \(the WHERE matches a column added in this migration\) on existing table users.*ACCESS EXCLUSIVE lock on users \(taken on line 2\)/ }],
    },
    {
      name: 'INSERT ... SELECT over a whole table',
      sql: 'CREATE TABLE order_archive (id bigint, user_id bigint, total numeric);\nINSERT INTO order_archive SELECT id, user_id, total FROM orders;\n',
      errors: [{ line: 2, severity: 'warning', message: 'INSERT INTO order_archive ... SELECT copies every row of existing table orders in one transaction: a long transaction that holds back vacuum and writes a burst of WAL', hint: /ORDER BY id LIMIT 10000/ }],
    },
  ],
};
