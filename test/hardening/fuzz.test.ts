import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { cli, json, recorder, workspace, type Recorder } from './harness.js';

/**
 * The fuzz test of issue 13: random manifests, captures and request paths, run through the real CLI
 * in every output format (and, for some, the built CLI interrupted by a signal) against two loopback
 * servers. `elsewhere` stands for every origin the manifest does not declare. For every run:
 * - no request reaches `elsewhere`;
 * - no secret (the password from the environment) and no captured value (token, id, a path) shows
 *   in any output, in any encoding;
 * - the run ends with a report and exit code 0, 1 or 2 (130 or 143 when interrupted).
 * Seeded and bounded: the same cases every run, well under a minute. A failure prints the case.
 */

const SEED = 1313;
const RUNS = 24;
const FORMATS = ['text', 'json', 'sarif', 'junit', 'markdown'] as const;

let app: Recorder;
let elsewhere: Recorder;
/** What the app answers in the current case; cases run one at a time. */
let scenario = { token: '', id: '', next: '' };

beforeAll(async () => {
  elsewhere = await recorder((_req, res) => json(res, 200, { token: 'from-elsewhere' }));
  app = await recorder((req, res, body) => {
    const url = new URL(req.url ?? '/', 'http://app');
    const path = url.pathname;
    if (path === '/login') return json(res, 200, { token: scenario.token, next: scenario.next });
    if (path === '/items' && req.method === 'POST') return json(res, 201, { id: scenario.id });
    if (path.startsWith('/redirect/')) {
      const status = Number(path.split('/')[2]) || 302;
      const targets = [`${elsewhere.url}/moved`, `//${elsewhere.host}/moved`, `/\\${elsewhere.host}/moved`, `${app.url}/ok`];
      res.writeHead(status, { location: targets[Number(url.searchParams.get('t') ?? 0) % targets.length]! });
      return res.end();
    }
    if (path === '/echo') {
      // Sends back everything it was given, secrets included, with an error status so it is quoted.
      return json(res, 500, { headers: req.headers, body, url: req.url });
    }
    if (path === '/hang') return undefined; // never answers
    json(res, 200, { ok: true });
  });
});
afterAll(async () => {
  await app.close();
  await elsewhere.close();
});

const base62 = (min: number, max: number) => fc.stringMatching(new RegExp(`^[A-Za-z0-9]{${min},${max}}$`));

/** Paths a step may ask for: plain ones, hostile ones, and ones a capture fills in. */
const pathArb = fc.constantFrom(
  '/ok', '/echo', '/items', '/redirect/301?t=0', '/redirect/302?t=1', '/redirect/303?t=2', '/redirect/307?t=0', '/redirect/308?t=3',
  '//ELSEWHERE/x', '/\\ELSEWHERE/x', '/%5CELSEWHERE/x', '/%2F%2FELSEWHERE/x', 'ELSEWHERE_URL/abs', '/\\/ELSEWHERE/x',
  '/{{ next }}', '{{ next }}', '/echo?t={{ token }}', '/items/{{ id }}', '/echo/{{ env.SMOKE_PASSWORD }}', '/../..//ELSEWHERE', '/é/ü?q=ß',
);

const stepArb = fc.record({
  method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH'),
  path: pathArb,
  body: fc.constantFrom('none', 'json', 'form'),
  captureId: fc.boolean(),
  cleanup: fc.boolean(),
  status: fc.constantFrom(undefined, 200, '2xx', 404),
  header: fc.constantFrom(undefined, 'Bearer {{ token }}', '{{ env.SMOKE_PASSWORD }}', 'plain'),
});

const caseArb = fc.record({
  password: base62(12, 24).map((s) => `Pw9${s}`),
  token: base62(16, 28).map((s) => `tok${s}`),
  id: base62(10, 20).map((s) => `id${s}`),
  nextKind: fc.constantFrom('backslash', 'double-slash', 'absolute', 'encoded', 'plain'),
  // Mostly signed in, so that {{ token }} and {{ next }} resolve; otherwise they are manifest errors.
  session: fc.constantFrom(true, true, true, false),
  firstCleanup: fc.boolean(),
  userinfo: fc.boolean(),
  steps: fc.array(stepArb, { minLength: 1, maxLength: 4 }),
  latency: fc.option(fc.record({ path: pathArb, rate: fc.constantFrom(5, 10) }), { freq: 4 }),
  junk: fc.option(fc.constantFrom('  retries: 11', '  retries: 2.5', '  timeout: 1e308', '  timeout: -1'), { freq: 6 }),
});
type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

function nextValue(c: Case, tag: string): string {
  switch (c.nextKind) {
    case 'backslash': return `/\\${elsewhere.host}/steal-${tag}`;
    case 'double-slash': return `//${elsewhere.host}/steal-${tag}`;
    case 'absolute': return `${elsewhere.url}/steal-${tag}`;
    case 'encoded': return `/%5C%5C${elsewhere.host}/steal-${tag}`;
    default: return `ok-${tag}`;
  }
}

