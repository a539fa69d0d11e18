/**
 * Reads what GitHub holds for an environment through the REST API: the names of its secrets (GitHub
 * never returns their values) and the names and values of its variables, plus the repository- and
 * organization-level ones every environment inherits. The base URL comes from settings so tests can
 * point it at a server on 127.0.0.1.
 */

export type GithubScope =
  | 'environment secret' | 'environment variable'
  | 'repository secret' | 'repository variable'
  | 'organization secret' | 'organization variable';

export interface GithubValue {
  name: string;
  /** Undefined for secrets: the API gives names only. */
  value?: string;
  scope: GithubScope;
}

export interface GithubApiProblem {
  message: string;
  hint: string;
}

export interface GithubApiSettings {
  token: string;
  /** owner/name */
  repository: string;
  /** e.g. https://api.github.com, or https://ghe.example.com/api/v3 */
  apiUrl: string;
  signal?: AbortSignal;
  timeoutMs?: number;
}

const GRANT_HINT =
  'GITHUB_TOKEN cannot read environment secrets or variables. Create a fine-grained personal access token ' +
  '(or a GitHub App installation token) for this repository with the permissions "Environments: read", ' +
  '"Secrets: read" and "Variables: read", store it as a repository secret, and pass it as the `token` input.';

interface Listing {
  kind: 'secrets' | 'variables';
  path: string;
  scope: GithubScope;
  perPage: number;
}

export class GithubApiSource {
  private shared: Promise<{ values: GithubValue[]; problems: GithubApiProblem[] }> | undefined;

  constructor(private readonly settings: GithubApiSettings) {}

  /** Everything GitHub holds for one environment, including what it inherits; refusals come back as problems. */
  async environment(name: string): Promise<{ values: GithubValue[]; problems: GithubApiProblem[] }> {
    const repo = this.settings.repository;
    if (!/^[^/\s]+\/[^/\s]+$/.test(repo)) {
      return { values: [], problems: [{ message: `the repository "${repo}" is not owner/name, so the GitHub API cannot be asked about environment "${name}"`, hint: 'Pass `repository: owner/name`, or run inside GitHub Actions where GITHUB_REPOSITORY is set.' }] };
    }
    this.shared ??= this.collect([
      { kind: 'secrets', path: `/repos/${repo}/actions/secrets`, scope: 'repository secret', perPage: 100 },
      { kind: 'variables', path: `/repos/${repo}/actions/variables`, scope: 'repository variable', perPage: 30 },
      { kind: 'secrets', path: `/repos/${repo}/actions/organization-secrets`, scope: 'organization secret', perPage: 100 },
      { kind: 'variables', path: `/repos/${repo}/actions/organization-variables`, scope: 'organization variable', perPage: 30 },
    ], name);
    const env = encodeURIComponent(name);
    const own = await this.collect([
      { kind: 'secrets', path: `/repos/${repo}/environments/${env}/secrets`, scope: 'environment secret', perPage: 100 },
      { kind: 'variables', path: `/repos/${repo}/environments/${env}/variables`, scope: 'environment variable', perPage: 30 },
    ], name);
    const inherited = await this.shared;
    return { values: [...own.values, ...inherited.values], problems: [...own.problems, ...inherited.problems] };
  }

  private async collect(listings: Listing[], environment: string): Promise<{ values: GithubValue[]; problems: GithubApiProblem[] }> {
    const values: GithubValue[] = [];
    const problems: GithubApiProblem[] = [];
    for (const listing of listings) {
      const result = await this.list(listing, environment);
      if ('problem' in result) problems.push(result.problem);
      else values.push(...result.values);
    }
    return { values, problems };
  }

  private async list(listing: Listing, environment: string): Promise<{ values: GithubValue[] } | { problem: GithubApiProblem }> {
    const values: GithubValue[] = [];
    for (let page = 1; page <= 50; page++) {
      const url = `${this.settings.apiUrl.replace(/\/+$/, '')}${listing.path}?per_page=${listing.perPage}&page=${page}`;
      let response: Response;
      try {
        const timeout = AbortSignal.timeout(this.settings.timeoutMs ?? 20_000);
        response = await fetch(url, {
          headers: {
            authorization: `Bearer ${this.settings.token}`,
            accept: 'application/vnd.github+json',
            'x-github-api-version': '2022-11-28',
            'user-agent': 'release-gate',
          },
          signal: this.settings.signal ? AbortSignal.any([this.settings.signal, timeout]) : timeout,
        });
      } catch (error) {
        const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
        return { problem: { message: `the GitHub API at ${this.settings.apiUrl} could not be reached for the ${listing.scope}s of environment "${environment}" (${cause})`, hint: 'Check the `api-url` input and the network; on GitHub Enterprise Server the API lives at https://HOST/api/v3.' } };
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        return { problem: refusal(response, listing, environment) };
      }
      let body: Record<string, unknown>;
      try {
        body = (await response.json()) as Record<string, unknown>;
      } catch {
        return { problem: { message: `the GitHub API answered ${listing.path} with something that is not JSON`, hint: 'Check the `api-url` input: it must be the REST API root, e.g. https://api.github.com.' } };
      }
      const items = body[listing.kind];
      if (!Array.isArray(items)) {
        return { problem: { message: `the GitHub API answered ${listing.path} without a "${listing.kind}" list`, hint: 'Check the `api-url` input: it must be the REST API root, e.g. https://api.github.com.' } };
      }
      for (const item of items as { name?: unknown; value?: unknown }[]) {
        if (typeof item?.name !== 'string') continue;
        values.push({ name: item.name, scope: listing.scope, ...(listing.kind === 'variables' && typeof item.value === 'string' ? { value: item.value } : {}) });
      }
      const total = typeof body.total_count === 'number' ? body.total_count : undefined;
      if (items.length < listing.perPage || (total !== undefined && values.length >= total)) break;
    }
    return { values };
  }
}

function refusal(response: Response, listing: Listing, environment: string): GithubApiProblem {
  const status = response.status;
  const what = `${listing.scope}s`;
  if (status === 401) {
    return { message: `the GitHub API refused the token (401) when listing the ${what} of environment "${environment}"`, hint: 'The token is invalid or expired; create a new one and update the secret passed as `token`.' };
  }
  if (status === 403 && response.headers.get('x-ratelimit-remaining') === '0') {
    return { message: `the GitHub API rate limit was reached while listing the ${what} of environment "${environment}"`, hint: 'Run again after the limit resets, or use a token with a higher limit.' };
  }
  if ((status === 403 || status === 404) && listing.scope.startsWith('environment')) {
    return {
      message: `the GitHub API answered ${status} for the ${what} of environment "${environment}": the token cannot read them` +
        (status === 404 ? ', or the environment does not exist in the repository' : ''),
      hint: GRANT_HINT,
    };
  }
  if (status === 403 || status === 404) {
    return {
      message: `the GitHub API answered ${status} for the ${what} (inherited by environment "${environment}"): the token cannot read them`,
      hint: `Give the token "${listing.kind === 'secrets' ? 'Secrets' : 'Variables'}: read" on this repository. ${GRANT_HINT}`,
    };
  }
  return { message: `the GitHub API answered ${status} when listing the ${what} of environment "${environment}"`, hint: 'Run again; if it persists, check https://www.githubstatus.com and the `api-url` input.' };
}
