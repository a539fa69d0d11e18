import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { smokeCheck } from '../../../src/checks/smoke/index.js';
import { formatReport, FORMATS } from '../../../src/format.js';
import { Masker } from '../../../src/mask.js';
import { renderAnnotations } from '../../../src/reporters/annotations.js';
import { renderSummary } from '../../../src/reporters/summary.js';
import { runReleaseGate } from '../../../src/run.js';
import { ADMIN, CREDENTIALS, FAKE_COOKIE, FAKE_TOKEN, manifest, runSmokeCheck, startServer, tempDir, type TestServer } from './harness.js';

const API_KEY = 'key-5e6f7a8b9c0d1e2f';
const REFRESH = 'refresh-9a8b7c6d5e4f3a2b';
const SECRETS = [ADMIN.password, FAKE_TOKEN, FAKE_COOKIE, API_KEY, REFRESH];

/**
 * An app that echoes every credential it sees back in its answers: in JSON under sensitive and plain
 * keys, in plain text and in headers, on the login and on steps, in failures of every kind.
 */
async function leakyApp(): Promise<TestServer> {
  return startServer((req, res, body) => {
    const echo = { authorization: req.headers.authorization ?? null, cookie: req.headers.cookie ?? null, key: req.headers['x-api-key'] ?? null, body };
    if (req.url === '/api/login') {
      const credentials = JSON.parse(body) as { email: string; password: string };
      res.writeHead(200, { 'content-type': 'application/json', 'set-cookie': `sid=${FAKE_COOKIE}; Path=/` });
      return res.end(JSON.stringify({ token: FAKE_TOKEN, refresh_token: REFRESH, note: `signed in with ${credentials.password}`, echo }));
    }
    if (req.url === '/text') {
      res.writeHead(500, { 'content-type': 'text/plain', 'x-echo': String(req.headers.authorization) });
      return res.end(`failed for ${req.headers.authorization} with ${req.headers.cookie} and ${req.headers['x-api-key']} ${REFRESH}`);
    }
    res.writeHead(502, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: 'bad gateway', echo }));
  });
}

const SESSIONS = `sessions:
  ops:
    login:
      request: POST /api/login
      json: { email: "{{ env.DEMO_ADMIN_EMAIL }}", password: "{{ env.DEMO_ADMIN_PASSWORD }}" }
      capture: { token: $.token, refresh: $.refresh_token }
    headers:
      authorization: "Bearer {{ token }}"
  picky:
    login:
      request: POST /api/login
      json: { email: "{{ env.DEMO_ADMIN_EMAIL }}", password: "{{ env.DEMO_ADMIN_PASSWORD }}" }
      expect: { body-contains: welcome, headers: { x-never: yes } }
`;

const SMOKE = `  retries: 0
  steps:
    - name: plain text echo
      request: GET /text
      headers: { x-api-key: "{{ env.API_KEY }}" }
      expect: { headers: { x-echo: "^nothing$" }, body-not-contains: failed }
    - name: json echo
      request: POST /json
      json: { password: "{{ env.DEMO_ADMIN_PASSWORD }}", token: "{{ token }}", refresh: "{{ refresh }}" }
      expect: { json: { $.echo.authorization: "{{ env.API_KEY }}" } }
    - name: the picky session
      session: picky
      request: GET /text
`;

describe('no password, token or cookie reaches any output', () => {
  let app: TestServer;
  beforeAll(async () => {
    app = await leakyApp();
  });
  afterAll(() => app.close());

  test('the check itself never puts a secret in a finding or a metric', async () => {
    const { findings, metrics } = await runSmokeCheck(manifest(app.url, SMOKE, { sessions: SESSIONS }), { env: { API_KEY } });
    // The failures are real: each step and the picky sign-in failed with a body excerpt.
    expect(findings.map((f) => f.ruleId).sort()).toEqual(['smoke-login-failed', 'smoke-skipped-after-failure', 'smoke-step-failed', 'smoke-step-failed']);
    expect(findings.every((f) => !f.message.includes('Body:') || /Body: \S/.test(f.message))).toBe(true);
    const text = JSON.stringify({ findings, metrics });
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    expect(text).toContain('***');
  });

  test('nor does the report in any format, the job summary or the annotations', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, '.github'));
    writeFileSync(join(dir, '.github/release-gate.yml'), manifest(app.url, SMOKE, { sessions: SESSIONS }));
    const { report } = await runReleaseGate({
      cwd: dir, env: { ...CREDENTIALS, API_KEY }, manifestPath: '.github/release-gate.yml', failOn: 'error', inputs: {},
      masker: new Masker(), available: [smokeCheck],
    });
    expect(report.status).toBe('fail');
    const outputs = [
      JSON.stringify(report),
      ...FORMATS.map((format) => formatReport(report, format, { manifestFile: '.github/release-gate.yml' })),
      renderSummary(report),
      renderAnnotations(report).commands.join('\n'),
    ];
    for (const output of outputs) {
      for (const secret of SECRETS) expect(output).not.toContain(secret);
    }
  });
});