function manifest(c: Case): string {
  const fill = (path: string) => path.replace('ELSEWHERE_URL', elsewhere.url).replaceAll('ELSEWHERE', elsewhere.host);
  const url = c.userinfo ? `http://ops:${c.password}@${app.host}` : app.url;
  const lines = ['version: 1', 'environments:', '  production:', `    url: "${url}"`];
  if (c.session) {
    lines.push('sessions:', '  ops:', '    login:', '      request: POST /login', '      json: { password: "{{ env.SMOKE_PASSWORD }}" }',
      '      capture: { token: $.token, next: $.next }', '    headers:', '      authorization: "Bearer {{ token }}"');
  }
  lines.push('smoke:', '  timeout: 2s');
  if (c.junk) lines.push(c.junk);
  lines.push('  steps:');
  // The first step creates an item, so that later {{ id }} paths resolve.
  lines.push('    - name: create', '      request: POST /items', '      capture: { id: $.id }');
  if (c.firstCleanup) lines.push('      cleanup: DELETE /items/{{ id }}');
  c.steps.forEach((s, i) => {
    lines.push(`    - name: step ${i}`, `      request: ${JSON.stringify(`${s.method} ${fill(s.path)}`)}`);
    if (s.body === 'json') lines.push('      json: { password: "{{ env.SMOKE_PASSWORD }}", n: 1 }');
    if (s.body === 'form') lines.push('      form: { password: "{{ env.SMOKE_PASSWORD }}" }');
    if (s.header) lines.push(`      headers: { x-extra: "${s.header}" }`);
    if (s.status !== undefined) lines.push(`      expect: { status: ${JSON.stringify(s.status)} }`);
    if (s.captureId) lines.push('      capture: { id: $.id }');
    if (s.captureId && s.cleanup) lines.push('      cleanup: DELETE /items/{{ id }}');
  });
  if (c.latency) {
    lines.push('latency:', `  rate: ${c.latency.rate}`, '  duration: 300ms', '  timeout: 1s', '  endpoints:', `    - { request: ${JSON.stringify(`GET ${fill(c.latency.path)}`)}, p95: 2s }`);
  }
  return `${lines.join('\n')}\n`;
}

/** Every form an output could carry a value in. */
function forms(secret: string): string[] {
  return [
    secret,
    JSON.stringify(secret).slice(1, -1),
    encodeURIComponent(secret),
    new URLSearchParams({ v: secret }).toString().slice(2),
    Buffer.from(secret).toString('base64'),
    Buffer.from(`ops:${secret}`).toString('base64'),
  ];
}

function secretsOf(c: Case, captured: boolean): string[] {
  const values = [c.password];
  if (c.session) values.push(c.token, scenario.next);
  if (captured) values.push(c.id);
  return values;
}

function assertClean(output: string, secrets: string[], where: string): void {
  for (const secret of secrets) {
    for (const form of forms(secret)) {
      if (output.includes(form)) throw new Error(`${where}: a secret shows in the output (${JSON.stringify(form.slice(0, 6))}…)\n${output.slice(0, 2000)}`);
    }
  }
}

function assertReport(format: (typeof FORMATS)[number], code: number, stdout: string, stderr: string): void {
  expect([0, 1, 2]).toContain(code);
  if (code === 2) {
    expect(stderr).toMatch(/\.github\/release-gate\.yml:\d+:\d+: /);
    return;
  }
  if (format === 'json') expect(JSON.parse(stdout).schemaVersion).toBe(1);
  if (format === 'sarif') expect(JSON.parse(stdout).version).toBe('2.1.0');
  if (format === 'junit') expect(stdout).toContain('<testsuites');
  if (format === 'text' || format === 'markdown') expect(stdout.trim().length).toBeGreaterThan(0);
}

