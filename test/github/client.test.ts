import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { GithubApiError, GithubClient, githubSettingsFromEnv, retryAfterMs, type GithubClientOptions } from '../../src/github/client.js';
import { closedPort } from '../checks/smoke/harness.js';
import { startGithubApi, type GithubApiStandIn } from '../support/github-api.js';

const TOKEN = 'ghs_s3cr3tT0kenValue1234567890';
const REPO = '/repos/acme/portal';
let api: GithubApiStandIn;
let waits: number[];
const clients: GithubClient[] = [];

beforeAll(async () => {
  api = await startGithubApi();
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await api.close();
});
afterEach(() => {
  api.reset();
});

/** A client on the stand-in; its pauses are recorded instead of slept, and its clock is fixed at 1 000 000 s. */
function client(options: GithubClientOptions = {}, apiUrl = api.url): GithubClient {
  waits = [];
  const c = new GithubClient({ token: TOKEN, apiUrl, repository: 'acme/portal' }, {
    now: () => 1_000_000_000,
    sleep: async (ms) => void waits.push(ms),
    ...options,
  });
  clients.push(c);
  return c;
}

describe('settings', () => {
  test('come from GITHUB_TOKEN, GITHUB_API_URL and GITHUB_REPOSITORY; the API defaults to api.github.com', () => {
    expect(githubSettingsFromEnv({ GITHUB_TOKEN: 't', GITHUB_REPOSITORY: 'acme/portal' })).toEqual({ token: 't', repository: 'acme/portal', apiUrl: 'https://api.github.com' });
    expect(githubSettingsFromEnv({ GITHUB_TOKEN: 't', GITHUB_REPOSITORY: 'acme/portal', GITHUB_API_URL: 'https://ghe.example.com/api/v3' }))
      .toEqual({ token: 't', repository: 'acme/portal', apiUrl: 'https://ghe.example.com/api/v3' });
  });

  test("an action's token input wins over GITHUB_TOKEN; what is missing is named", () => {
    expect(githubSettingsFromEnv({ GITHUB_TOKEN: 'env', GITHUB_REPOSITORY: 'a/b' }, { token: 'input' })).toMatchObject({ token: 'input' });
    expect(githubSettingsFromEnv({ GITHUB_TOKEN: ' ' })).toEqual({ missing: ['GITHUB_TOKEN', 'GITHUB_REPOSITORY'] });
    expect(githubSettingsFromEnv({ GITHUB_REPOSITORY: 'a/b' })).toEqual({ missing: ['GITHUB_TOKEN'] });
  });

  test('a repository that is not owner/name, or an API URL that is not one, is an error value', () => {
    expect(() => new GithubClient({ token: 't', apiUrl: api.url, repository: 'portal' })).toThrow('the repository "portal" is not owner/name');
    expect(() => new GithubClient({ token: 't', apiUrl: 'not a url', repository: 'a/b' })).toThrow('the GitHub API URL "not a url" is not a URL');
  });
});

