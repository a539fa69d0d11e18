import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { CheckContext } from '../../../src/checks/check.js';
import { secretsCheck } from '../../../src/checks/secrets/index.js';
import { STDIN_FILE } from '../../../src/checks/secrets/run.js';
import { createGit } from '../../../src/git/git.js';
import { parseManifest } from '../../../src/manifest/load.js';
import { Masker } from '../../../src/mask.js';
import type { Finding } from '../../../src/types.js';
import { NOW } from './helpers.js';
import { ALPHABETS, checksummedToken, randomString, seeded } from './synthesize.js';

const random = seeded(8080);
const dirs: string[] = [];

function workspace(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'rg-secrets-'));
  dirs.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

interface Options {
  base?: string;
  inputs?: Record<string, string>;
  stdin?: string[];
  masker?: Masker;
}

function context(cwd: string, manifest: string, options: Options = {}): CheckContext {
  return {
    cwd, env: {}, manifest: parseManifest(manifest, '.github/release-gate.yml'), base: options.base,
    git: createGit(cwd), masker: options.masker ?? new Masker(), now: () => NOW, signal: new AbortController().signal,
    input: (name) => options.inputs?.[name],
    stdin: options.stdin ? async function* () { for (const chunk of options.stdin!) yield chunk; } : undefined,
  };
}

async function run(cwd: string, manifest: string, options: Options = {}) {
  const ctx = context(cwd, manifest, options);
  const section = ctx.manifest.data.secrets!;
  return { ...(await secretsCheck.run(ctx, section)), ctx };
}

const where = (findings: Finding[]) => findings.map((f) => ({ ruleId: f.ruleId, file: f.file, line: f.line, column: f.column }));

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd, encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t.test', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t.test', GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_SYSTEM: '/dev/null' },
  });
}

