import { describe, expect, test } from '@jest/globals';
import { cell, MARKDOWN_MAX_BYTES, renderMarkdown, truncateUtf8 } from '../../src/reporters/markdown.js';
import { renderSummary } from '../../src/reporters/summary.js';
import type { Finding, Report } from '../../src/types.js';
import { bulkReport, sampleReport } from './sample-report.js';

const MIB = 1024 * 1024;
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** Cells of a table row the way GFM splits them: on every pipe not escaped by a backslash. */
function cells(row: string): string[] {
  return row.replace(/^\||\|$/g, '').split(/(?<!\\)\|/);
}

function findingRows(markdown: string): string[] {
  return markdown.split('\n').filter((l) => /^\| (error|warning|notice) \|/.test(l));
}

function reportOf(findings: Finding[]): Report {
  return { schemaVersion: 1, status: 'fail', checks: [{ check: 'secrets', status: 'fail', durationMs: 1, findings, metrics: {} }] };
}

describe('the summary byte cap', () => {
  test('50,000 findings stay under 1 MiB and the summary says how many were cut', () => {
    const markdown = renderSummary(bulkReport(50_000));
    expect(bytes(markdown)).toBeLessThanOrEqual(MARKDOWN_MAX_BYTES);
    expect(bytes(markdown)).toBeLessThan(MIB);

    const shown = findingRows(markdown).length;
    const cut = 50_000 - shown;
    expect(cut).toBeGreaterThan(0);
    expect(markdown).toContain(`**${cut.toLocaleString('en-US')} more findings not shown here, to keep under GitHub's size limit; every finding is in the JSON report.**`);
    // The headline still counts everything, not only what fits.
    expect(markdown).toContain('16,667 errors, 16,667 warnings, 16,666 notices in 1 check.');
  });

  test('rows are cut from the least severe end: errors stay while notices go', () => {
    const markdown = renderMarkdown(bulkReport(3_000), { maxBytes: 500_000 });
    const severities = findingRows(markdown).map((r) => cells(r)[0].trim());
    expect(severities.filter((s) => s === 'error')).toHaveLength(1_000);
    expect(severities).not.toContain('notice');
    expect(severities.slice(0, 1_000).every((s) => s === 'error')).toBe(true);
    expect(severities.filter((s) => s === 'warning').length).toBeGreaterThan(0);
    expect(bytes(markdown)).toBeLessThanOrEqual(500_000);
  });

  test('multi-byte text is measured in UTF-8 bytes, not characters', () => {
    const findings = Array.from({ length: 2_000 }, (_, i): Finding => ({
      ruleId: 'secret-in-log', severity: 'warning', message: `秘密の値が見つかりました 🔑 ${i}`, file: `logs/app-${i}.log`, line: 1,
    }));
    const markdown = renderMarkdown(reportOf(findings), { maxBytes: 20_000 });
    expect(bytes(markdown)).toBeLessThanOrEqual(20_000);
    expect(markdown).toMatch(/more findings not shown here, to keep under GitHub's size limit; every finding is in the JSON report\./);
  });

  test('a cap too small for even the headline still yields a document under the cap', () => {
    const markdown = renderMarkdown(sampleReport(), { maxBytes: 300, details: ['x'.repeat(5_000)] });
    expect(bytes(markdown)).toBeLessThanOrEqual(300);
    expect(markdown).toContain('Output truncated; see the JSON report.');
  });

  test('a report that fits is not cut', () => {
    const markdown = renderSummary(sampleReport());
    expect(markdown).not.toContain('not shown');
    expect(findingRows(markdown)).toHaveLength(7);
  });
});

describe('cells cannot break the table', () => {
  const hostile = [
    'a | b || c |',
    'line one\nline two\r\nline three\rfour',
    '<img src=x onerror=alert(1)> </td></tr></table> <!-- comment',
    '[link](https://evil.example) ![img](x) **bold** _it_ ~~strike~~ `code | pipe` `ok`',
    '\\| escaped already \\',
    '&amp; &lt; &#124;',
    '# heading\n- list\n> quote\n| --- |',
  ];

  test.each(hostile)('%j', (message) => {
    const markdown = renderMarkdown(reportOf([{ ruleId: 'secret-in-log', severity: 'error', message, file: 'a|b.txt', line: 2, hint: message }]));
    const [row] = findingRows(markdown);
    expect(cells(row)).toHaveLength(4);
    expect(row).not.toMatch(/<(?!br>)/);
    expect(markdown.split('\n').filter((l) => l.startsWith('| error'))).toHaveLength(1);
  });

  test.each([
    ['pipes', 'a|b', 'a\\|b'],
    ['html', '<b>&', '&lt;b&gt;&amp;'],
    ['newlines', 'a\nb', 'a<br>b'],
    ['markdown punctuation', '*a* _b_ [c] ~d~', '\\*a\\* \\_b\\_ \\[c\\] \\~d\\~'],
    ['code spans stay code', 'the `rules:` key', 'the `rules:` key'],
    ['a code span with a pipe is plain text', '`a|b`', '\\`a\\|b\\`'],
    ['an unpaired backtick', 'a ` b', 'a \\` b'],
    ['control characters are dropped', 'a\u0000\u001bb', 'ab'],
  ])('%s', (_name, input, expected) => {
    expect(cell(input)).toBe(expected);
  });
});

describe('the document', () => {
  test('names the annotations GitHub did not show', () => {
    const markdown = renderMarkdown(sampleReport(), { omitted: { error: 15, warning: 2, notice: 0 } });
    expect(markdown).toContain('GitHub shows at most 10 annotations of each level per step and 50 per job: 15 errors, 2 warnings not annotated; every finding is listed below.');
  });

  test('no line about annotations when none were omitted', () => {
    expect(renderMarkdown(sampleReport(), { omitted: { error: 0, warning: 0, notice: 0 } })).not.toContain('annotations per level');
  });

  test('links each rule to its docs page', () => {
    const markdown = renderMarkdown(sampleReport());
    expect(markdown).toContain('[check-crashed](https://github.com/release-gate/release-gate/blob/main/docs/rules/check-crashed.md)');
  });

  test('a custom title', () => {
    expect(renderMarkdown(sampleReport(), { title: 'staging gate' }).split('\n')[0]).toBe('## ❌ staging gate: fail');
  });

  test('renderSummary is the Markdown report with the 1 MiB-safe cap', () => {
    expect(renderSummary(sampleReport())).toBe(renderMarkdown(sampleReport()));
  });

  test('truncateUtf8 never splits a character', () => {
    const text = `${'é'.repeat(100)}\n${'€'.repeat(100)}`;
    for (let max = 60; max < 500; max += 7) {
      const cut = truncateUtf8(text, max, '…');
      expect(bytes(cut)).toBeLessThanOrEqual(max);
      expect(cut).not.toContain('\uFFFD');
    }
  });
});

describe('metric tables', () => {
  test('smoke steps, cleanups and the deployment become a table under the check', () => {
    const md = renderMarkdown({
      schemaVersion: 1, status: 'pass',
      checks: [{
        check: 'smoke', status: 'pass', durationMs: 120, findings: [],
        metrics: {
          deployment: { environment: 'production', sha: 'abc123def4567890', state: 'success', url: 'https://ops.example.com' },
          steps: [{ name: 'dashboard', status: 'passed', httpStatus: 200, ms: 41.6 }, { name: 'create | task', status: 'passed', httpStatus: 201, ms: 12, session: 'ops' }],
          cleanups: [{ name: 'create | task', status: 'passed', httpStatus: 204, ms: 3 }],
        },
      }],
    });
    expect(md).toContain('Deployment: environment production, commit `abc123def456`, state success, at https://ops.example.com.\n');
    expect(md).toContain('| Step | Kind | Status | HTTP | ms | Session |\n| --- | --- | --- | ---: | ---: | --- |\n'
      + '| dashboard | step | passed | 200 | 42 | — |\n'
      + '| create \\| task | step | passed | 201 | 12 | ops |\n'
      + '| create \\| task | cleanup | passed | 204 | 3 | — |\n');
  });
});

describe('the migrations trace table', () => {
  test('one table per migration: statements with their locks, rewrite and time, and the error column only where one failed', () => {
    const md = renderMarkdown({
      schemaVersion: 1, status: 'fail',
      checks: [{
        check: 'migrations', status: 'fail', durationMs: 900, findings: [],
        metrics: {
          trace: {
            target: 'local', ran: true, rows: 10000,
            migrations: [
              { name: 'db/migrations/002_points.sql', statements: [
                { name: "SET lock_timeout = '5s'", line: 1, locks: '', rewrite: '', ms: 0.2 },
                { name: 'ALTER TABLE users ADD COLUMN token uuid DEFAULT gen_random_uuid()', line: 2, locks: 'users: ACCESS EXCLUSIVE', rewrite: 'users', ms: 412.4 },
              ] },
              { name: 'db/migrations/003_check.sql', statements: [
                { name: 'ALTER TABLE users VALIDATE CONSTRAINT c | x', line: 3, locks: 'users: SHARE UPDATE EXCLUSIVE', rewrite: '', ms: 1234.5, error: 'check constraint "c" is violated by some row' },
              ] },
            ],
          },
        },
      }],
    });
    expect(md).toContain('Trace of `db/migrations/002_points.sql`:\n\n| Line | Statement | Locks | Rewrite | ms |\n| ---: | --- | --- | --- | ---: |\n'
      + "| 1 | SET lock\\_timeout = '5s' | — | — | 0.2 |\n"
      + '| 2 | ALTER TABLE users ADD COLUMN token uuid DEFAULT gen\\_random\\_uuid() | users: ACCESS EXCLUSIVE | users | 412 |\n\n');
    expect(md).toContain('Trace of `db/migrations/003_check.sql`:\n\n| Line | Statement | Locks | Rewrite | ms | Error |\n| ---: | --- | --- | --- | ---: | --- |\n'
      + '| 3 | ALTER TABLE users VALIDATE CONSTRAINT c \\| x | users: SHARE UPDATE EXCLUSIVE | — | 1,235 | check constraint "c" is violated by some row |\n');
  });

  test('a trace that did not run renders no table', () => {
    const md = renderMarkdown({
      schemaVersion: 1, status: 'fail',
      checks: [{ check: 'migrations', status: 'fail', durationMs: 1, findings: [], metrics: { trace: { target: 'url', ran: false } } }],
    });
    expect(md).not.toContain('Trace of');
  });
});

describe('the ignores in force', () => {
  test('are listed under their check with their reasons and expiry; one without a reason is marked', () => {
    const report: Report = { schemaVersion: 1, status: 'pass', checks: [{ check: 'env', status: 'pass', durationMs: 1, findings: [], metrics: { suppressions: [
      { rules: ['env-undeclared-use'], reason: 'set by Vercel on every deployment', until: '2027-03-01', file: 'src/url.ts', line: 3, hidden: 2 },
      { rules: ['env-unused', 'env-missing'], reason: null, until: null, file: '.github/release-gate.yml', line: 12, hidden: 1 },
    ] } }] };
    const markdown = renderSummary(report);
    expect(markdown).toContain([
      'Ignores in force:',
      '',
      '| Rule | Where | Reason | Until | Hidden |',
      '| --- | --- | --- | --- | ---: |',
      '| env-undeclared-use | `src/url.ts:3` | set by Vercel on every deployment | 2027-03-01 | 2 |',
      '| env-unused, env-missing | `.github/release-gate.yml:12` | **no reason given** | — | 1 |',
      '',
    ].join('\n'));
  });

  test('at most twenty per check; the rest are counted', () => {
    const suppressions = Array.from({ length: 23 }, (_, i) => ({ rules: ['github-pat'], reason: `fixture ${i}`, until: null, file: `test/f${i}.ts`, line: 1, hidden: 1 }));
    const markdown = renderSummary({ schemaVersion: 1, status: 'pass', checks: [{ check: 'secrets', status: 'pass', durationMs: 1, findings: [], metrics: { suppressions } }] });
    expect(markdown.split('\n').filter((l) => l.startsWith('| github-pat |'))).toHaveLength(20);
    expect(markdown).toContain('\n3 more in the JSON report (`metrics.suppressions`).\n');
  });
});
