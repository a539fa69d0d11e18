import { setTimeout as sleepFor } from 'node:timers/promises';
import { HttpClient, TransportError, type HttpExchange } from '../http/client.js';
import type { Method } from '../http/request-line.js';
import { VERSION } from '../version.js';

/**
 * The one GitHub REST client of the project (deployments, workflow dispatch, issues, pull-request
 * comments, Actions secrets and variables): requests go through the project's HTTP client, so the
 * token is a credential sent to the API's origin only and never follows a redirect elsewhere. Failures come back as GithubApiError values that name the call
 * and the status, never the token. Retries are bounded: 5xx and timeouts for calls that may be
 * repeated, and rate limits for every call (a rate-limited request did nothing), waiting what
 * Retry-After or x-ratelimit-reset asks for, up to a cap.
 */

export const DEFAULT_API_URL = 'https://api.github.com';

export interface GithubSettings {
  /** GITHUB_TOKEN, or an action's `token` input. */
  token: string;
  /** The REST API root: https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server. */
  apiUrl: string;
  /** owner/name */
  repository: string;
}

export interface GithubClientOptions {
  /** One request, redirects included. Default 15 s. */
  timeoutMs?: number;
  /** Further attempts after the first. Default 3. */
  retries?: number;
  /** The longest single wait for a rate limit or Retry-After; a longer one ends the call instead. Default 60 s. */
  maxWaitMs?: number;
  /** The first pause between attempts after a 5xx or a timeout; it doubles. Default 1 s. */
  baseDelayMs?: number;
  signal?: AbortSignal;
  /** Injectable for tests: the wall clock (x-ratelimit-reset is an epoch time) and the pause between attempts. */
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  http?: HttpClient;
}

/** Where the settings come from when the caller has none: GITHUB_TOKEN, GITHUB_API_URL, GITHUB_REPOSITORY. */
export function githubSettingsFromEnv(env: Record<string, string | undefined>, overrides: Partial<GithubSettings> = {}): GithubSettings | { missing: string[] } {
  const token = nonEmpty(overrides.token) ?? nonEmpty(env.GITHUB_TOKEN);
  const repository = nonEmpty(overrides.repository) ?? nonEmpty(env.GITHUB_REPOSITORY);
  const apiUrl = nonEmpty(overrides.apiUrl) ?? nonEmpty(env.GITHUB_API_URL) ?? DEFAULT_API_URL;
  const missing = [...(token ? [] : ['GITHUB_TOKEN']), ...(repository ? [] : ['GITHUB_REPOSITORY'])];
  if (!token || !repository) return { missing };
  return { token, repository, apiUrl };
}

/** A client from the environment (and an action's token input), or undefined with what is missing. */
export function githubFromEnv(env: Record<string, string | undefined>, overrides: Partial<GithubSettings> = {}, options: GithubClientOptions = {}): { client?: GithubClient; missing: string[] } {
  const settings = githubSettingsFromEnv(env, overrides);
  if ('missing' in settings) return { missing: settings.missing };
  try {
    return { client: new GithubClient(settings, options), missing: [] };
  } catch (error) {
    return { missing: [(error as Error).message] };
  }
}

/** A call that failed: `call` says what was attempted, `status` what GitHub answered (undefined: no answer). */
export class GithubApiError extends Error {
  constructor(
    readonly call: string,
    message: string,
    readonly status?: number,
    readonly attempts = 1,
    /** GitHub's answer was a rate limit (429, or 403 with nothing remaining or a Retry-After). */
    readonly rateLimited = false,
    /** Why there was no answer, when there was none. */
    readonly transport?: TransportError,
  ) {
    super(message);
    this.name = 'GithubApiError';
  }
}

export interface GithubResponse<T> {
  status: number;
  data: T;
  headers: Record<string, string>;
}

export interface CallOptions {
  /** Query parameters; undefined values are left out. */
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  /**
   * The call may be sent again after it may have reached GitHub (a 5xx, a timeout, a reset). Default
   * true for GET, PATCH, PUT and DELETE, false for POST.
   */
  repeatable?: boolean;
}

