#!/usr/bin/env node
// The secrets check against secretlint (npm secretlint + @secretlint/secretlint-rule-preset-recommend)
// in the same run, on generated input:
//   - a source-like tree of 5,000 files (about 50 MB: TypeScript, Python, YAML, JSON lockfiles, Markdown)
//     with 25 planted credentials and a set of decoys (placeholders, hashes, UUIDs, integrity strings,
//     look-alike tokens with a wrong checksum, local database URLs) at known lines, and the same kind
//     of tree as 500 larger files;
//   - two 100 MB logs with the same planted credentials and personal data: a deploy job's log (npm,
//     Docker, tests, rollout, the app's first requests: a keyword on about one line in five) and the
//     application log used before issue 21 (a keyword on every other line); the application log
//     again at 25 MB shows that peak memory does not grow with the input.
// Both tools run as whole processes (`node dist/cli/index.js secrets --manifest …`). A planted secret
// counts as caught when the tool reports anything on its line; a report on any other line is noise.
// Targets: at least 10× secretlint on the generated tree (the 500 larger files) and 4× on the log, with
// far better recall, and flat memory. The scan uses a worker thread per core (RELEASE_GATE_THREADS
// sets how many; BENCH_THREADS passes it on); each throughput is also given per core, and the big
// files and the log are timed once more on one thread, so the scaling (and the memory-bandwidth
// limit it runs into) shows.
// `node bench/secrets.mjs`; RELEASE_GATE_CLI picks another bundle, BENCH_RUNS the runs per timing (median),
// BENCH_SECRETLINT=0 skips secretlint, BENCH_FULL=1 also runs it on the 5,000-file tree (minutes),
// BENCH_KEEP=1 keeps the generated files, BENCH_PARTS=big,logs times only those inputs. The first row
// gives the machine's load average: on a shared machine wall times move with it, CPU times far less.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { benchRoot, median, report } from './lib.mjs';

const FILES = 5000;
const FILE_BYTES = 10_500;
// The same volume in 500 larger files: secretlint's time grows with the square of the file count
// (here: 338 files 2.3 s, 1,019 files 12.4 s, 5,000 files 546 s), so throughput is compared on these.
const BIG_FILES = 500;
const BIG_FILE_BYTES = 105_000;
const FULL = process.env.BENCH_FULL === '1';
const LOG_MB = 100;
const SMALL_LOG_MB = 25;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const cli = process.env.RELEASE_GATE_CLI ?? join(benchRoot, 'dist/cli/index.js');
const secretlint = join(benchRoot, 'node_modules/.bin/secretlint');
const secretlintPreset = join(benchRoot, 'node_modules/@secretlint/secretlint-rule-preset-recommend');
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const THREADS = Number(process.env.BENCH_THREADS ?? availableParallelism());
/** Which inputs to time: BENCH_PARTS=big,logs skips the 5,000-file tree (all three by default). */
const PARTS = new Set((process.env.BENCH_PARTS ?? 'tree,big,logs').split(','));

// ---------------------------------------------------------------------------------------------------
// Deterministic synthetic values. Every credential is built here at run time from random characters;
// none is a real or realistic-looking literal in the repository.

