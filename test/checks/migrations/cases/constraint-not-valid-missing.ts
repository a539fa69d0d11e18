import { BASE_SCHEMA, type RuleTable } from '../rule-tester.js';

export const constraintNotValidMissing: RuleTable = {
  valid: [
    {
      name: 'FOREIGN KEY NOT VALID, then VALIDATE',
      sql: "SET lock_timeout = '5s';\nALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT orders_user_id_fkey;\n",
    },
    {
      name: 'CHECK NOT VALID, then VALIDATE',
      sql: "SET lock_timeout = '5s';\nALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total >= 0) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT orders_total_positive;\n",
    },
    {
      name: 'VALIDATE in a later migration when the runner wraps each file',
      options: { preset: 'node-pg-migrate' },
      files: {
        'migrations/1700000000000_base.sql': `-- Up Migration\n${BASE_SCHEMA}\n-- Down Migration\nDROP TABLE users;\n`,
        'migrations/1700000000001_fk.sql': "-- Up Migration\nSET LOCAL lock_timeout = '5s';\nALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\n-- Down Migration\nALTER TABLE orders DROP CONSTRAINT orders_user_id_fkey;\n",
        'migrations/1700000000002_validate.sql': '-- Up Migration\nALTER TABLE orders VALIDATE CONSTRAINT orders_user_id_fkey;\n',
      },
    },
    { name: 'an inline REFERENCES on a new column without a default: all NULL, PostgreSQL skips the check', sql: 'ALTER TABLE orders ADD COLUMN coupon_user_id bigint REFERENCES users (id);\n' },
    { name: 'a new table may reference an existing one', sql: 'CREATE TABLE payments (id bigint PRIMARY KEY, order_id bigint REFERENCES orders (id), amount numeric CHECK (amount > 0));\n' },
    {
      name: 'constraints on a table created in the same migration',
      sql: 'CREATE TABLE payments (id bigint PRIMARY KEY, order_id bigint);\nALTER TABLE payments ADD CONSTRAINT payments_order_fkey FOREIGN KEY (order_id) REFERENCES orders (id);\nALTER TABLE payments ADD COLUMN user_id bigint REFERENCES users (id);\n',
    },
  ],
  invalid: [
    {
      name: 'FOREIGN KEY without NOT VALID',
      sql: "SET lock_timeout = '5s';\nALTER TABLE orders\n  ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);\n",
      errors: [{ line: 2, column: 1, endLine: 3, message: /ADD FOREIGN KEY constraint on existing table orders without NOT VALID.*SHARE ROW EXCLUSIVE lock on it and on users/, hint: 'ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID; then, in a separate transaction, ALTER TABLE orders VALIDATE CONSTRAINT orders_user_id_fkey.' }],
    },
    {
      name: 'CHECK without NOT VALID',
      sql: 'ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total >= 0);\n',
      errors: [{ line: 1, message: /ADD CHECK constraint.*ACCESS EXCLUSIVE/ }],
    },
    {
      name: 'an inline REFERENCES on a new column with a default',
      sql: 'ALTER TABLE orders ADD COLUMN coupon_user_id bigint DEFAULT 1 REFERENCES users (id);\n',
      errors: [{ line: 1, message: /inline FOREIGN KEY.*cannot be NOT VALID/ }],
    },
    {
      name: 'an inline CHECK on a new column scans even without a default',
      sql: 'ALTER TABLE orders ADD COLUMN discount numeric CHECK (discount >= 0);\n',
      errors: [{ line: 1, message: /inline CHECK/ }],
    },
    {
      name: 'VALIDATE in the transaction that added the constraint',
      sql: 'BEGIN;\nALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total >= 0) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT orders_total_positive;\nCOMMIT;\n',
      errors: [{ line: 3, message: /same transaction that already holds ACCESS EXCLUSIVE on orders/ }],
    },
    {
      name: 'the same in one file under a runner that wraps it',
      options: { preset: 'dbmate' },
      files: {
        'db/migrations/20240101000000_base.sql': `-- migrate:up\n${BASE_SCHEMA}`,
        'db/migrations/20240102000000_fk.sql': '-- migrate:up\nALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT orders_user_id_fkey;\n\n-- migrate:down\nALTER TABLE orders DROP CONSTRAINT orders_user_id_fkey;\n',
      },
      errors: [{ file: 'db/migrations/20240102000000_fk.sql', line: 3, message: /SHARE ROW EXCLUSIVE on orders/ }],
    },
  ],
};
