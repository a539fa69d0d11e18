/**
 * Actions that are not one check: each runs a stage of several (post-deploy: smoke, latency, watch,
 * deployment statuses, rollback). Their action.yml files are generated from these entries, as the
 * check actions are from the check registry; each runs the one shared bundle.
 */

export interface OperateActionInput {
  name: string;
  description: string;
  default?: string;
}

export interface OperateActionDefinition {
  /** The folder under actions/ and the argument of runAction's stage. */
  name: 'post-deploy';
  description: string;
  /** The checks it may run: their action inputs are read. */
  checks: readonly string[];
  /** Inputs besides manifest, environment, fail-on, token and report. */
  inputs: readonly OperateActionInput[];
  /** Outputs besides status, findings, report and sarif. */
  outputs: Readonly<Record<string, string>>;
}

export const POST_DEPLOY_INPUTS = {
  DeploymentId: 'deployment-id',
  Rollback: 'rollback',
  Timeout: 'timeout',
  Url: 'url',
  Baseline: 'baseline',
} as const;

export const POST_DEPLOY_OUTPUTS = {
  RolledBack: 'rolled-back',
  PreviousSha: 'previous-sha',
  Reason: 'reason',
} as const;

export const OPERATE_ACTIONS: readonly OperateActionDefinition[] = [
  {
    name: 'post-deploy',
    checks: ['smoke', 'latency', 'watch'],
    description: 'After a deploy, one step: rollout wait, smoke, latency and watch, the deployment status on GitHub, and the rollback when they fail.',
    inputs: [
      { name: POST_DEPLOY_INPUTS.DeploymentId, description: "The GitHub deployment to post statuses on; the deployment_status event's when empty. The token needs `deployments: write`." },
      { name: POST_DEPLOY_INPUTS.Rollback, description: "`false` reports a failure without running the manifest's rollback (the CLI's --no-rollback).", default: 'true' },
      { name: POST_DEPLOY_INPUTS.Timeout, description: 'Stop the checks after this long (e.g. 20m): a timeout fails the stage and the rollback still runs. No limit when empty.' },
      { name: POST_DEPLOY_INPUTS.Url, description: "The URL to test instead of the environment's url, e.g. a preview deployment. On deployment_status events the deployed URL is used without it." },
      { name: POST_DEPLOY_INPUTS.Baseline, description: 'A JSON report of an earlier run to compare latency p95 with; overrides latency.baseline.' },
    ],
    outputs: {
      [POST_DEPLOY_OUTPUTS.RolledBack]: '`true` when the rollback ran and succeeded (the command exited 0, or the workflow was dispatched), else `false`.',
      [POST_DEPLOY_OUTPUTS.PreviousSha]: 'The sha rolled back to (the last one whose post-deploy gate passed); empty when there was no rollback.',
      [POST_DEPLOY_OUTPUTS.Reason]: 'The one-line verdict, e.g. "smoke failed: step … answered 500 (smoke-step-failed); rolled back to 1111111, confirmed: smoke passes".',
    },
  },
];
