import type { CheckResult, CheckStatus, Finding, Report, Severity } from '../types.js';
import { countBySeverity, formatDuration, plural, sortedFindings } from './counts.js';

export interface TextOptions {
  color: boolean;
}

/**
 * Colour only for a terminal that wants it: NO_COLOR (any value, even empty) turns it off, FORCE_COLOR
 * turns it on even when piped (except FORCE_COLOR=0 or false), otherwise only a TTY that is not "dumb" gets it.
 */
export function shouldUseColor(env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  if (env.NO_COLOR !== undefined) return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR.toLowerCase() !== 'false';
  if (!isTTY) return false;
  return env.TERM !== 'dumb';
}

type Style = 'red' | 'yellow' | 'cyan' | 'green' | 'dim' | 'bold';
const SGR: Record<Style, [number, number]> = {
  red: [31, 39], yellow: [33, 39], cyan: [36, 39], green: [32, 39], dim: [2, 22], bold: [1, 22],
};
const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', notice: 'cyan' };
const STATUS_STYLE: Record<CheckStatus, Style> = { pass: 'green', fail: 'red', error: 'red', skipped: 'dim' };

/** For terminals: per check, findings under a header per file as `line:col  severity  message  ruleId`, then one summary line. */
export function renderText(report: Report, options: TextOptions): string {
  const paint = (style: Style, s: string) => (options.color ? `\u001b[${SGR[style][0]}m${s}\u001b[${SGR[style][1]}m` : s);
  const lines: string[] = [];
  // Plain loops rather than push(...many): a spread of 100k+ lines would overflow the call stack.
  for (const check of report.checks) {
    for (const line of checkBlock(check, paint)) lines.push(line);
    lines.push('');
  }
  const counts = countBySeverity(report.checks.flatMap((c) => c.findings));
  const skipped = report.checks.filter((c) => c.status === 'skipped').length;
  const errored = report.checks.filter((c) => c.status === 'error').length;
  const extras = [skipped ? `${skipped} skipped` : '', errored ? `${errored} could not finish` : ''].filter(Boolean);
  const hidden = report.checks.reduce((n, c) => n + (typeof c.metrics.baselineHidden === 'number' ? c.metrics.baselineHidden : 0), 0);
  if (hidden) lines.push(paint('dim', `${plural(hidden, 'known finding')} hidden by the baseline`));
  const verdict = report.status === 'pass' ? paint('green', '✔ release-gate: pass') : paint('red', '✖ release-gate: fail');
  lines.push(`${paint('bold', verdict)}  ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.notice, 'notice')} in ${plural(report.checks.length, 'check')}${extras.length ? ` (${extras.join(', ')})` : ''}`);
  return `${lines.join('\n')}\n`;
}

/** One check's block, without colour: the action prints it in a log group of its own. */
export function renderCheckText(check: CheckResult): string {
  return checkBlock(check, (_style, s) => s).join('\n');
}

function checkBlock(check: CheckResult, paint: (style: Style, s: string) => string): string[] {
  const findings = sortedFindings(check);
  const header = [paint('bold', printable(check.check)), paint(STATUS_STYLE[check.status] ?? 'bold', check.status)];
  const reason = check.metrics.reason;
  if (check.status !== 'skipped') header.push(paint('dim', formatDuration(check.durationMs)));
  else if (typeof reason === 'string') header.push(paint('dim', printable(reason)));
  const lines = [header.join('  ')];
  if (check.status !== 'skipped') {
    const checked = whatWasChecked(check);
    if (checked) lines.push(`  ${paint('dim', printable(checked))}`);
    else if (findings.length === 0) lines.push(`  ${paint('dim', 'no findings')}`);
  }

  const files = byFile(rollUp(findings));
  // One position column per check, so severities and messages line up under every file.
  const width = files.reduce((w, g) => g.rows.reduce((v, r) => Math.max(v, position(r.first).length), w), 0);
  for (const group of files) {
    const indent = group.file === undefined ? '  ' : '    ';
    if (group.file !== undefined) lines.push(`  ${paint('bold', printable(group.file))}`);
    const pad = group.file === undefined ? 0 : width;
    const textIndent = ' '.repeat(indent.length + (pad ? pad + 2 : 0) + 7 + 2);
    group.rows.forEach(({ first: f, others }, i) => {
      const message = others.length
        ? `${f.message} (and ${others.length} more place${others.length === 1 ? '' : 's'}: ${others.slice(0, ROLL_UP_SHOWN).map(location).join(', ')}${others.length > ROLL_UP_SHOWN ? ', …' : ''})`
        : f.message;
      const [first, ...rest] = printable(message).split(/\r\n|\r|\n/);
      const severity = paint(SEVERITY_STYLE[f.severity], f.severity) + ' '.repeat(7 - f.severity.length);
      const where = pad ? `${position(f).padEnd(pad)}  ` : '';
      lines.push(`${indent}${where}${severity}  ${first}  ${paint('dim', printable(f.ruleId))}`);
      for (const more of rest) lines.push(`${textIndent}${more}`);
      // One rule's findings in one file share their hint: it is said once, after the last of them.
      const next = group.rows[i + 1]?.first;
      if (f.hint && !(next && next.ruleId === f.ruleId && next.hint === f.hint)) {
        lines.push(`${textIndent}${paint('dim', `hint: ${printable(f.hint).replace(/\r\n|\r|\n/g, `\n${textIndent}      `)}`)}`);
      }
    });
  }
  return lines.concat(endpointLines(check.metrics.endpoints, paint));
}

