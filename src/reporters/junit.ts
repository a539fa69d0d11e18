import type { CheckResult, Finding, Report, Severity } from '../types.js';
import { countBySeverity, sortedFindings } from './counts.js';

export interface JunitOptions {
  /** The gate's --fail-on: with "warning", warnings are failures too, as they fail the gate. */
  failOn?: Extract<Severity, 'error' | 'warning'>;
}

/**
 * JUnit XML for CI test-report viewers: a <testsuite> per check and a <testcase> per finding.
 * Only what fails the gate is a <failure>; warnings and notices pass with their text in <system-out>.
 */
export function renderJunit(report: Report, options: JunitOptions = {}): string {
  const failing = (f: Finding) => f.severity === 'error' || (options.failOn === 'warning' && f.severity === 'warning');
  const suites = report.checks.map((check) => suite(check, failing));
  const sum = (key: keyof SuiteTotals) => suites.reduce((n, s) => n + s.totals[key], 0);
  const time = seconds(report.checks.reduce((n, c) => n + c.durationMs, 0));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="release-gate" tests="${sum('tests')}" failures="${sum('failures')}" errors="${sum('errors')}" skipped="${sum('skipped')}" time="${time}">`,
    ...suites.flatMap((s) => s.lines),
    '</testsuites>',
    '',
  ].join('\n');
}

interface SuiteTotals { tests: number; failures: number; errors: number; skipped: number }

function suite(check: CheckResult, failing: (f: Finding) => boolean): { totals: SuiteTotals; lines: string[] } {
  const name = attr(check.check);
  const totals: SuiteTotals = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  const cases: string[] = [];
  const testcase = (caseName: string, ...children: string[]) => {
    totals.tests += 1;
    if (children.length === 0) cases.push(`    <testcase classname="${name}" name="${caseName}"/>`);
    else cases.push(`    <testcase classname="${name}" name="${caseName}">`, ...children.map((c) => `      ${c}`), '    </testcase>');
  };
  const findings = sortedFindings(check);

  if (check.status === 'skipped') {
    const reason = typeof check.metrics.reason === 'string' ? ` message="${attr(check.metrics.reason)}"` : '';
    testcase('skipped', `<skipped${reason}/>`);
    totals.skipped += 1;
  }
  for (const f of findings) {
    const caseName = attr(where(f) ? `${f.ruleId} ${where(f)}` : f.ruleId);
    if (!failing(f)) {
      testcase(caseName, `<system-out>${text(`${f.severity}: ${body(f)}`)}</system-out>`);
      continue;
    }
    // A check that could not finish has an unknown result: that is an <error>, not a failed assertion.
    const element = check.status === 'error' ? 'error' : 'failure';
    testcase(caseName, `<${element} message="${attr(f.message)}" type="${attr(f.ruleId)}">${text(body(f))}</${element}>`);
    totals[element === 'error' ? 'errors' : 'failures'] += 1;
  }
  if (check.status === 'error' && totals.errors === 0) {
    testcase('could not finish', '<error message="the check could not finish"/>');
    totals.errors += 1;
  }
  if (totals.tests === 0) testcase('no findings');

  const c = countBySeverity(findings);
  const properties = [
    '    <properties>',
    `      <property name="status" value="${attr(check.status)}"/>`,
    `      <property name="errors" value="${c.error}"/>`,
    `      <property name="warnings" value="${c.warning}"/>`,
    `      <property name="notices" value="${c.notice}"/>`,
    '    </properties>',
  ];
  const open = `  <testsuite name="${name}" tests="${totals.tests}" failures="${totals.failures}" errors="${totals.errors}" skipped="${totals.skipped}" time="${seconds(check.durationMs)}">`;
  return { totals, lines: [open, ...properties, ...cases, '  </testsuite>'] };
}

function where(f: Finding): string {
  if (!f.file) return '';
  return f.line !== undefined && f.line >= 1 ? `${f.file}:${f.line}` : f.file;
}

function body(f: Finding): string {
  const at = where(f);
  return [f.message, f.hint ? `Hint: ${f.hint}` : '', at ? `At: ${at}${f.column ? `:${f.column}` : ''}` : ''].filter(Boolean).join('\n');
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}

/** Drops what XML 1.0 cannot carry at all: C0 controls other than tab/LF/CR, lone surrogates, U+FFFE/U+FFFF. */
export function xmlSafe(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
}

function text(s: string): string {
  return xmlSafe(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Attribute values also keep their line breaks and tabs, which a parser would otherwise fold to spaces. */
function attr(s: string): string {
  return text(s).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