export type DeploymentState = 'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success';

export interface Deployment {
  id: number;
  sha: string;
  ref: string;
  environment: string;
  created_at: string;
  statuses_url?: string;
  [key: string]: unknown;
}

export interface DeploymentStatus {
  id: number;
  state: DeploymentState;
  description?: string;
  environment?: string;
  log_url?: string;
  environment_url?: string;
  created_at: string;
  [key: string]: unknown;
}

export interface NewDeploymentStatus {
  state: DeploymentState;
  /** GitHub keeps the first 140 characters. */
  description?: string;
  /** The run that verified it. */
  log_url?: string;
  environment_url?: string;
  environment?: string;
  auto_inactive?: boolean;
}

export interface Issue {
  number: number;
  title: string;
  body?: string | null;
  state: 'open' | 'closed';
  html_url: string;
  labels: ({ name?: string } | string)[];
  assignees?: { login: string }[];
  pull_request?: unknown;
  [key: string]: unknown;
}

export interface IssueComment {
  id: number;
  body?: string;
  html_url: string;
  [key: string]: unknown;
}

/**
 * Where Actions secrets and variables are listed: the repository's own, the organization's ones shared
 * with the repository, or one deployment environment's.
 */
export type ActionsLevel = 'repository' | 'organization' | { environment: string };

export interface ActionsSecretsPage {
  total_count: number;
  secrets: { name: string; [key: string]: unknown }[];
}

export interface ActionsVariablesPage {
  total_count: number;
  variables: { name: string; value: string; [key: string]: unknown }[];
}

function levelName(level: ActionsLevel): string {
  return typeof level === 'string' ? level : `environment ${level.environment}`;
}

const RETRY_STATUSES = new Set([500, 502, 503, 504]);
const MAX_PAGES = 10;

export class GithubClient {
  readonly owner: string;
  readonly repo: string;
  private readonly base: URL;
  private readonly http: HttpClient;
  private readonly ownsHttp: boolean;
  private readonly now: () => number;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;

  constructor(private readonly settings: GithubSettings, private readonly options: GithubClientOptions = {}) {
    const [owner, repo] = settings.repository.split('/');
    if (!owner || !repo || settings.repository.split('/').length !== 2) throw new GithubApiError('setup', `the repository "${settings.repository}" is not owner/name`);
    this.owner = owner;
    this.repo = repo;
    try {
      this.base = new URL(settings.apiUrl.replace(/\/+$/, '') + '/');
    } catch {
      throw new GithubApiError('setup', `the GitHub API URL "${settings.apiUrl}" is not a URL`);
    }
    if (this.base.protocol !== 'https:' && this.base.protocol !== 'http:') throw new GithubApiError('setup', `the GitHub API URL "${settings.apiUrl}" is not http(s)`);
    this.ownsHttp = !options.http;
    this.http = options.http ?? new HttpClient({ userAgent: `release-gate/${VERSION}`, maxBodyBytes: 16 * 1024 * 1024 });
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? ((ms, signal) => sleepFor(ms, undefined, { signal }));
  }

  get repository(): string {
    return `${this.owner}/${this.repo}`;
  }

  async close(): Promise<void> {
    if (this.ownsHttp) await this.http.close();
  }

  // --- deployments ---------------------------------------------------------------------------

  async getDeployment(id: number): Promise<Deployment> {
    return (await this.call<Deployment>(`get deployment ${id}`, 'GET', `${this.repoPath()}/deployments/${id}`)).data;
  }

  /** Newest first, as GitHub lists them. */
  async listDeployments(filter: { environment?: string; sha?: string; ref?: string; perPage?: number } = {}): Promise<Deployment[]> {
    return (await this.call<Deployment[]>('list deployments', 'GET', `${this.repoPath()}/deployments`, {
      query: { environment: filter.environment, sha: filter.sha, ref: filter.ref, per_page: filter.perPage ?? 30 },
    })).data;
  }