function prng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = prng(20260115);
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const B62 = `0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ${LOWER}`;
const B64 = `ABCDEFGHIJKLMNOPQRSTUVWXYZ${LOWER}0123456789+/`;
const B64URL = `ABCDEFGHIJKLMNOPQRSTUVWXYZ${LOWER}0123456789_-`;
const HEX = '0123456789abcdef';
const pick = (list) => list[Math.floor(rand() * list.length)];
const chars = (n, alphabet) => Array.from({ length: n }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
const uuid = () => `${chars(8, HEX)}-${chars(4, HEX)}-4${chars(3, HEX)}-a${chars(3, HEX)}-${chars(12, HEX)}`;

const CRC = new Uint32Array(256).map((_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
function crc32(s) { let c = 0xffffffff; for (const b of Buffer.from(s)) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; }
function base62(n, width) { let o = ''; do { o = B62[n % 62] + o; n = Math.floor(n / 62); } while (n > 0); return o.padStart(width, '0'); }
/** GitHub/npm token format: prefix, 30 random base62, CRC-32 of them in 6 base62. */
const checksummed = (prefix) => { const body = chars(30, B62); return `${prefix}_${body}${base62(crc32(body), 6)}`; };
const pemLines = (first = 'MII', n = 1200) => (first + chars(n - first.length, B64)).match(/.{1,64}/g);
const jwtToken = () => {
  const part = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ sub: 'svc-export', scope: 'tasks:write' })}.${chars(43, B64URL)}`;
};
const luhn = (prefix, length) => {
  const base = prefix + chars(length - prefix.length - 1, '0123456789');
  for (let d = 0; d < 10; d++) {
    const s = base + d;
    let sum = 0;
    for (let i = 0; i < s.length; i++) { let x = Number(s[s.length - 1 - i]); if (i % 2) { x *= 2; if (x > 9) x -= 9; } sum += x; }
    if (sum % 10 === 0) return s;
  }
  return base + '0';
};

// ---------------------------------------------------------------------------------------------------
// Planted credentials: [file extension, lines]; the secret sits on the line marked with `@`.

const PLANTS = [
  ['GitHub classic PAT', 'ts', () => [`@const githubToken = "${checksummed('ghp')}";`]],
  ['GitHub fine-grained PAT', 'yml', () => [`@  token: github_pat_${chars(22, B62)}_${chars(59, B62)}`]],
  ['npm token', 'ini', () => [`@//registry.npmjs.org/:_authToken=${checksummed('npm')}`]],
  ['AWS access key id', 'ini', () => [`[default]`, `@aws_access_key_id = AKIA${chars(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`]],
  ['AWS secret key', 'ini', () => [`@aws_secret_access_key = ${chars(40, B64)}`]],
  ['Slack bot token', 'py', () => [`@SLACK_TOKEN = "xoxb-${chars(12, '0123456789')}-${chars(13, '0123456789')}-${chars(24, B62)}"`]],
  ['Slack webhook', 'ts', () => [`@const hook = 'https://hooks.slack.com/services/T${chars(10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}/B${chars(10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}/${chars(24, B62)}';`]],
  ['Stripe live key', 'py', () => [`@stripe.api_key = "sk_${'live'}_${chars(99, B62)}"`]],
  ['SendGrid key', 'ts', () => [`@const sendgrid = "SG.${chars(22, B64URL)}.${chars(43, B64URL)}";`]],
  ['OpenAI key', 'py', () => [`@client = OpenAI(api_key="sk-proj-${chars(74, B64URL)}T3BlbkFJ${chars(74, B64URL)}")`]],
  ['Anthropic key', 'ts', () => [`@const anthropic = "sk-ant-api03-${chars(93, B64URL)}AA";`]],
  ['Google API key', 'json', () => [`@  "mapsKey": "AIza${chars(35, B64URL)}",`]],
  ['Azure storage connection string', 'json', () => [`@  "Storage": "DefaultEndpointsProtocol=https;AccountName=opsprod;AccountKey=${chars(86, B64)}==;EndpointSuffix=core.windows.net",`]],
  ['PyPI token', 'ini', () => [`@password = pypi-AgEIcHlwaS5vcmc${chars(150, B64URL)}`]],
  ['Shopify token', 'rb', () => [`@ShopifyAPI::Session.new(token: "shpat_${chars(32, HEX)}")`]],
  ['Docker Hub PAT', 'yml', () => [`@  DOCKERHUB_TOKEN: dckr_pat_${chars(27, B64URL)}`]],
  ['RSA private key (PEM)', 'pem', () => ['@-----BEGIN RSA PRIVATE KEY-----', ...pemLines(), '-----END RSA PRIVATE KEY-----']],
  ['EC private key (PEM)', 'ts', () => ['const key = `', '@-----BEGIN EC PRIVATE KEY-----', ...pemLines('MHcCAQEE', 164), '-----END EC PRIVATE KEY-----`;']],
  ['OpenSSH private key', 'txt', () => {
    // An unencrypted ed25519 key in the openssh-key-v1 layout ssh-keygen writes (random key bytes).
    const u32 = (n) => { const b = Buffer.alloc(4); b.writeUInt32BE(n); return b; };
    const str = (b) => Buffer.concat([u32(b.length), Buffer.isBuffer(b) ? b : Buffer.from(b)]);
    const bytes = (n) => Buffer.from(Array.from({ length: n }, () => Math.floor(rand() * 256)));
    const pub = bytes(32);
    const publicBlob = str(Buffer.concat([str('ssh-ed25519'), str(pub)]));
    const check = u32(Math.floor(rand() * 2 ** 32));
    let priv = Buffer.concat([check, check, str('ssh-ed25519'), str(pub), str(Buffer.concat([bytes(32), pub])), str('deploy@ops')]);
    for (let pad = 1; priv.length % 8 !== 0; pad++) priv = Buffer.concat([priv, Buffer.from([pad])]);
    const body = Buffer.concat([Buffer.from('openssh-key-v1\0'), str('none'), str('none'), str(''), u32(1), publicBlob, str(priv)])
      .toString('base64').match(/.{1,70}/g);
    return ['@-----BEGIN OPENSSH PRIVATE KEY-----', ...body, '-----END OPENSSH PRIVATE KEY-----'];
  }],
  ['JWT', 'ts', () => [`@const serviceToken = '${jwtToken()}';`]],
  ['generic password (YAML)', 'yml', () => ['smtp:', '  host: smtp.mail.internal', `@  password: "Vq7${chars(11, B62)}"`]],
  ['generic secret (.env style)', 'sh', () => [`@export SESSION_SECRET=${chars(40, B62)}`]],
  ['database URL with password', 'yml', () => [`@  url: postgres://ops:Zr8${chars(13, B62)}@db.prod.internal:5432/ops`]],
  ['basic-auth URL', 'md', () => [`@Use \`https://deploy:Xp4${chars(13, B62)}@npm.internal.corp/repository/\` as the registry.`]],
  ['Mailgun key', 'py', () => [`@MAILGUN_KEY = "key-${chars(32, HEX)}"`]],
];

