import { stringify } from 'yaml';
import type { CheckDefinition } from '../src/checks/check.js';
import { Inputs, Outputs } from '../src/action/constants.js';
import type { OperateActionDefinition } from '../src/action/operate-actions.js';

// action.yml files are generated from the check registry, so an input a check declares is always
// offered by its action and the root action, with the same name and description.

type Input = { description: string; required: boolean; default?: string };

const COMMON: Record<string, Input> = {
  [Inputs.Manifest]: { description: 'Path of the release-gate manifest.', required: false, default: '.github/release-gate.yml' },
  [Inputs.Environment]: { description: 'The environment to check (a name under `environments`); every environment the check can reach when empty.', required: false },
  [Inputs.Base]: { description: 'A git ref: static checks report only what was added since the merge base with it. Defaults to the pull request\'s base commit on pull_request events and to the push\'s `before` on push events (a new branch is checked whole).', required: false },
  [Inputs.FailOn]: { description: 'The lowest severity that fails the step: `error` or `warning`.', required: false, default: 'error' },
  [Inputs.Token]: {
    description: "A GitHub token for the pull-request comment and the GitHub API; the job's token (github.token) when not set. For the env check's `github-api: true` it must be able to read environment secrets and variables, which the job's token cannot.",
    required: false,
    // The one place an expression belongs in action metadata: the runner evaluates defaults per job.
    default: '${{ github.token }}',
  },
  [Inputs.Comment]: { description: 'Write one sticky pull-request comment with the results, updated in place (needs `pull-requests: write`).', required: false, default: 'false' },
  [Inputs.Report]: { description: 'Where to write the JSON report; under RUNNER_TEMP when empty.', required: false },
};

const OUTPUTS = {
  [Outputs.Status]: { description: '`pass` or `fail`.' },
  [Outputs.Findings]: { description: 'The number of findings.' },
  [Outputs.Report]: { description: 'The path of the JSON report.' },
  [Outputs.Sarif]: { description: 'The path of the SARIF report, for github/codeql-action/upload-sarif.' },
};

function inputsOf(checks: readonly CheckDefinition[]): Record<string, Input> {
  const inputs: Record<string, Input> = {};
  // The checks that declare the same input word for word (rollback), so the root action names them all.
  const owners = new Map<string, string[]>();
  for (const check of checks) for (const input of check.inputs ?? []) owners.set(`${input.name}\n${input.description}`, [...(owners.get(`${input.name}\n${input.description}`) ?? []), check.name]);
  for (const check of checks) {
    for (const input of check.inputs ?? []) {
      // An input every action offers (token) keeps its common entry, default included.
      if (input.cliOnly || input.name in COMMON) continue;
      const names = owners.get(`${input.name}\n${input.description}`)!;
      const suffix = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)} checks` : `${check.name} check`;
      inputs[input.name] ??= { description: `${input.description}${checks.length > 1 ? ` (${suffix})` : ''}`, required: false };
    }
  }
  return inputs;
}

const HEADER = '# Generated from the check registry by `npm run generate`. Do not edit.\n';

/**
 * The runner evaluates `${{ }}` in action metadata while loading the action, and stops the job at
 * "Set up job" when one names a context it does not offer there (github, secrets, vars). Only
 * `default` may hold an expression; every other text names contexts in plain words.
 */
export function refuseExpressions(metadata: { inputs: Record<string, Input>; outputs: Record<string, { description: string }> }, where: string): void {
  const texts: [string, string][] = [
    ...Object.entries(metadata.inputs).map(([name, input]): [string, string] => [`inputs.${name}.description`, input.description]),
    ...Object.entries(metadata.outputs).map(([name, output]): [string, string] => [`outputs.${name}.description`, output.description]),
  ];
  for (const [path, text] of texts) {
    if (text.includes('${{')) throw new Error(`${where}: ${path} holds an expression ("\${{"), which the runner evaluates while loading the action and refuses; name the context in plain words`);
  }
}

export function renderRootAction(checks: readonly CheckDefinition[]): string {
  const metadata = {
    name: 'release-gate',
    description: 'Block unsafe merges and deploys: env, migrations, secrets, smoke, latency and domain checks from one manifest.',
    author: 'release-gate',
    branding: { icon: 'shield', color: 'green' },
    inputs: {
      [Inputs.Manifest]: COMMON[Inputs.Manifest],
      [Inputs.Checks]: {
        description: `Checks to run, comma-separated (${checks.map((c) => c.name).join(', ') || 'none yet'}); every check the manifest configures when empty.`,
        required: false,
      },
      ...Object.fromEntries(Object.entries(COMMON).filter(([k]) => k !== Inputs.Manifest)),
      ...inputsOf(checks),
    },
    outputs: OUTPUTS,
    runs: { using: 'node24', main: 'dist/action/index.js' },
  };
  refuseExpressions(metadata, 'action.yml');
  return HEADER + stringify(metadata, { lineWidth: 0 });
}

export function renderCheckAction(check: CheckDefinition): string {
  const metadata = {
    name: `release-gate ${check.name}`,
    description: check.description,
    author: 'release-gate',
    branding: { icon: 'shield', color: 'green' },
    inputs: { ...COMMON, ...inputsOf([check]) },
    outputs: OUTPUTS,
    runs: { using: 'node24', main: 'main.js' },
  };
  refuseExpressions(metadata, `actions/${check.name}/action.yml`);
  return HEADER + stringify(metadata, { lineWidth: 0 });
}

// The stubs are CommonJS (actions/package.json says so, as dist/package.json does for dist/): Node 20
// starts them without its ES-module loader, and the bundle's entry they require is CommonJS too.
export const ACTIONS_PACKAGE_JSON = '{\n  "type": "commonjs"\n}\n';

export function renderCheckStub(check: CheckDefinition): string {
  return `// Generated by \`npm run generate\`: one shared bundle (dist/bundle/, src/entries.ts) serves every action.\nrequire('../../dist/bundle/index.js').run('action', '${check.name}');\n`;
}

/** An action over a stage of several checks (actions/post-deploy): the common inputs that apply, then its own. */
export function renderOperateAction(action: OperateActionDefinition): string {
  const own = Object.fromEntries(action.inputs.map((input): [string, Input] => [input.name, { description: input.description, required: false, ...(input.default !== undefined ? { default: input.default } : {}) }]));
  // Every release-gate action takes the common inputs; a stage of live checks has no use for base.
  const common = { ...COMMON, [Inputs.Base]: { description: 'Not used: the live checks of this stage do not look at a diff. Accepted so every release-gate action takes the same inputs.', required: false } };
  const metadata = {
    name: `release-gate ${action.name}`,
    description: action.description,
    author: 'release-gate',
    branding: { icon: 'shield', color: 'green' },
    inputs: { ...common, ...own },
    outputs: { ...OUTPUTS, ...Object.fromEntries(Object.entries(action.outputs).map(([name, description]) => [name, { description }])) },
    runs: { using: 'node24', main: 'main.js' },
  };
  refuseExpressions(metadata, `actions/${action.name}/action.yml`);
  return HEADER.replace('the check registry', 'src/action/operate-actions.ts') + stringify(metadata, { lineWidth: 0 });
}

export function renderOperateStub(action: OperateActionDefinition): string {
  return `// Generated by \`npm run generate\`: one shared bundle (dist/bundle/, src/entries.ts) serves every action.\nrequire('../../dist/bundle/index.js').run('${action.name}');\n`;
}
