import type { RuleTable } from '../rule-tester.js';

export const columnTypeChangeRewrite: RuleTable = {
  valid: [
    { name: 'varchar(100) → varchar(300)', sql: 'ALTER TABLE users ALTER COLUMN name TYPE varchar(300);\n' },
    { name: 'varchar(100) → text', sql: 'ALTER TABLE users ALTER COLUMN name TYPE text;\n' },
    { name: 'varchar(100) → varchar', sql: 'ALTER TABLE users ALTER COLUMN name TYPE character varying;\n' },
    { name: 'text → varchar without a limit', sql: 'ALTER TABLE users ALTER COLUMN bio TYPE varchar;\n' },
    { name: 'numeric(10,2) → numeric(12,2)', sql: 'ALTER TABLE users ALTER COLUMN score TYPE numeric(12, 2);\n' },
    { name: 'numeric(10,2) → numeric', sql: 'ALTER TABLE users ALTER COLUMN score TYPE numeric;\n' },
    { name: 'cidr → inet', sql: 'ALTER TABLE orders ALTER COLUMN ip TYPE inet;\n' },
    { name: 'the same type', sql: 'ALTER TABLE users ALTER COLUMN email TYPE varchar(200);\n' },
    { name: 'USING the column itself', sql: 'ALTER TABLE users ALTER COLUMN name TYPE text USING name::text;\n' },
    { name: 'timestamp → timestamptz when the session time zone is UTC', sql: "SET TIME ZONE 'UTC';\nALTER TABLE users ALTER COLUMN signed_up_at TYPE timestamptz;\n" },
    { name: 'after a widening the new type is known', sql: 'ALTER TABLE users ALTER COLUMN name TYPE varchar(300);\nALTER TABLE users ALTER COLUMN name TYPE varchar(400);\n' },
    { name: 'a table created in the same migration', sql: 'CREATE TABLE plans (id integer);\nALTER TABLE plans ALTER COLUMN id TYPE bigint;\n' },
  ],
  invalid: [
    {
      name: 'integer → bigint',
      sql: '-- ages overflow\nALTER TABLE users ALTER COLUMN age TYPE bigint;\n',
      errors: [{ line: 2, column: 1, severity: 'error', message: /rewrites the table and rebuilds its indexes while holding an ACCESS EXCLUSIVE lock \(no reads or writes\): int4 → int8 converts every value/, hint: /ADD COLUMN age_new/ }],
    },
    { name: 'varchar(100) → varchar(50)', sql: 'ALTER TABLE users ALTER COLUMN name TYPE varchar(50);\n', errors: [{ line: 1, message: /new limit is smaller/ }] },
    { name: 'text → varchar(20)', sql: 'ALTER TABLE users ALTER COLUMN bio TYPE varchar(20);\n', errors: [{ line: 1, message: /text → varchar\(20\)/ }] },
    { name: 'numeric scale change', sql: 'ALTER TABLE users ALTER COLUMN score TYPE numeric(12, 4);\n', errors: [{ line: 1 }] },
    { name: 'timestamp → timestamptz in another time zone', sql: 'ALTER TABLE users ALTER COLUMN signed_up_at TYPE timestamptz;\n', errors: [{ line: 1, message: /TimeZone is UTC/ }] },
    {
      name: 'before PostgreSQL 12 even UTC rewrites',
      options: { 'postgres-version': 11 },
      sql: "SET TIME ZONE 'UTC';\nALTER TABLE users ALTER COLUMN signed_up_at TYPE timestamptz;\n",
      errors: [{ line: 2, message: /before PostgreSQL 12/ }],
    },
    { name: 'a USING expression', sql: "ALTER TABLE users ALTER COLUMN name TYPE text USING lower(name);\n", errors: [{ line: 1, message: /USING expression/ }] },
    {
      name: 'a column the migrations never declared is a warning',
      sql: 'ALTER TABLE audit_log ALTER COLUMN note TYPE text;\n',
      notOnPostgres: 'audit_log does not exist',
      errors: [{ line: 1, severity: 'warning', message: /never declare the column's current type/ }],
    },
    { name: 'one finding per statement, naming each column that rewrites', sql: 'ALTER TABLE users ALTER COLUMN age TYPE bigint, ALTER COLUMN name TYPE text, ALTER COLUMN status TYPE varchar(10);\n', errors: [{ line: 1, message: /^ALTER COLUMN age TYPE .*; ALTER COLUMN status TYPE / }] },
  ],
};
