import { defineCheck } from '../check.js';
import { meta } from './meta.js';
import { runSecrets } from './run.js';
import { SECRET_RULES } from './rules/index.js';
import { NOTICE_RULES } from './rules/scan-notices.js';

/**
 * The secrets check: credentials and private keys in the tree, in a pull request's added lines
 * (--base), and in logs (`logs` globs and --stdin). Findings carry a masked form only.
 */
export const secretsCheck = defineCheck(meta, {
  rules: [...SECRET_RULES.map((r) => r.meta), ...Object.values(NOTICE_RULES).map((r) => r.meta)],
  run: runSecrets,
});
