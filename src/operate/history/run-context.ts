import type { Report } from '../../types.js';
import { runUrlOf } from '../deployment.js';
import { environmentOfReport, kindOfEvent, RUN_KINDS, type RunContext, type RunKind } from './record.js';

export interface RunContextOverrides {
  time?: string;
  commit?: string;
  ref?: string;
  kind?: string;
  environment?: string;
  runUrl?: string;
}

/**
 * Where a run came from, read from the GitHub Actions variables when present (so `history add` in a
 * workflow step needs no flags), each overridable. Throws on a kind or time that cannot be used.
 */
export function runContext(report: Report, env: Readonly<Record<string, string | undefined>>, now: Date, overrides: RunContextOverrides = {}): RunContext {
  const kind = (overrides.kind ?? kindOfEvent(env.GITHUB_EVENT_NAME)) as RunKind;
  if (!RUN_KINDS.includes(kind)) throw new Error(`--kind must be one of ${RUN_KINDS.join(', ')}, got "${overrides.kind}"`);
  const time = overrides.time ?? now.toISOString();
  if (Number.isNaN(Date.parse(time))) throw new Error(`--time must be an ISO date such as 2026-01-31T03:17:00Z, got "${time}"`);
  const runUrl = overrides.runUrl ?? runUrlOf(env);
  return {
    time: new Date(time).toISOString(),
    commit: overrides.commit ?? env.GITHUB_SHA,
    ref: overrides.ref ?? env.GITHUB_REF,
    kind,
    environment: overrides.environment ?? environmentOfReport(report),
    runUrl,
  };
}
