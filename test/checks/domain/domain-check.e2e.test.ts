import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CheckContext, CheckDefinition } from '../../../src/checks/check.js';
import { domainCheck } from '../../../src/checks/domain/index.js';
import { startDemoApp, type DemoApp } from '../../../src/demo/app.js';
import { runGate } from '../../../src/gate.js';
import { createGit } from '../../../src/git/git.js';
import { parseManifest } from '../../../src/manifest/load.js';
import { Masker } from '../../../src/mask.js';
import { a, mx, startDnsServer, txt, type DnsZoneServer } from '../../support/dns-server.js';

const available = [domainCheck] as unknown as CheckDefinition[];
let dns: DnsZoneServer;
let app: DemoApp;
let dir: string;

beforeAll(async () => {
  dns = await startDnsServer({
    'mail.test': [txt('v=spf1 -all'), mx(10, 'mx.mail.test')],
    'mx.mail.test': [a('127.0.0.1')],
    '_dmarc.mail.test': [txt('v=DMARC1; p=reject; rua=mailto:d@mail.test')],
  });
  app = await startDemoApp();
  dir = mkdtempSync(join(tmpdir(), 'release-gate-domain-e2e-'));
});
afterAll(async () => {
  await Promise.all([dns.close(), app.close()]);
  rmSync(dir, { recursive: true, force: true });
});

function context(source: string, env: Record<string, string> = {}): CheckContext {
  return {
    cwd: dir, env, manifest: parseManifest(source, '.github/release-gate.yml'), git: createGit(dir), masker: new Masker(),
    now: () => new Date(), signal: new AbortController().signal, input: () => undefined,
  };
}

describe('the domain check through runGate', () => {
  test('rule overrides apply, an unknown override is reported, and secrets read by sessions never reach the report', async () => {
    const source = `version: 1
environments:
  production: { url: "${app.url}" }
sessions:
  viewer:
    login:
      request: POST /api/login
      json: { email: "{{ env.EMAIL }}", password: "{{ env.PASSWORD }}" }
      expect: { status: 201 }
domain:
  environment: production
  resolver: ${dns.address}
  email:
    - { domain: mail.test, dkim: [s1] }
  headers:
    - { url: /dashboard, session: viewer }
  rules:
    dkim-missing: warning
    session-sign-in-failed: notice
    dkim-mising: off
`;
    const ctx = context(source, { EMAIL: 'viewer@demo.test', PASSWORD: 'demo-viewer-pass' });
    const { report } = await runGate(ctx, { available });
    const [check] = report.checks;
    expect(check!.status).toBe('pass');
    expect(check!.findings.map((f) => [f.ruleId, f.severity, f.line])).toEqual([
      ['dkim-missing', 'warning', 14],
      ['unknown-rule-override', 'warning', 20],
      ['session-sign-in-failed', 'notice', 16],
    ]);
    // The login answered 200, not the 201 the manifest expects: the message says so without the password.
    expect(check!.findings[2]!.message).toBe(`cannot request ${app.url}/dashboard as session "viewer": the login of session "viewer" (POST ${app.url}/api/login) failed: expected 201, got 200`);
    expect(JSON.stringify(report)).not.toContain('demo-viewer-pass');
    expect(ctx.masker.mask('demo-viewer-pass')).toBe('***');
  });

  test('a resolver that is not an address stops the check with one finding, not a crash', async () => {
    const source = `version: 1
domain:
  resolvers: [${dns.address}, 300.1.1.1]
  dns:
    - { name: mail.test, type: MX, value: mx.mail.test }
`;
    const { report } = await runGate(context(source), { available });
    expect(report.checks[0]!.status).toBe('fail');
    expect(report.checks[0]!.findings.map((f) => [f.ruleId, f.line, f.column, f.message])).toEqual([
      ['domain-setting-invalid', 3, `  resolvers: [${dns.address}, `.length + 1, 'resolver 300.1.1.1 is not an IP address (with an optional :port); name the DNS server by address, e.g. 1.1.1.1 or [2606:4700:4700::1111]:53'],
    ]);
  });
});
