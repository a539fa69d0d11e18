import type { RuleTable } from '../rule-tester.js';

export const blockingMaintenance: RuleTable = {
  valid: [
    { name: 'REINDEX CONCURRENTLY', sql: 'REINDEX INDEX CONCURRENTLY orders_placed_at_idx;\n' },
    { name: 'REINDEX DATABASE CONCURRENTLY (system catalogs skipped)', sql: 'REINDEX DATABASE CONCURRENTLY postgres;\n', notOnPostgres: 'rebuilds every index of the shared test database; postgres.test.ts proves it runs in a database of its own' },
    { name: 'plain VACUUM', sql: 'VACUUM (ANALYZE) users;\n' },
    { name: 'REFRESH MATERIALIZED VIEW CONCURRENTLY', sql: 'REFRESH MATERIALIZED VIEW CONCURRENTLY order_totals;\n' },
    { name: 'a lock that blocks nobody', sql: 'BEGIN;\nLOCK TABLE users IN ROW EXCLUSIVE MODE;\nCOMMIT;\n' },
    { name: 'a table created in the same migration', sql: 'CREATE TABLE scratch (id int PRIMARY KEY);\nCLUSTER scratch USING scratch_pkey;\nVACUUM FULL scratch;\n' },
  ],
  invalid: [
    {
      name: 'VACUUM FULL',
      sql: 'VACUUM FULL users;\n',
      errors: [{ line: 1, column: 1, message: /VACUUM FULL users rewrites the table while holding an ACCESS EXCLUSIVE lock/, hint: /pg_repack/ }],
    },
    { name: 'VACUUM (FULL) in parentheses', sql: 'VACUUM (FULL, ANALYZE) orders;\n', errors: [{ line: 1 }] },
    { name: 'CLUSTER', sql: 'CLUSTER users USING users_pkey;\n', errors: [{ line: 1, message: /CLUSTER users/ }] },
    { name: 'REINDEX TABLE', sql: 'REINDEX TABLE users;\n', errors: [{ line: 1, hint: /REINDEX TABLE CONCURRENTLY users/ }] },
    { name: 'REINDEX INDEX', sql: '\nREINDEX INDEX orders_placed_at_idx;\n', errors: [{ line: 2 }] },
    {
      name: 'REINDEX SYSTEM: the hint does not suggest CONCURRENTLY, which PostgreSQL forbids there',
      sql: '-- after the collation upgrade\nREINDEX SYSTEM app;\n',
      errors: [{ line: 2, message: /^REINDEX SYSTEM app rebuilds every system catalog index/, hint: /^REINDEX SYSTEM has no CONCURRENTLY form/ }],
    },
    {
      name: 'REINDEX DATABASE: reindex what needs it, concurrently',
      sql: 'REINDEX DATABASE app;\n',
      errors: [{ line: 1, message: /^REINDEX DATABASE app rebuilds every index in the database/, hint: /^Reindex only the indexes that need it, each with REINDEX INDEX CONCURRENTLY.*REINDEX DATABASE CONCURRENTLY app also works but skips the system catalogs/ }],
    },
    {
      name: 'REINDEX SYSTEM CONCURRENTLY fails on PostgreSQL',
      sql: 'REINDEX SYSTEM CONCURRENTLY app;\n',
      errors: [{ line: 1, message: /^REINDEX SYSTEM CONCURRENTLY fails/ }],
    },
    {
      name: 'REINDEX before PostgreSQL 12',
      options: { 'postgres-version': 11 },
      sql: 'REINDEX INDEX orders_placed_at_idx;\n',
      errors: [{ line: 1, hint: /^Before PostgreSQL 12/ }],
    },
    { name: 'REFRESH MATERIALIZED VIEW', sql: 'REFRESH MATERIALIZED VIEW order_totals;\n', errors: [{ line: 1, hint: /CONCURRENTLY order_totals/ }] },
    { name: 'LOCK TABLE', sql: 'BEGIN;\nLOCK TABLE users;\nCOMMIT;\n', errors: [{ line: 2, message: /IN ACCESS EXCLUSIVE MODE blocks every read and write/ }] },
    { name: 'LOCK TABLE IN SHARE MODE blocks writes', sql: 'BEGIN;\nLOCK users IN SHARE MODE;\nCOMMIT;\n', errors: [{ line: 2, message: /blocks every write/ }] },
  ],
};
