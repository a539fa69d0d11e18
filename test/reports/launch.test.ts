import { describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Manifest } from '../../src/manifest/types.js';
import { recordFromReport, type HistoryRecord } from '../../src/operate/history/record.js';
import { computeTrends } from '../../src/operate/history/trends.js';
import { handoverReport, renderHandoverMarkdown } from '../../src/reports/handover.js';
import { launchChecklist, renderLaunchMarkdown } from '../../src/reports/launch.js';
import type { Report } from '../../src/types.js';
import { sampleReport } from '../operate/sample-history.js';

const NOW = new Date('2026-12-06T12:00:00Z');
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000).toISOString();

const MANIFEST: Manifest = {
  version: 1,
  environments: { staging: { url: 'https://staging.ops.example.com', 'env-file': 'deploy/staging.env' }, production: { url: 'https://ops.example.com' } },
  env: { 'declared-in': ['.env.example'], vars: { DATABASE_URL: { secret: true }, LOG_LEVEL: {} } },
  secrets: { logs: ['logs/**/*.log'] },
  migrations: { paths: ['db/*.sql'] },
  domain: {
    dns: [{ name: 'ops.example.com', type: 'A', value: '203.0.113.10' }, { name: 'example.com', type: 'NS', values: ['ns1.dns.example', 'ns2.dns.example'] }],
    tls: [{ host: 'ops.example.com' }],
    hsts: ['https://ops.example.com/'],
    email: [{ domain: 'example.com' }],
  },
  launch: {
    owners: { dns: 'Cloudflare account ops@example.com', hosting: 'Vercel team acme', alerts: '#ops on Slack', billing: 'finance@example.com' },
    rollback: 'docs/rollback.md',
    logs: 'Vercel → Logs; Sentry project acme-web',
    'known-limitations': ['CSV export over 50k rows takes 40 s'],
  },
} as Manifest;

/** A nightly run of every check, as the gate reports it, with a DNS mismatch, an expiring certificate warning and env covering production. */
function fullNightly(time: string): HistoryRecord {
  const base = sampleReport({ p95: { 'task list': 180 } });
  const report: Report = {
    ...base,
    status: 'fail',
    checks: [
      ...base.checks.filter((c) => c.check !== 'domain'),
      {
        check: 'domain', status: 'fail', durationMs: 800,
        findings: [
          { ruleId: 'dns-record-mismatch', severity: 'error', message: 'ops.example.com A is 203.0.113.99, expected 203.0.113.10', file: '.github/release-gate.yml', line: 14, hint: 'Update the record at the DNS host.' },
          { ruleId: 'tls-expiring', severity: 'warning', message: 'the certificate of ops.example.com expires in 20 days', file: '.github/release-gate.yml', line: 17, hint: 'Renew it, or check that auto-renewal runs.' },
          { ruleId: 'dmarc-weak-policy', severity: 'warning', message: 'DMARC policy of example.com is none', file: '.github/release-gate.yml', line: 21 },
        ],
        metrics: {
          records: 2,
          certificates: [{ host: 'ops.example.com', port: 443, daysLeft: 20 }],
          emailDomains: [{ domain: 'example.com', spfLookups: 3, dmarcPolicy: 'none' }],
          observed: { nameServers: [{ name: 'example.com', values: ['ns1.dns.example', 'ns2.dns.example'] }], mx: [{ domain: 'example.com', records: ['10 mx1.mail.example'] }] },
        },
      },
      { check: 'env', status: 'pass', durationMs: 20, findings: [], metrics: { environments: [{ name: 'staging', sources: ['deploy/staging.env'], variables: 2 }, { name: 'production', sources: ['secrets input'], variables: 2 }], envFiles: ['.env.example'] } },
      { check: 'secrets', status: 'pass', durationMs: 50, findings: [], metrics: {} },
      { check: 'migrations', status: 'fail', durationMs: 70, findings: [{ ruleId: 'index-not-concurrent', severity: 'error', message: 'CREATE INDEX without CONCURRENTLY locks writes', file: 'db/003.sql', line: 2, hint: 'Use CREATE INDEX CONCURRENTLY.' }], metrics: {} },
    ],
  };
  return recordFromReport(report, { time, kind: 'nightly', environment: 'production', runUrl: 'https://github.com/acme/app/actions/runs/77' });
}

