import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { DEMO_ORIGIN_PLACEHOLDER } from '../../../src/demo/run-demo.js';
import { startDemoApp, type DemoApp } from '../../../src/demo/app.js';
import { ManifestError, type ManifestProblem } from '../../../src/manifest/errors.js';
import { parseManifest } from '../../../src/manifest/load.js';
import { runSmokeCheck } from './harness.js';

function problemsOf(source: string): ManifestProblem[] {
  try {
    parseManifest(source, 'm.yml');
  } catch (error) {
    if (error instanceof ManifestError) return error.problems;
    throw error;
  }
  return [];
}

describe('the smoke and sessions sections at load time', () => {
  test.each([
    ['a login page capture used by the login and the session headers', `version: 1
sessions:
  viewer:
    login-page: { request: GET /login, capture: { csrf: "input:_csrf" } }
    login: { request: POST /login, form: { _csrf: "{{ csrf }}" } }
    headers: { x-csrf: "{{ csrf }}" }
`],
    ['built-in values in steps, cleanups and the wait', `version: 1
smoke:
  wait: { request: GET /healthz, expect: { headers: { x-app-version: "^{{ deployment_sha }}" } } }
  steps:
    - request: POST /api/tasks
      json: { title: "smoke {{ run_marker }}" }
      capture: { id: $.id }
      cleanup: { request: "DELETE /api/tasks/{{ id }}", expect: { status: [204, 404] } }
`],
    ['status classes, JSONPath expectations and every option', `version: 1
smoke:
  timeout: 5s
  deadline: 1m
  retries: 0
  deployment-url: false
  ca-file: certs/internal-ca.pem
  steps:
    - request: GET /
      anonymous: true
      follow-redirects: false
      timeout: 500ms
      retries: 3
      expect: { status: [2xx, 302], json: { "$.a[0]": 1, "$['b c']": { exists: false } } }
`],
  ])('%s loads', (_name, source) => {
    expect(problemsOf(source)).toEqual([]);
  });

  test.each([
    ['a capture used in an expectation before it is defined', `version: 1
smoke:
  steps:
    - request: GET /a
      expect: { body-contains: "{{ id }}" }
`, [{ line: 5, column: 33, message: '{{ id }} is used in smoke step 1 before any capture defines "id"' }]],
    ['a step capture used in the wait', `version: 1
smoke:
  wait: { request: "GET /tasks/{{ id }}" }
  steps:
    - { request: POST /tasks, capture: { id: $.id } }
`, [{ line: 3, column: 32, message: '{{ id }} is used in smoke.wait before any capture defines "id"' }]],
    ['a login page capture used by another session', `version: 1
sessions:
  viewer:
    login-page: { request: GET /login, capture: { csrf: "input:_csrf" } }
    login: { request: POST /login }
  admin:
    login: { request: POST /login, form: { _csrf: "{{ csrf }}" } }
`, [{ line: 7, column: 52, message: '{{ csrf }} is used in the login of session "admin" before any capture defines "csrf"' }]],
    ['a status class that does not exist', `version: 1
smoke:
  steps: [{ request: GET /, expect: { status: 2xy } }]
`, [{ line: 3, column: 47, message: 'smoke.steps[0].expect.status must be a status code such as 200, a class such as "2xx", or a list of them, got "2xy"' }]],
    ['a cleanup map without a request', `version: 1
smoke:
  steps: [{ request: POST /, cleanup: { expect: { status: 204 } } }]
`, [{ line: 3, column: 39, message: 'smoke.steps[0].cleanup must be a request such as "DELETE /api/tasks/{{ id }}", or a map with request and expect, got a map' }]],
  ])('%s is a problem at its line', (_name, source, expected) => {
    expect(problemsOf(source)).toEqual(expected);
  });
});

describe('the demo workspace smoke manifest', () => {
  let app: DemoApp;
  beforeAll(async () => {
    app = await startDemoApp();
  });
  afterAll(() => app.close());

  test('passes against the demo app and leaves nothing behind', async () => {
    // The domain section's placeholders only need valid values to load; the smoke check never reads them.
    const filler: Record<string, string> = { [DEMO_ORIGIN_PLACEHOLDER]: app.url, DEMO_DNS_RESOLVER: '127.0.0.1:53', DEMO_CA_FILE: 'ca.pem', DEMO_TLS_PORT: '443' };
    let source = readFileSync('demo/workspace/.github/release-gate.yml', 'utf8');
    for (const [placeholder, value] of Object.entries(filler)) source = source.split(placeholder).join(value);
    const before = app.state.tasks.size;
    const { findings, metrics } = await runSmokeCheck(source);
    expect(findings).toEqual([]);
    expect((metrics!.steps as { status: string }[]).map((s) => s.status)).toEqual(['pass', 'pass', 'pass', 'pass', 'pass']);
    expect(metrics!.wait).toMatchObject({ ready: true, polls: 1 });
    expect(app.state.tasks.size).toBe(before);
  });
});