  /** Newest first. */
  async listDeploymentStatuses(deploymentId: number, perPage = 30): Promise<DeploymentStatus[]> {
    return (await this.call<DeploymentStatus[]>(`list statuses of deployment ${deploymentId}`, 'GET', `${this.repoPath()}/deployments/${deploymentId}/statuses`, { query: { per_page: perPage } })).data;
  }

  async createDeploymentStatus(deploymentId: number, status: NewDeploymentStatus): Promise<DeploymentStatus> {
    const body = { ...status, ...(status.description !== undefined ? { description: truncate(status.description, 140) } : {}) };
    // A second identical status does no harm, so a 5xx may be retried.
    return (await this.call<DeploymentStatus>(`create ${status.state} status of deployment ${deploymentId}`, 'POST', `${this.repoPath()}/deployments/${deploymentId}/statuses`, { body, repeatable: true })).data;
  }

  // --- workflows -----------------------------------------------------------------------------

  /** workflow is a file name (rollback.yml) or an id; ref a branch or tag. GitHub answers 204. */
  async dispatchWorkflow(workflow: string, ref: string, inputs: Record<string, string> = {}): Promise<void> {
    // Not repeated after a 5xx: a dispatch that did arrive would start a second run.
    await this.call<unknown>(`dispatch workflow ${workflow}`, 'POST', `${this.repoPath()}/actions/workflows/${encodeURIComponent(workflow)}/dispatches`, { body: { ref, inputs } });
  }

  // --- Actions secrets and variables ----------------------------------------------------------

  /** One page of the names of the Actions secrets at a level (GitHub never returns their values). */
  async listActionsSecrets(level: ActionsLevel, page = 1, perPage = 100): Promise<ActionsSecretsPage> {
    return (await this.call<ActionsSecretsPage>(`list ${levelName(level)} secrets`, 'GET', this.actionsPath(level, 'secrets'), { query: { per_page: perPage, page } })).data;
  }

  /** One page of the Actions variables at a level, with their values. */
  async listActionsVariables(level: ActionsLevel, page = 1, perPage = 30): Promise<ActionsVariablesPage> {
    return (await this.call<ActionsVariablesPage>(`list ${levelName(level)} variables`, 'GET', this.actionsPath(level, 'variables'), { query: { per_page: perPage, page } })).data;
  }

  private actionsPath(level: ActionsLevel, kind: 'secrets' | 'variables'): string {
    if (level === 'repository') return `${this.repoPath()}/actions/${kind}`;
    if (level === 'organization') return `${this.repoPath()}/actions/organization-${kind}`;
    return `${this.repoPath()}/environments/${encodeURIComponent(level.environment)}/${kind}`;
  }

  // --- issues --------------------------------------------------------------------------------

  /** Issues only (pull requests, which the endpoint also returns, are left out); up to 10 pages. */
  async listIssues(filter: { state?: 'open' | 'closed' | 'all'; labels?: string[]; creator?: string; perPage?: number } = {}): Promise<Issue[]> {
    const perPage = filter.perPage ?? 100;
    const issues: Issue[] = [];
    for (let page = 1; page <= MAX_PAGES; page++) {
      const { data } = await this.call<Issue[]>('list issues', 'GET', `${this.repoPath()}/issues`, {
        query: { state: filter.state ?? 'open', labels: filter.labels?.length ? filter.labels.join(',') : undefined, creator: filter.creator, per_page: perPage, page },
      });
      if (!Array.isArray(data)) throw new GithubApiError('list issues', 'GitHub API: list issues answered something that is not a list');
      issues.push(...data.filter((issue) => !issue.pull_request));
      if (data.length < perPage) break;
    }
    return issues;
  }

  /** GitHub's issue search; `repo:owner/name is:issue` is added to the query. First page only (up to 100). */
  async searchIssues(query: string, perPage = 100): Promise<Issue[]> {
    const { data } = await this.call<{ items?: Issue[] }>('search issues', 'GET', 'search/issues', { query: { q: `repo:${this.repository} is:issue ${query}`.trim(), per_page: perPage } });
    return Array.isArray(data?.items) ? data.items : [];
  }

