import type { RuleTable } from '../rule-tester.js';

export const truncateDataLoss: RuleTable = {
  valid: [
    { name: 'a table created in the same migration', sql: 'CREATE TABLE staging_import (id int);\nTRUNCATE staging_import;\n' },
    { name: 'TRUNCATE inside a string', sql: "SELECT 'TRUNCATE users';\n" },
  ],
  invalid: [
    { name: 'TRUNCATE', sql: 'TRUNCATE orders;\n', errors: [{ line: 1, column: 1, message: /TRUNCATE orders deletes every row/, hint: /release-gate-ignore truncate-data-loss/ }] },
    { name: 'several tables, CASCADE', sql: 'TRUNCATE TABLE orders, users CASCADE;\n', errors: [{ line: 1, message: /TRUNCATE orders, users deletes every row and, with CASCADE/ }] },
  ],
};
