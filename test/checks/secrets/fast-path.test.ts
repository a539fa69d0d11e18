import { describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { unsafeTemplate } from '../../../src/checks/secrets/rule-docs.js';
import { PROVIDER_RULES, SECRET_RULES } from '../../../src/checks/secrets/rules/index.js';
import { SecretScanner, type ScanHit, type ScanTarget } from '../../../src/checks/secrets/scanner.js';
import { contextOf, textKindOf } from '../../../src/checks/secrets/text-kind.js';
import { codeScanner, logScanner, NOW } from './helpers.js';
import { ALPHABETS, checksummedToken, expandForm, jwt, luhnNumber, opensshKeyBody, pemBody, randomString, seeded } from './synthesize.js';

/**
 * The scanner's fast path (keyword automaton over bytes, only lines with a keyword decoded, input in
 * arbitrary chunks) against the reference path (every line decoded, keywords found by substring
 * search): the same findings, to the column, on a fixture tree and a log.
 */

const random = seeded(2121);
const r = (n: number, alphabet: keyof typeof ALPHABETS) => randomString(n, ALPHABETS[alphabet]!, random);
const reference = {
  code: new SecretScanner(SECRET_RULES.filter((rule) => rule.scope !== 'logs'), { reference: true }),
  log: new SecretScanner(SECRET_RULES, { reference: true }),
};

/** Every provider rule's documented unsafe example; the checksummed formats built as providers.test.ts builds them. */
const CHECKSUMMED: Record<string, string> = {
  'github-pat': 'ghp', 'github-oauth-token': 'gho', 'github-user-to-server-token': 'ghu', 'github-installation-token': 'ghs',
  'github-refresh-token': 'ghr', 'npm-access-token': 'npm',
};
/** Formats providers.test.ts builds from their structure (a DER body, a JSON document): left out here. */
const STRUCTURED = new Set(['gcp-service-account-key', 'gcp-service-account-base64', 'aws-bedrock-api-key', 'docker-config-auth']);
const examples = PROVIDER_RULES.flatMap((rule) => {
  if (STRUCTURED.has(rule.meta.id)) return [];
  let secret: string;
  try {
    secret = CHECKSUMMED[rule.meta.id] ? checksummedToken(CHECKSUMMED[rule.meta.id]!, random) : expandForm(rule.docs.form, random);
  } catch {
    return []; // a form only a builder in providers.test.ts can fill
  }
  return unsafeTemplate(rule).replace('{secret}', secret).includes('\n') ? [] : [{ rule: rule.meta.id, line: unsafeTemplate(rule).replace('{secret}', secret) }];
});

/** Ordinary lines, many of them holding a keyword (token, password, http, ://, key=, @) and nothing to report. */
const FILLER = [
  () => `  const ${r(6, 'lower')} = await fetch('https://api.example.com/v1/${r(5, 'lower')}', { headers });`,
  () => "  const tokenType = 'Bearer'; // see https://docs.example.com/auth",
  () => '  password: string;',
  () => `  "integrity": "sha512-${r(86, 'base64')}==",`,
  () => `const requestId = "${expandForm('<uuid>', random)}";`,
  () => 'DATABASE_URL=postgres://app:demo@localhost:5432/app',
  () => 'token: ${{ secrets.NPM_TOKEN }}',
  () => `    "version": "${Math.floor(random() * 9)}.${Math.floor(random() * 20)}.0",`,
  () => `naïve café ☕ 😀 ${r(12, 'lower')} — ünïcödé`,
  () => '',
  () => `export KEY=${r(3, 'lower')}`,
  () => `npm warn deprecated inflight@1.0.6: use lru-cache; curl -sS https://get.example.com | sh`,
];

function fillerLines(n: number): string[] {
  return Array.from({ length: n }, () => FILLER[Math.floor(random() * FILLER.length)]!());
}

/** A small repository: every provider example somewhere, PEM blocks, allow comments, CRLF, a byte order mark, a line over a window. */
function fixtureTree(): Record<string, string> {
  const files: Record<string, string> = {};
  const extensions = ['ts', 'py', 'yml', 'json', 'md', 'env', 'sh', 'tf'];
  const perFile = 12;
  for (let f = 0; f * perFile < examples.length; f++) {
    const lines = fillerLines(60);
    examples.slice(f * perFile, (f + 1) * perFile).forEach((example, i) => lines.splice(3 + i * 5, 0, example.line));
    const ext = extensions[f % extensions.length]!;
    // The same text as code, as a test fixture and as docs: the context changes severities, not lines.
    for (const dir of ['src', 'test/fixtures', 'docs']) files[`${dir}/file-${f}.${ext}`] = lines.join('\n') + (f % 2 ? '\n' : '');
  }
  files['keys/deploy.pem'] = ['-----BEGIN RSA PRIVATE KEY-----', ...pemBody(random), '-----END RSA PRIVATE KEY-----', ''].join('\n');
  files['keys/ci.txt'] = ['# release-gate:allow-next-line private-key-openssh: a revoked key', '-----BEGIN OPENSSH PRIVATE KEY-----', ...opensshKeyBody(random), '-----END OPENSSH PRIVATE KEY-----'].join('\n');
  files['src/windows.ts'] = `\ufeff${fillerLines(20).join('\r\n')}\r\nconst t = "${checksummedToken('ghp', random)}"; // release-gate:allow github-pat: test fixture\r\n`;
  const tokens = [checksummedToken('ghp', random), checksummedToken('gho', random), checksummedToken('npm', random)];
  const filler = (n: number) => 'ab, token '.repeat(Math.ceil(n / 10)).slice(0, n);
  files['dist/app.min.js'] = `head\n${filler(1000)}"${tokens[0]}"${filler(1024 * 1024 - 1200)}"${tokens[1]}"${filler(1_300_000)}"${tokens[2]}"\ntail`;
  return files;
}

const LOG_PLANTS = [
  () => `2026-01-15T10:00:00.000Z DEBUG http > GET /api/tasks authorization="Bearer ${r(40, 'base62')}"`,
  () => `2026-01-15T10:00:00.000Z DEBUG http < Set-Cookie: session=${r(32, 'base62')}; Path=/; HttpOnly; Secure`,
  () => `2026-01-15T10:00:00.000Z INFO  POST /api/login body={"email":"ops@example.com","password":"Pw${r(10, 'base62')}"}`,
  () => `10.0.0.7 - - [15/Jan/2026:10:00:00 +0000] "GET /export?format=csv&access_token=${r(32, 'base62')} HTTP/1.1" 200 5120`,
  () => `2026-01-15T10:00:00.000Z ERROR pool: connect failed postgres://ops:Lg5${r(12, 'base62')}@db.prod.internal:5432/ops`,
  () => `2026-01-15T10:00:00.000Z WARN  git: clone with ${checksummedToken('ghs', random)} failed`,
  () => `2026-01-15T10:00:00.000Z INFO  password reset for ${r(8, 'lower')}@acme-corp.io, phone +44 20 7946 0${Math.floor(random() * 900 + 100)}`,
  () => `2026-01-15T10:00:00.000Z WARN  charge failed card=${luhnNumber('4', 16, random).replace(/(\d{4})(?=\d)/g, '$1 ')} amount=1200`,
  () => `2026-01-15T10:00:00.000Z WARN  refund failed card=${luhnNumber('4', 13, random)} (13 digits, the shortest run)`,
  () => `2026-01-15T10:00:00.000Z WARN  card ${luhnNumber('51', 16, random).replace(/(\d{4})(?=\d)/g, '$1-')} declined`,
  () => `2026-01-15T10:00:00.000Z INFO  service token ${jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'svc' }, random)}`,
];
const LOG_FILLER = [
  () => `2026-01-15T10:00:${String(Math.floor(random() * 60)).padStart(2, '0')}.${r(3, 'digits')}Z INFO  http GET /api/tasks/${Math.floor(random() * 9999)} 200 ${Math.floor(random() * 300)}ms`,
  () => `#12 [build 4/9] RUN npm ci --omit=dev && npm cache clean --force`,
  () => `#15 writing image sha256:${r(64, 'hex')} done`,
  () => `npm http fetch GET 200 https://registry.npmjs.org/@types%2fnode ${Math.floor(random() * 90)}ms (cache hit)`,
  () => `  ✓ returns 404 for a missing task (${Math.floor(random() * 40)} ms)`,
  () => `{"level":"info","msg":"job done","id":"${expandForm('<uuid>', random)}","user":"u${r(13, 'digits')}"}`,
  () => 'Waiting for deployment "ops-portal" rollout to finish: 1 of 3 updated replicas are available...',
];

function fixtureLog(): string {
  const lines: string[] = [];
  for (let i = 0; i < 6000; i++) {
    lines.push(i % 97 === 50 ? LOG_PLANTS[(i / 97 | 0) % LOG_PLANTS.length]!() : LOG_FILLER[Math.floor(random() * LOG_FILLER.length)]!());
  }
  return `${lines.join('\n')}\n`;
}

/** What must match between the paths; the secret itself only as a digest, so a failing test prints none. */
function shape(hits: ScanHit[]) {
  return hits.map((h) => ({
    ruleId: h.rule.meta.id, line: h.line, column: h.column, endLine: h.endLine, endColumn: h.endColumn, severity: h.severity,
    detail: h.detail, allowed: h.allowed, secret: createHash('sha256').update(h.secret).digest('hex').slice(0, 12),
  }));
}

/** The fast path, fed in chunks cut at random places (inside keywords, tokens, multi-byte characters, CRLF). */
function fastScan(scanner: SecretScanner, text: string, target: ScanTarget): ScanHit[] {
  const hits: ScanHit[] = [];
  const session = scanner.session(target, (h) => hits.push(h));
  const buf = Buffer.from(text, 'utf8');
  for (let at = 0; at < buf.length;) {
    const size = 1 + Math.floor(random() * random() * 200_000);
    session.push(buf.subarray(at, at + size));
    at += size;
  }
  session.end();
  return hits;
}

describe('fast path and reference path find the same', () => {
  test('on a fixture tree: every file, to the column', () => {
    const tree = fixtureTree();
    const all: { file: string; ruleId: string; line: number }[] = [];
    for (const [file, text] of Object.entries(tree)) {
      const target = { file, kind: textKindOf(file), context: contextOf(file), now: NOW };
      const expected = shape(reference.code.scanText(text, target));
      expect({ file, hits: shape(fastScan(codeScanner, text, target)) }).toEqual({ file, hits: expected });
      all.push(...expected.map((h) => ({ file, ruleId: h.ruleId, line: h.line })));
    }
    // Not two empty lists: each planted example is found, on its line, by its own rule (in code; docs and fixtures may drop test keys).
    for (const [file, text] of Object.entries(tree).filter(([file]) => file.startsWith('src/'))) {
      text.split('\n').forEach((line, i) => {
        const example = examples.find((e) => e.line === line);
        if (example) expect(all).toContainEqual({ file, ruleId: example.rule, line: i + 1 });
      });
    }
    expect(all.filter((h) => h.file === 'dist/app.min.js')).toEqual([
      { file: 'dist/app.min.js', ruleId: 'github-pat', line: 2 },
      { file: 'dist/app.min.js', ruleId: 'github-oauth-token', line: 2 },
      { file: 'dist/app.min.js', ruleId: 'npm-access-token', line: 2 },
    ]);
    expect(all.filter((h) => h.file.startsWith('keys/')).map((h) => h.ruleId)).toEqual(['private-key-rsa', 'private-key-openssh']);
  });

  test('on a log: credentials and personal data, to the column', () => {
    const log = fixtureLog();
    const target = { file: 'logs/deploy.log', kind: 'log' as const, now: NOW };
    const expected = shape(reference.log.scanText(log, target));
    expect(shape(fastScan(logScanner, log, target))).toEqual(expected);
    const planted = log.split('\n').flatMap((line, i) => (i % 97 === 50 ? [i + 1] : []));
    expect([...new Set(expected.map((h) => h.line))]).toEqual(planted);
    expect(new Set(expected.map((h) => h.ruleId))).toEqual(new Set([
      'log-bearer-token', 'log-session-cookie', 'log-password-field', 'log-query-secret', 'database-url-password',
      'github-installation-token', 'log-email-address', 'log-phone-number', 'log-card-number', 'jwt',
    ]));
  });
});