  async createIssue(issue: { title: string; body?: string; labels?: string[]; assignees?: string[] }): Promise<Issue> {
    return (await this.call<Issue>('create issue', 'POST', `${this.repoPath()}/issues`, { body: issue })).data;
  }

  async commentOnIssue(issueNumber: number, body: string): Promise<IssueComment> {
    return (await this.call<IssueComment>(`comment on issue #${issueNumber}`, 'POST', `${this.repoPath()}/issues/${issueNumber}/comments`, { body: { body } })).data;
  }

  /** One page, oldest first (a pull request's conversation is its issue's). */
  async listIssueComments(issueNumber: number, perPage = 100, page?: number): Promise<IssueComment[]> {
    return (await this.call<IssueComment[]>(`list comments of issue #${issueNumber}`, 'GET', `${this.repoPath()}/issues/${issueNumber}/comments`, { query: { per_page: perPage, page } })).data;
  }

  async updateIssueComment(commentId: number, body: string): Promise<IssueComment> {
    return (await this.call<IssueComment>(`update comment ${commentId}`, 'PATCH', `${this.repoPath()}/issues/comments/${commentId}`, { body: { body } })).data;
  }

  async updateIssue(issueNumber: number, fields: { title?: string; body?: string; state?: 'open' | 'closed'; state_reason?: 'completed' | 'not_planned' | 'reopened' }): Promise<Issue> {
    return (await this.call<Issue>(`update issue #${issueNumber}`, 'PATCH', `${this.repoPath()}/issues/${issueNumber}`, { body: fields })).data;
  }

  async closeIssue(issueNumber: number, reason: 'completed' | 'not_planned' = 'completed'): Promise<Issue> {
    return (await this.call<Issue>(`close issue #${issueNumber}`, 'PATCH', `${this.repoPath()}/issues/${issueNumber}`, { body: { state: 'closed', state_reason: reason } })).data;
  }

  async addLabels(issueNumber: number, labels: string[]): Promise<void> {
    // Adding a label twice leaves one label.
    await this.call<unknown>(`add labels to issue #${issueNumber}`, 'POST', `${this.repoPath()}/issues/${issueNumber}/labels`, { body: { labels }, repeatable: true });
  }

  async addAssignees(issueNumber: number, assignees: string[]): Promise<Issue> {
    return (await this.call<Issue>(`add assignees to issue #${issueNumber}`, 'POST', `${this.repoPath()}/issues/${issueNumber}/assignees`, { body: { assignees }, repeatable: true })).data;
  }

  // --- the request ---------------------------------------------------------------------------