describe('whole tree', () => {
  const token = checksummedToken('ghp', random);
  const other = checksummedToken('gho', random);
  const password = `Rk9${randomString(12, ALPHABETS.base62!, random)}`;
  const bearer = randomString(40, ALPHABETS.base62!, random);
  let dir: string;
  let result: Awaited<ReturnType<typeof run>>;

  beforeAll(async () => {
    dir = workspace({
      '.gitignore': 'secret-local.env\nbuild/\n*.log\n',
      'src/client.ts': `import x from 'y';\nconst token = "${token}";\n`,
      'config/app.yml': `database:\n  host: db.prod.internal\n  password: "${password}"\n`,
      'secret-local.env': `GITHUB_TOKEN=${other}\n`,
      'build/out.js': `var t="${other}";\n`,
      'dist/bundle.js': `var t="${other}";\n`,
      'node_modules/pkg/index.js': `var t="${other}";\n`,
      'assets/logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]),
      'data/blob.dat': Buffer.concat([Buffer.from('header\0\0'), Buffer.from(`token="${other}"`)]),
      'fixtures/big.json': `{"pad": "${'a'.repeat(3000)}", "t": "${other}"}\n`,
      'certs/release.p12': Buffer.from([0x30, 0x82, 0x01, 0x00]),
      'logs/deploy.log': `2026-01-15 INFO start\n2026-01-15 DEBUG Authorization: Bearer ${bearer}\n`,
      'docs/setup.md': 'Set `GITHUB_TOKEN=ghp_<36 base62 chars>` in your shell.\n',
    });
    result = await run(dir, 'version: 1\nsecrets:\n  exclude: ["dist/**"]\n  logs: ["logs/**/*.log"]\n  max-file-size: 1KB\n');
  });

  test('reports secrets in tracked-looking files and logs, at exact positions', () => {
    const secrets = result.findings.filter((f) => f.severity === 'error');
    expect(where(secrets).sort((a, b) => a.file!.localeCompare(b.file!))).toEqual([
      { ruleId: 'generic-password-assignment', file: 'config/app.yml', line: 3, column: 14 },
      { ruleId: 'log-bearer-token', file: 'logs/deploy.log', line: 2, column: 40 },
      { ruleId: 'github-pat', file: 'src/client.ts', line: 2, column: 16 },
    ]);
  });

  test('.gitignore, exclude and node_modules are honoured; logs are read even though .gitignore lists them', () => {
    const files = result.findings.map((f) => f.file);
    for (const skipped of ['secret-local.env', 'build/out.js', 'dist/bundle.js', 'node_modules/pkg/index.js']) expect(files).not.toContain(skipped);
    expect(files).toContain('logs/deploy.log');
  });

  test('binary and oversized files are skipped with a notice; images silently; key stores are a warning', () => {
    expect(where(result.findings.filter((f) => f.severity !== 'error'))).toEqual(expect.arrayContaining([
      { ruleId: 'secrets-binary-file-skipped', file: 'data/blob.dat', line: undefined, column: undefined },
      { ruleId: 'secrets-file-too-large', file: 'fixtures/big.json', line: undefined, column: undefined },
      { ruleId: 'keystore-file', file: 'certs/release.p12', line: undefined, column: undefined },
    ]));
    expect(result.findings.filter((f) => f.severity !== 'error')).toHaveLength(3);
    expect(result.findings.find((f) => f.ruleId === 'secrets-file-too-large')!.message).toContain('over secrets.max-file-size (1.0 KB)');
    expect(result.metrics).toMatchObject({
      mode: 'tree',
      files: { scanned: 4, skippedBinary: 2, skippedTooLarge: 1, unreadable: 0 },
      logs: { scanned: 1, lines: 2 },
      suppressed: { allowComment: 0, baseline: 0 },
      findingsByRule: { 'github-pat': 1, 'generic-password-assignment': 1, 'log-bearer-token': 1 },
    });
  });

  test('messages name the rule and show a masked form; hints say how to rotate and how to allow', () => {
    const pat = result.findings.find((f) => f.ruleId === 'github-pat')!;
    expect(pat.message).toBe('GitHub personal access token (classic): ghp_…(40 chars)');
    expect(pat.endColumn).toBe(16 + 40);
    expect(pat.hint).toMatch(/Revoke it on GitHub/);
    expect(pat.hint).toMatch(/release-gate:allow/);
    expect(result.findings.find((f) => f.ruleId === 'generic-password-assignment')!.message).toBe('Hard-coded password: …(15 chars) (assigned to password)');
  });

  test('every secret found is registered with the masker, and none appears in the output', () => {
    for (const s of [token, password, bearer]) expect(result.ctx.masker.mask(`x ${s} y`)).toBe('x *** y');
    const output = JSON.stringify({ findings: result.findings, metrics: result.metrics, artifacts: result.artifacts });
    for (const s of [token, password, bearer, other]) expect(output).not.toContain(s);
  });

  test('an unreadable file is a warning, not a crash', async () => {
    if (process.getuid?.() === 0) return; // root reads everything
    const d = workspace({ 'locked.yml': 'a: 1\n' });
    chmodSync(join(d, 'locked.yml'), 0o000);
    const r = await run(d, 'version: 1\nsecrets: {}\n');
    expect(where(r.findings)).toEqual([{ ruleId: 'secrets-file-unreadable', file: 'locked.yml', line: undefined, column: undefined }]);
  });
});

describe('large files', () => {
  test('files over 1 MB are streamed: findings deep inside keep exact lines; binary ones are still skipped', async () => {
    const token = checksummedToken('ghp', random);
    const filler = 'export const rows = [1, 2, 3]; // padding\n'.repeat(80_000); // about 3.4 MB
    const dir = workspace({
      'data/seed.ts': `${filler}const late = "${token}";\n`,
      'data/blob.bin2': Buffer.concat([Buffer.alloc(16), Buffer.alloc(2 * 1024 * 1024, 0x41)]),
      'logs/big.log': `${'2026-01-15 INFO ok\n'.repeat(120_000)}Authorization: Bearer ${randomString(40, ALPHABETS.base62!, random)}\n`,
    });
    const r = await run(dir, 'version: 1\nsecrets:\n  max-file-size: 8MB\n  logs: ["logs/*.log"]\n');
    expect(where(r.findings)).toEqual([
      { ruleId: 'github-pat', file: 'data/seed.ts', line: 80_001, column: 15 },
      { ruleId: 'log-bearer-token', file: 'logs/big.log', line: 120_001, column: 23 },
      { ruleId: 'secrets-binary-file-skipped', file: 'data/blob.bin2', line: undefined, column: undefined },
    ]);
    expect(r.metrics).toMatchObject({ files: { lines: 80_001 }, logs: { lines: 120_001 } });
  });
});

