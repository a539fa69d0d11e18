import { afterEach, describe, expect, jest, test } from '@jest/globals';
import * as core from '@actions/core';
import { annotationCommand, renderAnnotations } from '../../src/reporters/annotations.js';
import type { Finding, Report, Severity } from '../../src/types.js';
import { bulkReport, sampleReport, TRICKY_MESSAGE } from './sample-report.js';

function reportOf(findings: Finding[]): Report {
  return { schemaVersion: 1, status: 'fail', checks: [{ check: 'migrations', status: 'fail', durationMs: 1, findings, metrics: {} }] };
}

function finding(severity: Severity, extra: Partial<Finding> = {}): Finding {
  return { ruleId: 'index-not-concurrent', severity, message: 'm', file: 'db/a.sql', line: 1, ...extra };
}

/** Splits `::level k=v,k=v::data` into its parts; values keep their escaping. */
function parse(command: string): { level: string; props: Record<string, string>; data: string } {
  const match = /^::(\w+)(?: ([^:]*))?::(.*)$/s.exec(command);
  if (!match) throw new Error(`not a workflow command: ${command}`);
  const props = Object.fromEntries((match[2] ?? '').split(',').filter(Boolean).map((kv) => kv.split('=') as [string, string]));
  return { level: match[1], props, data: match[3] };
}

describe('annotation limits', () => {
  test('25 errors: the first 10 are annotated and 15 are counted as omitted', () => {
    const { commands, omitted } = renderAnnotations(bulkReport(25, ['error']));
    expect(commands).toHaveLength(10);
    expect(commands.every((c) => c.startsWith('::error '))).toBe(true);
    expect(omitted).toEqual({ error: 15, warning: 0, notice: 0 });
  });

  test('each level has its own limit of 10', () => {
    const findings = [
      ...Array.from({ length: 12 }, (_, i) => finding('warning', { line: i + 1 })),
      ...Array.from({ length: 3 }, (_, i) => finding('notice', { line: i + 1 })),
      ...Array.from({ length: 11 }, (_, i) => finding('error', { line: i + 1 })),
    ];
    const { commands, omitted } = renderAnnotations(reportOf(findings));
    expect(commands.map((c) => parse(c).level)).toEqual([...Array(10).fill('error'), ...Array(10).fill('warning'), ...Array(3).fill('notice')]);
    expect(omitted).toEqual({ error: 1, warning: 2, notice: 0 });
  });

  test('the most severe findings are the ones annotated, across checks', () => {
    const report = bulkReport(30);
    report.checks.unshift({ check: 'secrets', status: 'pass', durationMs: 1, findings: [finding('notice', { ruleId: 'first-check-notice' })], metrics: {} });
    const { commands } = renderAnnotations(report);
    expect(parse(commands[0]).level).toBe('error');
    expect(commands.findIndex((c) => c.includes('first-check-notice'))).toBeGreaterThan(19);
  });
});

describe('which findings get the ten slots', () => {
  // The deployed app is down: the manifest collects domain and env errors, while the pull request
  // adds a migration and a secret that must still show inline in the diff.
  function downAppReport(): Report {
    const manifestErrors = (check: string, n: number) => Array.from({ length: n }, (_, i) => finding('error', { ruleId: `${check}-rule`, file: '.github/release-gate.yml', line: 10 + i }));
    return {
      schemaVersion: 1,
      status: 'fail',
      checks: [
        { check: 'env', status: 'fail', durationMs: 1, findings: manifestErrors('env', 8), metrics: {} },
        { check: 'migrations', status: 'fail', durationMs: 1, findings: [finding('error', { file: 'db/migrations/009_index.sql', line: 2 }), finding('error', { file: 'db/migrations/001_old.sql', line: 5 })], metrics: {} },
        { check: 'secrets', status: 'fail', durationMs: 1, findings: [finding('error', { ruleId: 'stripe-secret-key', file: 'src/billing.ts', line: 14 })], metrics: {} },
        { check: 'domain', status: 'fail', durationMs: 1, findings: manifestErrors('domain', 8), metrics: {} },
      ],
    };
  }
  const changed = new Map([
    ['db/migrations/009_index.sql', [{ start: 1, end: Infinity }]],
    ['src/billing.ts', [{ start: 12, end: 15 }]],
  ]);

  test('findings on lines the pull request changed come first, then severity and check order', () => {
    const { commands, omitted } = renderAnnotations(downAppReport(), { changedLines: changed });
    expect(commands.slice(0, 2).map((c) => parse(c).props.file)).toEqual(['db/migrations/009_index.sql', 'src/billing.ts']);
    expect(commands).toHaveLength(10);
    expect(commands.slice(2).map((c) => parse(c).props.title)).toEqual([...Array(8).fill('env-rule (env)')]);
    expect(omitted).toEqual({ error: 9, warning: 0, notice: 0 });
  });

  test('without a diff, the order is severity, then check order', () => {
    const { commands } = renderAnnotations(downAppReport());
    expect(commands.map((c) => parse(c).props.title)).toEqual([...Array(8).fill('env-rule (env)'), 'index-not-concurrent (migrations)', 'index-not-concurrent (migrations)']);
  });

  test('a finding whose range overlaps a changed range counts as changed; one outside it does not', () => {
    const report = reportOf([
      finding('error', { file: 'src/billing.ts', line: 20 }),
      finding('error', { file: 'src/billing.ts', line: 10, endLine: 12 }),
    ]);
    const { commands } = renderAnnotations(report, { changedLines: changed, limitPerLevel: 1 });
    expect(commands.map((c) => parse(c).props.line)).toEqual(['10']);
  });

  test("reserved error slots (the step's failure message) leave nine for findings", () => {
    const { commands, emitted, omitted } = renderAnnotations(bulkReport(25, ['error']), { reservedErrors: 1 });
    expect(commands).toHaveLength(9);
    expect(emitted).toEqual({ error: 9, warning: 0, notice: 0 });
    expect(omitted).toEqual({ error: 16, warning: 0, notice: 0 });
  });

  test('the job budget left by earlier steps caps every level together', () => {
    const findings = [
      ...Array.from({ length: 5 }, (_, i) => finding('error', { line: i + 1 })),
      ...Array.from({ length: 5 }, (_, i) => finding('warning', { line: i + 1 })),
    ];
    const { commands, omitted } = renderAnnotations(reportOf(findings), { jobRemaining: 7 });
    expect(commands.map((c) => parse(c).level)).toEqual([...Array(5).fill('error'), 'warning', 'warning']);
    expect(omitted).toEqual({ error: 0, warning: 3, notice: 0 });
    expect(renderAnnotations(reportOf(findings), { jobRemaining: 0 }).commands).toEqual([]);
  });
});

