import type { RuleTable } from '../rule-tester.js';

export const notNullColumnWithoutDefault: RuleTable = {
  valid: [
    { name: 'NOT NULL with a constant default', sql: "ALTER TABLE users ADD COLUMN plan text NOT NULL DEFAULT 'free';\n" },
    { name: 'nullable', sql: 'ALTER TABLE users ADD COLUMN plan text;\n' },
    { name: 'on a table created in the same migration', sql: 'CREATE TABLE plans (id bigint PRIMARY KEY);\nALTER TABLE plans ADD COLUMN name text NOT NULL;\n' },
    { name: 'an identity column fills itself (volatile-default-rewrite reports its cost)', sql: 'ALTER TABLE orders ADD COLUMN seq bigint NOT NULL GENERATED ALWAYS AS IDENTITY;\n' },
  ],
  invalid: [
    {
      name: 'NOT NULL without a default',
      sql: "SET lock_timeout = '5s';\n\nALTER TABLE users\n  ADD COLUMN tenant_id bigint NOT NULL;\n",
      notOnPostgres: 'fails on a table with rows; the base schema is empty, so it would pass',
      errors: [{ line: 3, column: 1, endLine: 4, message: /ADD COLUMN tenant_id NOT NULL without a DEFAULT on existing table users/, hint: /ADD COLUMN tenant_id \.\.\. NOT NULL DEFAULT <constant>/ }],
    },
    {
      name: 'DEFAULT NULL is no default',
      sql: 'ALTER TABLE users ADD COLUMN plan text DEFAULT NULL NOT NULL;\n',
      errors: [{ line: 1, column: 1 }],
    },
    {
      name: 'one finding per statement, naming each column',
      sql: 'ALTER TABLE orders ADD COLUMN a int NOT NULL, ADD COLUMN b int, ADD COLUMN c int NOT NULL;\n',
      errors: [{ line: 1, message: /ADD COLUMN a .*; ADD COLUMN c / }],
    },
  ],
};
