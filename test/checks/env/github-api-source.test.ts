import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { GithubApiSource } from '../../../src/checks/env/github-api-source.js';
import { VERSION } from '../../../src/version.js';
import { closedPort } from '../smoke/harness.js';
import { startGithubApi, type Answer, type GithubApiStandIn, type RecordedRequest } from '../../support/github-api.js';
import { runCase } from './rule-tester.js';

// The env check asks the GitHub REST API through the project's GitHub client; here the API is the
// local stand-in, found through GITHUB_API_URL as in a workflow run.
let api: GithubApiStandIn;
beforeAll(async () => {
  api = await startGithubApi();
});
afterAll(() => api.close());
afterEach(() => api.reset());

const REPO = '/repos/acme/app';
const list = (kind: 'secrets' | 'variables', items: { name: string; value?: string }[], perPage = kind === 'secrets' ? 100 : 30) =>
  (request: RecordedRequest): Answer => {
    const page = Number(request.query.page ?? 1);
    return { status: 200, body: { total_count: items.length, [kind]: items.slice((page - 1) * perPage, page * perPage) } };
  };

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
const inputs = (extra: Record<string, string> = {}) => ({ token: TOKEN, 'github-api': 'true', ...extra });
const env = () => ({ GITHUB_API_URL: api.url, GITHUB_REPOSITORY: 'acme/app' });
const production = (extra: Record<string, string> = {}) => runCase({ manifest: MANIFEST, files: EXAMPLE, environment: 'production', inputs: inputs(extra), env: env() });
/** Each request as "METHOD /path?query", sorted: the environment's lists and the inherited ones are read side by side. */
const sent = () => api.requests.map((r) => `${r.method} ${r.path}?${new URLSearchParams(r.query).toString()}`).sort();

function repoLevel(): void {
  api.route(`GET ${REPO}/actions/secrets`, list('secrets', [{ name: 'SLACK_WEBHOOK' }]));
  api.route(`GET ${REPO}/actions/variables`, list('variables', []));
  api.route(`GET ${REPO}/actions/organization-secrets`, list('secrets', []));
  api.route(`GET ${REPO}/actions/organization-variables`, list('variables', []));
}

