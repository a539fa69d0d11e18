import type { CheckStatus, Finding, GateStatus, Report, Severity } from '../../types.js';

/** The history record format this release-gate writes and reads. A newer record is refused, never rewritten. */
export const HISTORY_SCHEMA_VERSION = 1;

export const RUN_KINDS = ['pull-request', 'post-deploy', 'nightly', 'manual'] as const;
export type RunKind = (typeof RUN_KINDS)[number];

/** Where a run came from: what `history add` and the actions know besides the report. */
export interface RunContext {
  /** ISO 8601. */
  time: string;
  commit?: string;
  ref?: string;
  kind: RunKind;
  /** The environment the live checks ran against; "-" when none (a pull request's static checks). */
  environment: string;
  /** The workflow run, for links from the dashboard and the reports. */
  runUrl?: string;
}

export interface EndpointFigures {
  name: string;
  count: number;
  errors: number;
  errorRate: number;
  p50Ms: number | null;
  p95Ms: number | null;
  p99Ms: number | null;
  /** The manifest's p95 threshold for the endpoint, when it had one. */
  thresholdP95Ms?: number;
}

export interface StepFigures {
  name: string;
  status: string;
  ms: number | null;
  httpStatus?: number | null;
}

export interface CertificateFigures {
  host: string;
  port?: number;
  daysLeft?: number;
  validTo?: string;
  unreachable?: boolean;
}

/** A finding kept for the reports' evidence and the handover's next steps. */
export interface KeptFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  file?: string;
  line?: number;
  hint?: string;
}

export interface CheckRecord {
  check: string;
  status: CheckStatus;
  durationMs: number;
  /** Findings counted by rule id. */
  findingsByRule: Record<string, number>;
  /** Errors and warnings, most severe first, at most MAX_KEPT_FINDINGS. */
  findings: KeptFinding[];
  endpoints?: EndpointFigures[];
  steps?: StepFigures[];
  certificates?: CertificateFigures[];
  /** The check's other metrics worth a report: smoke's url, env's files, the domain's records. */
  facts?: Record<string, unknown>;
}

/** What the run's alerts did (the go-live report's evidence that alerts reach people). */
export interface AlertsRecord {
  /** The sinks the manifest configured, by name. */
  sinks: string[];
  deliveries: { sink: string; kind: string; key: string; ok: boolean; attempts: number; status?: number; error?: string; issue?: number; action?: string }[];
}

export interface HistoryRecord extends RunContext {
  v: typeof HISTORY_SCHEMA_VERSION;
  status: GateStatus;
  checks: CheckRecord[];
  alerts?: AlertsRecord;
}

export const MAX_KEPT_FINDINGS = 20;

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const rows = (v: unknown): Record<string, unknown>[] =>
  Array.isArray(v) ? v.filter((r): r is Record<string, unknown> => !!r && typeof r === 'object' && typeof (r as { name?: unknown }).name === 'string') : [];

/** One record per run: the report's statuses and the figures the trends need, nothing that identifies a secret. */
export function recordFromReport(report: Report, context: RunContext, extra: { alerts?: AlertsRecord } = {}): HistoryRecord {
  return {
    v: HISTORY_SCHEMA_VERSION,
    time: context.time,
    ...(context.commit ? { commit: context.commit } : {}),
    ...(context.ref ? { ref: context.ref } : {}),
    kind: context.kind,
    environment: context.environment,
    ...(context.runUrl ? { runUrl: context.runUrl } : {}),
    status: report.status,
    checks: report.checks.map((c) => {
      const findingsByRule: Record<string, number> = {};
      for (const f of c.findings) findingsByRule[f.ruleId] = (findingsByRule[f.ruleId] ?? 0) + 1;
      const record: CheckRecord = {
        check: c.check,
        status: c.status,
        durationMs: c.durationMs,
        findingsByRule,
        findings: c.findings.filter((f) => f.severity !== 'notice').slice(0, MAX_KEPT_FINDINGS).map(keepFinding),
      };
      const m = c.metrics ?? {};
      const endpoints = rows(m.endpoints).map(endpointFigures);
      if (endpoints.length) record.endpoints = endpoints;
      const steps = rows(m.steps).map((s) => ({ name: String(s.name), status: String(s.status), ms: num(s.ms), httpStatus: num(s.httpStatus) }));
      if (steps.length) record.steps = steps;
      const certificates = Array.isArray(m.certificates) ? m.certificates.filter(isObject).filter((t) => typeof t.host === 'string').map(certificateFigures) : [];
      if (certificates.length) record.certificates = certificates;
      const facts = factsOf(c.check, m);
      if (Object.keys(facts).length) record.facts = facts;
      return record;
    }),
    ...(extra.alerts ? { alerts: { sinks: extra.alerts.sinks, deliveries: extra.alerts.deliveries } } : {}),
  };
}

