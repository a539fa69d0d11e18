import { afterAll, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { runCli, type CliIO } from '../../src/cli/main.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'rg-output-'));
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

async function cli(argv: string[], cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), env: {}, cwd, isTTY: false };
  const code = await runCli(argv, io, COMMANDS);
  return { code, out: out.join(''), err: err.join('') };
}

const ENV_MANIFEST = 'version: 1\nenv:\n  declared-in: [.env.example]\n  scan: ["src/**/*.ts"]\n';

describe('text output a person reads', () => {
  test('one variable used in many places is said once, with its first places', async () => {
    const files: Record<string, string> = { '.github/release-gate.yml': ENV_MANIFEST, '.env.example': 'PORT=1\n', 'src/port.ts': 'process.env.PORT;\n' };
    for (const name of ['a', 'b', 'c', 'd', 'e']) files[`src/${name}.ts`] = 'export const db = process.env.DATABASE_URL;\n';
    const r = await cli(['env'], workspace(files));
    expect(r.code).toBe(1);
    expect(r.out.split('\n').slice(0, 6)).toEqual([
      expect.stringMatching(/^env {2}fail {2}(\d+ ms|\d+\.\d s)$/),
      '  env: 1 declared variable, 6 uses in 6 files, 0 environments with values',
      '  src/a.ts',
      '    1:31  error    DATABASE_URL is used here but declared nowhere (not in .env.example or env.vars) (and 4 more places: src/b.ts:1:31, src/c.ts:1:31, src/d.ts:1:31, …)  env-undeclared-use',
      '                   hint: Declare DATABASE_URL in .env.example (a name and a placeholder) or under env.vars in .github/release-gate.yml, so every environment is checked for it; if the platform sets it, add it to env.ignore in .github/release-gate.yml.',
      '',
    ]);
  });

  test('a passing run says what was checked, not only "no findings"', async () => {
    const dir = workspace({
      '.github/release-gate.yml': 'version: 1\nmigrations:\n  paths: ["db/*.sql"]\n',
      'db/001.sql': 'CREATE TABLE a (id bigint);\n',
      'db/002.sql': "SET lock_timeout = '2s';\nALTER TABLE a ADD COLUMN b text;\n",
    });
    const r = await cli([], dir);
    expect(r.code).toBe(0);
    expect(r.out).toContain('\n  migrations: 2 files, 3 statements replayed\n');
  });

  test('a passing smoke run names its steps, time and URL; a latency run its p95 against the baseline', async () => {
    const server: Server = createServer((req, res) => { res.writeHead(200, { 'content-type': 'text/plain' }); res.end(`ok ${req.url}`); });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const dir = workspace({
        '.github/release-gate.yml': `version: 1
environments:
  production:
    url: ${url}
smoke:
  environment: production
  steps:
    - { name: home, request: GET /, expect: { status: 200 } }
    - { name: health, request: GET /healthz, expect: { body-contains: ok } }
latency:
  environment: production
  rate: 20
  duration: 1s
  # a loaded test machine can slow the second run by more than the default 25 ms margin; the line is what is tested here
  rules: { latency-regression: warning }
  endpoints:
    - { name: home, request: GET /, p95: 2s }
`,
      });
      const smoke = await cli(['smoke'], dir);
      expect(smoke.code).toBe(0);
      expect(smoke.out).toMatch(new RegExp(`^smoke {2}pass {2}\\S+ m?s\n {2}smoke: 2 of 2 steps passed in \\d+\\.\\d s against ${url}/\n\n`));

      expect((await cli(['latency', '--format', 'json', '-o', 'base.json'], dir)).code).toBe(0);
      const latency = await cli(['latency', '--baseline', 'base.json'], dir);
      expect(latency.code).toBe(0);
      expect(latency.out).toMatch(/\n {2}latency: p95 against the baseline base\.json: home \d+ ms \(was \d+ ms\)\n/);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  test('the summary (markdown) lists every ignore in force with its reason and expiry: inline, manifest and migrations comments', async () => {
    const dir = workspace({
      '.github/release-gate.yml': 'version: 1\nignore:\n  - { rule: env-undeclared-use, path: "src/legacy/**", reason: "the old importer, removed in Q2", until: "2099-06-30" }\n'
        + 'env:\n  declared-in: [.env.example]\n  scan: ["src/**/*.ts"]\nmigrations:\n  paths: ["db/*.sql"]\n',
      '.env.example': 'PORT=1\n',
      'src/a.ts': 'process.env.PORT;\nprocess.env.SITE_URL; // release-gate-ignore env-undeclared-use\n',
      'src/legacy/b.ts': 'process.env.OLD_TOKEN;\nprocess.env.OLD_URL;\n',
      'db/001.sql': 'CREATE TABLE a (id bigint);\n',
      'db/002.sql': '-- release-gate-ignore index-not-concurrent: nobody writes to a yet (until 2099-01-01)\nCREATE INDEX a_id ON a (id);\n',
    });
    const r = await cli(['--format', 'markdown'], dir);
    expect(r.code).toBe(0);
    const tables = r.out.split('Ignores in force:\n\n').slice(1).map((t) => t.split('\n\n')[0]!.split('\n').slice(2));
    expect(tables).toEqual([
      [
        '| env-undeclared-use | `src/a.ts:2` | **no reason given** | — | 1 |',
        '| env-undeclared-use | `.github/release-gate.yml:3` | the old importer, removed in Q2 | 2099-06-30 | 2 |',
      ],
      ['| index-not-concurrent | `db/002.sql:1` | nobody writes to a yet | 2099-01-01 | 1 |'],
    ]);
  });

  test('-o FILE writes the report there and prints only the one-line summary', async () => {
    const dir = workspace({ '.github/release-gate.yml': ENV_MANIFEST, '.env.example': 'PORT=1\n', 'src/a.ts': 'process.env.PORT;\nprocess.env.NEW_ONE;\n' });
    const r = await cli(['-o', 'out/report.json', '--format', 'json'], dir);
    expect(r.out).toBe('✖ release-gate: fail  1 error, 0 warnings, 0 notices in 1 check  (report: out/report.json)\n');
    expect(JSON.parse(readFileSync(join(dir, 'out/report.json'), 'utf8')).status).toBe('fail');
    const text = await cli(['-o', 'report.txt'], dir);
    expect(text.out).toBe('✖ release-gate: fail  1 error, 0 warnings, 0 notices in 1 check  (report: report.txt)\n');
    expect(readFileSync(join(dir, 'report.txt'), 'utf8')).toContain('NEW_ONE is used here');
  });

  test('env --fix appends what the code uses to the sample file, in its style, with placeholders; removes nothing', async () => {
    const dir = workspace({
      '.github/release-gate.yml': ENV_MANIFEST,
      '.env.example': 'export PORT="3000"\nexport LOG_LEVEL="info"',
      'src/a.ts': 'process.env.PORT;\nprocess.env.LOG_LEVEL;\nprocess.env.REDIS_URL;\nprocess.env.API_KEY;\n',
    });
    const r = await cli(['env', '--fix'], dir);
    expect(r.err).toBe('release-gate env --fix: appended 2 variables to .env.example: API_KEY, REDIS_URL\n');
    expect(readFileSync(join(dir, '.env.example'), 'utf8')).toBe('export PORT="3000"\nexport LOG_LEVEL="info"\nexport API_KEY="replace-me"\nexport REDIS_URL="replace-me"\n');
    const again = await cli(['env', '--fix'], dir);
    expect(again.code).toBe(0);
    expect(again.err).toBe('release-gate env --fix: every variable the code uses is declared; nothing to add\n');
  });
});

describe('release-gate demo serve', () => {
  test('starts the bundled demo app and says where it listens', async () => {
    // The built CLI, as a user runs it; stopped with SIGINT as a person would with Ctrl-C.
    const child = spawn(process.execPath, ['dist/cli/index.js', 'demo', 'serve'], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const m = /Demo app listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
    const page = await fetch(`${url}/login`);
    expect(page.status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  });
});
