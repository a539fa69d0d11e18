import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { manifest, runSmokeCheck, summarize, tempDir } from './harness.js';

const hasOpenssl = spawnSync('openssl', ['version']).status === 0;

/** A self-signed certificate for `name`, made with openssl in a temp dir. */
function selfSigned(dir: string, file: string, subjectAltName: string): { key: string; cert: string; certPath: string } {
  const keyPath = join(dir, `${file}.key`);
  const certPath = join(dir, `${file}.pem`);
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
    '-subj', '/CN=release-gate test', '-addext', `subjectAltName=${subjectAltName}`, '-keyout', keyPath, '-out', certPath,
  ], { stdio: 'pipe' });
  return { key: readFileSync(keyPath, 'utf8'), cert: readFileSync(certPath, 'utf8'), certPath };
}

async function httpsServer(key: string, cert: string): Promise<{ server: Server; url: string; connections: () => number }> {
  const server = createServer({ key, cert }, (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"status":"ok"}');
  });
  let connections = 0;
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `https://127.0.0.1:${(server.address() as AddressInfo).port}`, connections: () => connections };
}

const SMOKE = `  steps:
    - name: health
      request: GET /healthz
      expect: { json: { $.status: ok } }
`;

(hasOpenssl ? describe : describe.skip)('TLS', () => {
  const dir = tempDir();
  let right: Awaited<ReturnType<typeof httpsServer>>;
  let wrongName: Awaited<ReturnType<typeof httpsServer>>;
  let certPath: string;
  let otherCertPath: string;

  beforeAll(async () => {
    const ip = selfSigned(dir, 'ip', 'IP:127.0.0.1');
    certPath = ip.certPath;
    right = await httpsServer(ip.key, ip.cert);
    const named = selfSigned(dir, 'named', 'DNS:ops.example.test');
    otherCertPath = named.certPath;
    wrongName = await httpsServer(named.key, named.cert);
  });
  afterAll(() => {
    right.server.closeAllConnections();
    wrongName.server.closeAllConnections();
    right.server.close();
    wrongName.server.close();
  });

  test('an untrusted certificate is a clear smoke-tls-error, not retried', async () => {
    const { findings } = await runSmokeCheck(manifest(right.url, SMOKE, { sessions: '' }));
    expect(summarize(findings)).toEqual([
      { ruleId: 'smoke-tls-error', severity: 'error', line: 7, column: 7, message: `step "health" (GET /healthz) failed after N ms: TLS failed for ${right.url.slice(8)}: self-signed certificate (DEPTH_ZERO_SELF_SIGNED_CERT)` },
    ]);
    // Retrying cannot fix a certificate.
    expect(right.connections()).toBe(1);
  });

  test('the same server works once its certificate is trusted through smoke.ca-file', async () => {
    const { findings, metrics } = await runSmokeCheck(manifest(right.url, `  ca-file: ${certPath}\n${SMOKE}`, { sessions: '' }));
    expect(findings).toEqual([]);
    expect(metrics!.steps).toEqual([expect.objectContaining({ name: 'health', status: 'pass', httpStatus: 200 })]);
  });

  test('a trusted certificate for another name is still refused', async () => {
    const { findings } = await runSmokeCheck(manifest(wrongName.url, `  ca-file: ${otherCertPath}\n${SMOKE}`, { sessions: '' }));
    expect(summarize(findings).map((f) => [f.ruleId, f.line, f.message.replace(/:\d+/, ':PORT')])).toEqual([
      ['smoke-tls-error', 8, expect.stringMatching(/^step "health" \(GET \/healthz\) failed after N ms: TLS failed for 127\.0\.0\.1:PORT: .*IP: 127\.0\.0\.1 is not in the cert's list.* \(ERR_TLS_CERT_ALTNAME_INVALID\)$/)],
    ]);
  });

  test('a ca-file that cannot be read is reported on its line', async () => {
    const { findings } = await runSmokeCheck(manifest(right.url, `  ca-file: missing.pem\n${SMOKE}`, { sessions: '' }), { cwd: dir });
    expect(summarize(findings)).toEqual([
      { ruleId: 'smoke-invalid-request', severity: 'error', line: 6, column: 12, message: 'ca-file missing.pem cannot be read (ENOENT)' },
    ]);
  });
});
