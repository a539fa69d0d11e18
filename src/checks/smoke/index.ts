import { runRules } from '../../rules/registry.js';
import { defineCheck } from '../check.js';
import { meta } from './meta.js';
import type { Outcome } from './model.js';
import { SMOKE_RULES } from './rules/index.js';
import { runSmoke } from './run-smoke.js';

/**
 * The smoke check: right after a deploy, sign in, walk the steps (dashboard, one write that cleans up,
 * a role that must be refused) and fail fast and clearly when auth, routing or the database is broken.
 * Credentials go only to the environment's origin and never reach a finding or a metric.
 */
export const smokeCheck = defineCheck(meta, {
  rules: SMOKE_RULES.map((r) => r.meta),
  async run(ctx, section) {
    const { run, target } = await runSmoke(ctx, section);
    const findings = runRules(SMOKE_RULES, run);
    const row = (o: Outcome) => ({
      name: o.subject.replace(/^(step|the cleanup of step) "(.*)"$/, '$2'),
      status: o.status,
      httpStatus: o.exchange?.response.status ?? null,
      ms: o.exchange?.ms ?? o.error?.ms ?? null,
      ...(o.session ? { session: o.session } : {}),
    });
    const deployment = run.deploymentSkipped?.deployment ?? target?.deployment;
    const metrics: Record<string, unknown> = {
      ...(target ? { url: target.base.href, source: target.source } : {}),
      ...(target?.environment ? { environment: target.environment } : {}),
      ...(deployment ? { deployment } : {}),
      marker: run.marker,
      ...(run.wait ? { wait: { ready: run.wait.ready, polls: run.wait.polls, ms: run.wait.ms } } : {}),
      steps: run.outcomes.filter((o) => o.phase === 'step').map(row),
      cleanups: run.outcomes.filter((o) => o.phase === 'cleanup').map(row),
      ...(run.deploymentSkipped ? { reason: `the deployment is in state "${run.deploymentSkipped.deployment.state}", not success` } : {}),
    };
    // Expectation messages quote what the app answered, which can echo a token: mask everything.
    return ctx.masker.maskDeep({ findings, metrics });
  },
});