describe('fuzz: random manifests, captures and paths', () => {
  test(`${RUNS} seeded cases, every output format: nothing reaches an undeclared origin, nothing secret shows, every run ends in a report`, async () => {
    let index = 0;
    const codes = new Set<number>();
    let masked = 0;
    const sentBefore = app.requests.length;
    await fc.assert(fc.asyncProperty(caseArb, async (c) => {
      const tag = `${SEED}-${index++}`;
      scenario = { token: c.token, id: c.id, next: nextValue(c, tag) };
      const ws = workspace({ '.github/release-gate.yml': manifest(c) });
      try {
        const checks = c.latency ? ['smoke', 'latency'] : ['smoke'];
        for (const format of FORMATS) {
          const run = await cli([...checks, '--format', format], ws.dir, { SMOKE_PASSWORD: c.password });
          assertReport(format, run.code, run.stdout, run.stderr);
          codes.add(run.code);
          if ((run.stdout + run.stderr).includes('***')) masked++;
          assertClean(run.stdout + run.stderr, secretsOf(c, true), `case ${tag} (${format})`);
          expect(elsewhere.requests).toEqual([]);
        }
      } finally {
        ws.remove();
      }
    }), { seed: SEED, numRuns: RUNS, endOnFailure: true });
    expect(index).toBe(RUNS);
    // The cases reach the app, and cover passing, failing and refused manifests.
    expect(app.requests.length - sentBefore).toBeGreaterThan(RUNS * FORMATS.length);
    expect([...codes].sort()).toEqual([0, 1, 2]);
    // Secrets did reach the outputs' sources (echoed bodies, captured paths) and were masked there.
    expect(masked).toBeGreaterThan(10);
  }, 120_000);

  test('the action bundle: annotations, job summary and outputs carry nothing secret either', async () => {
    const samples = fc.sample(caseArb, { seed: SEED + 1, numRuns: 4 });
    for (const [i, sample] of samples.entries()) {
      const c = { ...sample, junk: null };
      scenario = { token: c.token, id: c.id, next: nextValue(c, `action-${i}`) };
      const ws = workspace({ '.github/release-gate.yml': manifest(c), 'summary.md': '', 'outputs.txt': '' });
      try {
        const env: Record<string, string> = {
          PATH: process.env.PATH ?? '', GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: ws.dir, RUNNER_TEMP: ws.dir,
          GITHUB_STEP_SUMMARY: join(ws.dir, 'summary.md'), GITHUB_OUTPUT: join(ws.dir, 'outputs.txt'), GITHUB_REPOSITORY: 'acme/ops',
          INPUT_CHECKS: c.latency ? 'smoke,latency' : 'smoke', SMOKE_PASSWORD: c.password,
        };
        const child = spawn(process.execPath, [resolve('dist/action/index.js')], { cwd: ws.dir, env });
        let output = '';
        child.stdout.on('data', (d: Buffer) => (output += d.toString()));
        child.stderr.on('data', (d: Buffer) => (output += d.toString()));
        const code = await new Promise<number | null>((r) => child.on('close', r));
        expect([0, 1]).toContain(code);
        // ::add-mask:: hands each secret to the runner's log masking: the runner reads it, nobody sees it.
        const visible = output.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n');
        const summary = readFileSync(join(ws.dir, 'summary.md'), 'utf8');
        expect(summary).toContain('release-gate');
        const outputs = readFileSync(join(ws.dir, 'outputs.txt'), 'utf8');
        const report = /^report<<(.+)\n([^\n]*)\n/m.exec(outputs)?.[2];
        const files = report && existsSync(report) ? readFileSync(report, 'utf8') : '';
        assertClean(visible + summary + outputs + files, secretsOf(c, true), `action case ${i}`);
        expect(elsewhere.requests).toEqual([]);
      } finally {
        ws.remove();
      }
    }
  }, 60_000);
});

// The built CLI, interrupted while a step hangs: it still writes its report and exits 130 or 143.
const CLI = resolve('dist/cli/index.js');

describe('fuzz: interrupted runs', () => {
  test.each([['SIGINT', 130], ['SIGTERM', 143]] as const)('%s mid-run: exit %i, a report in every requested output, nothing secret in it', async (signal, expected) => {
    const samples = fc.sample(caseArb, { seed: SEED + expected, numRuns: 1 });
    const c = { ...samples[0]!, latency: null, junk: null, steps: [{ method: 'POST', path: '/items', body: 'json', captureId: true, cleanup: true, status: undefined, header: '{{ env.SMOKE_PASSWORD }}' }, { method: 'GET', path: '/hang', body: 'none', captureId: false, cleanup: false, status: undefined, header: undefined }] } as Case;
    scenario = { token: c.token, id: c.id, next: nextValue(c, `signal-${expected}`) };
    const ws = workspace({ '.github/release-gate.yml': manifest(c).replace('  timeout: 2s', '  timeout: 60s') });
    try {
      const child = spawn(process.execPath, [CLI, 'smoke', '--format', 'json', '--output', 'report.json'], {
        cwd: ws.dir, env: { PATH: process.env.PATH ?? '', SMOKE_PASSWORD: c.password },
      });
      let output = '';
      child.stdout.on('data', (d: Buffer) => (output += d.toString()));
      child.stderr.on('data', (d: Buffer) => (output += d.toString()));
      const before = app.requests.length;
      // Signal once the hanging step has been sent.
      for (let i = 0; i < 200 && !app.requests.slice(before).some((r) => r.url === '/hang'); i++) await new Promise((r) => setTimeout(r, 25));
      child.kill(signal);
      const code = await new Promise<number | null>((r) => child.on('close', r));
      expect(code).toBe(expected);
      const reportPath = join(ws.dir, 'report.json');
      expect(existsSync(reportPath)).toBe(true);
      const report = readFileSync(reportPath, 'utf8');
      expect(JSON.parse(report).checks[0].findings.map((f: { ruleId: string }) => f.ruleId)).toContain('run-interrupted');
      assertClean(output + report, secretsOf(c, true), `interrupted by ${signal}`);
      expect(elsewhere.requests).toEqual([]);
    } finally {
      ws.remove();
    }
  }, 30_000);
});
