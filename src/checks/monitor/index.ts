import { runRules } from '../../rules/registry.js';
import { runMonitor } from '../../operate/monitor.js';
import { defineCheck } from '../check.js';
import { meta } from './meta.js';
import { MONITOR_RULES } from './rules/index.js';

/**
 * The monitor check, for scheduled runs: each user path's availability and latency on its own, with
 * the certificate's days left, continuing each path's state from the history so a path is down after
 * two failed checks in a row and recovered once. Runs only when named.
 */
export const monitorCheck = defineCheck(meta, {
  rules: MONITOR_RULES.map((r) => r.meta),
  async run(ctx, section) {
    const run = await runMonitor(ctx, section, { every: ctx.input('every'), for: ctx.input('for') });
    const findings = runRules(MONITOR_RULES, run);
    const latest = run.samples.at(-1);
    const metrics: Record<string, unknown> = {
      ...(run.url ? { url: run.url } : {}),
      ...(run.environment ? { environment: run.environment } : {}),
      intervalMs: run.intervalMs,
      // smoke's step shape: the history keeps each path's status and time, the trends its uptime.
      steps: run.latest.map((r) => ({ name: r.name, status: r.ok ? 'pass' : 'fail', ms: r.ms, httpStatus: r.status ?? null })),
      ...(run.certificate && run.certificate.daysLeft !== undefined ? { certificates: [{ host: run.certificate.host, port: run.certificate.port, daysLeft: run.certificate.daysLeft, validTo: run.certificate.validTo }] } : {}),
      ...(run.certificate ? { certificate: run.certificate } : {}),
      paths: run.states,
      events: run.events,
      samples: run.samples,
      ...(latest ? { checked: latest.time } : {}),
      ...(run.silent ? { silent: run.silent } : {}),
    };
    return ctx.masker.maskDeep({ findings, metrics });
  },
});
