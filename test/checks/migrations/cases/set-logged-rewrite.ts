import type { RuleTable } from '../rule-tester.js';

export const setLoggedRewrite: RuleTable = {
  valid: [
    { name: 'an UNLOGGED table created in the same migration', sql: 'CREATE UNLOGGED TABLE import_rows (id bigint, payload text);\nALTER TABLE import_rows SET LOGGED;\n' },
    { name: 'SET LOGGED on a table that is already logged changes nothing', sql: "SET lock_timeout = '5s';\nALTER TABLE users SET LOGGED;\n" },
    { name: 'other storage settings do not rewrite', sql: "SET lock_timeout = '5s';\nALTER TABLE users SET (fillfactor = 90);\n" },
  ],
  invalid: [
    {
      name: 'SET UNLOGGED on a busy table',
      sql: "SET lock_timeout = '5s';\n-- faster writes for the nightly import\nALTER TABLE orders SET UNLOGGED;\n",
      errors: [{ line: 3, column: 1, severity: 'error', message: 'SET UNLOGGED on existing table orders rewrites the whole table and its indexes while holding an ACCESS EXCLUSIVE lock (no reads or writes); an unlogged table is emptied after a crash and is not replicated' }],
    },
    {
      name: 'UNLOGGED and back, with no lock_timeout: one finding per statement, the lock-timeout advice joined to the first',
      sql: 'ALTER TABLE users SET UNLOGGED;\nALTER TABLE users SET LOGGED;\n',
      errors: [
        { line: 1, message: /SET UNLOGGED on existing table users/, hint: /maintenance window.* Also: SET lock_timeout = '5s';/ },
        { line: 2, message: /SET LOGGED on existing table users rewrites.*WAL/, hint: /maintenance window/ },
      ],
    },
  ],
};