function keepFinding(f: Finding): KeptFinding {
  return {
    ruleId: f.ruleId, severity: f.severity, message: f.message,
    ...(f.file ? { file: f.file } : {}), ...(f.line ? { line: f.line } : {}), ...(f.hint ? { hint: f.hint } : {}),
  };
}

function endpointFigures(e: Record<string, unknown>): EndpointFigures {
  const count = num(e.count) ?? 0;
  const errors = num(e.errors) ?? 0;
  const threshold = isObject(e.thresholds) ? num(e.thresholds.p95Ms) : null;
  return {
    name: String(e.name), count, errors,
    errorRate: num(e.errorRate) ?? (count > 0 ? errors / count : 0),
    p50Ms: num(e.p50Ms), p95Ms: num(e.p95Ms), p99Ms: num(e.p99Ms),
    ...(threshold !== null ? { thresholdP95Ms: threshold } : {}),
  };
}

function certificateFigures(t: Record<string, unknown>): CertificateFigures {
  return {
    host: String(t.host),
    ...(num(t.port) !== null ? { port: num(t.port)! } : {}),
    ...(num(t.daysLeft) !== null ? { daysLeft: num(t.daysLeft)! } : {}),
    ...(typeof t.validTo === 'string' ? { validTo: t.validTo } : {}),
    ...(t.unreachable === true ? { unreachable: true } : {}),
  };
}

// What the handover report needs to say where things live; metrics hold far more (histograms), which stays out.
const FACT_KEYS: Record<string, readonly string[]> = {
  smoke: ['url', 'environment', 'deployment'],
  latency: ['url', 'environment'],
  env: ['environments', 'envFiles', 'declared'],
  domain: ['records', 'emailDomains', 'observed'],
  migrations: ['files', 'statements'],
  rollback: ['outcome', 'method', 'previousSha', 'failedSha', 'confirmed', 'summary'],
  watch: ['url', 'environment', 'breach', 'window'],
  // The monitor continues each path's state from its last run: the states, the samples, the silence.
  monitor: ['url', 'environment', 'intervalMs', 'paths', 'events', 'samples', 'checked', 'silent', 'certificate'],
};

function factsOf(check: string, metrics: Record<string, unknown>): Record<string, unknown> {
  const facts: Record<string, unknown> = {};
  for (const key of FACT_KEYS[check] ?? []) if (metrics[key] !== undefined) facts[key] = metrics[key];
  return facts;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

/** The workflow kind of a GitHub event: what decides which runs are comparable. */
export function kindOfEvent(eventName: string | undefined): RunKind {
  switch (eventName) {
    case 'pull_request': case 'pull_request_target': case 'merge_group': return 'pull-request';
    case 'deployment_status': case 'deployment': return 'post-deploy';
    case 'schedule': return 'nightly';
    default: return 'manual';
  }
}

/** The environment a report's live checks ran against, from their metrics; "-" when none did. */
export function environmentOfReport(report: Report): string {
  for (const c of report.checks) {
    const env = c.metrics?.environment;
    if (typeof env === 'string' && env) return env;
  }
  return '-';
}

/** The problem with a parsed line, or undefined when it is a record this version reads. */
export function validateRecord(value: unknown): string | undefined {
  if (!isObject(value)) return 'not a JSON object';
  if (typeof value.v !== 'number' || !Number.isInteger(value.v)) return 'no schema version ("v")';
  if (value.v > HISTORY_SCHEMA_VERSION) {
    return `written by a newer release-gate (record version ${value.v}; this one reads ${HISTORY_SCHEMA_VERSION}): upgrade release-gate`;
  }
  if (value.v < 1) return `unknown record version ${value.v}`;
  if (typeof value.time !== 'string' || Number.isNaN(Date.parse(value.time))) return '"time" is not an ISO date';
  if (!RUN_KINDS.includes(value.kind as RunKind)) return `"kind" must be one of ${RUN_KINDS.join(', ')}`;
  if (typeof value.environment !== 'string') return '"environment" is missing';
  if (value.status !== 'pass' && value.status !== 'fail') return '"status" must be pass or fail';
  if (!Array.isArray(value.checks) || !value.checks.every((c) => isObject(c) && typeof c.check === 'string' && typeof c.status === 'string')) {
    return '"checks" must be a list of {check, status}';
  }
  return undefined;
}
