import type { RuleTable } from '../rule-tester.js';

export const renameBreaksRunningApp: RuleTable = {
  valid: [
    { name: 'a table created in the same migration', sql: 'CREATE TABLE plan (id bigint);\nALTER TABLE plan RENAME TO plans;\nALTER TABLE plans RENAME COLUMN id TO plan_id;\n' },
    { name: 'a column added in the same migration', sql: 'ALTER TABLE users ADD COLUMN nick text;\nALTER TABLE users RENAME COLUMN nick TO nickname;\n' },
    { name: 'indexes and constraints are not used by name', sql: 'ALTER INDEX orders_placed_at_idx RENAME TO orders_placed_idx;\nALTER TABLE users RENAME CONSTRAINT users_pkey TO users_id_pkey;\n' },
  ],
  invalid: [
    {
      name: 'RENAME COLUMN',
      sql: 'ALTER TABLE users RENAME COLUMN name TO full_name;\n',
      errors: [{ line: 1, column: 1, message: /RENAME COLUMN name TO full_name on users: the app version still running during the deploy keeps querying name/, hint: /Add full_name alongside name/ }],
    },
    {
      name: 'RENAME TO',
      sql: "SET lock_timeout = '5s';\nALTER TABLE orders RENAME TO purchases;\n",
      errors: [{ line: 2, message: /RENAME of table orders to purchases/, hint: /CREATE VIEW orders AS SELECT \* FROM purchases/ }],
    },
    { name: 'a materialized view', sql: 'ALTER MATERIALIZED VIEW order_totals RENAME TO user_totals;\n', errors: [{ line: 1, message: /materialized view order_totals/ }] },
  ],
};
