import type { CheckMeta } from '../check.js';

/** The names of the secrets check's inputs, as the code reads them. */
export const INPUTS = {
  baseline: 'baseline',
  writeBaseline: 'write-baseline',
  stdin: 'stdin',
} as const;

/**
 * What the registry, the CLI's help, the action metadata and the README's checks table know of the
 * secrets check before (and without) loading it. Declared here only: index.ts builds the check from it.
 */
export const meta: CheckMeta<'secrets'> = {
  name: 'secrets',
  title: 'Secrets in code and logs',
  section: 'secrets',
  description: "Credentials and private keys in code, pull-request diffs and logs, reported masked and never echoed back.",
  inputs: [
    { name: INPUTS.baseline, description: "A baseline file of accepted findings; overrides `secrets.baseline`." },
    { name: INPUTS.writeBaseline, description: "Record every current finding as accepted in a baseline file at this path (relative to the working directory; folders are created), and nowhere else; they do not fail this run." },
    { name: INPUTS.stdin, description: "Read a log from standard input (CLI: --stdin).", flag: true, cliOnly: true },
  ],
  summary: 'credentials in code, in the pull request\'s added lines and in logs (private keys judged by their decoded structure, also base64 in YAML/JSON), shown only masked; matches in docs, tests, fixtures and vendored code are warnings by context',
  docs: 'docs/checks/secrets.md',
};