  /** One REST call with the retry policy above. `path` is relative to the API root. */
  async call<T>(call: string, method: Method, path: string, options: CallOptions = {}): Promise<GithubResponse<T>> {
    const url = new URL(path.replace(/^\/+/, ''), this.base);
    for (const [name, value] of Object.entries(options.query ?? {})) if (value !== undefined) url.searchParams.set(name, String(value));
    const repeatable = options.repeatable ?? method !== 'POST';
    const retries = this.options.retries ?? 3;
    const what = `${call} (${method} ${url.pathname})`;
    const headers: Record<string, string> = { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' };
    if (options.body !== undefined) headers['content-type'] = 'application/json';

    for (let attempt = 1; ; attempt++) {
      let exchange: HttpExchange | undefined;
      let failure: TransportError | undefined;
      try {
        exchange = await this.http.send(
          { method, url, headers, credentials: { authorization: `Bearer ${this.settings.token}` }, ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}) },
          { origin: this.base.origin, allowedOrigins: [this.base.origin], timeoutMs: this.options.timeoutMs ?? 15_000, ...(this.options.signal ? { signal: this.options.signal } : {}) },
        );
      } catch (error) {
        if (!(error instanceof TransportError)) throw error;
        failure = error;
      }

      if (exchange && exchange.response.status < 300 && exchange.response.truncated) {
        throw new GithubApiError(call, `GitHub API: ${what} answered more than this client reads`, exchange.response.status, attempt);
      }
      if (exchange && exchange.response.status < 300) return { status: exchange.response.status, data: parseBody<T>(exchange.response.body), headers: exchange.response.headers };

      const wait = this.retryWait(exchange, failure, repeatable, attempt);
      const giveUp = attempt > retries || wait === undefined || failure?.kind === 'deadline';
      if (giveUp || 'tooLong' in wait) {
        const reason = failure
          ? `got no answer: ${failure.message}`
          : `answered ${exchange!.response.status}${detail(exchange!)}`;
        const limit = wait && 'tooLong' in wait ? `; the rate limit resets in ${Math.ceil(wait.tooLong / 1000)} s, longer than the ${Math.round((this.options.maxWaitMs ?? 60_000) / 1000)} s this run waits` : '';
        const tries = attempt > 1 ? ` after ${attempt} attempts` : '';
        throw new GithubApiError(call, this.scrub(`GitHub API: ${what} ${reason}${limit}${tries}`), exchange?.response.status, attempt, exchange ? isRateLimit(exchange) : false, failure);
      }
      try {
        await this.sleep(wait.ms, this.options.signal);
      } catch {
        throw new GithubApiError(call, `GitHub API: ${what} stopped while waiting to retry`, exchange?.response.status, attempt);
      }
    }
  }

  /** How long to wait before the next attempt; undefined: do not retry; tooLong: the wait asked for is over the cap. */
  private retryWait(exchange: HttpExchange | undefined, failure: TransportError | undefined, repeatable: boolean, attempt: number): { ms: number } | { tooLong: number } | undefined {
    const backoff = (this.options.baseDelayMs ?? 1_000) * 2 ** (attempt - 1);
    const cap = this.options.maxWaitMs ?? 60_000;
    if (failure) {
      if (failure.kind === 'deadline') return undefined;
      return failure.nothingSent || repeatable ? { ms: Math.min(backoff, cap) } : undefined;
    }
    const response = exchange!.response;
    if (isRateLimit(exchange!)) {
      // A rate-limited request did nothing, so any call may be sent again.
      const asked = retryAfterMs(response.headers, this.now());
      const ms = asked ?? Math.min(backoff * 60, cap); // secondary limits without a header: "wait at least a minute"
      return ms > cap ? { tooLong: ms } : { ms };
    }
    if (RETRY_STATUSES.has(response.status) && repeatable) {
      const asked = retryAfterMs(response.headers, this.now());
      return { ms: Math.min(asked ?? backoff, cap) };
    }
    return undefined;
  }

  private repoPath(): string {
    return `repos/${encodeURIComponent(this.owner)}/${encodeURIComponent(this.repo)}`;
  }

  /** An error body may echo what it was sent; the token never leaves in a message. */
  private scrub(text: string): string {
    const token = this.settings.token;
    return token.length >= 4 ? text.split(token).join('***') : text;
  }
}

/** Retry-After (seconds) first, then x-ratelimit-reset (epoch seconds) when nothing remains. */
export function retryAfterMs(headers: Record<string, string>, nowMs: number): number | undefined {
  const retryAfter = headers['retry-after']?.trim();
  if (retryAfter && /^\d+$/.test(retryAfter)) return Number(retryAfter) * 1000;
  const reset = headers['x-ratelimit-reset']?.trim();
  if (headers['x-ratelimit-remaining'] === '0' && reset && /^\d+$/.test(reset)) return Math.max(0, Number(reset) * 1000 - nowMs) + 1000;
  return undefined;
}

function isRateLimit({ response }: HttpExchange): boolean {
  return response.status === 429 || (response.status === 403 && (response.headers['x-ratelimit-remaining'] === '0' || response.headers['retry-after'] !== undefined));
}

function detail(exchange: HttpExchange): string {
  let message: unknown;
  try {
    message = (JSON.parse(exchange.response.body) as { message?: unknown }).message;
  } catch {
    message = undefined;
  }
  return typeof message === 'string' && message ? `: ${truncate(message.replace(/\s+/g, ' '), 200)}` : '';
}

function parseBody<T>(body: string): T {
  if (!body.trim()) return undefined as T;
  try {
    return JSON.parse(body) as T;
  } catch {
    return body as T;
  }
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value && value.trim() ? value.trim() : undefined;
}
