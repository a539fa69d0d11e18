// readFileSync: node:fs/promises (with readline and streams) would load with this module on every run of the action.
import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import type { DeploymentState, GithubClient } from '../github/client.js';

/**
 * The GitHub deployment a post-deploy run verifies (from the deployment_status event, or
 * `--deployment-id`) and the statuses the run posts on it: in_progress at the start, success or
 * failure with the run's link and a one-line reason at the end, so the environments page, the history
 * and the team agree. A status that cannot be posted is reported, never allowed to change the result.
 */

export interface DeploymentRef {
  id: number;
  environment?: string;
  sha?: string;
  ref?: string;
  /** The deployed URL (environment_url of the status), kept on every status posted. */
  url?: string;
  /** The state of the deployment_status event that started the run. */
  state?: string;
  source: 'event' | 'deployment-id';
}

export type Resolved = { deployment?: DeploymentRef; problem?: string };

/** The deployment of a deployment_status event, or the one `--deployment-id` names (its details read from the API when a client is given). */
export async function resolveDeployment(options: {
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  deploymentId?: string;
  github?: GithubClient;
}): Promise<Resolved> {
  const given = options.deploymentId?.trim();
  if (given) {
    if (!/^\d+$/.test(given)) return { problem: `--deployment-id must be a number, got "${given}"` };
    const id = Number(given);
    if (!options.github) return { deployment: { id, source: 'deployment-id' } };
    try {
      const d = await options.github.getDeployment(id);
      return { deployment: { id, source: 'deployment-id', ...text('environment', d.environment), ...text('sha', d.sha), ...text('ref', d.ref) } };
    } catch (error) {
      return { deployment: { id, source: 'deployment-id' }, problem: `the details of deployment ${id} could not be read: ${(error as Error).message}` };
    }
  }
  if (options.env.GITHUB_EVENT_NAME !== 'deployment_status' && options.env.GITHUB_EVENT_NAME !== 'deployment') return {};
  const path = options.env.GITHUB_EVENT_PATH;
  if (!path) return { problem: `GITHUB_EVENT_NAME is ${options.env.GITHUB_EVENT_NAME} but GITHUB_EVENT_PATH is not set, so the deployment is unknown` };
  let event: Record<string, unknown>;
  try {
    event = JSON.parse(readFileSync(isAbsolute(path) ? path : resolve(options.cwd, path), 'utf8')) as Record<string, unknown>;
  } catch (error) {
    return { problem: `cannot read the event at ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
  }
  const deployment = object(event.deployment);
  const status = object(event.deployment_status);
  if (typeof deployment.id !== 'number' || !Number.isInteger(deployment.id)) return { problem: `the event at ${path} has no deployment.id` };
  const url = str(status.environment_url) || str(status.target_url);
  return {
    deployment: {
      id: deployment.id,
      source: 'event',
      ...text('environment', str(status.environment) || str(deployment.environment)),
      ...text('sha', str(deployment.sha)),
      ...text('ref', str(deployment.ref)),
      ...text('url', url),
      ...text('state', str(status.state)),
    },
  };
}

/** The workflow run's page: GITHUB_SERVER_URL/GITHUB_REPOSITORY/actions/runs/GITHUB_RUN_ID. */
export function runUrlOf(env: Readonly<Record<string, string | undefined>>): string | undefined {
  if (!env.GITHUB_RUN_ID || !env.GITHUB_REPOSITORY) return undefined;
  return `${(env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
}

export interface StatusPoster {
  /** States posted, in order (for the report and the tests). */
  readonly posted: DeploymentState[];
  readonly problems: string[];
  post(state: DeploymentState, description: string): Promise<void>;
}

/** Posts statuses on one deployment; a failure becomes a problem line, never an exception. */
export function statusPoster(github: GithubClient | undefined, deployment: DeploymentRef | undefined, env: Readonly<Record<string, string | undefined>>, report: (problem: string) => void): StatusPoster {
  const posted: DeploymentState[] = [];
  const problems: string[] = [];
  const logUrl = runUrlOf(env);
  return {
    posted,
    problems,
    async post(state, description) {
      if (!github || !deployment) return;
      try {
        await github.createDeploymentStatus(deployment.id, {
          state,
          description: oneLine(description),
          ...(logUrl ? { log_url: logUrl } : {}),
          ...(deployment.url ? { environment_url: deployment.url } : {}),
          ...(deployment.environment ? { environment: deployment.environment } : {}),
        });
        posted.push(state);
      } catch (error) {
        const problem = `the ${state} status of deployment ${deployment.id} was not posted: ${(error as Error).message}`;
        problems.push(problem);
        report(problem);
      }
    },
  };
}

export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function object(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function str(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function text<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}
