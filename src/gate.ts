import type { CheckContext, CheckDefinition } from './checks/check.js';
import type { BaselineEntry, Fingerprinter } from './baseline/baseline.js';
import type { Suppressor } from './baseline/suppressions.js';
import { CHECKS } from './checks/index.js';
import { applyRuleOverrides, GATE_RULES, type RuleOverrides } from './rules/registry.js';
import { compareFindings, type CheckResult, type Finding, type Report, type Severity } from './types.js';

export type FailOn = Extract<Severity, 'error' | 'warning'>;

export interface GateOptions {
  /** Run only these checks; by default every check whose section the manifest has, except those that run only when named. */
  checks?: readonly string[];
  failOn?: FailOn;
  /** The checks to choose from; the registry by default (tests pass their own). */
  available?: readonly CheckDefinition[];
  /**
   * The GitHub event the run answers (pull_request, push, ...); the CLI with --base counts as
   * pull_request. Checks that touch a live environment skip pull requests unless their section's
   * `on:` lists the event.
   */
  event?: string;
  /** Inline and manifest suppressions (reasons, expiry), applied to every check's findings. */
  suppressor?: Suppressor;
  /** Fingerprints every finding; with `known`, hides the findings the baseline holds. */
  baseline?: { fingerprinter: Fingerprinter; known?: ReadonlySet<string> };
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

/** Why a live check does not run on this event, or undefined when it runs. */
export function liveCheckSkipReason(check: Pick<CheckDefinition, 'live' | 'section'>, section: unknown, event: string | undefined): string | undefined {
  if (!check.live || event === undefined) return undefined;
  const on = (section as { on?: string[] } | null)?.on;
  if (on) return on.includes(event) ? undefined : `\`${check.section}.on\` does not list ${event}`;
  if (!PULL_REQUEST_EVENTS.has(event)) return undefined;
  return `a pull request does not touch live environments unless \`${check.section}.on\` lists ${event}`;
}

export interface GateRun {
  report: Report;
  /** Files the checks want kept for later jobs, by file name (already masked). */
  artifacts: Record<string, string>;
  /** Files the user asked for by path (CheckOutput.files), relative to the working directory (already masked). */
  files?: Record<string, string>;
  /** Every finding's baseline entry (before the baseline hid any), when a fingerprinter was given. */
  entries?: BaselineEntry[];
}

/** Runs the selected checks one after another; a check that throws becomes an `error` result and the rest still run. */
export async function runGate(ctx: CheckContext, options: GateOptions = {}): Promise<GateRun> {
  const available = options.available ?? CHECKS;
  const failOn = options.failOn ?? 'error';
  const manifest = ctx.manifest.data as unknown as Record<string, unknown>;
  const selected = options.checks
    ? available.filter((c) => options.checks!.includes(c.name))
    : available.filter((c) => manifest[c.section] !== undefined && !c.explicit);

  const checks: CheckResult[] = [];
  const artifacts: Record<string, string> = {};
  const files: Record<string, string> = {};
  const entries: BaselineEntry[] | undefined = options.baseline ? [] : undefined;
  for (const check of selected) {
    const skip = liveCheckSkipReason(check, manifest[check.section], options.event);
    if (skip && manifest[check.section] != null) {
      checks.push({ check: check.name, status: 'skipped', durationMs: 0, findings: [], metrics: { reason: skip } });
      continue;
    }
    if (ctx.signal.aborted) {
      checks.push({ check: check.name, status: 'skipped', durationMs: 0, findings: [], metrics: { reason: `not run: ${reasonText(ctx.signal.reason)}` } });
      continue;
    }
    const before = check.after ? checks.find((c) => c.check === check.after) : undefined;
    if (before && before.status !== 'pass') {
      checks.push({ check: check.name, status: 'skipped', durationMs: 0, findings: [], metrics: { reason: `the ${before.check} check did not pass in this run (${before.status}): nothing to ${check.name}` } });
      continue;
    }
    const result = await runCheck(ctx, check, manifest[check.section], failOn, { artifacts, files }, options, entries);
    if (ctx.signal.aborted && result.status !== 'skipped') {
      const where = ctx.manifest.locate([check.section]);
      result.findings.unshift({
        ruleId: GATE_RULES.runInterrupted.id, severity: 'error',
        message: `the ${check.name} check was ${reasonText(ctx.signal.reason)} before it finished: its findings are partial`,
        file: ctx.manifest.file, line: where?.line, column: where?.column, hint: GATE_RULES.runInterrupted.help,
      });
      result.status = 'error';
    }
    checks.push(result);
  }
  const status = checks.some((c) => c.status === 'fail' || c.status === 'error') ? 'fail' : 'pass';
  const report: Report = { schemaVersion: 1, status, checks };
  return { report: ctx.masker.maskDeep(report), artifacts: ctx.masker.maskDeep(artifacts), files: ctx.masker.maskDeep(files), ...(entries ? { entries } : {}) };
}

function reasonText(reason: unknown): string {
  return reason instanceof Error ? reason.message : typeof reason === 'string' ? reason : 'interrupted';
}

async function runCheck(
  ctx: CheckContext, check: CheckDefinition, section: unknown, failOn: FailOn, out: { artifacts: Record<string, string>; files: Record<string, string> },
  options: GateOptions = {}, entries?: BaselineEntry[],
): Promise<CheckResult> {
  // process.hrtime, not performance.now(): the global `performance` loads perf_hooks on first use.
  const started = process.hrtime.bigint();
  const elapsed = () => Math.round(Number(process.hrtime.bigint() - started) / 1e6);
  if (section === undefined || section === null) {
    return {
      check: check.name, status: 'skipped', durationMs: 0, findings: [],
      metrics: { reason: `the manifest has no \`${check.section}\` section` },
    };
  }
  let findings: Finding[];
  let metrics: Record<string, unknown> = {};
  try {
    const output = await check.run(ctx, section as never);
    metrics = output.metrics ?? {};
    Object.assign(out.artifacts, output.artifacts);
    Object.assign(out.files, output.files);
    const overrides = (section as { rules?: RuleOverrides }).rules;
    findings = [...applyRuleOverrides(output.findings, overrides), ...unknownOverrides(ctx, check, overrides)];
  } catch (error) {
    const where = ctx.manifest.locate([check.section]);
    findings = [{
      ruleId: GATE_RULES.checkCrashed.id,
      severity: 'error',
      message: `the ${check.name} check stopped: ${error instanceof Error ? error.message : String(error)}`,
      file: ctx.manifest.file, line: where?.line, column: where?.column,
      hint: GATE_RULES.checkCrashed.help,
    }];
    return { check: check.name, status: 'error', durationMs: elapsed(), findings, metrics };
  }
  if (options.suppressor) {
    const outcome = options.suppressor.apply(check.name, findings);
    findings = outcome.findings;
    if (outcome.active.length) {
      // A check that reads its own comments (migrations, the secrets check's release-gate:allow) lists them first.
      const own = Array.isArray(metrics.suppressions) ? metrics.suppressions : [];
      metrics.suppressions = [...own, ...outcome.active.map((s) => ({ rules: s.rules, reason: s.reason ?? null, until: s.until ?? null, file: s.file, line: s.line, hidden: s.hidden }))];
    }
    if (outcome.expired) metrics.suppressionsExpired = outcome.expired;
    for (const s of outcome.active.filter((a) => !a.reason)) {
      findings.push({
        ruleId: GATE_RULES.suppressionWithoutReason.id, severity: GATE_RULES.suppressionWithoutReason.severity,
        message: `this ignore of ${s.rules.join(', ')} gives no reason, so nobody can tell later whether it still holds`,
        file: s.file, line: s.line, column: s.column, hint: GATE_RULES.suppressionWithoutReason.help,
      });
    }
  }
  if (options.baseline) {
    const prints = options.baseline.fingerprinter.fingerprints(check.name, findings);
    const known = options.baseline.known;
    const before = findings.length;
    findings.forEach((f, i) => entries?.push({ check: check.name, ruleId: f.ruleId, file: f.file, line: f.line, fingerprint: prints[i]! }));
    if (known) {
      findings = findings.filter((_, i) => !known.has(prints[i]!));
      if (before > findings.length) metrics.baselineHidden = before - findings.length;
    }
  }
  findings.sort(compareFindings);
  const failing = findings.some((f) => f.severity === 'error' || (failOn === 'warning' && f.severity === 'warning'));
  return { check: check.name, status: failing ? 'fail' : 'pass', durationMs: elapsed(), findings, metrics };
}

function unknownOverrides(ctx: CheckContext, check: CheckDefinition, overrides: RuleOverrides | undefined): Finding[] {
  if (!overrides) return [];
  const known = new Set(check.rules.map((r) => r.id));
  return Object.keys(overrides).filter((id) => !known.has(id)).map((id) => {
    const where = ctx.manifest.locate([check.section, 'rules', id], 'key');
    return {
      ruleId: GATE_RULES.unknownRuleOverride.id,
      severity: GATE_RULES.unknownRuleOverride.severity,
      message: `${check.section}.rules names "${id}", which is not a rule of the ${check.name} check`,
      file: ctx.manifest.file, line: where?.line, column: where?.column,
      hint: `Known rules: ${[...known].join(', ')}.`,
    };
  });
}