describe('requests', () => {
  test('a deployment status: the exact request, with the token as a bearer credential', async () => {
    api.route(`POST ${REPO}/deployments/42/statuses`, { status: 201, body: { id: 7, state: 'success', created_at: '2026-12-07T05:00:00Z' } });
    const status = await client().createDeploymentStatus(42, {
      state: 'success', description: 'smoke and latency passed', log_url: 'https://github.com/acme/portal/actions/runs/99', environment: 'production',
    });
    expect(status).toEqual({ id: 7, state: 'success', created_at: '2026-12-07T05:00:00Z' });
    expect(api.requests).toHaveLength(1);
    const [request] = api.requests;
    expect(request.method).toBe('POST');
    expect(request.path).toBe(`${REPO}/deployments/42/statuses`);
    expect(request.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(request.headers.accept).toBe('application/vnd.github+json');
    expect(request.headers['x-github-api-version']).toBe('2022-11-28');
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.headers['user-agent']).toMatch(/^release-gate\/\d+\.\d+\.\d+$/);
    expect(request.body).toEqual({ state: 'success', description: 'smoke and latency passed', log_url: 'https://github.com/acme/portal/actions/runs/99', environment: 'production' });
  });

  test("a description longer than GitHub's 140 characters is cut with an ellipsis", async () => {
    api.route(`POST ${REPO}/deployments/1/statuses`, { status: 201, body: { id: 1, state: 'failure' } });
    await client().createDeploymentStatus(1, { state: 'failure', description: 'x'.repeat(200) });
    expect((api.requests[0].body as { description: string }).description).toBe(`${'x'.repeat(139)}…`);
  });

  test('GitHub Enterprise: the API root keeps its path (/api/v3)', async () => {
    const enterprise = await startGithubApi({ prefix: '/api/v3' });
    try {
      enterprise.route(`GET ${REPO}/deployments`, { status: 200, body: [{ id: 3, sha: 'abc', ref: 'main', environment: 'production', created_at: 'x' }] });
      const deployments = await client({}, enterprise.url).listDeployments({ environment: 'production', perPage: 5 });
      expect(deployments.map((d) => d.id)).toEqual([3]);
      expect(enterprise.requests.map((r) => [r.path, r.query])).toEqual([[`${REPO}/deployments`, { environment: 'production', per_page: '5' }]]);
    } finally {
      await enterprise.close();
    }
  });

  test('deployments and their statuses are read with the filters given', async () => {
    api.route(`GET ${REPO}/deployments/9`, { status: 200, body: { id: 9, sha: 'f00d', ref: 'main', environment: 'staging', created_at: 'x' } });
    api.route(`GET ${REPO}/deployments/9/statuses`, { status: 200, body: [{ id: 2, state: 'success', created_at: 'y' }] });
    const c = client();
    expect((await c.getDeployment(9)).sha).toBe('f00d');
    expect((await c.listDeploymentStatuses(9, 10)).map((s) => s.state)).toEqual(['success']);
    expect(api.requests.map((r) => [r.method, r.path, r.query])).toEqual([
      ['GET', `${REPO}/deployments/9`, {}],
      ['GET', `${REPO}/deployments/9/statuses`, { per_page: '10' }],
    ]);
  });

  test('workflow_dispatch: the workflow file, the ref and the inputs; GitHub answers 204 with no body', async () => {
    api.route(`POST ${REPO}/actions/workflows/rollback.yml/dispatches`, { status: 204 });
    await client().dispatchWorkflow('rollback.yml', 'main', { sha: 'abc123', environment: 'production' });
    expect(api.requests.map((r) => [r.method, r.path, r.body])).toEqual([
      ['POST', `${REPO}/actions/workflows/rollback.yml/dispatches`, { ref: 'main', inputs: { sha: 'abc123', environment: 'production' } }],
    ]);
  });

  test('issues are listed page by page, labels joined, pull requests left out', async () => {
    const issue = (number: number, pr = false) => ({ number, title: `#${number}`, state: 'open', html_url: `u/${number}`, labels: [], ...(pr ? { pull_request: {} } : {}) });
    api.route(`GET ${REPO}/issues`, (r) => ({ status: 200, body: r.query.page === '1' ? [issue(1), issue(2, true)] : [issue(3)] }));
    const issues = await client().listIssues({ labels: ['release-gate', 'ops'], perPage: 2 });
    expect(issues.map((i) => i.number)).toEqual([1, 3]);
    expect(api.requests.map((r) => r.query)).toEqual([
      { state: 'open', labels: 'release-gate,ops', per_page: '2', page: '1' },
      { state: 'open', labels: 'release-gate,ops', per_page: '2', page: '2' },
    ]);
  });

  test('issue search is scoped to the repository and to issues', async () => {
    api.route('GET /search/issues', { status: 200, body: { total_count: 1, items: [{ number: 5, title: 't', state: 'open', html_url: 'u', labels: [] }] } });
    const found = await client().searchIssues('"release-gate:smoke:production" in:body');
    expect(found.map((i) => i.number)).toEqual([5]);
    expect(api.requests[0].query).toEqual({ q: 'repo:acme/portal is:issue "release-gate:smoke:production" in:body', per_page: '100' });
  });

  test('an issue is created, commented on, labelled, assigned and closed with the exact bodies', async () => {
    api.route(`POST ${REPO}/issues`, { status: 201, body: { number: 12, title: 't', state: 'open', html_url: 'u', labels: [] } });
    api.route(`POST ${REPO}/issues/12/comments`, { status: 201, body: { id: 100, body: 'still failing', html_url: 'c' } });
    api.route(`POST ${REPO}/issues/12/labels`, { status: 200, body: [{ name: 'release-gate' }] });
    api.route(`POST ${REPO}/issues/12/assignees`, { status: 201, body: { number: 12, title: 't', state: 'open', html_url: 'u', labels: [] } });
    api.route(`PATCH ${REPO}/issues/12`, { status: 200, body: { number: 12, title: 't', state: 'closed', html_url: 'u', labels: [] } });
    const c = client();
    const created = await c.createIssue({ title: 'smoke fails on production', body: 'evidence\n<!-- release-gate:smoke -->', labels: ['release-gate'], assignees: ['ops-oncall'] });
    expect(created.number).toBe(12);
    await c.commentOnIssue(12, 'still failing');
    await c.addLabels(12, ['release-gate']);
    await c.addAssignees(12, ['ops-oncall']);
    expect((await c.closeIssue(12)).state).toBe('closed');
    expect(api.requests.map((r) => [r.method, r.path, r.body])).toEqual([
      ['POST', `${REPO}/issues`, { title: 'smoke fails on production', body: 'evidence\n<!-- release-gate:smoke -->', labels: ['release-gate'], assignees: ['ops-oncall'] }],
      ['POST', `${REPO}/issues/12/comments`, { body: 'still failing' }],
      ['POST', `${REPO}/issues/12/labels`, { labels: ['release-gate'] }],
      ['POST', `${REPO}/issues/12/assignees`, { assignees: ['ops-oncall'] }],
      ['PATCH', `${REPO}/issues/12`, { state: 'closed', state_reason: 'completed' }],
    ]);
  });
});

