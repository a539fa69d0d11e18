import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { crc32, toBase62 } from '../../src/checks/secrets/checksums.js';

// The committed bundle, run exactly as the runner runs a node24 action: INPUT_* variables, files for
// GITHUB_OUTPUT and GITHUB_STEP_SUMMARY, workflow commands on stdout. It is copied out of the
// repository first, so it cannot lean on node_modules.
const repo = resolve('.');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

function parseOutputFile(text: string): Record<string, string> {
  // Multi-line form written by @actions/core: name<<DELIM\nvalue\nDELIM
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    outputs[m[1]!] = value.join('\n');
  }
  return outputs;
}

describe('the action bundle, run as the runner runs it', () => {
  const root = mkdtempSync(join(tmpdir(), 'rg-action-'));
  const actionDir = join(root, 'action');
  const workspace = join(root, 'workspace');
  let api: Server;
  let apiUrl = '';
  const apiCalls: { method: string; url: string; body: string }[] = [];

  beforeAll(async () => {
    // What `uses: release-gate/release-gate@v1` checks out: the repository's action files, no node_modules.
    for (const path of ['action.yml', 'actions', 'dist', 'package.json']) cpSync(join(repo, path), join(actionDir, path), { recursive: true });
    mkdirSync(join(workspace, '.github'), { recursive: true });
    api = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        apiCalls.push({ method: req.method!, url: req.url!, body });
        res.setHeader('content-type', 'application/json');
        if (req.method === 'GET') res.end('[]');
        else { res.statusCode = 201; res.end(JSON.stringify({ id: 7, html_url: 'http://x/7' })); }
      });
    });
    await new Promise<void>((r) => api.listen(0, '127.0.0.1', r));
    apiUrl = `http://127.0.0.1:${(api.address() as { port: number }).port}`;
  });
  afterAll(async () => { await new Promise((r) => api.close(r)); });

  async function runAction(main: string, inputs: Record<string, string>, extraEnv: Record<string, string> = {}): Promise<Run> {
    const files = mkdtempSync(join(root, 'files-'));
    const outputFile = join(files, 'output');
    const summaryFile = join(files, 'summary');
    writeFileSync(outputFile, '');
    writeFileSync(summaryFile, '');
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? root,
      GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: workspace, RUNNER_TEMP: join(files, 'tmp'),
      GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, GITHUB_REPOSITORY: 'acme/ops',
      ...extraEnv,
    };
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
    const child = spawn(process.execPath, [main], { cwd: workspace, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    const code = await new Promise<number | null>((r) => child.on('close', r));
    return { code, stdout, stderr, outputs: parseOutputFile(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8') };
  }

  test('a passing manifest: exit 0, outputs, a summary and the JSON report', async () => {
    writeFileSync(join(workspace, '.github/release-gate.yml'), 'version: 1\n');
    const run = await runAction(join(actionDir, 'dist/action/index.js'), { manifest: '.github/release-gate.yml', 'fail-on': 'error' });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.outputs.status).toBe('pass');
    expect(run.outputs.findings).toBe('0');
    expect(JSON.parse(readFileSync(run.outputs.report!, 'utf8'))).toEqual({ schemaVersion: 1, status: 'pass', checks: [] });
    expect(JSON.parse(readFileSync(run.outputs.sarif!, 'utf8')).version).toBe('2.1.0');
    expect(run.summary).toContain('release-gate');
  });

  test('with nothing to do, the action loads none of node:child_process, node:fs/promises, node:crypto and what they pull in (dgram, readline)', async () => {
    writeFileSync(join(workspace, '.github/release-gate.yml'), 'version: 1\n');
    const out = join(root, 'modules.txt');
    const preload = join(root, 'preload.cjs');
    writeFileSync(preload, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(out)}, process.moduleLoadList.join('\\n')));\n`);
    const run = await runAction(join(actionDir, 'dist/action/index.js'), { manifest: '.github/release-gate.yml' }, { NODE_OPTIONS: `--require ${preload}` });
    expect({ code: run.code, stderr: run.stderr, status: run.outputs.status }).toEqual({ code: 0, stderr: '', status: 'pass' });
    const loaded = readFileSync(out, 'utf8').split('\n');
    expect(loaded).toContain('NativeModule fs');
    // (node:net is loaded here all the same: the runner's stdout, like this test's, is a pipe, which Node writes through a socket.)
    expect(loaded.filter((m) => /^NativeModule (child_process|fs\/promises|crypto|dgram|internal\/readline\/interface)$/.test(m))).toEqual([]);
  });

  test('a broken manifest: an error annotation on its line, a failed step, a summary that says why', async () => {
    writeFileSync(join(workspace, '.github/release-gate.yml'), 'version: 1\nmigration:\n  paths: [a]\n');
    const run = await runAction(join(actionDir, 'dist/action/index.js'), {});
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error title=release-gate manifest,file=.github/release-gate.yml,line=2,col=1::unknown key "migration"; did you mean "migrations"?');
    expect(run.outputs.status).toBe('fail');
    expect(run.summary).toContain('`.github/release-gate.yml:2:1` unknown key "migration"');
  });

  test('an unknown check in the checks input fails the step and names the available checks', async () => {
    writeFileSync(join(workspace, '.github/release-gate.yml'), 'version: 1\n');
    const run = await runAction(join(actionDir, 'dist/action/index.js'), { checks: 'nonsense' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::checks: unknown check "nonsense"');
  });

  test('the env action: annotations on the exact lines, fingerprints left for a later job, no secret printed', async () => {
    writeFileSync(join(workspace, '.github/release-gate.yml'), [
      'version: 1',
      'environments:',
      '  production: { url: "https://ops.example.com" }',
      'env:',
      '  declared-in: [.env.example]',
      '  vars:',
      '    SESSION_SECRET: { secret: true }',
      '',
    ].join('\n'));
    writeFileSync(join(workspace, '.env.example'), 'DATABASE_URL=\nSESSION_SECRET=\n');
    const run = await runAction(join(actionDir, 'actions/env/main.js'), {
      environment: 'production',
      secrets: JSON.stringify({ SESSION_SECRET: 'prod-session-secret-value-123' }),
      'fingerprint-key': 'fingerprint-key-for-the-test',
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error file=\.env\.example,line=1,col=1,.*title=env-missing \(env\)::DATABASE_URL is missing in production/);
    expect(run.outputs.status).toBe('fail');
    expect(run.summary).toContain('env-missing');
    // ::add-mask:: lines are how the runner learns what to mask; it never shows them.
    const shown = run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
    const everything = shown + run.stderr + run.summary + readFileSync(run.outputs.report!, 'utf8');
    expect(everything).not.toContain('prod-session-secret-value-123');
    expect(everything).not.toContain('fingerprint-key-for-the-test');
    expect(run.stdout).toContain('::add-mask::prod-session-secret-value-123');
  });

  test('comment: true on a pull request writes one sticky comment through the API', async () => {
    writeFileSync(join(workspace, '.github/release-gate.yml'), 'version: 1\n');
    const event = join(root, 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { number: 42 } }));
    apiCalls.length = 0;
    const run = await runAction(join(actionDir, 'dist/action/index.js'), { comment: 'true', token: 'test-token-value' }, {
      GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_API_URL: apiUrl,
    });
    expect(run.code).toBe(0);
    expect(apiCalls.map((c) => `${c.method} ${c.url.split('?')[0]}`)).toEqual([
      'GET /repos/acme/ops/issues/42/comments', 'POST /repos/acme/ops/issues/42/comments',
    ]);
    expect(JSON.parse(apiCalls[1]!.body).body).toContain('<!-- release-gate:sticky -->');
    expect(run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n')).not.toContain('test-token-value');
  });

  test('the secrets action in worker threads (they run the action bundle): the same findings as in one thread', async () => {
    writeFileSync(join(workspace, '.github/release-gate.yml'), 'version: 1\nsecrets:\n  paths: ["src/**"]\n');
    // A credential built at run time (base62 body and its CRC-32 checksum, as GitHub's tokens carry).
    const body = Array.from({ length: 30 }, (_, i) => 'aB3dE6gH9jK2mN5pQ8sT1vW4yZ7cF0'[(i * 7) % 30]).join('');
    const token = `ghp_${body}${toBase62(crc32(body), 6)}`;
    for (let i = 0; i < 30; i++) {
      mkdirSync(join(workspace, `src/m${i}`), { recursive: true });
      writeFileSync(join(workspace, `src/m${i}/index.ts`), `export const n = ${i};\n${i % 10 === 3 ? `const token = '${token}';\n` : ''}`);
    }
    const runs = await Promise.all(['1', '2'].map((threads) => runAction(join(actionDir, 'actions/secrets/main.js'), {}, { RELEASE_GATE_THREADS: threads })));
    const located = (run: Run) => JSON.parse(readFileSync(run.outputs.report!, 'utf8')).checks[0].findings.map((f: { ruleId: string; file: string; line: number }) => `${f.ruleId} ${f.file}:${f.line}`);
    for (const run of runs) {
      expect(run.code).toBe(1);
      expect(located(run)).toEqual(['github-pat src/m13/index.ts:2', 'github-pat src/m23/index.ts:2', 'github-pat src/m3/index.ts:2']);
    }
    expect(runs[1]!.outputs.findings).toBe(runs[0]!.outputs.findings);
  });
});
