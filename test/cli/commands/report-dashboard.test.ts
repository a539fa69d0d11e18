import { describe, expect, test } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dashboardCommand } from '../../../src/cli/commands/dashboard.js';
import { reportCommand } from '../../../src/cli/commands/report.js';
import type { CliIO } from '../../../src/cli/main.js';
import { serializeHistory } from '../../../src/operate/history/ndjson.js';
import { recordFromReport } from '../../../src/operate/history/record.js';
import { sampleReport } from '../../operate/sample-history.js';

const NOW = () => new Date('2026-12-06T12:00:00Z');

function workspace() {
  const cwd = mkdtempSync(join(tmpdir(), 'rg-report-cli-'));
  mkdirSync(join(cwd, '.github'));
  mkdirSync(join(cwd, '.release-gate'));
  writeFileSync(join(cwd, '.github/release-gate.yml'), [
    'version: 1',
    'environments: { production: { url: "https://ops.example.com" } }',
    'domain: { tls: [{ host: ops.example.com }] }',
    'launch:',
    '  owners: { dns: "Cloudflare account ops@example.com", alerts: "#ops on Slack" }',
    '  rollback: docs/rollback.md',
    '  logs: "Vercel → Logs"',
    '  known-limitations: ["CSV export over 50k rows takes 40 s"]',
    '',
  ].join('\n'));
  const records = [
    recordFromReport(sampleReport(), { time: '2026-12-06T04:00:00.000Z', kind: 'nightly', environment: 'production', runUrl: 'https://github.com/acme/app/actions/runs/1' }),
    recordFromReport(sampleReport({ p95: { 'task list': 140 } }), { time: '2026-12-06T09:00:00.000Z', kind: 'post-deploy', environment: 'production' }),
  ];
  writeFileSync(join(cwd, '.release-gate/history.ndjson'), serializeHistory(records));
  return cwd;
}

function io(cwd: string, env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIO = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), env, cwd, isTTY: false };
  return { io: value, out: () => out.join(''), err: () => err.join('') };
}