describe('logs and stdin', () => {
  test('stdin is scanned with the log rules, as <stdin>', async () => {
    const dir = workspace({});
    const bearer = randomString(32, ALPHABETS.base62!, random);
    const r = await run(dir, 'version: 1\nsecrets: {}\n', { stdin: ['boot ok\nAuthorization: Bea', `rer ${bearer}\n`] });
    expect(where(r.findings)).toEqual([{ ruleId: 'log-bearer-token', file: STDIN_FILE, line: 2, column: 23 }]);
    expect(r.metrics).toMatchObject({ stdin: { bytes: 'boot ok\nAuthorization: Bearer \n'.length + bearer.length } });
  });

  test('personal data in logs is a warning, and can be turned off', async () => {
    const dir = workspace({ 'app.log': `reset for ${randomString(7, ALPHABETS.lower!, random)}@acme-corp.io\n` });
    const on = await run(dir, 'version: 1\nsecrets:\n  logs: ["*.log"]\n');
    expect(on.findings.map((f) => [f.ruleId, f.severity])).toEqual([['log-email-address', 'warning']]);
    const off = await run(dir, 'version: 1\nsecrets:\n  logs: ["*.log"]\n  include-personal-data: false\n');
    expect(off.findings).toEqual([]);
  });
});

describe('diff mode (--base)', () => {
  test('only secrets on lines the branch added are reported', async () => {
    const old = checksummedToken('ghp', random);
    const fresh = checksummedToken('ghr', random);
    const untracked = checksummedToken('ghu', random);
    const dir = workspace({ 'app/config.ts': `export const a = 1;\nconst legacy = "${old}";\n` });
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '--no-gpg-sign', '-m', 'base');
    git(dir, 'checkout', '-q', '-b', 'feature');
    writeFileSync(join(dir, 'app/config.ts'), `// header\nexport const a = 1;\nconst legacy = "${old}";\nconst added = "${fresh}";\n`);
    git(dir, 'commit', '-q', '--no-gpg-sign', '-am', 'feature');
    writeFileSync(join(dir, 'new.env'), `TOKEN=${untracked}\n`);

    const r = await run(dir, 'version: 1\nsecrets: {}\n', { base: 'main' });
    expect(where(r.findings)).toEqual([
      { ruleId: 'github-refresh-token', file: 'app/config.ts', line: 4, column: 16 },
      { ruleId: 'github-user-to-server-token', file: 'new.env', line: 1, column: 7 },
    ]);
    expect(r.metrics).toMatchObject({ mode: 'diff' });
    // The whole tree still has the old one.
    const tree = await run(dir, 'version: 1\nsecrets: {}\n');
    expect(where(tree.findings).map((f) => `${f.file}:${f.line}`)).toEqual(['app/config.ts:3', 'app/config.ts:4', 'new.env:1']);
  });
});