// Decoys: none of these is a secret; a report on their line is noise.
const DECOYS = [
  () => `const sample = "ghp_${chars(36, B62)}"; // typed by hand: no valid checksum`,
  () => 'aws_access_key_id = AKIAIOSFODNN7EXAMPLE',
  () => 'password: "${DB_PASSWORD}"',
  () => 'token: ${{ secrets.NPM_TOKEN }}',
  () => 'const apiKey = process.env.API_KEY;',
  () => `  "integrity": "sha512-${chars(86, B64)}==",`,
  () => `const requestId = "${uuid()}";`,
  () => `const checksum = "${chars(64, HEX)}";`,
  () => 'DATABASE_URL=postgres://app:demo@localhost:5432/app',
  () => 'api_key = "<your-api-key>"',
  () => 'password = "xxxxxxxxxxxx"',
  () => `icon: "data:image/png;base64,${chars(120, B64)}"`,
  () => 'Authorization: Bearer <token>',
];

// ---------------------------------------------------------------------------------------------------
// Source-like filler, per file type.

const words = ['task', 'user', 'report', 'export', 'session', 'audit', 'invoice', 'queue', 'worker', 'retry', 'deadline', 'status', 'owner', 'project'];
const ident = () => `${pick(words)}${pick(words).replace(/^./, (c) => c.toUpperCase())}${Math.floor(rand() * 100)}`;
const FILLER = {
  ts: () => pick([
    () => `import { ${ident()} } from '../${pick(words)}/${pick(words)}.js';`,
    () => `export async function ${ident()}(req: Request, res: Response): Promise<void> {`,
    () => `  const ${ident()} = await db.query('SELECT id, title FROM tasks WHERE owner = $1', [req.user.id]);`,
    () => `  if (!${ident()}) throw new HttpError(404, 'not found');`,
    () => `  logger.info({ id: ${ident()}.id, durationMs: Date.now() - started }, 'loaded');`,
    () => '  // See https://docs.example.com/tasks#states for the state machine.',
    () => "  const tokenType = 'Bearer';",
    () => '  const headers = { authorization: `Bearer ${session.accessToken}` };',
    () => '  password: string;',
    () => `  return res.status(200).json({ ok: true, items: ${ident()}.rows });`,
    () => '}',
  ])(),
  py: () => pick([
    () => `def ${ident()}(request, session_id: str) -> dict:`,
    () => `    rows = db.execute("SELECT * FROM ${pick(words)} WHERE id = %s", (session_id,))`,
    () => '    password = os.environ["SMTP_PASSWORD"]',
    () => `    log.info("processed %d ${pick(words)}s", len(rows))`,
    () => `    return {"status": "ok", "count": ${Math.floor(rand() * 1000)}}`,
    () => `from ${pick(words)}.${pick(words)} import ${ident()}`,
  ])(),
  yml: () => pick([
    () => `  ${pick(words)}_${pick(words)}: ${Math.floor(rand() * 100)}`,
    () => `  image: ghcr.io/acme/${pick(words)}:${Math.floor(rand() * 20)}.${Math.floor(rand() * 10)}.0`,
    () => '  token: ${{ secrets.DEPLOY_TOKEN }}',
    () => `- name: ${pick(words)} ${pick(words)}`,
    () => '  run: npm ci && npm test',
  ])(),
  json: () => pick([
    () => `    "node_modules/${pick(words)}-${pick(words)}": {`,
    () => `      "version": "${Math.floor(rand() * 10)}.${Math.floor(rand() * 20)}.${Math.floor(rand() * 30)}",`,
    () => `      "resolved": "https://registry.npmjs.org/${pick(words)}/-/${pick(words)}-1.2.3.tgz",`,
    () => `      "integrity": "sha512-${chars(86, B64)}==",`,
    () => '    },',
  ])(),
  md: () => pick([
    () => `## ${pick(words)} ${pick(words)}`,
    () => `The ${pick(words)} ${pick(words)} keeps a token per session; rotate it from the admin page.`,
    () => '```bash\ncurl -H "Authorization: Bearer $TOKEN" https://api.example.com/v1/tasks\n```',
    () => `- Set \`${pick(words).toUpperCase()}_URL\` to the ${pick(words)} endpoint.`,
  ])(),
  ini: () => pick([() => `${pick(words)}_${pick(words)} = ${Math.floor(rand() * 100)}`, () => `[${pick(words)}]`, () => `region = eu-west-${Math.floor(rand() * 3) + 1}`])(),
  sh: () => pick([() => `export ${pick(words).toUpperCase()}_DIR=/var/lib/${pick(words)}`, () => `echo "deploying ${pick(words)}"`, () => 'set -euo pipefail'])(),
  rb: () => pick([() => `  def ${pick(words)}_${pick(words)}`, () => `    ${pick(words)}.update!(status: :done)`, () => '  end'])(),
  pem: () => '',
  txt: () => `${pick(words)} ${pick(words)} ${pick(words)}`,
};
const EXTENSIONS = ['ts', 'ts', 'ts', 'py', 'yml', 'json', 'md', 'ini', 'sh', 'rb'];

