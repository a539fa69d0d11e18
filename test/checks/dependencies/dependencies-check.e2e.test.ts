import { afterAll, describe, expect, test } from '@jest/globals';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CheckContext, CheckDefinition } from '../../../src/checks/check.js';
import { dependenciesCheck } from '../../../src/checks/dependencies/index.js';
import { runGate } from '../../../src/gate.js';
import { createGit } from '../../../src/git/git.js';
import { loadManifest } from '../../../src/manifest/load.js';
import { Masker } from '../../../src/mask.js';
import { startOsvStandIn, type OsvRecordFixture } from './stand-ins.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/dependencies');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The fixture repository in a temp directory, with the fixture OSV export at osv-export/. */
function fixtureRepository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'release-gate-deps-e2e-'));
  dirs.push(dir);
  cpSync(join(FIXTURES, 'app'), dir, { recursive: true });
  cpSync(join(FIXTURES, 'osv'), join(dir, 'osv-export'), { recursive: true });
  return dir;
}

async function gate(dir: string) {
  const ctx: CheckContext = {
    cwd: dir, env: {}, manifest: await loadManifest('.github/release-gate.yml', dir), git: createGit(dir), masker: new Masker(),
    now: () => new Date(0), signal: new AbortController().signal, input: () => undefined,
  };
  return (await runGate(ctx, { available: [dependenciesCheck] as unknown as CheckDefinition[] })).report;
}

const EXPECTED = [
  ['error', 'dependency-advisory-critical', 'web/package-lock.json', 53, 'jsonwebtoken 8.5.1, an auth package, has GHSA-8cf7-32gw-wr33 (high): jsonwebtoken unrestricted key type could lead to legacy keys usage (declared in web/package.json:12)'],
  ['warning', 'dependency-advisory', 'api/poetry.lock', 58, 'urllib3 2.0.6 has GHSA-g4mx-q9vg-27p4 (moderate): urllib3\'s request body not stripped after redirect from 303 status changes request method to GET (a transitive dependency)'],
  ['warning', 'dependency-advisory', 'web/package-lock.json', 68, 'lodash 4.17.15 has GHSA-p6mc-m468-83gw (high): Prototype Pollution in lodash (declared in web/package.json:13)'],
  ['error', 'dependency-advisory-critical', 'worker/go.sum', 5, 'golang.org/x/crypto v0.14.0, a session/crypto package, has GO-2023-2402: Man-in-the-middle attacker can compromise integrity of secure channel in golang.org/x/crypto (a transitive dependency)'],
  ['notice', 'dependency-metadata-skipped', '.github/release-gate.yml', 3, '16 critical package(s) were not checked for deprecation or newer major releases: advisories come from a local directory, so the run is offline'],
];

describe('the dependencies check over a realistic repository (npm, Poetry and Go), offline', () => {
  test('reports exactly the planted problems, each where its reader acts', async () => {
    const report = await gate(fixtureRepository());
    const [deps] = report.checks;
    expect(deps).toMatchObject({ check: 'dependencies', status: 'fail' });
    const got = deps!.findings.map((f) => [f.severity, f.ruleId, f.file, f.line, f.message]);
    expect(got).toEqual([...EXPECTED].sort((a, b) => ['error', 'warning', 'notice'].indexOf(a[0] as string) - ['error', 'warning', 'notice'].indexOf(b[0] as string) || String(a[2]).localeCompare(String(b[2]))));
    for (const f of deps!.findings) expect(f.hint).toBeTruthy();
    expect(deps!.findings.find((f) => f.file === 'worker/go.sum')!.hint).toBe('Upgrade golang.org/x/crypto to v0.17.0 or later and commit the lockfile; details: https://osv.dev/vulnerability/GO-2023-2402');
    expect(deps!.metrics).toMatchObject({
      lockfiles: [
        { file: 'api/poetry.lock', format: 'poetry-lock', packages: 7 },
        { file: 'web/package-lock.json', format: 'package-lock', packages: 20 },
        { file: 'worker/go.sum', format: 'go-sum', packages: 3 },
      ],
      packages: 30,
      advisories: 'directory',
    });
  });

  test('online, through a loopback OSV API serving the same records, the findings are the same', async () => {
    // The stand-in matches exact versions only: list the installed ones the export's ranges cover.
    const installed: Record<string, string> = { jsonwebtoken: '8.5.1', lodash: '4.17.15', cookie: '0.4.2', urllib3: '2.0.6', 'golang.org/x/crypto': 'v0.14.0', 'next-auth': '4.0.0', PyJWT: '2.10.0' };
    const records: OsvRecordFixture[] = [];
    for (const ecosystem of readdirSync(join(FIXTURES, 'osv'))) {
      for (const file of readdirSync(join(FIXTURES, 'osv', ecosystem))) {
        const record = JSON.parse(readFileSync(join(FIXTURES, 'osv', ecosystem, file), 'utf8')) as OsvRecordFixture;
        record.affected = record.affected.map((a) => ({ ...a, versions: [installed[a.package.name]!] }));
        records.push(record);
      }
    }
    const osv = await startOsvStandIn(records);
    try {
      const dir = fixtureRepository();
      const manifest = readFileSync(join(dir, '.github/release-gate.yml'), 'utf8').replace('advisories: osv-export', `advisories: osv\n  osv-url: ${osv.url}\n  registry: false`);
      (await import('node:fs')).writeFileSync(join(dir, '.github/release-gate.yml'), manifest);
      const [deps] = (await gate(dir)).checks;
      expect(deps!.findings.map((f) => [f.ruleId, f.file, f.line])).toEqual([
        ['dependency-advisory-critical', 'web/package-lock.json', 53],
        ['dependency-advisory-critical', 'worker/go.sum', 5],
        ['dependency-advisory', 'api/poetry.lock', 58],
        ['dependency-advisory', 'web/package-lock.json', 68],
      ]);
      expect(osv.requests.filter((r) => r.path === '/v1/querybatch')).toHaveLength(1);
    } finally {
      await osv.close();
    }
  });
});
