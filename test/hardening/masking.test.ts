import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { cli, json, recorder, workspace, type Recorder } from './harness.js';

/**
 * Nothing leaks: every secret (the environment's and every captured value), in every encoding an
 * output could carry it, is masked in every output format of the real CLI; and masking never
 * corrupts paths, rule ids or check names.
 */

const USER = 'ops@example.test';
// Characters that change under JSON, percent and form encoding.
const PASSWORD = 'S3cr"et/p+ss wörd&9f1c';
const TOKEN = 'cap-8d1f0a9b7c6e5d4c3b2a1f0e';
const FORMATS = ['text', 'json', 'sarif', 'junit', 'markdown'] as const;

const forms = (secret: string) => [
  secret,
  JSON.stringify(secret).slice(1, -1),
  encodeURIComponent(secret),
  new URLSearchParams({ v: secret }).toString().slice(2),
  Buffer.from(secret).toString('base64'),
  Buffer.from(`${USER}:${secret}`).toString('base64'),
];

let app: Recorder;
beforeAll(async () => {
  app = await recorder((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (path === '/api/items' && req.method === 'POST') return json(res, 201, { id: TOKEN });
    if (path?.startsWith('/api/items/') && req.method === 'DELETE') return json(res, 500, { error: 'cannot delete' });
    if (path === '/echo') {
      res.writeHead(500, { 'content-type': 'text/plain', 'x-echo': `${'x'.repeat(70)}${PASSWORD}` });
      return res.end(`json ${JSON.stringify(PASSWORD)} url ${encodeURIComponent(PASSWORD)} basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')} b64 ${Buffer.from(PASSWORD).toString('base64')}`);
    }
    json(res, 200, {});
  });
});
afterAll(async () => app.close());

describe('masking in every output format', () => {
  test.each(FORMATS)('%s: captures, encoded forms, URL userinfo and cut values never show', async (format) => {
    const hostPort = app.url.replace('http://', '');
    const ws = workspace({
      '.github/release-gate.yml': `version: 1
environments:
  production:
    url: "http://ops:${encodeURIComponent(PASSWORD)}@${hostPort}"
smoke:
  steps:
    - name: create
      request: POST /api/items
      json: { password: "{{ env.SMOKE_PASSWORD }}" }
      capture: { id: $.id }
      cleanup: DELETE /api/items/{{ id }}
    - name: echo
      request: GET /echo
      expect: { headers: { x-echo: "^nothing$" } }
`,
    });
    try {
      const run = await cli(['smoke', '--format', format], ws.dir, { SMOKE_PASSWORD: PASSWORD });
      expect(run.code).toBe(1);
      const output = run.stdout + run.stderr;
      expect(output).toContain('smoke-cleanup-failed');
      for (const form of [...forms(PASSWORD), ...forms(TOKEN)]) expect(output).not.toContain(form);
      // The head of a value cut short ("…") is masked too.
      expect(output).not.toContain(PASSWORD.slice(0, 5));
      expect(output).not.toContain(TOKEN.slice(0, 8));
    } finally {
      ws.remove();
    }
  });
});

describe('masking keeps structure', () => {
  test('a password that is an ordinary word leaves paths, rule ids and check names intact, and is reported as weak', async () => {
    const ws = workspace({
      '.github/release-gate.yml': `version: 1
sessions:
  ops:
    login: { request: POST /login, json: { password: "{{ env.SMOKE_PASSWORD }}" } }
migrations:
  paths: ["db/migrations/*.sql"]
`,
      'db/migrations/002_migration.sql': 'CREATE INDEX tasks_migration_idx ON tasks (title);\n',
    });
    try {
      const run = await cli(['migrations', '--format', 'json'], ws.dir, { SMOKE_PASSWORD: 'migration' });
      const report = JSON.parse(run.stdout) as { checks: { check: string; findings: { ruleId: string; file?: string; line?: number; message: string }[] }[] };
      expect(report.checks.map((c) => c.check)).toEqual(['migrations']);
      const findings = report.checks[0]!.findings;
      expect(findings.filter((f) => f.ruleId === 'index-not-concurrent').map((f) => [f.file, f.line])).toEqual([['db/migrations/002_migration.sql', 1]]);
      expect(findings.filter((f) => f.ruleId === 'weak-secret').map((f) => [f.file, f.line, f.message])).toEqual([
        ['.github/release-gate.yml', 4, 'the secret in SMOKE_PASSWORD is a single word, so it is masked only in messages and excerpts (masking it in file paths and names would corrupt them)'],
      ]);
      const text = await cli(['migrations'], ws.dir, { SMOKE_PASSWORD: 'migration' });
      expect(text.stdout).toContain('\n  db/migrations/002_migration.sql\n    1:1   error    CREATE INDEX on existing table tasks');
    } finally {
      ws.remove();
    }
  });
});