describe('retries and failures', () => {
  test('a 502 is retried with a doubling pause, within the bound', async () => {
    const key = `POST ${REPO}/deployments/5/statuses`;
    api.once(key, { status: 502, body: { message: 'Server Error' } }, { status: 502, body: { message: 'Server Error' } });
    api.route(key, { status: 201, body: { id: 1, state: 'in_progress' } });
    await client({ baseDelayMs: 500 }).createDeploymentStatus(5, { state: 'in_progress' });
    expect(api.calls()).toEqual([key, key, key]);
    expect(waits).toEqual([500, 1000]);
  });

  test('a 5xx that keeps coming ends after the retries, naming the call, the status and the attempts', async () => {
    api.route(`GET ${REPO}/deployments/5`, { status: 503, body: { message: 'Service Unavailable' } });
    const error = await client({ retries: 2, baseDelayMs: 10 }).getDeployment(5).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GithubApiError);
    expect((error as GithubApiError).message).toBe(`GitHub API: get deployment 5 (GET ${REPO}/deployments/5) answered 503: Service Unavailable after 3 attempts`);
    expect((error as GithubApiError).status).toBe(503);
    expect(api.requests).toHaveLength(3);
    expect(waits).toEqual([10, 20]);
  });

  test('creating an issue is not repeated after a 502: it may have been created', async () => {
    api.route(`POST ${REPO}/issues`, { status: 502, body: { message: 'Bad Gateway' } });
    const error = await client().createIssue({ title: 't' }).catch((e: unknown) => e as GithubApiError);
    expect((error as GithubApiError).message).toBe(`GitHub API: create issue (POST ${REPO}/issues) answered 502: Bad Gateway`);
    expect(api.requests).toHaveLength(1);
  });

  test('a workflow dispatch is not repeated after a 5xx (it would start a second run), but is after a rate limit', async () => {
    const key = `POST ${REPO}/actions/workflows/rollback.yml/dispatches`;
    api.once(key, { status: 429, body: { message: 'secondary rate limit' }, headers: { 'retry-after': '3' } });
    api.route(key, { status: 500, body: { message: 'boom' } });
    const error = await client().dispatchWorkflow('rollback.yml', 'main').catch((e: unknown) => e as GithubApiError);
    expect((error as GithubApiError).status).toBe(500);
    expect(api.requests).toHaveLength(2);
    expect(waits).toEqual([3000]);
  });

  test('a primary rate limit waits until x-ratelimit-reset, then succeeds', async () => {
    const key = `POST ${REPO}/issues`;
    api.once(key, { status: 403, body: { message: 'API rate limit exceeded' }, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(1_000_000 + 30) } });
    api.route(key, { status: 201, body: { number: 1, title: 't', state: 'open', html_url: 'u', labels: [] } });
    expect((await client().createIssue({ title: 't' })).number).toBe(1);
    expect(api.requests).toHaveLength(2);
    expect(waits).toEqual([31_000]);
  });

  test('a rate limit that resets later than the cap ends the call at once instead of waiting', async () => {
    api.route(`GET ${REPO}/issues`, { status: 403, body: { message: 'API rate limit exceeded' }, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(1_000_000 + 600) } });
    const error = await client({ maxWaitMs: 60_000 }).listIssues().catch((e: unknown) => e as GithubApiError);
    expect((error as GithubApiError).message).toBe(
      `GitHub API: list issues (GET ${REPO}/issues) answered 403: API rate limit exceeded; the rate limit resets in 601 s, longer than the 60 s this run waits`,
    );
    expect(waits).toEqual([]);
  });

  test('a 404 or 422 is not retried', async () => {
    api.route(`POST ${REPO}/issues/3/comments`, { status: 422, body: { message: 'Validation Failed' } });
    const error = await client().commentOnIssue(3, 'x').catch((e: unknown) => e as GithubApiError);
    expect((error as GithubApiError).message).toBe(`GitHub API: comment on issue #3 (POST ${REPO}/issues/3/comments) answered 422: Validation Failed`);
    const missing = await client().getDeployment(77).catch((e: unknown) => e as GithubApiError);
    expect((missing as GithubApiError).status).toBe(404);
    expect(api.requests).toHaveLength(2);
  });

  test('a read that times out is retried; the error says no answer came', async () => {
    api.route(`GET ${REPO}/deployments/8`, { status: 200, hang: true });
    const error = await client({ timeoutMs: 150, retries: 1, baseDelayMs: 5 }).getDeployment(8).catch((e: unknown) => e as GithubApiError);
    expect((error as GithubApiError).message).toBe(`GitHub API: get deployment 8 (GET ${REPO}/deployments/8) got no answer: no complete response within 150 ms after 2 attempts`);
    expect((error as GithubApiError).status).toBeUndefined();
    expect(api.requests).toHaveLength(2);
  });

  test('an API nobody listens on: the call is retried (nothing was sent) and then reported', async () => {
    const port = await closedPort();
    const error = await client({ retries: 1, baseDelayMs: 5 }, `http://127.0.0.1:${port}`).createIssue({ title: 't' }).catch((e: unknown) => e as GithubApiError);
    expect((error as GithubApiError).message).toBe(`GitHub API: create issue (POST ${REPO}/issues) got no answer: connection refused by 127.0.0.1:${port} after 2 attempts`);
    expect(waits).toEqual([5]);
  });

  test('the token never appears in an error, even when GitHub echoes it', async () => {
    api.route(`POST ${REPO}/issues`, { status: 401, body: { message: `Bad credentials: Bearer ${TOKEN}` } });
    const error = await client().createIssue({ title: 't' }).catch((e: unknown) => e as GithubApiError);
    expect((error as GithubApiError).message).toBe(`GitHub API: create issue (POST ${REPO}/issues) answered 401: Bad credentials: Bearer ***`);
    expect(String((error as Error).stack)).not.toContain(TOKEN);
  });

  test('a redirect to another origin is not followed and the token does not travel there', async () => {
    const elsewhere = await startGithubApi();
    try {
      api.route(`GET ${REPO}/deployments/4`, { status: 301, headers: { location: `${elsewhere.url}${REPO}/deployments/4` } });
      const error = await client().getDeployment(4).catch((e: unknown) => e as GithubApiError);
      expect((error as GithubApiError).status).toBe(301);
      expect(elsewhere.requests).toHaveLength(0);
    } finally {
      await elsewhere.close();
    }
  });
});

describe('retryAfterMs', () => {
  test('Retry-After seconds first; the reset time only when nothing remains', () => {
    expect(retryAfterMs({ 'retry-after': '7' }, 0)).toBe(7000);
    expect(retryAfterMs({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '100' }, 90_000)).toBe(11_000);
    expect(retryAfterMs({ 'x-ratelimit-remaining': '12', 'x-ratelimit-reset': '100' }, 90_000)).toBeUndefined();
    expect(retryAfterMs({ 'retry-after': 'Wed, 21 Oct 2026 07:28:00 GMT' }, 0)).toBeUndefined();
  });
});