function workspace(rollback?: string) {
  const cwd = mkdtempSync(join(tmpdir(), 'rg-launch-'));
  if (rollback !== undefined) {
    writeFileSync(join(cwd, 'rollback.md'), rollback);
  }
  return cwd;
}

describe('go-live checklist', () => {
  test('every item, in order, with its status and evidence from the history', async () => {
    const cwd = workspace();
    const records = [
      recordFromReport(sampleReport({ smoke: { dashboard: 'fail', 'create task': 'pass' } }), { time: hoursAgo(30), kind: 'post-deploy', environment: 'production', runUrl: 'https://github.com/acme/app/actions/runs/70' }),
      recordFromReport(sampleReport(), { time: hoursAgo(20), kind: 'post-deploy', environment: 'production', runUrl: 'https://github.com/acme/app/actions/runs/71' }),
      fullNightly(hoursAgo(6)),
    ];
    const list = await launchChecklist({ records, manifest: { ...MANIFEST, launch: { ...MANIFEST.launch, rollback: 'rollback.md' } }, cwd, now: NOW });
    expect(list.items.map((i) => [i.name, i.status])).toEqual([
      ['DNS records', 'failed'],
      ['redirects', 'not checked'],
      ['proxy', 'not checked'],
      ['TLS', 'passed'],
      ['HSTS', 'passed'],
      ['mail authentication', 'passed'],
      ['environment variables', 'passed'],
      ['secrets', 'passed'],
      ['migrations', 'failed'],
      ['smoke', 'passed'],
      ['p95', 'passed'],
      ['uptime monitoring', 'passed'],
      ['alerts', 'not checked'],
      ['rollback path', 'failed'],
    ]);
    const item = (id: string) => list.items.find((i) => i.id === id)!;
    expect(item('dns-records')).toMatchObject({
      evidence: '1 error(s) in the domain check (nightly run of 2026-12-06 06:00 UTC on production): dns-record-mismatch',
      run: { time: hoursAgo(6), kind: 'nightly', environment: 'production', url: 'https://github.com/acme/app/actions/runs/77' },
      date: hoursAgo(6),
      findings: [{ ruleId: 'dns-record-mismatch', severity: 'error', message: 'ops.example.com A is 203.0.113.99, expected 203.0.113.10', file: '.github/release-gate.yml', line: 14, hint: 'Update the record at the DNS host.' }],
    });
    expect(item('tls').evidence).toBe('the domain check passed (nightly run of 2026-12-06 06:00 UTC on production): ops.example.com 20 days left; 1 warning(s): tls-expiring');
    expect(item('redirects').evidence).toBe('domain.redirects in the manifest lists nothing to check');
    // The last post-deploy smoke passed, though an earlier one failed.
    expect(item('smoke').run?.url).toBe('https://github.com/acme/app/actions/runs/71');
    expect(item('p95').evidence).toBe('every endpoint under its threshold (nightly run of 2026-12-06 06:00 UTC on production): task list 180 ms of 500 ms');
    expect(item('uptime-monitoring').evidence).toBe('last scheduled run 6 h ago');
    expect(item('alerts').evidence).toBe('launch.owners.alerts says "#ops on Slack", but the manifest has no alerts section: no failure reaches them');
    expect(item('rollback-path').evidence).toBe('rollback.md (launch.rollback) does not exist');
    expect(list.ready).toBe(false);
    expect(list.counts).toEqual({ passed: 8, failed: 3, 'not checked': 3 });
    expect(list.knownLimitations).toEqual(['CSV export over 50k rows takes 40 s']);
  });

  test('an empty history checks nothing: every run-based item is not checked, never passed', async () => {
    const list = await launchChecklist({ records: [], manifest: MANIFEST, cwd: workspace(), now: NOW });
    const statuses = Object.fromEntries(list.items.map((i) => [i.id, i.status]));
    expect(Object.values(statuses).filter((s) => s === 'passed')).toEqual([]);
    expect(statuses['uptime-monitoring']).toBe('not checked');
    expect(statuses.smoke).toBe('not checked');
    expect(statuses['rollback-path']).toBe('failed');
  });

  test('a scheduled run older than a day fails uptime monitoring; code without logs scanned is not a pass for secrets', async () => {
    const list = await launchChecklist({ records: [fullNightly(hoursAgo(50))], manifest: { ...MANIFEST, secrets: {} }, cwd: workspace(), now: NOW });
    expect(list.items.find((i) => i.id === 'uptime-monitoring')).toMatchObject({ status: 'failed', evidence: 'the last scheduled run is 2 day(s) old' });
    expect(list.items.find((i) => i.id === 'secrets')).toMatchObject({ status: 'not checked', evidence: 'no secret in code (nightly run of 2026-12-04 10:00 UTC on production), but no log was scanned: list log files under secrets.logs' });
  });

  test('a documented rollback passes; an empty document fails', async () => {
    const ok = await launchChecklist({ records: [], manifest: { version: 1, launch: { rollback: 'rollback.md' } }, cwd: workspace('# Roll back\n\nvercel rollback\n'), now: NOW });
    expect(ok.items.find((i) => i.id === 'rollback-path')).toMatchObject({ status: 'passed', evidence: 'documented in rollback.md (4 lines)' });
    const empty = await launchChecklist({ records: [], manifest: { version: 1, launch: { rollback: 'rollback.md' } }, cwd: workspace('  \n'), now: NOW });
    expect(empty.items.find((i) => i.id === 'rollback-path')).toMatchObject({ status: 'failed', evidence: 'rollback.md is empty' });
  });

  test('proxy: judged from the domain check\'s proxy-* findings on the hosts declared behind a proxy', async () => {
    const withHosts = (hosts: Record<string, unknown>) => ({ ...MANIFEST, domain: { ...MANIFEST.domain, hosts } }) as Manifest;
    const nightlyWith = (findings: Report['checks'][number]['findings']) => {
      const r = fullNightly(hoursAgo(6));
      const domain = r.checks.find((c) => c.check === 'domain')!;
      domain.findings = [...domain.findings, ...findings.map((f) => ({ ...f }))];
      return r;
    };
    const proxy = async (manifest: Manifest, records: HistoryRecord[]) =>
      (await launchChecklist({ records, manifest, cwd: workspace(), now: NOW })).items.find((i) => i.id === 'proxy')!;

    const cloudflare = withHosts({ 'ops.example.com': { proxy: 'cloudflare', origin: 'origin.example.com' } });
    const broken = await proxy(cloudflare, [nightlyWith([
      { ruleId: 'proxy-challenge', severity: 'error', message: 'the sign-in of ops through ops.example.com met a challenge page (403)', file: '.github/release-gate.yml', line: 30 },
      { ruleId: 'proxy-static-not-cached', severity: 'warning', message: '/app.js is not cached at the edge', file: '.github/release-gate.yml', line: 30 },
    ])]);
    expect(broken).toMatchObject({ status: 'failed', evidence: '1 error(s) in the domain check (nightly run of 2026-12-06 06:00 UTC on production): proxy-challenge' });
    // Only the proxy's own findings are its evidence: the DNS mismatch of the same run is not.
    expect(broken.findings.map((f) => f.ruleId)).toEqual(['proxy-challenge', 'proxy-static-not-cached']);

    const fine = await proxy(cloudflare, [nightlyWith([{ ruleId: 'proxy-static-not-cached', severity: 'warning', message: '/app.js is not cached at the edge', file: '.github/release-gate.yml', line: 30 }])]);
    expect(fine).toMatchObject({ status: 'passed', evidence: 'the domain check passed (nightly run of 2026-12-06 06:00 UTC on production): ops.example.com behind the proxy; 1 warning(s): proxy-static-not-cached' });

    expect(await proxy(cloudflare, [])).toMatchObject({ status: 'not checked', evidence: 'no domain check in the history' });
    expect(await proxy(withHosts({ 'ops.example.com': { proxy: 'none' } }), [nightlyWith([])]))
      .toMatchObject({ status: 'not checked', evidence: 'every host under domain.hosts says proxy: none (ops.example.com)' });
  });

  test('rollback path: the last rollback in the history, else the automated rollback the manifest configures', async () => {
    const rollbackRun = (status: 'pass' | 'fail', summary: string) => recordFromReport({
      schemaVersion: 1, status: 'fail',
      checks: [
        { check: 'smoke', status: 'fail', durationMs: 900, findings: [{ ruleId: 'smoke-step-failed', severity: 'error', message: 'dashboard answered 500', file: '.github/release-gate.yml', line: 40 }], metrics: {} },
        { check: 'rollback', status, durationMs: 4000, findings: [], metrics: { outcome: status === 'pass' ? 'rolled-back' : 'failed', method: 'run', summary } },
      ],
    }, { time: hoursAgo(3), kind: 'post-deploy', environment: 'production', runUrl: 'https://github.com/acme/app/actions/runs/90' });
    const item = async (manifest: Manifest, records: HistoryRecord[], cwd = workspace()) =>
      (await launchChecklist({ records, manifest, cwd, now: NOW })).items.find((i) => i.id === 'rollback-path')!;

    expect(await item(MANIFEST, [rollbackRun('pass', 'rolled back to 1111111, confirmed: smoke passes')])).toMatchObject({
      status: 'passed', run: { url: 'https://github.com/acme/app/actions/runs/90' },
      evidence: 'the last rollback (post-deploy run of 2026-12-06 09:00 UTC on production): rolled back to 1111111, confirmed: smoke passes',
    });
    expect(await item(MANIFEST, [rollbackRun('fail', 'rollback failed: ./scripts/rollback.sh exited 1')]))
      .toMatchObject({ status: 'failed', evidence: 'the last rollback (post-deploy run of 2026-12-06 09:00 UTC on production): rollback failed: ./scripts/rollback.sh exited 1' });

    // Never run yet: the configured script or workflow must at least exist.
    const cwd = workspace();
    mkdirSync(join(cwd, 'scripts'));
    writeFileSync(join(cwd, 'scripts/rollback.sh'), '#!/bin/sh\nfly deploy --image "$RELEASE_GATE_PREVIOUS_SHA"\n');
    mkdirSync(join(cwd, '.github/workflows'), { recursive: true });
    writeFileSync(join(cwd, '.github/workflows/rollback.yml'), 'on:\n  workflow_dispatch:\n    inputs: { sha: { required: true } }\njobs: {}\n');
    writeFileSync(join(cwd, '.github/workflows/deploy.yml'), 'on: push\njobs: {}\n');
    expect(await item({ ...MANIFEST, rollback: { run: './scripts/rollback.sh --fast' } } as Manifest, [], cwd))
      .toMatchObject({ status: 'passed', evidence: 'automated: rollback.run (./scripts/rollback.sh) runs on a failed post-deploy run; not yet exercised' });
    expect(await item({ ...MANIFEST, rollback: { run: './scripts/undo.sh' } } as Manifest, [], cwd))
      .toMatchObject({ status: 'failed', evidence: 'rollback.run starts ./scripts/undo.sh, which does not exist' });
    expect(await item({ ...MANIFEST, rollback: { workflow: 'rollback.yml', when: 'manual' } } as Manifest, [], cwd))
      .toMatchObject({ status: 'passed', evidence: 'automated: .github/workflows/rollback.yml is dispatched on a failed post-deploy run (when: manual, by release-gate rollback); not yet exercised' });
    expect(await item({ ...MANIFEST, rollback: { workflow: 'deploy.yml' } } as Manifest, [], cwd))
      .toMatchObject({ status: 'failed', evidence: '.github/workflows/deploy.yml (rollback.workflow) has no workflow_dispatch trigger, so it cannot be dispatched' });
    expect(await item({ ...MANIFEST, rollback: { workflow: 'missing.yml' } } as Manifest, [], cwd))
      .toMatchObject({ status: 'failed', evidence: 'rollback.workflow names .github/workflows/missing.yml, which does not exist' });
  });

  test('markdown: one line per item, not checked spelled out, known limitations last', async () => {
    const list = await launchChecklist({ records: [fullNightly(hoursAgo(6))], manifest: MANIFEST, cwd: workspace(), now: NOW });
    const md = renderLaunchMarkdown(list, 'history.ndjson (1 runs)');
    expect(md).toContain('**Not ready: ');
    expect(md).toContain('| proxy | in front, not breaking auth | ⚪ not checked | domain.hosts in the manifest declares no host behind a proxy or CDN | — |\n');
    expect(md).toContain('| DNS records | domain and subdomains resolve as expected | ❌ failed | 1 error(s) in the domain check (nightly run of 2026-12-06 06:00 UTC on production): dns-record-mismatch. `dns-record-mismatch` .github/release-gate.yml:14: ops.example.com A is 203.0.113.99, expected 203.0.113.10 ([run](https://github.com/acme/app/actions/runs/77)) | 2026-12-06 |\n');
    expect(md.trimEnd().endsWith('## Known limitations\n\n- CSV export over 50k rows takes 40 s')).toBe(true);
    expect(md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Item') && !l.startsWith('| ---'))).toHaveLength(14);
  });
});

describe('handover report', () => {
  test('where things live, who is alerted, logs, rollback and next steps from open warnings', async () => {
    const records = [fullNightly(hoursAgo(6))];
    const checklist = await launchChecklist({ records, manifest: MANIFEST, cwd: workspace(), now: NOW });
    const h = handoverReport({ records, manifest: MANIFEST, trends: computeTrends(records, { now: NOW }), checklist, now: NOW, historySource: 'branch release-gate-history of origin', dashboardUrl: 'https://acme.github.io/app/' });
    expect(h.areas.map((a) => [a.area, a.owner])).toEqual([
      ['DNS', 'Cloudflare account ops@example.com'], ['Hosting', 'Vercel team acme'], ['Mail DNS records', undefined], ['Secrets', undefined], ['billing', 'finance@example.com'],
    ]);
    expect(h.areas[0]!.observed).toEqual([
      'name servers of example.com: ns1.dns.example, ns2.dns.example (nightly run of 2026-12-06 06:00 UTC on production)',
      '2 record(s) checked by domain.dns: ops.example.com A, example.com NS',
    ]);
    expect(h.areas[1]!.observed).toEqual(['staging: https://staging.ops.example.com', 'production: https://ops.example.com', 'last smoke run reached https://ops.example.com/ (nightly run of 2026-12-06 06:00 UTC on production)']);
    expect(h.areas[2]!.observed).toEqual(['MX of example.com: 10 mx1.mail.example', 'example.com: SPF (3 DNS lookups), DMARC policy none']);
    expect(h.areas[3]!.observed).toEqual([
      'variables declared in .env.example', 'env files: staging: deploy/staging.env', 'secret variables (names only): DATABASE_URL',
      'staging values read from: deploy/staging.env', 'production values read from: secrets input',
    ]);
    expect(h.alerts).toEqual({ owner: '#ops on Slack', note: 'stated in launch.owners.alerts; the manifest has no alerts section, so release-gate sends them nothing' });
    expect(h.logs).toBe('Vercel → Logs; Sentry project acme-web');
    expect(h.rollback).toBe('docs/rollback.md');
    expect(h.nextSteps.slice(0, 4)).toEqual([
      { source: 'dns-record-mismatch', what: 'ops.example.com A is 203.0.113.99, expected 203.0.113.10', how: 'Update the record at the DNS host.', where: '.github/release-gate.yml:14' },
      { source: 'tls-expiring', what: 'the certificate of ops.example.com expires in 20 days', how: 'Renew it, or check that auto-renewal runs.', where: '.github/release-gate.yml:17' },
      { source: 'dmarc-weak-policy', what: 'DMARC policy of example.com is none', where: '.github/release-gate.yml:21' },
      { source: 'index-not-concurrent', what: 'CREATE INDEX without CONCURRENTLY locks writes', how: 'Use CREATE INDEX CONCURRENTLY.', where: 'db/003.sql:2' },
    ]);
    expect(h.nextSteps.map((s) => s.source)).toContain('go-live: proxy');
    const md = renderHandoverMarkdown(h);
    expect(md).toContain('| DNS | Cloudflare account ops@example.com | name servers of example.com: ns1.dns.example, ns2.dns.example');
    expect(md).toContain('## Who gets alerted\n\n#ops on Slack (stated in launch.owners.alerts; the manifest has no alerts section, so release-gate sends them nothing)\n');
    expect(md).toContain('1. **dns-record-mismatch** (.github/release-gate.yml:14): ops.example.com A is 203.0.113.99, expected 203.0.113.10 Update the record at the DNS host.\n');
    expect(md).not.toContain('postgres://');
  });
});

describe('the alerts item rests on deliveries, not on the section', () => {
  const withAlerts = { ...MANIFEST, alerts: [{ webhook: '{{ env.SLACK_WEBHOOK }}' }, { 'github-issue': true }] } as Manifest;
  const run = (time: string, deliveries: NonNullable<HistoryRecord['alerts']>['deliveries']): HistoryRecord => ({
    ...recordFromReport(sampleReport({ p95: { 'task list': 100 } }), { time, kind: 'nightly', environment: 'production', runUrl: 'https://github.com/acme/ops/actions/runs/9' }),
    alerts: { sinks: ['webhook 1 (slack)', 'github-issue'], deliveries },
  });
  const alerts = async (records: HistoryRecord[], manifest = withAlerts) => (await launchChecklist({ records, manifest, cwd: tmpdir(), now: NOW })).items.find((i) => i.id === 'alerts')!;

  test('configured but never delivered: not checked, whatever the section says', async () => {
    expect(await alerts([])).toMatchObject({ status: 'not checked', evidence: 'webhook 1 (slack), github-issue have never delivered an alert recorded in the history, so nothing shows they reach anyone' });
  });

  test('every sink\'s last delivery succeeded: passed, with the run', async () => {
    const item = await alerts([
      run(hoursAgo(30), [{ sink: 'webhook 1 (slack)', kind: 'failure', key: 'monitor/production/login', ok: false, attempts: 3, error: 'answered 503' }]),
      run(hoursAgo(6), [
        { sink: 'webhook 1 (slack)', kind: 'recovery', key: 'monitor/production/login', ok: true, attempts: 1, status: 200 },
        { sink: 'github-issue', kind: 'recovery', key: 'monitor/production/login', ok: true, attempts: 1, issue: 12, action: 'closed' },
      ]),
    ]);
    expect(item).toMatchObject({
      status: 'passed', date: hoursAgo(6),
      evidence: 'webhook 1 (slack): delivered a recovery alert on 2026-12-06 06:00 UTC; github-issue: delivered a recovery alert on 2026-12-06 06:00 UTC',
    });
    expect(item.run?.url).toBe('https://github.com/acme/ops/actions/runs/9');
  });

  test('a sink whose last delivery failed fails the item', async () => {
    const item = await alerts([
      run(hoursAgo(30), [{ sink: 'github-issue', kind: 'failure', key: 'monitor/production/login', ok: true, attempts: 1, issue: 12, action: 'opened' }]),
      run(hoursAgo(6), [{ sink: 'webhook 1 (slack)', kind: 'failure', key: 'monitor/production/login', ok: false, attempts: 3, error: 'answered 503: no' }]),
    ]);
    expect(item).toMatchObject({
      status: 'failed',
      evidence: 'the last alert to webhook 1 (slack) was not delivered: webhook 1 (slack): failed (answered 503: no) a failure alert on 2026-12-06 06:00 UTC',
    });
  });
});

describe('uptime monitoring', () => {
  test('a monitor run in the last 24 hours passes the item, whatever the nightly smoke did', async () => {
    const monitorRun: HistoryRecord = {
      v: 1, time: hoursAgo(2), kind: 'manual', environment: 'production', status: 'pass',
      checks: [{ check: 'monitor', status: 'pass', durationMs: 40, findingsByRule: {}, findings: [], steps: [{ name: 'homepage', status: 'pass', ms: 12 }] }],
    };
    const list = await launchChecklist({ records: [monitorRun], manifest: MANIFEST, cwd: tmpdir(), now: NOW });
    expect(list.items.find((i) => i.id === 'uptime-monitoring')).toMatchObject({ status: 'passed', evidence: 'last scheduled run 2 h ago', date: hoursAgo(2) });
  });
});
