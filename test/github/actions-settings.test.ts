import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { GithubApiError, GithubClient } from '../../src/github/client.js';
import { closedPort } from '../checks/smoke/harness.js';
import { startGithubApi, type GithubApiStandIn } from '../support/github-api.js';

// The calls the env check (Actions secrets and variables) and the pull-request comment make.
const TOKEN = 'ghs_s3cr3tT0kenValue1234567890';
const REPO = '/repos/acme/portal';
let api: GithubApiStandIn;
const clients: GithubClient[] = [];

beforeAll(async () => {
  api = await startGithubApi({ prefix: '/api/v3' });
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await api.close();
});
afterEach(() => api.reset());

function client(apiUrl = api.url): GithubClient {
  const c = new GithubClient({ token: TOKEN, apiUrl, repository: 'acme/portal' }, { retries: 0 });
  clients.push(c);
  return c;
}

const sent = () => api.requests.map((r) => `${r.method} ${r.path}?${new URLSearchParams(r.query).toString()}`);

describe('Actions secrets and variables', () => {
  test('each level has its endpoint; pages and page sizes are sent as asked', async () => {
    api.route(`GET ${REPO}/actions/secrets`, { status: 200, body: { total_count: 1, secrets: [{ name: 'DEPLOY_KEY', created_at: '2026-01-01T00:00:00Z' }] } });
    api.route(`GET ${REPO}/actions/organization-variables`, { status: 200, body: { total_count: 1, variables: [{ name: 'REGION', value: 'eu' }] } });
    api.route(`GET ${REPO}/environments/prod%2Feu/secrets`, { status: 200, body: { total_count: 0, secrets: [] } });
    const c = client();
    expect(await c.listActionsSecrets('repository')).toEqual({ total_count: 1, secrets: [{ name: 'DEPLOY_KEY', created_at: '2026-01-01T00:00:00Z' }] });
    expect(await c.listActionsVariables('organization', 2, 10)).toEqual({ total_count: 1, variables: [{ name: 'REGION', value: 'eu' }] });
    expect(await c.listActionsSecrets({ environment: 'prod/eu' }, 3)).toEqual({ total_count: 0, secrets: [] });
    expect(sent()).toEqual([
      `GET ${REPO}/actions/secrets?per_page=100&page=1`,
      `GET ${REPO}/actions/organization-variables?per_page=10&page=2`,
      `GET ${REPO}/environments/prod%2Feu/secrets?per_page=100&page=3`,
    ]);
    expect(api.requests[0]!.headers).toMatchObject({ authorization: `Bearer ${TOKEN}`, accept: 'application/vnd.github+json' });
  });

  test('a rate limit is marked as one on the error; a 403 that is not one is not', async () => {
    api.route(`GET ${REPO}/environments/prod/variables`, { status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '4102444800' }, body: { message: 'API rate limit exceeded' } });
    api.route(`GET ${REPO}/environments/prod/secrets`, { status: 403, body: { message: 'Resource not accessible by integration' } });
    const limited = await client().listActionsVariables({ environment: 'prod' }).catch((e: unknown) => e as GithubApiError);
    expect(limited).toMatchObject({ call: 'list environment prod variables', status: 403, rateLimited: true, transport: undefined });
    const refused = (await client().listActionsSecrets({ environment: 'prod' }).catch((e: unknown) => e)) as GithubApiError;
    expect(refused).toMatchObject({ call: 'list environment prod secrets', status: 403, rateLimited: false });
    expect(refused.message).toBe(`GitHub API: list environment prod secrets (GET /api/v3${REPO}/environments/prod/secrets) answered 403: Resource not accessible by integration`);
  });

  test('no answer at all: the error carries the transport failure', async () => {
    const error = await client(`http://127.0.0.1:${await closedPort()}`).listActionsSecrets('organization').catch((e: unknown) => e as GithubApiError);
    expect(error).toBeInstanceOf(GithubApiError);
    expect(error).toMatchObject({ status: undefined, rateLimited: false, transport: { kind: 'refused', code: 'ECONNREFUSED' } });
  });
});

describe('issue comments', () => {
  test('a page of comments is asked for by number; a comment is updated by its id with the exact body', async () => {
    api.route(`GET ${REPO}/issues/7/comments`, { status: 200, body: [{ id: 5, body: 'hi', html_url: 'https://github.test/c/5' }] });
    api.route(`PATCH ${REPO}/issues/comments/5`, { status: 200, body: { id: 5, body: 'new', html_url: 'https://github.test/c/5' } });
    const c = client();
    expect(await c.listIssueComments(7, 100, 2)).toEqual([{ id: 5, body: 'hi', html_url: 'https://github.test/c/5' }]);
    expect(await c.listIssueComments(7)).toHaveLength(1);
    expect(await c.updateIssueComment(5, 'new')).toEqual({ id: 5, body: 'new', html_url: 'https://github.test/c/5' });
    expect(sent()).toEqual([
      `GET ${REPO}/issues/7/comments?per_page=100&page=2`,
      `GET ${REPO}/issues/7/comments?per_page=100`,
      `PATCH ${REPO}/issues/comments/5?`,
    ]);
    expect(api.requests[2]!.body).toEqual({ body: 'new' });
  });
});
