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

/** For terminals: findings grouped per check as `file:line:col  severity  message  ruleId`, then one summary line. */
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

function checkBlock(check: CheckResult, paint: (style: Style, s: string) => string): string[] {
  const findings = sortedFindings(check);
  const header = [paint('bold', printable(check.check)), paint(STATUS_STYLE[check.status] ?? 'bold', check.status)];
  const reason = check.metrics.reason;
  if (check.status !== 'skipped') header.push(paint('dim', formatDuration(check.durationMs)));
  else if (typeof reason === 'string') header.push(paint('dim', printable(reason)));
  const lines = [header.join('  ')];
  if (findings.length === 0 && check.status !== 'skipped') lines.push(`  ${paint('dim', 'no findings')}`);

  const locations = findings.map(location);
  const width = locations.reduce((w, l) => Math.max(w, l.length), 0);
  findings.forEach((f, i) => {
    const [first, ...rest] = printable(f.message).split(/\r\n|\r|\n/);
    const severity = paint(SEVERITY_STYLE[f.severity], f.severity) + ' '.repeat(7 - f.severity.length);
    lines.push(`  ${locations[i].padEnd(width)}  ${severity}  ${first}  ${paint('dim', printable(f.ruleId))}`);
    const indent = ' '.repeat(2 + width + 2 + 7 + 2);
    for (const more of rest) lines.push(`${indent}${more}`);
    if (f.hint) lines.push(`${indent}${paint('dim', `hint: ${printable(f.hint).replace(/\r\n|\r|\n/g, `\n${indent}      `)}`)}`);
  });
  return lines.concat(endpointLines(check.metrics.endpoints, paint));
}

function location(f: Finding): string {
  if (!f.file) return '-';
  const parts = [printable(f.file)];
  if (f.line !== undefined && f.line >= 1) {
    parts.push(String(f.line));
    if (f.column !== undefined && f.column >= 1) parts.push(String(f.column));
  }
  return parts.join(':');
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
