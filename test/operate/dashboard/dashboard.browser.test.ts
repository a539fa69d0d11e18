import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { writeDashboard } from '../../../src/operate/dashboard/build.js';
import { dashboardData, type DashboardData } from '../../../src/operate/dashboard/data.js';
import { computeTrends } from '../../../src/operate/history/trends.js';
import { launchChecklist } from '../../../src/reports/launch.js';
import { NOW, ninetyDays } from './ninety-days.js';

// Debian's chromium package; .ci/run installs it when missing. Without it this test fails, on purpose.
const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = fileURLToPath(new URL('../../artifacts/', import.meta.url));

describe('the dashboard in headless Chromium', () => {
  const history = ninetyDays();
  let browser: Browser;
  let page: Page;
  let data: DashboardData;
  const problems: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rg-dashboard-'));
    writeFileSync(join(dir, 'rollback.md'), '# Roll back\n\nRedeploy the previous build from the host.\n');
    const checklist = await launchChecklist({
      records: history, now: NOW, cwd: dir,
      manifest: { version: 1, environments: { production: { url: 'https://ops.example.com' } }, domain: { tls: [{ host: 'ops.example.com' }] }, launch: { rollback: 'rollback.md' } },
    });
    data = dashboardData(computeTrends(history, { now: NOW }), { title: 'acme/ops-portal: release-gate', source: 'branch release-gate-history of origin', checklist });
    await writeDashboard(data, dir);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(join(dir, 'index.html')).href);
    await page.waitForSelector('body[data-rendered="true"]', { timeout: 15_000 });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  test('renders every panel with a chart, from file:// with no console error and no network', async () => {
    for (const id of ['panel-p95', 'panel-error-rate', 'panel-deploys', 'panel-uptime', 'panel-certificates']) {
      expect(await page.locator(`#${id} .chart canvas`).count()).toBeGreaterThan(0);
    }
    expect(problems).toEqual([]);
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard.png'), fullPage: true });
    expect(readFileSync(join(ARTIFACTS, 'dashboard.png')).subarray(1, 4).toString()).toBe('PNG');
  });

  test('the figures shown are the history\'s', async () => {
    const nightly = history.filter((r) => r.kind === 'nightly');
    const last = nightly.at(-1)!.checks.find((c) => c.check === 'latency')!.endpoints!;
    const shown = await page.locator('#panel-p95 .figures li').evaluateAll((lis) => lis.map((li) => [li.getAttribute('data-label'), li.getAttribute('data-value')]));
    const postDeploy = history.filter((r) => r.kind === 'post-deploy').at(-1)!.checks.find((c) => c.check === 'latency')!.endpoints![0]!;
    expect(shown).toEqual([
      ['dashboard · production · nightly', `${last.find((e) => e.name === 'dashboard')!.p95Ms} ms`],
      ['task list · production · nightly', `${last.find((e) => e.name === 'task list')!.p95Ms} ms`],
      ['task list · production · post-deploy', `${postDeploy.p95Ms} ms`],
    ]);
    // The chart plots every nightly p95 of the series, at the run's time.
    // The page's own uPlot instance: its data is what the chart draws.
    const plotted = await page.locator('#panel-p95').evaluate((panel) => (panel as unknown as { uplot: { data: (number | null)[][] } }).uplot.data);
    const taskList = nightly.map((r) => [Date.parse(r.time) / 1000, r.checks.find((c) => c.check === 'latency')!.endpoints!.find((e) => e.name === 'task list')!.p95Ms]);
    const column = plotted[2]!;
    expect(taskList.every(([t, v]) => column[plotted[0]!.indexOf(t!)] === v)).toBe(true);
    expect(column.filter((v) => v !== null)).toHaveLength(90);

    // Uptime over 7 days, counted here from the records themselves.
    const week = nightly.filter((r) => NOW.getTime() - Date.parse(r.time) <= 7 * 86_400_000);
    const passed = week.filter((r) => r.checks.find((c) => c.check === 'smoke')!.steps!.find((s) => s.name === 'dashboard')!.status === 'pass').length;
    const uptime = await page.locator('#panel-uptime .figures li[data-label="dashboard · production"]').getAttribute('data-value');
    expect(uptime).toBe(`${((passed / week.length) * 100).toFixed(1)}% (${passed}/${week.length})`);

    const deploys = history.filter((r) => r.kind === 'post-deploy' && NOW.getTime() - Date.parse(r.time) <= 30 * 86_400_000);
    const ok = deploys.filter((r) => r.status === 'pass').length;
    expect(await page.locator('#panel-deploys .figures li').first().textContent()).toContain(`${((ok / deploys.length) * 100).toFixed(1)}% (${ok}/${deploys.length}) over 30 days`);

    const cert = nightly.at(-1)!.checks.find((c) => c.check === 'domain')!.certificates![0]!.daysLeft;
    expect(await page.locator('#panel-certificates .figures li').first().getAttribute('data-value')).toBe(`${cert} days`);
  });

  test('the last runs table shows each run\'s p95 per endpoint, status and link', async () => {
    const newest = [...history].reverse().slice(0, 20);
    const rows = await page.locator('#runs tr[data-time]').evaluateAll((trs) => trs.map((tr) => ({
      time: tr.getAttribute('data-time'),
      status: tr.children[3]!.textContent,
      taskList: tr.querySelector('td[data-endpoint="task list"]')!.textContent,
      link: tr.querySelector('a')?.getAttribute('href'),
    })));
    expect(rows).toEqual(newest.map((r) => ({
      time: r.time, status: r.status,
      taskList: String(r.checks.find((c) => c.check === 'latency')!.endpoints!.find((e) => e.name === 'task list')!.p95Ms),
      link: r.runUrl,
    })));
  });

  test('the go-live checklist shows each item\'s state; not checked is never shown as passed', async () => {
    const rows = await page.locator('#checklist tr[data-item]').evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-item'), tr.children[2]!.textContent]));
    expect(rows).toEqual(data.checklist!.items.map((i) => [i.id, i.status]));
    expect(rows).toContainEqual(['proxy', 'not checked']);
    expect(rows).toContainEqual(['tls', 'passed']);
    expect(rows).toContainEqual(['rollback-path', 'passed']);
    expect(await page.locator('#panel-checklist .verdict').textContent()).toMatch(/^Not ready: \d+ failed, \d+ not checked, \d+ passed\./);
  });
});
