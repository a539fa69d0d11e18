import type { StatementRule } from '../rule.js';

/**
 * The lint engine reads static SQL inside DO blocks itself; this rule reports what it could not
 * read: EXECUTE of a computed string, a DO block in another language, or one that does not parse.
 * The engine tells the rule through `dynamicReason` on DO statements.
 */
export const dynamicSqlUnchecked: StatementRule = {
  kinds: ['ExecuteStmt', 'DoStmt'],
  meta: {
    id: 'dynamic-sql-unchecked',
    check: 'migrations',
    severity: 'notice',
    description: 'SQL built at run time (EXECUTE in a DO block, EXECUTE of a prepared statement) cannot be checked statically.',
    help: 'Prefer plain statements; if the SQL must be dynamic, review the statements it builds against the other rules by hand.',
  },
  run({ node, where, dynamicReason }, report) {
    if ('ExecuteStmt' in node) {
      report({
        ...where,
        message: `EXECUTE ${node.ExecuteStmt.name} runs a prepared statement; what it does is not checked`,
      });
    } else if ('DoStmt' in node && dynamicReason) {
      report({ ...where, message: `this DO block ${dynamicReason}; those statements are not checked` });
    }
  },
};
