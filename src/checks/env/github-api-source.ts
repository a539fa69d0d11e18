import { GithubApiError, GithubClient, type ActionsLevel } from '../../github/client.js';

/**
 * Reads what GitHub holds for an environment through the REST API (the project's GitHub client, so
 * the token goes to the API's origin only): the names of its secrets (GitHub never returns their
 * values) and the names and values of its variables, plus the repository- and organization-level ones
 * every environment inherits. The API root comes from settings so tests can point it at a server on
 * 127.0.0.1.
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
  level: ActionsLevel;
  scope: GithubScope;
  perPage: number;
}

export class GithubApiSource {
  private shared: Promise<{ values: GithubValue[]; problems: GithubApiProblem[] }> | undefined;
  private client: GithubClient | undefined;

  constructor(private readonly settings: GithubApiSettings) {}

  /** Everything GitHub holds for one environment, including what it inherits; refusals come back as problems. */
  async environment(name: string): Promise<{ values: GithubValue[]; problems: GithubApiProblem[] }> {
    const repo = this.settings.repository;
    if (!/^[^/\s]+\/[^/\s]+$/.test(repo)) {
      return { values: [], problems: [{ message: `the repository "${repo}" is not owner/name, so the GitHub API cannot be asked about environment "${name}"`, hint: 'Pass `repository: owner/name`, or run inside GitHub Actions where GITHUB_REPOSITORY is set.' }] };
    }
    try {
      // One attempt per page, as a check should: it runs under its own deadline, and a refusal or a
      // rate limit is reported rather than waited out.
      this.client ??= new GithubClient(this.settings, { retries: 0, timeoutMs: this.settings.timeoutMs ?? 20_000, ...(this.settings.signal ? { signal: this.settings.signal } : {}) });
    } catch (error) {
      return { values: [], problems: [{ message: `${(error as Error).message}, so the GitHub API cannot be asked about environment "${name}"`, hint: API_URL_HINT }] };
    }
    this.shared ??= this.collect([
      { kind: 'secrets', level: 'repository', scope: 'repository secret', perPage: 100 },
      { kind: 'variables', level: 'repository', scope: 'repository variable', perPage: 30 },
      { kind: 'secrets', level: 'organization', scope: 'organization secret', perPage: 100 },
      { kind: 'variables', level: 'organization', scope: 'organization variable', perPage: 30 },
    ], name);
    const own = await this.collect([
      { kind: 'secrets', level: { environment: name }, scope: 'environment secret', perPage: 100 },
      { kind: 'variables', level: { environment: name }, scope: 'environment variable', perPage: 30 },
    ], name);
    const inherited = await this.shared;
    return { values: [...own.values, ...inherited.values], problems: [...own.problems, ...inherited.problems] };
  }

  /** Ends the client's connections; call once every environment has been read. */
  async close(): Promise<void> {
    await this.client?.close();
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
    const client = this.client!;
    const values: GithubValue[] = [];
    const path = listingPath(this.settings.repository, listing);
    for (let page = 1; page <= 50; page++) {
      let body: unknown;
      try {
        body = listing.kind === 'secrets'
          ? await client.listActionsSecrets(listing.level, page, listing.perPage)
          : await client.listActionsVariables(listing.level, page, listing.perPage);
      } catch (error) {
        return { problem: failure(error, listing, environment, this.settings.apiUrl) };
      }
      if (body === undefined || typeof body === 'string') {
        return { problem: { message: `the GitHub API answered ${path} with something that is not JSON`, hint: API_URL_HINT } };
      }
      const items = (body as Record<string, unknown> | null)?.[listing.kind];
      if (!Array.isArray(items)) {
        return { problem: { message: `the GitHub API answered ${path} without a "${listing.kind}" list`, hint: API_URL_HINT } };
      }
      for (const item of items as { name?: unknown; value?: unknown }[]) {
        if (typeof item?.name !== 'string') continue;
        values.push({ name: item.name, scope: listing.scope, ...(listing.kind === 'variables' && typeof item.value === 'string' ? { value: item.value } : {}) });
      }
      const total = (body as { total_count?: unknown }).total_count;
      if (items.length < listing.perPage || (typeof total === 'number' && values.length >= total)) break;
    }
    return { values };
  }
}

const API_URL_HINT = 'Check the `api-url` input: it must be the REST API root, e.g. https://api.github.com.';

/** The endpoint as messages name it, e.g. /repos/acme/app/environments/production/secrets. */
function listingPath(repository: string, { kind, level }: Listing): string {
  if (level === 'repository') return `/repos/${repository}/actions/${kind}`;
  if (level === 'organization') return `/repos/${repository}/actions/organization-${kind}`;
  return `/repos/${repository}/environments/${encodeURIComponent(level.environment)}/${kind}`;
}

function failure(error: unknown, listing: Listing, environment: string, apiUrl: string): GithubApiProblem {
  const what = `${listing.scope}s`;
  if (!(error instanceof GithubApiError) || error.status === undefined) {
    const transport = error instanceof GithubApiError ? error.transport : undefined;
    const cause = transport ? transport.code ?? transport.kind : (error as Error).name;
    return { message: `the GitHub API at ${apiUrl} could not be reached for the ${what} of environment "${environment}" (${cause})`, hint: 'Check the `api-url` input and the network; on GitHub Enterprise Server the API lives at https://HOST/api/v3.' };
  }
  const status = error.status;
  if (status < 300) {
    return { message: `the GitHub API answered the ${what} of environment "${environment}" with more than release-gate reads`, hint: API_URL_HINT };
  }
  if (status === 401) {
    return { message: `the GitHub API refused the token (401) when listing the ${what} of environment "${environment}"`, hint: 'The token is invalid or expired; create a new one and update the secret passed as `token`.' };
  }
  if (error.rateLimited) {
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