/** Writes `files` files of about `fileBytes` each under root, with every PLANTS entry once and decoys in every 7th file. */
function generateTree(root, files, fileBytes) {
  const planted = [];
  const plantAt = new Map(); // file index → plant index
  PLANTS.forEach((_, i) => plantAt.set(Math.floor(((i + 0.5) * files) / PLANTS.length), i));
  let bytes = 0;
  for (let f = 0; f < files; f++) {
    let plant = plantAt.get(f);
    const ext = plant !== undefined ? PLANTS[plant][1] : EXTENSIONS[f % EXTENSIONS.length];
    const path = `src/${pick(words)}/${f.toString().padStart(4, '0')}-${pick(words)}.${ext}`;
    const lines = [];
    let size = 0;
    const plantLine = plant !== undefined ? Math.floor(rand() * 80) + 5 : Infinity;
    let decoyLine = f % 7 === 0 ? Math.floor(rand() * 80) + 100 : Infinity;
    while (size < fileBytes) {
      let added;
      if (plant !== undefined && lines.length >= plantLine) {
        added = [];
        for (const line of PLANTS[plant][2]()) {
          if (line.startsWith('@')) planted.push({ name: PLANTS[plant][0], file: path, line: lines.length + added.length + 1 });
          added.push(line.replace(/^@/, ''));
        }
        plant = undefined;
      } else if (lines.length >= decoyLine) {
        added = [pick(DECOYS)()];
        decoyLine = Infinity;
      } else {
        added = FILLER[ext === 'pem' || ext === 'txt' ? 'txt' : ext]().split('\n');
      }
      lines.push(...added);
      size += added.reduce((n, l) => n + l.length + 1, 0);
    }
    const text = `${lines.join('\n')}\n`;
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
    bytes += Buffer.byteLength(text);
  }
  return { planted, bytes };
}

const LOG_PLANTS = [
  ['bearer token', () => `2026-01-15T10:00:00.000Z DEBUG http > GET /api/tasks authorization="Bearer ${chars(40, B62)}"`],
  ['session cookie', () => `2026-01-15T10:00:00.000Z DEBUG http < Set-Cookie: session=${chars(32, B62)}; Path=/; HttpOnly; Secure`],
  ['password in JSON body', () => `2026-01-15T10:00:00.000Z INFO  POST /api/login body={"email":"ops@example.com","password":"Pw${chars(10, B62)}"}`],
  ['token in query string', () => `10.0.0.7 - - [15/Jan/2026:10:00:00 +0000] "GET /export?format=csv&access_token=${chars(32, B62)} HTTP/1.1" 200 5120`],
  ['database URL', () => `2026-01-15T10:00:00.000Z ERROR pool: connect failed postgres://ops:Lg5${chars(12, B62)}@db.prod.internal:5432/ops`],
  ['GitHub token', () => `2026-01-15T10:00:00.000Z WARN  git: clone with ${checksummed('ghs')} failed`],
  ['email address', () => `2026-01-15T10:00:00.000Z INFO  password reset for ${chars(8, LOWER)}@acme-corp.io`],
  ['card number', () => `2026-01-15T10:00:00.000Z WARN  charge failed card=${luhn('4', 16)} amount=1200`],
];
// The shape of the log used before issue 21: an application log where every line is an HTTP access, a
// query, a JSON event or a worker line with `token_type=Bearer`, so half the lines hold a keyword
// (`http `, `token`, `bearer`). Kept, and still timed, so figures compare across runs.
const APP_LOG_FILLER = [
  () => `2026-01-15T10:00:${String(Math.floor(rand() * 60)).padStart(2, '0')}.${chars(3, '0123456789')}Z INFO  http GET /api/${pick(words)}s/${Math.floor(rand() * 9999)} 200 ${Math.floor(rand() * 300)}ms user_id=${Math.floor(rand() * 9999)}`,
  () => `2026-01-15T10:00:00.000Z DEBUG db query="SELECT id, title FROM ${pick(words)}s WHERE owner_id = $1" rows=${Math.floor(rand() * 50)} ms=${Math.floor(rand() * 40)}`,
  () => `{"level":"info","time":"2026-01-15T10:00:00Z","msg":"${pick(words)} processed","id":"${uuid()}","durationMs":${Math.floor(rand() * 900)}}`,
  () => `2026-01-15T10:00:00.000Z INFO  worker job=${pick(words)}-${pick(words)} attempt=${Math.floor(rand() * 3) + 1} status=ok token_type=Bearer`,
];

