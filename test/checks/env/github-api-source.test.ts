import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GithubApiSource } from '../../../src/checks/env/github-api-source.js';
import { runCase } from './rule-tester.js';

/** A fake GitHub REST API on 127.0.0.1: routes by path, records what it was asked. */
let server: Server;
let base: string;
const requests: { path: string; auth?: string; version?: string }[] = [];
const routes = new Map<string, (page: number) => { status: number; body?: unknown; headers?: Record<string, string> }>();

const list = (kind: 'secrets' | 'variables', items: { name: string; value?: string }[], perPage = kind === 'secrets' ? 100 : 30) =>
  (page: number) => ({ status: 200, body: { total_count: items.length, [kind]: items.slice((page - 1) * perPage, page * perPage) } });

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res) => {
    const url = new URL(req.url!, 'http://x');
    requests.push({ path: url.pathname, auth: req.headers.authorization, version: req.headers['x-github-api-version'] as string });
    const route = routes.get(url.pathname);
    const answer = route ? route(Number(url.searchParams.get('page') ?? 1)) : { status: 404, body: { message: 'Not Found' } };
    res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
    res.end(JSON.stringify(answer.body ?? {}));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const TOKEN = 'github_pat_fake_for_tests_0000000000';
const MANIFEST = `environments:
  staging:
    url: https://staging.example.com
  production:
    url: https://app.example.com
env:
  declared-in: [.env.example]
  vars:
    API_URL: { format: url }
`;
const EXAMPLE = { '.env.example': 'SESSION_SECRET=\nDATABASE_URL=\nAPI_URL=\nSLACK_WEBHOOK=\n' };
const inputs = (extra: Record<string, string> = {}) => ({ token: TOKEN, 'github-api': 'true', repository: 'acme/app', 'api-url': base, ...extra });

function repoLevel(): void {
  routes.set('/repos/acme/app/actions/secrets', list('secrets', [{ name: 'SLACK_WEBHOOK' }]));
  routes.set('/repos/acme/app/actions/variables', list('variables', []));
  routes.set('/repos/acme/app/actions/organization-secrets', list('secrets', []));
  routes.set('/repos/acme/app/actions/organization-variables', list('variables', []));
}

describe('the GitHub REST API as a value source', () => {
  test('names of environment secrets, values of variables, inherited repository secrets', async () => {
    routes.clear();
    requests.length = 0;
    repoLevel();
    routes.set('/repos/acme/app/environments/production/secrets', list('secrets', [{ name: 'session_secret' }]));
    routes.set('/repos/acme/app/environments/production/variables', list('variables', [{ name: 'API_URL', value: 'http://localhost:3000' }]));
    const { findings, metrics } = await runCase({ manifest: MANIFEST, files: EXAMPLE, environment: 'production', inputs: inputs() });
    expect(findings.map((f) => [f.ruleId, f.file, f.line, f.column, f.message])).toEqual([
      ['env-missing', '.env.example', 2, 1, 'DATABASE_URL is missing in production (checked the GitHub API)'],
      ['env-forbidden-value', '.env.example', 3, 1, 'API_URL in production points at localhost'],
    ]);
    expect(metrics.environments).toEqual([{ name: 'production', sources: ['the GitHub API'], variables: 3 }]);
    expect(requests.every((r) => r.auth === `Bearer ${TOKEN}` && r.version === '2022-11-28')).toBe(true);
  });

  test('follows pages (variables come 30 to a page)', async () => {
    routes.clear();
    repoLevel();
    const many = Array.from({ length: 31 }, (_, i) => ({ name: `V${i}`, value: 'x' }));
    routes.set('/repos/acme/app/actions/variables', list('variables', many));
    routes.set('/repos/acme/app/environments/production/secrets', list('secrets', []));
    routes.set('/repos/acme/app/environments/production/variables', list('variables', []));
    const source = new GithubApiSource({ token: TOKEN, repository: 'acme/app', apiUrl: base });
    const { values, problems } = await source.environment('production');
    expect(problems).toEqual([]);
    expect(values.filter((v) => v.scope === 'repository variable').map((v) => v.name)).toEqual(many.map((v) => v.name));
  });

  test.each([
    [403, 'the GitHub API answered 403 for the environment secrets of environment "production": the token cannot read them'],
    [404, 'the GitHub API answered 404 for the environment secrets of environment "production": the token cannot read them, or the environment does not exist in the repository'],
  ])('a %i for environment secrets says GITHUB_TOKEN cannot read them and how to grant access', async (status, message) => {
    routes.clear();
    repoLevel();
    routes.set('/repos/acme/app/environments/production/secrets', () => ({ status, body: { message: 'Resource not accessible by integration' } }));
    routes.set('/repos/acme/app/environments/production/variables', list('variables', []));
    const { findings } = await runCase({ manifest: MANIFEST, files: EXAMPLE, environment: 'production', inputs: inputs() });
    expect(findings.map((f) => [f.ruleId, f.severity, f.file, f.line, f.column, f.message])).toEqual([
      ['env-source-error', 'error', '.github/release-gate.yml', 5, 3, message],
    ]);
    expect(findings[0]!.hint).toContain('GITHUB_TOKEN cannot read environment secrets');
    expect(findings[0]!.hint).toContain('"Environments: read"');
    expect(findings[0]!.hint).toContain('"Secrets: read"');
  });

  test('a refused token, a rate limit and an unreachable API are findings, not crashes', async () => {
    routes.clear();
    routes.set('/repos/acme/app/environments/production/secrets', () => ({ status: 401, body: { message: 'Bad credentials' } }));
    routes.set('/repos/acme/app/environments/production/variables', () => ({ status: 403, headers: { 'x-ratelimit-remaining': '0' } }));
    const refused = await runCase({ manifest: MANIFEST, files: EXAMPLE, environment: 'production', inputs: inputs() });
    expect(refused.findings.filter((f) => f.ruleId === 'env-source-error').map((f) => f.message)).toEqual(expect.arrayContaining([
      'the GitHub API refused the token (401) when listing the environment secrets of environment "production"',
      'the GitHub API rate limit was reached while listing the environment variables of environment "production"',
    ]));

    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const deadPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const unreachable = await runCase({ manifest: MANIFEST, files: EXAMPLE, environment: 'production', inputs: inputs({ 'api-url': `http://127.0.0.1:${deadPort}` }) });
    expect(unreachable.findings[0]).toMatchObject({ ruleId: 'env-source-error', message: expect.stringContaining('could not be reached') });
  });

  test('a token alone does not turn the API on: it may be the GITHUB_TOKEN given for PR comments', async () => {
    routes.clear();
    requests.length = 0;
    const { findings } = await runCase({ manifest: MANIFEST, files: EXAMPLE, inputs: { token: TOKEN, repository: 'acme/app', 'api-url': base } });
    expect(requests).toEqual([]);
    expect(findings).toEqual([]);
  });

  test('github-api without a token says what is missing', async () => {
    const { findings } = await runCase({ manifest: MANIFEST, files: EXAMPLE, inputs: { 'github-api': 'true' } });
    expect(findings.map((f) => [f.ruleId, f.file, f.line, f.column])).toEqual([['env-source-error', '.github/release-gate.yml', 7, 1]]);
  });

  test('the token never appears in findings, metrics or artifacts', async () => {
    routes.clear();
    const { findings, metrics, artifacts } = await runCase({ manifest: MANIFEST, files: EXAMPLE, environment: 'production', inputs: inputs() });
    expect(JSON.stringify({ findings, metrics, artifacts })).not.toContain(TOKEN);
  });
});