describe('the GitHub REST API as a value source', () => {
  test('names of environment secrets, values of variables, inherited repository secrets: the exact requests', async () => {
    repoLevel();
    api.route(`GET ${REPO}/environments/production/secrets`, list('secrets', [{ name: 'session_secret' }]));
    api.route(`GET ${REPO}/environments/production/variables`, list('variables', [{ name: 'API_URL', value: 'http://localhost:3000' }]));
    const { findings, metrics } = await production();
    expect(findings.map((f) => [f.ruleId, f.file, f.line, f.column, f.message])).toEqual([
      ['env-missing', '.env.example', 2, 1, 'DATABASE_URL is missing in production (checked the GitHub API)'],
      ['env-forbidden-value', '.env.example', 3, 1, 'API_URL in production points at localhost'],
    ]);
    expect(metrics.environments).toEqual([{ name: 'production', sources: ['the GitHub API'], variables: 3 }]);
    expect(sent()).toEqual([
      `GET ${REPO}/actions/organization-secrets?per_page=100&page=1`,
      `GET ${REPO}/actions/organization-variables?per_page=30&page=1`,
      `GET ${REPO}/actions/secrets?per_page=100&page=1`,
      `GET ${REPO}/actions/variables?per_page=30&page=1`,
      `GET ${REPO}/environments/production/secrets?per_page=100&page=1`,
      `GET ${REPO}/environments/production/variables?per_page=30&page=1`,
    ]);
    for (const request of api.requests) {
      expect(request.headers).toMatchObject({
        authorization: `Bearer ${TOKEN}`, accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28', 'user-agent': `release-gate/${VERSION}`,
      });
    }
  });

  test('follows pages (variables come 30 to a page)', async () => {
    repoLevel();
    const many = Array.from({ length: 31 }, (_, i) => ({ name: `V${i}`, value: 'x' }));
    api.route(`GET ${REPO}/actions/variables`, list('variables', many));
    api.route(`GET ${REPO}/environments/production/secrets`, list('secrets', []));
    api.route(`GET ${REPO}/environments/production/variables`, list('variables', []));
    const source = new GithubApiSource({ token: TOKEN, repository: 'acme/app', apiUrl: api.url });
    const { values, problems } = await source.environment('production');
    await source.close();
    expect(problems).toEqual([]);
    expect(values.filter((v) => v.scope === 'repository variable').map((v) => v.name)).toEqual(many.map((v) => v.name));
    expect(sent().filter((r) => r.includes('/actions/variables'))).toEqual([
      `GET ${REPO}/actions/variables?per_page=30&page=1`,
      `GET ${REPO}/actions/variables?per_page=30&page=2`,
    ]);
  });

  test('the inherited lists are read once for several environments; an environment name is escaped in the path', async () => {
    repoLevel();
    api.route(`GET ${REPO}/environments/production/secrets`, list('secrets', []));
    api.route(`GET ${REPO}/environments/production/variables`, list('variables', []));
    api.route(`GET ${REPO}/environments/eu%20west/secrets`, list('secrets', [{ name: 'EU_KEY' }]));
    api.route(`GET ${REPO}/environments/eu%20west/variables`, list('variables', []));
    const source = new GithubApiSource({ token: TOKEN, repository: 'acme/app', apiUrl: api.url });
    await source.environment('production');
    const eu = await source.environment('eu west');
    await source.close();
    expect(eu.values.map((v) => [v.name, v.scope])).toEqual([['EU_KEY', 'environment secret'], ['SLACK_WEBHOOK', 'repository secret']]);
    expect(api.calls().filter((c) => c.includes('/actions/'))).toHaveLength(4);
    expect(api.calls().filter((c) => c.includes('/environments/eu%20west/'))).toEqual([`GET ${REPO}/environments/eu%20west/secrets`, `GET ${REPO}/environments/eu%20west/variables`]);
  });

  test.each([
    [403, 'the GitHub API answered 403 for the environment secrets of environment "production": the token cannot read them'],
    [404, 'the GitHub API answered 404 for the environment secrets of environment "production": the token cannot read them, or the environment does not exist in the repository'],
  ])('a %i for environment secrets says GITHUB_TOKEN cannot read them and how to grant access', async (status, message) => {
    repoLevel();
    api.route(`GET ${REPO}/environments/production/secrets`, { status, body: { message: 'Resource not accessible by integration' } });
    api.route(`GET ${REPO}/environments/production/variables`, list('variables', []));
    const { findings } = await production();
    expect(findings.map((f) => [f.ruleId, f.severity, f.file, f.line, f.column, f.message])).toEqual([
      ['env-source-error', 'error', '.github/release-gate.yml', 5, 3, message],
    ]);
    expect(findings[0]!.hint).toContain('GITHUB_TOKEN cannot read environment secrets');
    expect(findings[0]!.hint).toContain('"Environments: read"');
    expect(findings[0]!.hint).toContain('"Secrets: read"');
  });

  test('a 403 for an inherited list names the permission to grant', async () => {
    repoLevel();
    api.route(`GET ${REPO}/actions/organization-variables`, { status: 403, body: { message: 'Resource not accessible by integration' } });
    api.route(`GET ${REPO}/environments/production/secrets`, list('secrets', []));
    api.route(`GET ${REPO}/environments/production/variables`, list('variables', []));
    const { findings } = await production();
    expect(findings.map((f) => [f.ruleId, f.line, f.message])).toEqual([
      ['env-source-error', 5, 'the GitHub API answered 403 for the organization variables (inherited by environment "production"): the token cannot read them'],
    ]);
    expect(findings[0]!.hint).toMatch(/^Give the token "Variables: read" on this repository\./);
  });

  test('a refused token, a rate limit and a 502 are findings, each after one request, not waited out', async () => {
    repoLevel();
    api.route(`GET ${REPO}/environments/production/secrets`, { status: 401, body: { message: 'Bad credentials' } });
    api.route(`GET ${REPO}/environments/production/variables`, { status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '4102444800' }, body: { message: 'API rate limit exceeded' } });
    api.route(`GET ${REPO}/actions/organization-secrets`, { status: 502, body: { message: 'Server Error' } });
    const { findings } = await production();
    expect(findings.filter((f) => f.ruleId === 'env-source-error').map((f) => f.message)).toEqual([
      'the GitHub API refused the token (401) when listing the environment secrets of environment "production"',
      'the GitHub API rate limit was reached while listing the environment variables of environment "production"',
      'the GitHub API answered 502 when listing the organization secrets of environment "production"',
    ]);
    expect(api.calls().filter((c) => /environments|organization-secrets/.test(c))).toHaveLength(3);
  });

  test('an answer that is not JSON, or has no list, is a finding that points at the api-url', async () => {
    repoLevel();
    api.route(`GET ${REPO}/environments/production/secrets`, { status: 200 });
    api.route(`GET ${REPO}/environments/production/variables`, { status: 200, body: { message: 'hello' } });
    const { findings } = await production();
    expect(findings.map((f) => [f.ruleId, f.message, f.hint])).toEqual([
      ['env-source-error', `the GitHub API answered ${REPO}/environments/production/secrets with something that is not JSON`, 'Check the `api-url` input: it must be the REST API root, e.g. https://api.github.com.'],
      ['env-source-error', `the GitHub API answered ${REPO}/environments/production/variables without a "variables" list`, 'Check the `api-url` input: it must be the REST API root, e.g. https://api.github.com.'],
    ]);
  });

  test('the api-url input wins over GITHUB_API_URL; an API nobody listens on is a finding', async () => {
    const dead = `http://127.0.0.1:${await closedPort()}`;
    const { findings } = await production({ 'api-url': dead });
    expect(api.requests).toEqual([]);
    expect(findings.map((f) => f.message)).toEqual([
      `the GitHub API at ${dead} could not be reached for the environment secrets of environment "production" (ECONNREFUSED)`,
      `the GitHub API at ${dead} could not be reached for the environment variables of environment "production" (ECONNREFUSED)`,
      `the GitHub API at ${dead} could not be reached for the repository secrets of environment "production" (ECONNREFUSED)`,
      `the GitHub API at ${dead} could not be reached for the repository variables of environment "production" (ECONNREFUSED)`,
      `the GitHub API at ${dead} could not be reached for the organization secrets of environment "production" (ECONNREFUSED)`,
      `the GitHub API at ${dead} could not be reached for the organization variables of environment "production" (ECONNREFUSED)`,
    ]);
  });

  test('an api-url that is not a URL, or a repository that is not owner/name, is a finding, not a crash', async () => {
    const badUrl = await production({ 'api-url': 'not a url' });
    expect(badUrl.findings.map((f) => [f.ruleId, f.message])).toEqual([
      ['env-source-error', 'the GitHub API URL "not a url" is not a URL, so the GitHub API cannot be asked about environment "production"'],
    ]);
    const badRepo = await production({ repository: 'app' });
    expect(badRepo.findings.map((f) => [f.ruleId, f.message])).toEqual([
      ['env-source-error', 'the repository "app" is not owner/name, so the GitHub API cannot be asked about environment "production"'],
    ]);
    expect(api.requests).toEqual([]);
  });

  test('a token alone does not turn the API on: it may be the GITHUB_TOKEN given for PR comments', async () => {
    const { findings } = await runCase({ manifest: MANIFEST, files: EXAMPLE, inputs: { token: TOKEN }, env: env() });
    expect(api.requests).toEqual([]);
    expect(findings).toEqual([]);
  });

  test('github-api without a token says what is missing', async () => {
    const { findings } = await runCase({ manifest: MANIFEST, files: EXAMPLE, inputs: { 'github-api': 'true' }, env: env() });
    expect(findings.map((f) => [f.ruleId, f.file, f.line, f.column])).toEqual([['env-source-error', '.github/release-gate.yml', 7, 1]]);
    expect(api.requests).toEqual([]);
  });

  test('the token never appears in findings, metrics or artifacts, even when GitHub echoes it', async () => {
    api.route(`GET ${REPO}/environments/production/secrets`, (request) => ({ status: 500, body: { message: `bad header ${request.headers.authorization}` } }));
    const { findings, metrics, artifacts } = await production();
    expect(findings.length).toBeGreaterThan(0);
    expect(JSON.stringify({ findings, metrics, artifacts })).not.toContain(TOKEN);
  });
});
