import type { Rule } from '../../../rules/registry.js';
import type { SmokeRun } from '../model.js';
import { at } from './site.js';

/** GitHub sends deployment_status for every state; only a finished deployment is worth testing. */
export const smokeDeploymentSkipped: Rule<SmokeRun> = {
  meta: {
    id: 'smoke-deployment-skipped',
    check: 'smoke',
    severity: 'notice',
    description: 'The deployment_status event is not a successful deployment, so no request was sent.',
    help: 'Nothing to fix: the check runs when the deployment reports success. To skip the job as well, add `if: github.event.deployment_status.state == \'success\'`.',
  },
  run(run, report) {
    const skipped = run.deploymentSkipped;
    if (!skipped) return;
    const d = skipped.deployment;
    const what = [d.environment && `to ${d.environment}`, d.sha && `of ${d.sha.slice(0, 7)}`].filter(Boolean).join(' ');
    report({ ...at(skipped.site), message: `the deployment${what ? ` ${what}` : ''} is in state "${d.state}", not success: no smoke request was sent` });
  },
};
