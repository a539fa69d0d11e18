import { defineCheck } from '../check.js';
import { INPUTS, runSecrets } from './run.js';
import { SECRET_RULES } from './rules/index.js';
import { NOTICE_RULES } from './rules/scan-notices.js';

/**
 * The secrets check: credentials and private keys in the tree, in a pull request's added lines
 * (--base), and in logs (`logs` globs and --stdin). Findings carry a masked form only.
 */
export const secretsCheck = defineCheck({
  name: 'secrets',
  section: 'secrets',
  description: 'Credentials and private keys in code, pull-request diffs and logs, reported masked and never echoed back.',
  rules: [...SECRET_RULES.map((r) => r.meta), ...Object.values(NOTICE_RULES).map((r) => r.meta)],
  inputs: [
    { name: INPUTS.baseline, description: 'A baseline file of accepted findings; overrides `secrets.baseline`.' },
    { name: INPUTS.writeBaseline, description: 'Record every current finding as accepted in a new baseline file of this name (returned as an artifact); they do not fail this run.' },
    { name: INPUTS.stdin, description: 'Read a log from standard input (CLI: --stdin).', flag: true, cliOnly: true },
  ],
  run: runSecrets,
});