describe('release-gate report', () => {
  test('--launch prints the checklist and exits 1 while any item is not passed', async () => {
    const run = io(workspace());
    expect(await reportCommand.run(['--launch'], run.io, NOW)).toBe(1);
    expect(run.out()).toContain('| TLS | valid, days left | ✅ passed | the domain check passed (post-deploy run of 2026-12-06 09:00 UTC on production): ops.example.com 60 days left |');
    expect(run.out()).toContain('| rollback path | automated or documented | ❌ failed | docs/rollback.md (launch.rollback) does not exist | — |');
    expect(run.out()).toContain('- CSV export over 50k rows takes 40 s\n');
  });

  test('--launch --output writes Markdown and JSON side by side', async () => {
    const cwd = workspace();
    const run = io(cwd);
    expect(await reportCommand.run(['--launch', '--output', 'out/go-live.md'], run.io, NOW)).toBe(1);
    expect(run.out()).toBe('report: go-live checklist written to out/go-live.md and out/go-live.json\n');
    const json = JSON.parse(readFileSync(join(cwd, 'out/go-live.json'), 'utf8'));
    expect(json.items).toHaveLength(14);
    expect(json.items.find((i: { id: string }) => i.id === 'proxy').status).toBe('not checked');
    expect(readFileSync(join(cwd, 'out/go-live.md'), 'utf8')).toMatch(/^# Go-live checklist\n/);
  });

  test('--handover says where things live and what to do next', async () => {
    const run = io(workspace(), { GITHUB_REPOSITORY: 'acme/app' });
    expect(await reportCommand.run(['--handover'], run.io, NOW)).toBe(0);
    expect(run.out()).toContain('| DNS | Cloudflare account ops@example.com | name servers: not observed (add an NS record to domain.dns to have them checked) |');
    expect(run.out()).toContain('## Where logs live\n\nVercel → Logs\n');
    expect(run.out()).toContain('- dashboard: https://acme.github.io/app/\n');
    expect(run.out()).toContain('**latency-few-samples** (.github/release-gate.yml:30): only 40 samples run longer\n');
  });

  test.each([
    [[], 'release-gate report: give exactly one of --launch and --handover'],
    [['--launch', '--handover'], 'release-gate report: give exactly one of --launch and --handover'],
    [['--launch', '--format', 'pdf'], 'release-gate report: --format must be markdown or json, got "pdf"'],
  ])('report %j is a usage error', async (argv, message) => {
    const run = io(workspace());
    expect(await reportCommand.run(argv, run.io, NOW)).toBe(2);
    expect(run.err().split('\n')[0]).toBe(message);
  });

  test('a corrupt history is an error naming the line', async () => {
    const cwd = workspace();
    writeFileSync(join(cwd, '.release-gate/history.ndjson'), `${readFileSync(join(cwd, '.release-gate/history.ndjson'), 'utf8')}oops\n`);
    const run = io(cwd);
    expect(await reportCommand.run(['--handover'], run.io, NOW)).toBe(2);
    expect(run.err()).toBe('release-gate report: .release-gate/history.ndjson:3: not a JSON record (Unexpected token \'o\', "oops" is not valid JSON); fix or remove the line, release-gate will not overwrite it\n');
  });
});

describe('release-gate dashboard', () => {
  test('writes the static site with the vendored chart library and the data', async () => {
    const cwd = workspace();
    const run = io(cwd, { GITHUB_REPOSITORY: 'acme/app' });
    expect(await dashboardCommand.run(['--output', 'site'], run.io, NOW)).toBe(0);
    expect(run.out()).toBe('dashboard: 2 run(s) from .release-gate/history.ndjson written to site/ (index.html, dashboard.js, dashboard.css, uPlot.iife.min.js, uPlot.min.css, uPlot.LICENSE, data.js, data.json)\n');
    for (const file of ['index.html', 'uPlot.iife.min.js', 'data.js']) expect(existsSync(join(cwd, 'site', file))).toBe(true);
    const html = readFileSync(join(cwd, 'site/index.html'), 'utf8');
    // Nothing from the network: every script and stylesheet is a file beside index.html.
    expect([...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1])).toEqual(['uPlot.min.css', 'dashboard.css', 'uPlot.iife.min.js', 'data.js', 'dashboard.js']);
    const data = JSON.parse(readFileSync(join(cwd, 'site/data.json'), 'utf8'));
    expect(data.title).toBe('acme/app: release-gate');
    expect(data.p95.legend.map((l: { label: string; latestP95Ms: number }) => [l.label, l.latestP95Ms])).toEqual([
      ['dashboard · production · nightly', 80], ['task list · production · nightly', 120], ['task list · production · post-deploy', 140],
    ]);
    expect(data.checklist.items).toHaveLength(14);
  });

  test('a label holding </script> cannot break out of data.js', async () => {
    const cwd = workspace();
    writeFileSync(join(cwd, '.release-gate/history.ndjson'), serializeHistory([
      recordFromReport(sampleReport({ p95: { '</script><script>alert(1)</script>': 10 } }), { time: '2026-12-06T04:00:00.000Z', kind: 'nightly', environment: 'production' }),
    ]));
    expect(await dashboardCommand.run(['-o', 'site'], io(cwd).io, NOW)).toBe(0);
    const script = readFileSync(join(cwd, 'site/data.js'), 'utf8');
    expect(script).not.toContain('</script>');
    expect(script).toContain('\\u003c/script>\\u003cscript>alert(1)\\u003c/script>');
  });

  test('--output is required', async () => {
    const run = io(workspace());
    expect(await dashboardCommand.run([], run.io, NOW)).toBe(2);
    expect(run.err()).toBe('release-gate dashboard: --output <dir> is required\nRun release-gate dashboard --help for usage.\n');
  });
});
