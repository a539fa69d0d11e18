import { startGithubApi, type GithubApiStandIn } from '../../support/github-api.js';
import { startServer, type TestServer } from '../../checks/smoke/harness.js';

/**
 * Both alert channels as local servers: a Slack-style webhook that records every POST, and a
 * stand-in for the GitHub REST API (GITHUB_API_URL) that keeps the issues it is asked to open,
 * comment on and close, so a test can assert the exact requests and where each issue ended up.
 */

export interface StandInIssue {
  number: number;
  title: string;
  body: string;
  state: string;
  labels: string[];
  assignees: string[];
  comments: string[];
}

export interface Channels {
  hook: TestServer;
  api: GithubApiStandIn;
  issues: StandInIssue[];
  /** The webhook's bodies since the last reset, parsed. */
  posts(): unknown[];
  /** "METHOD /path" of the GitHub calls since the last reset. */
  calls(): string[];
  /** Forget the requests, keep the issues. */
  clear(): void;
  /** Forget the issues too. */
  reset(): void;
  /** The environment that points the alerts at these servers. */
  env: Record<string, string>;
  close(): Promise<void>;
}

export const CHANNELS_TOKEN = 'ghs_standInToken0123456789abcdefABCDEF';
export const HOOK_PATH = '/services/T000/B000/s3cr3t-hook-path';

/** The `alerts:` section for both channels: a webhook of the given format and the issue sink. */
export function bothChannels(format = 'generic'): string {
  return `alerts:
  - webhook: "{{ env.ALERT_WEBHOOK }}"
    format: ${format}
  - github-issue: true
    labels: [release-gate]
    assignees: [ops-oncall]
`;
}

export async function startChannels(): Promise<Channels> {
  const hook = await startServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('ok');
  });
  const api = await startGithubApi();
  const issues: StandInIssue[] = [];
  const routes = () => {
    api.route('GET /repos/acme/ops/issues', () => ({
      status: 200,
      body: issues.filter((i) => i.state === 'open').map((i) => ({ ...i, html_url: `https://github.com/acme/ops/issues/${i.number}`, labels: i.labels.map((name) => ({ name })) })),
    }));
    api.route('POST /repos/acme/ops/issues', (r) => {
      const body = r.body as { title: string; body: string; labels?: string[]; assignees?: string[] };
      const issue = { number: 40 + issues.length, title: body.title, body: body.body, state: 'open', labels: body.labels ?? [], assignees: body.assignees ?? [], comments: [] };
      issues.push(issue);
      return { status: 201, body: { ...issue, html_url: `https://github.com/acme/ops/issues/${issue.number}`, labels: [] } };
    });
    for (let n = 40; n < 60; n++) {
      api.route(`POST /repos/acme/ops/issues/${n}/comments`, (r) => {
        issues.find((i) => i.number === n)?.comments.push((r.body as { body: string }).body);
        return { status: 201, body: { id: n * 100, html_url: `https://github.com/acme/ops/issues/${n}#c1` } };
      });
      api.route(`PATCH /repos/acme/ops/issues/${n}`, (r) => {
        const issue = issues.find((i) => i.number === n);
        if (!issue) return { status: 404, body: { message: 'Not Found' } };
        issue.state = (r.body as { state: string }).state;
        return { status: 200, body: { ...issue, html_url: `https://github.com/acme/ops/issues/${n}` } };
      });
    }
  };
  routes();
  return {
    hook, api, issues,
    posts: () => hook.requests.map((r) => JSON.parse(r.body) as unknown),
    calls: () => api.calls(),
    clear: () => {
      hook.requests.length = 0;
      api.requests.length = 0;
    },
    reset: () => {
      hook.requests.length = 0;
      api.reset();
      issues.length = 0;
      routes();
    },
    env: { ALERT_WEBHOOK: `${hook.url}${HOOK_PATH}`, GITHUB_TOKEN: CHANNELS_TOKEN, GITHUB_API_URL: api.url, GITHUB_REPOSITORY: 'acme/ops', GITHUB_RUN_ID: '9' },
    close: async () => {
      await hook.close();
      await api.close();
    },
  };
}