interface Row { first: Finding; others: Finding[] }

/**
 * Rows under a header per file: files in the order of their most severe finding, and within a file by
 * severity, then rule, then line, so one rule's findings sit together. Findings in no file have no header.
 */
function byFile(rows: readonly Row[]): { file?: string; rows: Row[] }[] {
  const groups = new Map<string | undefined, Row[]>();
  for (const row of rows) {
    const list = groups.get(row.first.file);
    if (list) list.push(row);
    else groups.set(row.first.file, [row]);
  }
  const rank = (f: Finding) => (f.severity === 'error' ? 0 : f.severity === 'warning' ? 1 : 2);
  const out = [...groups].map(([file, list]) => ({
    file,
    rows: list.sort((a, b) => rank(a.first) - rank(b.first) || (a.first.ruleId < b.first.ruleId ? -1 : a.first.ruleId > b.first.ruleId ? 1 : 0)
      || (a.first.line ?? 0) - (b.first.line ?? 0) || (a.first.column ?? 0) - (b.first.column ?? 0)),
  }));
  return out;
}

// The same finding in many places (one variable used in 14 files) is one problem: said once, with its first places.
const ROLL_UP_AT = 3;
const ROLL_UP_SHOWN = 3;

function rollUp(findings: readonly Finding[]): Row[] {
  const byKey = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.severity}\0${f.ruleId}\0${f.message}\0${f.hint ?? ''}`;
    const list = byKey.get(key);
    if (list) list.push(f);
    else byKey.set(key, [f]);
  }
  const out: Row[] = [];
  const done = new Set<string>();
  for (const f of findings) {
    const key = `${f.severity}\0${f.ruleId}\0${f.message}\0${f.hint ?? ''}`;
    const list = byKey.get(key)!;
    if (list.length < ROLL_UP_AT) { out.push({ first: f, others: [] }); continue; }
    if (done.has(key)) continue;
    done.add(key);
    out.push({ first: list[0]!, others: list.slice(1) });
  }
  return out;
}

/** A passing run says what it looked at, from the check's metrics; undefined when they say nothing readable. */
export function whatWasChecked(check: CheckResult): string | undefined {
  const m = check.metrics as Record<string, unknown>;
  const n = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
  const seconds = `${(check.durationMs / 1000).toFixed(1)} s`;
  switch (check.check) {
    case 'env': {
      const envs = Array.isArray(m.environments) ? m.environments.length : 0;
      if (n(m.filesScanned) === undefined) return undefined;
      return `env: ${plural(n(m.declared) ?? 0, 'declared variable')}, ${plural(n(m.uses) ?? 0, 'use')} in ${plural(n(m.filesScanned)!, 'file')}, ${plural(envs, 'environment')} with values`;
    }
    case 'migrations':
      if (n(m.files) === undefined) return undefined;
      return `migrations: ${plural(n(m.files)!, 'file')}, ${plural(n(m.statements) ?? 0, 'statement')} replayed${n(m.ignored) ? `, ${n(m.ignored)} ignored by comment` : ''}`;
    case 'secrets': {
      const files = m.files as Record<string, unknown> | undefined;
      const logs = m.logs as Record<string, unknown> | undefined;
      if (!files || n(files.scanned) === undefined) return undefined;
      return `secrets: ${plural(n(files.scanned)!, 'file')} scanned (${m.mode === 'diff' ? 'added lines only' : 'whole tree'})${n(logs?.scanned) ? `, ${plural(n(logs!.scanned)!, 'log')}` : ''}`;
    }
    case 'dependencies': {
      if (!Array.isArray(m.lockfiles) || n(m.packages) === undefined) return undefined;
      const critical = Array.isArray(m.critical) ? m.critical.length : 0;
      const advisories = m.advisories === 'off' ? 'advisories off' : m.advisories === 'directory' ? 'advisories from a directory' : 'advisories from OSV';
      const changes = n(m.added) !== undefined ? `, the pull request adds ${n(m.added)} and removes ${n(m.removed) ?? 0}` : '';
      return `dependencies: ${plural(n(m.packages)!, 'package')} in ${plural(m.lockfiles.length, 'lockfile')} (${critical} critical), ${advisories}${changes}`;
    }
    case 'domain': {
      if (n(m.dnsQueries) === undefined) return undefined;
      const certificates = Array.isArray(m.certificates) ? m.certificates as { host?: unknown; daysLeft?: unknown }[] : [];
      const days = certificates.filter((c) => typeof c.daysLeft === 'number').map((c) => `${String(c.host)} ${c.daysLeft as number} days left`);
      return `domain: ${`${n(m.dnsQueries)} DNS ${n(m.dnsQueries) === 1 ? 'query' : 'queries'}`}, ${plural(n(m.httpRequests) ?? 0, 'HTTP request')}${days.length ? `; certificates: ${days.join(', ')}` : ''}`;
    }
    case 'smoke': {
      const steps = Array.isArray(m.steps) ? (m.steps as { status?: unknown }[]) : undefined;
      if (!steps?.length || typeof m.url !== 'string') return undefined;
      const passed = steps.filter((s) => s.status === 'pass').length;
      return `smoke: ${passed} of ${plural(steps.length, 'step')} passed in ${seconds} against ${m.url}`;
    }
    case 'latency': {
      const baseline = m.baseline as { file?: unknown; endpoints?: { name: string; p95Ms: number | null; baselineP95Ms: number | null }[] } | undefined;
      if (!baseline?.endpoints?.length) return undefined;
      const ms = (v: number | null) => (v === null ? '-' : `${Math.round(v)} ms`);
      return `latency: p95 against the baseline ${String(baseline.file ?? '')}: ${baseline.endpoints.map((e) => `${e.name} ${ms(e.p95Ms)} (was ${ms(e.baselineP95Ms)})`).join(', ')}`;
    }
    default:
      return undefined;
  }
}

function location(f: Finding): string {
  if (!f.file) return '-';
  const at = position(f);
  return at === '-' ? printable(f.file) : `${printable(f.file)}:${at}`;
}

/** line:column within the file, or - when the finding is about the whole file. */
function position(f: Finding): string {
  if (f.line === undefined || f.line < 1) return '-';
  return f.column !== undefined && f.column >= 1 ? `${f.line}:${f.column}` : String(f.line);
}

/** The latency contract's per-endpoint numbers, one line each. */
function endpointLines(endpoints: unknown, paint: (style: Style, s: string) => string): string[] {
  if (!Array.isArray(endpoints)) return [];
  const ms = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? `${Math.round(v)} ms` : '-');
  const count = (v: unknown, word: string) => (typeof v === 'number' && Number.isFinite(v) ? plural(v, word) : `- ${word}s`);
  return endpoints
    .filter((e): e is Record<string, unknown> => typeof e === 'object' && e !== null && typeof e.name === 'string')
    .map((e) => `  ${paint('dim', 'endpoint')} ${printable(String(e.name))}: ${count(e.count, 'request')}, ${count(e.errors, 'error')}, p50 ${ms(e.p50Ms)}, p95 ${ms(e.p95Ms)}, p99 ${ms(e.p99Ms)}, max ${ms(e.maxMs)}`);
}

/**
 * Control characters from scanned files (an ESC in a log line, say) would drive the terminal; they are
 * shown as \xHH instead. Line breaks stay, for the caller to indent.
 */
export function printable(s: string): string {
  return s.replace(/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, (c) => (c === '\t' ? ' ' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`));
}
