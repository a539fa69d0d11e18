import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadManifest, parseManifest } from '../../src/manifest/load.js';
import { ManifestError, type ManifestProblem } from '../../src/manifest/errors.js';

function problemsOf(source: string): ManifestProblem[] {
  try {
    parseManifest(source, 'm.yml');
  } catch (error) {
    if (error instanceof ManifestError) return error.problems;
    throw error;
  }
  return [];
}

const VALID = `# yaml-language-server: $schema=../schema/release-gate.schema.json
version: 1
environments:
  staging:
    url: https://staging.ops.example.com
    env-file: deploy/staging.env
  production:
    url: https://ops.example.com
sessions:
  ops:
    login:
      request: POST /api/login
      json: { email: "{{ env.SMOKE_EMAIL }}", password: "{{ env.SMOKE_PASSWORD }}" }
      expect: { status: 200 }
      capture: { token: $.token }
    headers:
      authorization: "Bearer {{ token }}"
env:
  declared-in: [.env.example]
  scan: ["src/**/*.ts"]
  vars:
    DATABASE_URL: { format: url, secret: true, forbid: { production: [localhost, staging] } }
    SESSION_SECRET: { secret: true, distinct: true }
    SENTRY_DSN: { required-in: [production] }
    LOG_LEVEL: { enum: [debug, info, warn, error] }
migrations:
  dialect: postgres
  paths: ["db/migrations/*.sql"]
  rules: { rename-breaks-running-app: warning }
secrets:
  paths: ["**/*"]
  exclude: ["dist/**"]
  logs: ["logs/**/*.log"]
smoke:
  environment: production
  steps:
    - name: dashboard
      request: GET /dashboard
      expect: { status: 200, body-contains: Operations dashboard }
    - name: create task
      request: POST /api/tasks
      json: { title: release smoke check }
      expect: { status: 201 }
      capture: { id: $.id }
      cleanup: DELETE /api/tasks/{{ id }}
latency:
  environment: production
  rate: 20
  duration: 30s
  endpoints:
    - name: task list
      request: GET /api/tasks
      p95: 500ms
`;

