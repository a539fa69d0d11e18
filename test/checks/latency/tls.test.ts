import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { createTestPki, startHttpsServer, type RunningServer, type TestPki } from '../../support/tls-certs.js';
import { aboutTheApp, manifest, runLatencyCheck } from './harness.js';

const hasOpenssl = spawnSync('openssl', ['version']).status === 0;

(hasOpenssl ? describe : describe.skip)('an https environment behind an internal CA', () => {
  let pki: TestPki;
  let server: RunningServer;
  beforeAll(async () => {
    pki = createTestPki();
    const pair = pki.leaf(['127.0.0.1'], { fromDays: -1, toDays: 30 });
    server = await startHttpsServer({ certificates: {}, fallback: pair }, (_req, res) => res.end('ok'));
  });
  afterAll(async () => {
    await server.close();
    pki.cleanup();
  });

  const section = (caFile?: string) => `  rate: 20
  duration: 500ms
${caFile ? `  ca-file: ${caFile}\n` : ''}  endpoints:
    - request: GET /healthz
`;

  test('with ca-file the load runs over TLS', async () => {
    const { findings, metrics } = await runLatencyCheck(manifest(`https://127.0.0.1:${server.port}`, section(pki.caFile)));
    expect(aboutTheApp(findings)).toEqual([]);
    expect(metrics.endpoints.map((e) => [e.count, e.errors])).toEqual([[10, 0]]);
  });

  test('without it the certificate is not trusted: unreachable, nothing measured', async () => {
    const { findings } = await runLatencyCheck(manifest(`https://127.0.0.1:${server.port}`, section()));
    expect(aboutTheApp(findings).map((f) => [f.ruleId, f.line])).toEqual([['latency-unreachable', 5]]);
  });

  test('a ca-file that cannot be read stops the run before any request', async () => {
    const { findings } = await runLatencyCheck(manifest(`https://127.0.0.1:${server.port}`, section('missing-ca.pem')));
    expect(findings.map((f) => [f.ruleId, f.line, f.message])).toEqual([['latency-invalid-request', 8, 'ca-file missing-ca.pem cannot be read (ENOENT); nothing was sent']]);
  });
});
