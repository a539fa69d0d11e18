import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { secretsCheck } from '../../../src/checks/secrets/index.js';
import { FORMATS, formatReport } from '../../../src/format.js';
import { runGate } from '../../../src/gate.js';
import { createGit } from '../../../src/git/git.js';
import { parseManifest } from '../../../src/manifest/load.js';
import { Masker } from '../../../src/mask.js';
import { renderAnnotations } from '../../../src/reporters/annotations.js';
import { renderJunit } from '../../../src/reporters/junit.js';
import { renderMarkdown } from '../../../src/reporters/markdown.js';
import { actionOutputs } from '../../../src/reporters/outputs.js';
import { renderCommentBody } from '../../../src/reporters/pr-comment.js';
import { renderSarif } from '../../../src/reporters/sarif.js';
import { renderSummary } from '../../../src/reporters/summary.js';
import { renderText } from '../../../src/reporters/text.js';
import type { Report } from '../../../src/types.js';
import { NOW } from './helpers.js';
import { ALPHABETS, checksummedToken, jwt, luhnNumber, pemBody, randomString, seeded } from './synthesize.js';

/** No output of any kind, from any reporter, may contain a planted secret or a long piece of one. */

const random = seeded(1234);
const planted = {
  pat: checksummedToken('ghp', random),
  npm: checksummedToken('npm', random),
  password: `Wd4${randomString(13, ALPHABETS.base62!, random)}`,
  session: randomString(36, ALPHABETS.base62!, random),
  jwt: jwt({ alg: 'HS256' }, { sub: 'svc' }, random),
  pem: pemBody(random),
  dbPassword: `Db7${randomString(11, ALPHABETS.base62!, random)}`,
  bearer: randomString(44, ALPHABETS.base62!, random),
  email: `${randomString(9, ALPHABETS.lower!, random)}@acme-corp.io`,
  card: luhnNumber('4', 16, random),
  short: `Ab1${randomString(6, ALPHABETS.base62!, random)}`,
};
const dir = mkdtempSync(join(tmpdir(), 'rg-secrets-echo-'));
let report: Report;
let artifacts: Record<string, string>;

beforeAll(async () => {
  const files: Record<string, string> = {
    'src/a.ts': `export const pat = "${planted.pat}";\nexport const npm = "${planted.npm}";\n`,
    'config/app.yml': `smtp:\n  password: "${planted.password}"\nsession_secret: "${planted.session}"\nlegacy_pass: "${planted.short}"\n`,
    'config/key.pem': ['-----BEGIN RSA PRIVATE KEY-----', ...planted.pem, '-----END RSA PRIVATE KEY-----', ''].join('\n'),
    'deploy/db.env': `DATABASE_URL=postgres://ops:${planted.dbPassword}@db.prod.internal/ops\n`,
    'test/api.ts': `const auth = "Bearer ${planted.jwt}";\n`,
    'logs/app.log': `Authorization: Bearer ${planted.bearer}\nreset for ${planted.email}\ncharge failed card=${planted.card}\n`,
  };
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  const manifest = parseManifest('version: 1\nsecrets:\n  logs: ["logs/*.log"]\n', '.github/release-gate.yml');
  const ctx = {
    cwd: dir, env: {}, manifest, git: createGit(dir), masker: new Masker(), now: () => NOW,
    signal: new AbortController().signal, input: () => undefined,
  };
  ({ report, artifacts } = await runGate(ctx, { available: [secretsCheck], checks: ['secrets'] }));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every 8-character piece of every planted secret (a masked form shows at most 4). */
function pieces(): string[] {
  const all = Object.values(planted).flatMap((v) => (Array.isArray(v) ? v : [v]));
  const out = new Set<string>();
  for (const s of all) for (let i = 0; i + 8 <= s.length; i++) out.add(s.slice(i, i + 8));
  return [...out];
}

function expectClean(name: string, output: string): void {
  const leaked = pieces().filter((p) => output.includes(p));
  expect({ output: name, leaked }).toEqual({ output: name, leaked: [] });
}

describe('no output echoes a secret', () => {
  test('the planted secrets were all found', () => {
    const ids = report.checks[0]!.findings.map((f) => f.ruleId).sort();
    expect(ids).toEqual([
      'database-url-password', 'generic-password-assignment', 'generic-password-assignment', 'generic-secret-assignment',
      'github-pat', 'jwt', 'log-bearer-token', 'log-card-number', 'log-email-address', 'npm-access-token', 'private-key-rsa',
    ]);
  });

  test('JSON.stringify of the whole report and the artifacts', () => {
    expectClean('report', JSON.stringify(report));
    expectClean('artifacts', JSON.stringify(artifacts));
  });

  test.each(FORMATS)('the %s format', (format) => {
    expectClean(format, formatReport(report, format, { color: false, manifestFile: '.github/release-gate.yml' }));
  });

  test('every reporter in src/reporters', () => {
    expectClean('annotations', renderAnnotations(report).commands.join('\n'));
    expectClean('summary', renderSummary(report));
    expectClean('comment', renderCommentBody(report));
    expectClean('markdown', renderMarkdown(report));
    expectClean('sarif', renderSarif(report, { toolVersion: '0.0.0' }));
    expectClean('junit', renderJunit(report));
    expectClean('text', renderText(report, { color: true }));
    expectClean('outputs', JSON.stringify(actionOutputs(report, 'report.json')));
  });
});