describe('baseline', () => {
  const a = checksummedToken('ghp', random);
  const b = `Zx8${randomString(13, ALPHABETS.base62!, random)}`;
  const manifest = 'version: 1\nsecrets:\n  baseline: secrets-baseline.json\n';

  test('round trip: written to the path given, then accepted even after the lines move', async () => {
    const dir = workspace({ 'a.ts': `const t = "${a}";\n`, 'b.yml': `password: "${b}"\n` });
    const first = await run(dir, manifest, { inputs: { 'write-baseline': 'out/secrets-baseline.json' } });
    expect(first.findings.map((f) => f.ruleId)).toEqual(['secrets-baseline-written']);
    expect(first.findings[0]!.message).toBe('recorded 2 accepted findings in out/secrets-baseline.json; review every entry before committing it');
    expect(first.artifacts).toBeUndefined();
    expect(Object.keys(first.files!)).toEqual(['out/secrets-baseline.json']);
    const baseline = first.files!['out/secrets-baseline.json']!;
    expect(JSON.parse(baseline)).toMatchObject({ version: 1, tool: 'release-gate', check: 'secrets', entries: [
      { ruleId: 'github-pat', file: 'a.ts', line: 1 }, { ruleId: 'generic-password-assignment', file: 'b.yml', line: 1 },
    ] });
    expect(baseline).not.toContain(a);
    expect(baseline).not.toContain(b);
    writeFileSync(join(dir, 'secrets-baseline.json'), baseline);

    const second = await run(dir, manifest);
    expect(second.findings).toEqual([]);
    expect(second.metrics).toMatchObject({ suppressed: { baseline: 2 }, baseline: { accepted: 2 } });

    // Move the lines (and the secret into another file): fingerprints are rule + secret, not lines.
    writeFileSync(join(dir, 'a.ts'), `// moved\n\n\nexport const t = "${a}";\n`);
    writeFileSync(join(dir, 'c.yml'), `nested:\n  password: "${b}"\n`);
    const fresh = checksummedToken('gho', random);
    writeFileSync(join(dir, 'd.ts'), `const n = "${fresh}";\n`);
    const third = await run(dir, manifest);
    expect(where(third.findings)).toEqual([{ ruleId: 'github-oauth-token', file: 'd.ts', line: 1, column: 12 }]);
  });

  test('a broken baseline is an error at its line and column', async () => {
    const dir = workspace({ 'secrets-baseline.json': '{\n  "version": 1,\n  "entries": [,]\n}\n' });
    const r = await run(dir, manifest);
    expect(where(r.findings)).toEqual([{ ruleId: 'secrets-baseline-invalid', file: 'secrets-baseline.json', line: 3, column: 15 }]);
    expect(r.findings[0]!.severity).toBe('error');
  });

  test('a missing baseline is an error, unless one is being written', async () => {
    const dir = workspace({});
    expect((await run(dir, manifest)).findings.map((f) => [f.ruleId, f.message])).toEqual([
      ['secrets-baseline-invalid', 'the secrets baseline secrets-baseline.json does not exist'],
    ]);
    expect((await run(dir, manifest, { inputs: { 'write-baseline': 'secrets-baseline.json' } })).findings.map((f) => f.ruleId)).toEqual(['secrets-baseline-written']);
  });

  test('the baseline input overrides the manifest', async () => {
    const dir = workspace({ 'other.json': JSON.stringify({ version: 1, tool: 'release-gate', check: 'secrets', entries: [] }) });
    expect((await run(dir, manifest, { inputs: { baseline: 'other.json' } })).findings).toEqual([]);
  });

  test('allow comments are counted, not reported, and not written to a baseline', async () => {
    const dir = workspace({ 'a.ts': `const t = "${a}"; // release-gate:allow\n` });
    const r = await run(dir, 'version: 1\nsecrets: {}\n', { inputs: { 'write-baseline': 'b.json' } });
    expect(r.metrics).toMatchObject({ suppressed: { allowComment: 1 } });
    expect(JSON.parse(r.files!['b.json']!).entries).toEqual([]);
  });
});

describe('allow comments carry a reason and may expire', () => {
  test('one without a reason still hides its finding but is a warning at the comment; the suppressions metric lists both', async () => {
    const first = checksummedToken('ghp', random);
    const second = checksummedToken('ghp', random);
    const line1 = `const t = "${first}"; // release-gate:allow`;
    const dir = workspace({ 'a.ts': `${line1}\n// release-gate:allow-next-line github-pat: a revoked key in a fixture (until 2027-03-01)\nconst u = "${second}";\n` });
    const r = await run(dir, 'version: 1\nsecrets: {}\n');
    expect(r.findings.map(({ ruleId, severity, file, line, column, message }) => ({ ruleId, severity, file, line, column, message }))).toEqual([{
      ruleId: 'suppression-without-reason', severity: 'warning', file: 'a.ts', line: 1, column: line1.indexOf('release-gate:allow') + 1,
      message: 'this release-gate:allow of github-pat gives no reason, so nobody can tell later whether it still holds',
    }]);
    expect(r.metrics?.suppressions).toEqual([
      { rules: ['github-pat'], reason: null, until: null, file: 'a.ts', line: 1, hidden: 1 },
      { rules: ['github-pat'], reason: 'a revoked key in a fixture', until: '2027-03-01', file: 'a.ts', line: 2, hidden: 1 },
    ]);
  });

  test('from its until date on, the finding is reported again, saying the allow expired', async () => {
    const dir = workspace({ 'a.ts': `const t = "${checksummedToken('ghp', random)}"; // release-gate:allow github-pat: rotated next sprint (until 2026-01-01)\n` });
    const r = await run(dir, 'version: 1\nsecrets: {}\n');
    expect(r.findings.map((f) => `${f.ruleId} ${f.file}:${f.line}`)).toEqual(['github-pat a.ts:1']);
    expect(r.findings[0]!.message).toMatch(/ \(the release-gate:allow at line 1 expired on 2026-01-01; its reason was: rotated next sprint\)$/);
    expect(r.metrics?.suppressions).toBeUndefined();
  });
});