describe('annotation properties', () => {
  test.each<[string, Partial<Finding>, Record<string, string>]>([
    ['a one-line range keeps its columns', { line: 3, column: 5, endLine: 3, endColumn: 9 }, { file: 'db/a.sql', line: '3', col: '5', endLine: '3', endColumn: '9' }],
    ['a multi-line range drops columns, which GitHub ignores there', { line: 3, column: 5, endLine: 6, endColumn: 2 }, { file: 'db/a.sql', line: '3', endLine: '6' }],
    ['a file without a line is annotated on the file', { line: undefined, column: 4 }, { file: 'db/a.sql' }],
    ['no file: no location at all', { file: undefined, line: 7, column: 2 }, {}],
    ['an end before the start is dropped', { line: 5, endLine: 2 }, { file: 'db/a.sql', line: '5' }],
    ['zero and fractional positions are dropped', { line: 2, column: 0, endColumn: 1.5 }, { file: 'db/a.sql', line: '2' }],
  ])('%s', (_name, extra, expected) => {
    const { props } = parse(annotationCommand('migrations', finding('error', extra)));
    expect(props).toEqual({ ...expected, title: 'index-not-concurrent (migrations)' });
  });

  test('the hint follows the message on its own line', () => {
    const { data } = parse(annotationCommand('migrations', finding('warning', { message: 'locks writes', hint: 'use CONCURRENTLY' })));
    expect(data).toBe('locks writes%0Ause CONCURRENTLY');
  });
});

describe('escaping matches @actions/core', () => {
  let written: string[] = [];
  afterEach(() => {
    jest.restoreAllMocks();
  });

  test.each([
    ['the tricky message and a file name with a comma', { message: TRICKY_MESSAGE, file: 'db/migrations/002_add,index.sql', line: 3, column: 1, endLine: 3, endColumn: 41 }],
    ['percent, CR, LF, colon and comma everywhere', { message: '100%\r\n: a,b %0A', file: 'dir:x/%2C,y.sql', line: 2, column: 3 }],
  ])('%s', (_name, extra) => {
    const f = finding('error', extra);
    written = [];
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    core.error(f.message, { title: 'index-not-concurrent (migrations)', file: f.file, startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn });
    jest.restoreAllMocks();

    const theirs = parse(written.join('').replace(/\r?\n$/, ''));
    const ours = parse(annotationCommand('migrations', f));
    expect(ours.level).toBe(theirs.level);
    expect(ours.props).toEqual(theirs.props);
    expect(ours.data).toBe(theirs.data);
  });

  test('the sample report: every command is a single line, with the % and , escaped', () => {
    const { commands } = renderAnnotations(sampleReport());
    expect(commands.every((c) => !/[\r\n]/.test(c))).toBe(true);
    const tricky = commands.find((c) => c.includes('002_add'))!;
    expect(tricky).toContain('file=db/migrations/002_add%2Cindex.sql,');
    expect(tricky).toContain('locks 100%25 of writes: a|b <script>');
  });
});
