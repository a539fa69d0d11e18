import { ruleTester } from './rule-tester.js';
import { RULE_TABLES } from './cases/index.js';

for (const [ruleId, table] of Object.entries(RULE_TABLES)) ruleTester(ruleId, table);