// A deploy job's log as CI keeps it (GitHub Actions timestamps): checkout, npm ci with its registry
// fetches and warnings, a Docker build, the test run, the rollout, then the app's first requests.
// Keywords occur as they do there: URLs (`://`, `http `), scoped packages and actions (`@`), refspecs
// (`+`), an occasional `token` or `password` in a step name or a test title.
const stamp = () => `2026-01-15T10:${String(Math.floor(rand() * 60)).padStart(2, '0')}:${String(Math.floor(rand() * 60)).padStart(2, '0')}.${chars(7, '0123456789')}Z`;
const pkgs = ['react', 'express', '@types/node', '@babel/core', 'lodash', 'undici', 'pg', 'zod', '@aws-sdk/client-s3', 'jest', 'typescript', 'eslint', 'semver', 'yaml'];
const tests = ['returns 404 for a missing task', 'refreshes an expired session token', 'rejects a wrong password', 'lists tasks by owner', 'exports a CSV report', 'retries a failed webhook', 'paginates the audit log'];
const DEPLOY_LOG_FILLER = [
  [1, () => `${stamp()} npm http fetch GET 200 https://registry.npmjs.org/${pick(pkgs).replace('/', '%2f')} ${Math.floor(rand() * 90)}ms (cache hit)`],
  [1, () => `${stamp()} npm warn deprecated ${pick(words)}-${pick(words)}@${Math.floor(rand() * 5)}.${Math.floor(rand() * 9)}.${Math.floor(rand() * 9)}: This module is not supported, and leaks memory.`],
  [1, () => `${stamp()} added ${Math.floor(rand() * 1500)} packages, and audited ${Math.floor(rand() * 1500)} packages in ${Math.floor(rand() * 40)}s`],
  [1, () => `${stamp()} ##[group]Run actions/${pick(['checkout', 'setup-node', 'cache', 'upload-artifact'])}@v4`],
  [1, () => `${stamp()} [command]/usr/bin/git -c protocol.version=2 fetch --no-tags --prune --depth=1 origin +${chars(40, HEX)}:refs/remotes/origin/main`],
  [2, () => `${stamp()} #${Math.floor(rand() * 30)} [build ${Math.floor(rand() * 9) + 1}/9] RUN npm ci --omit=dev && npm run build`],
  [3, () => `${stamp()} #${Math.floor(rand() * 30)} sha256:${chars(64, HEX)} ${(rand() * 30).toFixed(2)}MB / ${(rand() * 60).toFixed(2)}MB ${(rand() * 9).toFixed(1)}s`],
  [1, () => `${stamp()} #${Math.floor(rand() * 30)} naming to ghcr.io/acme/ops-portal:sha-${chars(7, HEX)} done`],
  [2, () => `${stamp()} PASS test/${pick(words)}/${pick(words)}.test.ts (${(rand() * 5).toFixed(3)} s)`],
  [4, () => `${stamp()}   \u2713 ${pick(tests)} (${Math.floor(rand() * 80)} ms)`],
  [1, () => `${stamp()} Tests:       ${Math.floor(rand() * 900)} passed, ${Math.floor(rand() * 900)} total`],
  [1, () => `${stamp()} Waiting for deployment "ops-portal" rollout to finish: ${Math.floor(rand() * 3)} of 3 updated replicas are available...`],
  [1, () => `${stamp()} deployment.apps/ops-portal configured`],
  [3, () => `${stamp()} {"level":"info","msg":"${pick(words)} processed","id":"${uuid()}","durationMs":${Math.floor(rand() * 900)}}`],
  [2, () => `${stamp()} INFO  http GET /api/${pick(words)}s/${Math.floor(rand() * 9999)} 200 ${Math.floor(rand() * 300)}ms`],
  [2, () => `${stamp()} DEBUG db query="SELECT id, title FROM ${pick(words)}s WHERE owner_id = $1" rows=${Math.floor(rand() * 50)} ms=${Math.floor(rand() * 40)}`],
].flatMap(([weight, make]) => Array.from({ length: weight }, () => make));