describe('loading a manifest', () => {
  test('the manifest of the architecture document loads as written', () => {
    const loaded = parseManifest(VALID, '.github/release-gate.yml');
    expect(loaded.data.version).toBe(1);
    expect(loaded.data.smoke?.steps).toHaveLength(2);
    expect(loaded.locate(['smoke', 'steps', 1])).toMatchObject({ line: 40, column: 7 });
    expect(loaded.locate(['migrations', 'rules', 'rename-breaks-running-app'], 'key')).toMatchObject({ line: 29, column: 12 });
  });

  // Each broken manifest names the exact line and column and says what was expected in plain words.
  const broken: [string, string, ManifestProblem[]][] = [
    ['a misspelt section', 'version: 1\nmigration:\n  paths: [a]\n',
      [{ line: 2, column: 1, message: 'unknown key "migration"; did you mean "migrations"?' }]],
    ['a number where a list of globs goes', 'version: 1\nmigrations:\n  paths: 3\n',
      [{ line: 3, column: 10, message: 'migrations.paths must be a list of globs, got a number' }]],
    ['no version', 'env:\n  scan: [a]\n',
      [{ line: 1, column: 1, message: 'has no `version`; add `version: 1` as its first key' }]],
    ['an unsupported version', 'version: 2\n',
      [{ line: 1, column: 10, message: 'version 2 is not supported; this release-gate reads version 1' }]],
    ['a YAML syntax error', 'version: 1\nenv:\n  scan: [a\n',
      [{ line: 4, column: 1, message: expect.stringMatching(/^YAML: /) as unknown as string }]],
    ['a duplicate key', 'version: 1\nenv: {}\nenv: {}\n',
      [{ line: 3, column: 1, message: 'YAML: Map keys must be unique' }]],
    ['a misspelt step key', 'version: 1\nsmoke:\n  steps:\n    - request: GET /x\n    - requst: GET /y\n',
      [{ line: 5, column: 7, message: 'unknown key "requst" in smoke.steps[1]; did you mean "request"?' }]],
    ['a request without a method', 'version: 1\nsmoke:\n  steps:\n    - request: /dashboard\n',
      [{ line: 4, column: 16, message: 'smoke.steps[0].request must be a request such as "GET /api/tasks", got "/dashboard"' }]],
    ['a bad duration', 'version: 1\nlatency:\n  duration: 3 weeks\n  endpoints: [{ request: GET / }]\n',
      [{ line: 3, column: 13, message: 'latency.duration must be a duration such as 500ms, 30s or 2m, got "3 weeks"' }]],
    ['a misspelt severity', 'version: 1\nmigrations:\n  rules:\n    index-not-concurrent: warnin\n',
      [{ line: 4, column: 27, message: 'migrations.rules.index-not-concurrent must be one of error, warning, notice, off, got "warnin"; did you mean "warning"?' }]],
    ['an env format that does not exist', 'version: 1\nenv:\n  vars:\n    PORT: { format: portnumber }\n',
      [{ line: 4, column: 21, message: expect.stringMatching(/^env\.vars\.PORT\.format must be one of url, email, .*got "portnumber"/) as unknown as string }]],
    ['an environment url that is not a URL', 'version: 1\nenvironments:\n  production:\n    url: ops.example.com\n',
      [{ line: 4, column: 10, message: 'environments.production.url must be an absolute URL such as https://ops.example.com, got "ops.example.com"' }]],
    ['a capture used before it is defined', 'version: 1\nsmoke:\n  steps:\n    - request: GET /api/tasks/{{ id }}\n    - request: POST /api/tasks\n      capture: { id: $.id }\n',
      [{ line: 4, column: 31, message: '{{ id }} is used in smoke step 1 before any capture defines "id"' }]],
    ['a session header using a capture the login does not make', 'version: 1\nsessions:\n  ops:\n    login: { request: POST /login, capture: { token: $.token } }\n    headers: { authorization: "Bearer {{ tokn }}" }\n',
      [{ line: 5, column: 39, message: '{{ tokn }} is used in session "ops" before any capture defines "tokn"; did you mean "token"?' }]],
    ['a step that names a session that does not exist', 'version: 1\nsessions:\n  ops: { login: { request: POST /login } }\nsmoke:\n  steps:\n    - { request: GET /, session: viewer }\n',
      [{ line: 6, column: 34, message: 'session "viewer" is not defined under sessions (defined: ops)' }]],
    ['an environment that does not exist', 'version: 1\nenvironments:\n  production: { url: https://ops.example.com }\nsmoke:\n  environment: prod\n  steps: [{ request: GET / }]\n',
      [{ line: 5, column: 16, message: 'environment "prod" is not defined under environments (defined: production)' }]],
    ['a template that is neither form', 'version: 1\nsmoke:\n  steps:\n    - request: GET /{{ env.lower-case }}\n',
      [{ line: 4, column: 21, message: '{{ env.lower-case }} is not a template release-gate knows; use {{ env.NAME }} or {{ captured_name }}' }]],
    ['a list at the top', '- version: 1\n',
      [{ line: 1, column: 1, message: 'must be a map of sections (version, environments, env, ...), got a list' }]],
    ['an empty file', '',
      [{ line: 1, column: 1, message: 'is empty; start it with `version: 1` (see docs/manifest.md)' }]],
    ['steps that are not a list', 'version: 1\nsmoke:\n  steps: { request: GET / }\n',
      [{ line: 3, column: 10, message: 'smoke.steps must be a list of steps, got a map' }]],
  ];

  test.each(broken)('%s', (_name, source, expected) => {
    expect(problemsOf(source)).toEqual(expected);
  });

  test('every problem is reported at once, in file order', () => {
    const problems = problemsOf('version: 1\nmigration: {}\nsecrets:\n  paths: 7\n  exlude: []\n');
    expect(problems.map((p) => `${p.line}:${p.column}`)).toEqual(['2:1', '4:10', '5:3']);
  });

  test('a capture defined by a step is available to its own cleanup and to later steps', () => {
    expect(problemsOf(`version: 1
smoke:
  steps:
    - request: POST /api/tasks
      capture: { id: $.id }
      cleanup: DELETE /api/tasks/{{ id }}
    - request: GET /api/tasks/{{ id }}
`)).toEqual([]);
  });

  test('alias bombs are refused with a located error, not expanded', () => {
    const bomb = ['version: 1', 'a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 8; i++) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`);
    const problems = problemsOf(bomb.join('\n'));
    expect(problems[0]).toMatchObject({ line: 1, column: 1, message: expect.stringMatching(/^YAML: .*alias/i) });
  });
});

describe('loadManifest', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rg-load-'));

  test('reads the file and names it relative to the working directory', async () => {
    mkdirSync(join(dir, '.github'), { recursive: true });
    writeFileSync(join(dir, '.github/release-gate.yml'), 'version: 1\n');
    const loaded = await loadManifest('.github/release-gate.yml', dir);
    expect(loaded.file).toBe('.github/release-gate.yml');
  });

  test('a missing file is a manifest error that says how to fix it', async () => {
    await expect(loadManifest('nope.yml', dir)).rejects.toThrow(/^nope\.yml: not found\. Create it/);
  });

  test('a directory is a manifest error', async () => {
    await expect(loadManifest('.github', dir)).rejects.toThrow('.github: is a directory; give the path of the YAML manifest');
  });

  test('errors name the file as given', async () => {
    writeFileSync(join(dir, 'bad.yml'), 'version: 1\nenv: 3\n');
    await expect(loadManifest('bad.yml', dir)).rejects.toThrow('bad.yml:2:6: env must be a map, got a number');
  });
});