/** Writes `mb` MB of log in the given shape, planting every LOG_PLANTS entry once per 10 MB; returns the planted lines. */
function generateLog(path, mb, filler) {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'w');
  const planted = [];
  let line = 0;
  let written = 0;
  const target = mb * 1024 * 1024;
  let nextPlant = 1024 * 1024;
  let plantIndex = 0;
  while (written < target) {
    const batch = [];
    for (let i = 0; i < 2000; i++) {
      line++;
      if (written >= nextPlant) {
        const [name, make] = LOG_PLANTS[plantIndex % LOG_PLANTS.length];
        planted.push({ name, file: path, line });
        batch.push(make());
        plantIndex++;
        nextPlant += (10 * 1024 * 1024) / LOG_PLANTS.length;
      } else {
        batch.push(pick(filler)());
      }
      written += Buffer.byteLength(batch[batch.length - 1]) + 1;
    }
    writeSync(fd, `${batch.join('\n')}\n`);
  }
  closeSync(fd);
  return { planted, bytes: written };
}

// ---------------------------------------------------------------------------------------------------
// Running the tools.

/** Runs a command, timed; with GNU time, also its peak resident memory. */
function timed(cmd, args, cwd, env = process.env) {
  const started = process.hrtime.bigint();
  const r = gnuTime
    ? spawnSync(gnuTime, ['-f', 'RG_MAXRSS_KB=%M RG_CPU_S=%U+%S', cmd, ...args], { cwd, env, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 })
    : spawnSync(cmd, args, { cwd, env, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rss = /RG_MAXRSS_KB=(\d+)/.exec(r.stderr ?? '');
  // CPU seconds (user + system, every thread): on a shared machine a far steadier measure than wall time.
  const cpu = /RG_CPU_S=([\d.]+)\+([\d.]+)/.exec(r.stderr ?? '');
  return { seconds, status: r.status, stdout: r.stdout, stderr: r.stderr, rssMB: rss ? Number(rss[1]) / 1024 : undefined, cpuSeconds: cpu ? Number(cpu[1]) + Number(cpu[2]) : undefined };
}

/**
 * The code cache (src/code-cache.ts): by default every run gets an empty cache folder (cold, a job's first
 * release-gate step); BENCH_CODE_CACHE=warm runs them all with one folder filled by an untimed run first.
 */
const WARM = process.env.BENCH_CODE_CACHE === 'warm';
let cacheFolders = 0;
const cacheRoot = mkdtempSync(join(tmpdir(), 'release-gate-bench-code-cache-'));
process.on('exit', () => rmSync(cacheRoot, { recursive: true, force: true }));
function runOurs(dir, manifest, output, threads = THREADS) {
  const cacheEnv = () => ({ RELEASE_GATE_CODE_CACHE: join(cacheRoot, WARM ? 'code-cache-warm' : `code-cache-cold-${cacheFolders++}`) });
  if (WARM) timed(process.execPath, [cli, 'secrets', '--manifest', manifest, '--format', 'json', '--output', output], dir, { ...process.env, RELEASE_GATE_THREADS: String(threads), ...cacheEnv() });
  const runs = [];
  const cpus = [];
  let last;
  for (let i = 0; i < RUNS; i++) {
    last = timed(process.execPath, [cli, 'secrets', '--manifest', manifest, '--format', 'json', '--output', output], dir, { ...process.env, RELEASE_GATE_THREADS: String(threads), ...cacheEnv() });
    if (last.status !== 0 && last.status !== 1) throw new Error(`release-gate exited ${last.status}: ${last.stderr.slice(0, 500)}`);
    runs.push(last.seconds);
    cpus.push(last.cpuSeconds);
  }
  const report = JSON.parse(readFileSync(join(dir, output), 'utf8'));
  const findings = report.checks.flatMap((c) => c.findings).filter((f) => f.severity !== 'notice');
  return { seconds: median(runs), cpuSeconds: cpus[0] === undefined ? undefined : median(cpus), rssMB: last.rssMB, findings: findings.map((f) => ({ file: f.file, line: f.line })) };
}

function runSecretlint(dir, glob, output) {
  const runs = [];
  const cpus = [];
  let last;
  for (let i = 0; i < RUNS; i++) {
    last = timed(secretlint, [glob, '--format', 'json', '--output', output, '--no-color'], dir);
    if (last.status !== 0 && last.status !== 1) throw new Error(`secretlint exited ${last.status}: ${(last.stderr || last.stdout).slice(0, 500)}`);
    runs.push(last.seconds);
    cpus.push(last.cpuSeconds);
  }
  let results = [];
  try { results = JSON.parse(readFileSync(join(dir, output), 'utf8')); } catch { /* no findings: empty output */ }
  const findings = results.flatMap((r) => (r.messages ?? []).map((m) => ({ file: r.filePath.replace(`${dir}/`, ''), line: m.loc?.start?.line ?? m.line })));
  return { seconds: median(runs), cpuSeconds: cpus[0] === undefined ? undefined : median(cpus), rssMB: last.rssMB, findings };
}

function score(planted, findings) {
  const at = new Set(findings.map((f) => `${f.file}:${f.line}`));
  const plantedAt = new Set(planted.map((p) => `${p.file}:${p.line}`));
  const caught = planted.filter((p) => at.has(`${p.file}:${p.line}`));
  const noise = [...at].filter((k) => !plantedAt.has(k)).length;
  return { caught: caught.length, missed: planted.filter((p) => !at.has(`${p.file}:${p.line}`)).map((p) => p.name), noise };
}

const mbps = (bytes, seconds) => (bytes / 1024 / 1024 / seconds).toFixed(1);
/** Throughput, and per core: bytes per CPU second (all threads), or wall time × threads without GNU time. */
const perCore = (bytes, r, threads) => `${mbps(bytes, r.seconds)} MB/s, ${r.cpuSeconds ? `${mbps(bytes, r.cpuSeconds)} MB/s per core (${r.cpuSeconds.toFixed(2)} CPU s)` : `${mbps(bytes / threads, r.seconds)} MB/s per core`}`;
const slLine = (r, s, bytes, total) => `${r.seconds.toFixed(2)} s, ${perCore(bytes, r, 1)}, caught ${s.caught}/${total}, noise ${s.noise}${r.rssMB ? `, peak ${r.rssMB.toFixed(0)} MB` : ''}`;
const cpuRatio = (theirs, ours) => (theirs.cpuSeconds && ours.cpuSeconds ? `; in CPU time ${(theirs.cpuSeconds / ours.cpuSeconds).toFixed(1)}×` : '');

// ---------------------------------------------------------------------------------------------------

if (!existsSync(cli)) {
  console.error(`${cli} is missing: run \`npm run build\` first (or set RELEASE_GATE_CLI).`);
  process.exit(1);
}
const hasSecretlint = existsSync(secretlint) && existsSync(secretlintPreset) && process.env.BENCH_SECRETLINT !== '0';
const dir = mkdtempSync(join(tmpdir(), 'release-gate-bench-secrets-'));
try {
  const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
  const loadBefore = load();
  console.log(`generating ${FILES} + ${BIG_FILES} files and ${LOG_MB} MB × 2 + ${SMALL_LOG_MB} MB of logs in ${dir} …`);
  const tree = generateTree(join(dir, 'tree'), FILES, FILE_BYTES);
  const big = generateTree(join(dir, 'big'), BIG_FILES, BIG_FILE_BYTES);
  big.planted = big.planted.map((p) => ({ ...p, file: `big/${p.file}` }));
  // The application log first and the deploy log last, so the first is the same file as before issue 21.
  const appLog = generateLog(join(dir, 'logs/app.log'), LOG_MB, APP_LOG_FILLER);
  const small = generateLog(join(dir, 'small/app.log'), SMALL_LOG_MB, APP_LOG_FILLER);
  const deployLog = generateLog(join(dir, 'logs/deploy.log'), LOG_MB, DEPLOY_LOG_FILLER);
  const relative = (p) => ({ ...p, file: p.file.replace(`${dir}/`, '') });
  tree.planted = tree.planted.map((p) => ({ ...p, file: `tree/${p.file}` }));
  for (const log of [appLog, small, deployLog]) log.planted = log.planted.map(relative);
  writeFileSync(join(dir, 'tree.yml'), 'version: 1\nsecrets:\n  paths: ["tree/**"]\n');
  writeFileSync(join(dir, 'big.yml'), 'version: 1\nsecrets:\n  paths: ["big/**"]\n');
  writeFileSync(join(dir, 'app-log.yml'), 'version: 1\nsecrets:\n  paths: ["nothing/**"]\n  logs: ["logs/app.log"]\n');
  writeFileSync(join(dir, 'deploy-log.yml'), 'version: 1\nsecrets:\n  paths: ["nothing/**"]\n  logs: ["logs/deploy.log"]\n');
  writeFileSync(join(dir, 'small.yml'), 'version: 1\nsecrets:\n  paths: ["nothing/**"]\n  logs: ["small/app.log"]\n');
  writeFileSync(join(dir, '.secretlintrc.json'), JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));
  const logs = [
    { name: 'deploy log', file: 'logs/deploy.log', manifest: 'deploy-log.yml', log: deployLog },
    { name: 'app log (the shape before issue 21)', file: 'logs/app.log', manifest: 'app-log.yml', log: appLog },
  ];

  const rows = {
    'machine': `${availableParallelism()} cores, load average (1, 5, 15 min) ${loadBefore} before`,
    'code cache': WARM ? 'warm (one folder, filled by a run first)' : 'cold (an empty folder per run; BENCH_CODE_CACHE=warm for warm)',
    'tree': `${FILES} files, ${(tree.bytes / 1024 / 1024).toFixed(1)} MB, ${tree.planted.length} planted credentials`,
    'big files': `${BIG_FILES} files, ${(big.bytes / 1024 / 1024).toFixed(1)} MB, ${big.planted.length} planted credentials`,
    'logs': `${LOG_MB} MB each, ${deployLog.planted.length} planted (credentials and personal data); ${SMALL_LOG_MB} MB of app log for memory`,
    'release-gate threads': `${THREADS} (${availableParallelism()} cores)`,
  };
  if (PARTS.has('tree')) {
    const oursTree = runOurs(dir, 'tree.yml', 'out-tree.json');
    const treeScore = score(tree.planted, oursTree.findings);
    rows['release-gate tree'] = `${oursTree.seconds.toFixed(2)} s, ${perCore(tree.bytes, oursTree, THREADS)}, caught ${treeScore.caught}/${tree.planted.length}, noise ${treeScore.noise}${oursTree.rssMB ? `, peak ${oursTree.rssMB.toFixed(0)} MB` : ''}`;
    if (treeScore.missed.length) rows['release-gate missed'] = treeScore.missed.join(', ');
    if (hasSecretlint && FULL) {
      const slTree = runSecretlint(dir, 'tree/**/*', 'sl-tree.json');
      rows['secretlint tree'] = slLine(slTree, score(tree.planted, slTree.findings), tree.bytes, tree.planted.length);
      rows['speed-up tree'] = `${(slTree.seconds / oursTree.seconds).toFixed(1)}×`;
    } else if (hasSecretlint) {
      rows['secretlint tree'] = 'skipped: about 9 minutes on 5,000 files (BENCH_FULL=1 runs it)';
    }
  }
  if (PARTS.has('big')) {
    const oursBig = runOurs(dir, 'big.yml', 'out-big.json');
    const oursBigOne = runOurs(dir, 'big.yml', 'out-big-1.json', 1);
    const bigScore = score(big.planted, oursBig.findings);
    rows['release-gate big files'] = `${oursBig.seconds.toFixed(2)} s, ${perCore(big.bytes, oursBig, THREADS)}, caught ${bigScore.caught}/${big.planted.length}, noise ${bigScore.noise}`;
    rows['release-gate big files, one thread'] = `${oursBigOne.seconds.toFixed(2)} s, ${perCore(big.bytes, oursBigOne, 1)}`;
    if (hasSecretlint) {
      const slBig = runSecretlint(dir, 'big/**/*', 'sl-big.json');
      const slBigScore = score(big.planted, slBig.findings);
      rows['secretlint big files'] = slLine(slBig, slBigScore, big.bytes, big.planted.length);
      rows['secretlint missed'] = slBigScore.missed.join(', ') || 'none';
      rows['speed-up big files'] = `${(slBig.seconds / oursBig.seconds).toFixed(1)}× in wall time (target ≥ 10×)${cpuRatio(slBig, oursBig)}`;
    }
  }
  if (PARTS.has('logs')) {
    for (const { name, file, manifest, log } of logs) {
      const ours = runOurs(dir, manifest, `out-${manifest}.json`);
      const oursOne = runOurs(dir, manifest, `out-1-${manifest}.json`, 1);
      const s = score(log.planted, ours.findings);
      rows[`release-gate ${name}`] = `${ours.seconds.toFixed(2)} s, ${perCore(log.bytes, ours, THREADS)}, caught ${s.caught}/${log.planted.length}, noise ${s.noise}${ours.rssMB ? `, peak ${ours.rssMB.toFixed(0)} MB` : ''}`;
      rows[`release-gate ${name}, one thread`] = `${oursOne.seconds.toFixed(2)} s, ${perCore(log.bytes, oursOne, 1)}`;
      if (hasSecretlint) {
        const sl = runSecretlint(dir, file, `sl-${manifest}.json`);
        rows[`secretlint ${name}`] = slLine(sl, score(log.planted, sl.findings), log.bytes, log.planted.length);
        rows[`speed-up ${name}`] = `${(sl.seconds / ours.seconds).toFixed(1)}× in wall time (target ≥ 4×)${cpuRatio(sl, ours)}`;
      }
    }
    const oursSmall = runOurs(dir, 'small.yml', 'out-small.json');
    const oursApp = runOurs(dir, 'app-log.yml', 'out-app-memory.json');
    rows['release-gate memory'] = oursApp.rssMB ? `peak ${oursSmall.rssMB.toFixed(0)} MB for ${SMALL_LOG_MB} MB of log, ${oursApp.rssMB.toFixed(0)} MB for ${LOG_MB} MB` : 'not measured (no /usr/bin/time)';
  }
  if (!hasSecretlint) rows.secretlint = 'not installed (npm i -D secretlint @secretlint/secretlint-rule-preset-recommend)';
  rows.machine += `, ${load()} after`;
  report('secrets', rows);
} finally {
  if (!process.env.BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
}
