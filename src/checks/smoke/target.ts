import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import type { Manifest } from '../../manifest/types.js';
import type { CheckContext } from '../check.js';
import type { DeploymentInfo } from './model.js';

export type SmokeSection = NonNullable<Manifest['smoke']>;

/** What the run tests: the base URL (its origin holds the credentials) and where it came from. */
export interface Target {
  base: URL;
  environment?: string;
  source: 'url input' | 'deployment' | 'environment';
  deployment?: DeploymentInfo;
}

export type TargetResolution =
  | { kind: 'target'; target: Target }
  | { kind: 'skip'; deployment: DeploymentInfo }
  | { kind: 'problem'; message: string; path: (string | number)[] };

/**
 * The URL to test: the `url` input, else (on a deployment_status event) the deployed URL unless the
 * manifest sets `deployment-url: false`, else the environment's url. The environment is
 * smoke.environment, else --environment, else the deployment's environment when the manifest has
 * one of that name, else the only one.
 */
export async function resolveTarget(ctx: CheckContext, section: SmokeSection): Promise<TargetResolution> {
  let deployment: DeploymentInfo | undefined;
  let deploymentUrl: string | undefined;
  if (ctx.env.GITHUB_EVENT_NAME === 'deployment_status') {
    const event = await readDeploymentEvent(ctx);
    if ('problem' in event) return { kind: 'problem', message: event.problem, path: ['smoke'] };
    deployment = event.deployment;
    deploymentUrl = event.url;
    if (deployment.state !== 'success') return { kind: 'skip', deployment };
  }

  const environments = ctx.manifest.data.environments ?? {};
  const names = Object.keys(environments);
  let environment = section.environment ?? ctx.environment;
  if (ctx.environment !== undefined && section.environment === undefined && !names.includes(ctx.environment)) {
    return { kind: 'problem', message: `environment "${ctx.environment}" (from --environment / the environment input) is not defined under environments${names.length ? ` (defined: ${names.join(', ')})` : ''}`, path: ['smoke'] };
  }
  environment ??= names.find((n) => deployment?.environment !== undefined && n.toLowerCase() === deployment.environment.toLowerCase());
  if (environment === undefined && names.length === 1) environment = names[0];

  const input = ctx.input('url')?.trim();
  if (input) {
    const base = httpUrl(input);
    if (!base) return { kind: 'problem', message: `the url input "${input}" is not an http(s) URL`, path: ['smoke'] };
    return { kind: 'target', target: { base, environment, source: 'url input', deployment } };
  }
  if (deploymentUrl && section['deployment-url'] !== false) {
    const base = httpUrl(deploymentUrl);
    if (!base) return { kind: 'problem', message: `the deployment's URL "${deploymentUrl}" is not an http(s) URL; set the url input or deployment-url: false`, path: ['smoke'] };
    return { kind: 'target', target: { base, environment, source: 'deployment', deployment } };
  }
  if (environment === undefined) {
    const why = names.length === 0
      ? 'the manifest has no environments'
      : `the manifest has ${names.length} environments (${names.join(', ')}) and none was chosen`;
    return { kind: 'problem', message: `no URL to test: ${why}. Set smoke.environment, pass --environment (the environment input), or give the url input`, path: section.environment ? ['smoke', 'environment'] : ['smoke'] };
  }
  const url = environments[environment]?.url;
  const base = url ? httpUrl(url) : undefined;
  if (!base) {
    return { kind: 'problem', message: `environment "${environment}" has no url to test; add environments.${environment}.url or give the url input`, path: section.environment ? ['smoke', 'environment'] : ['smoke'] };
  }
  return { kind: 'target', target: { base, environment, source: 'environment', deployment } };
}

async function readDeploymentEvent(ctx: CheckContext): Promise<{ deployment: DeploymentInfo; url?: string } | { problem: string }> {
  const path = ctx.env.GITHUB_EVENT_PATH;
  if (!path) return { problem: 'GITHUB_EVENT_NAME is deployment_status but GITHUB_EVENT_PATH is not set, so the deployment is unknown' };
  let event: Record<string, unknown>;
  try {
    event = JSON.parse(await readFile(isAbsolute(path) ? path : resolve(ctx.cwd, path), 'utf8')) as Record<string, unknown>;
  } catch (error) {
    return { problem: `cannot read the deployment_status event at ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
  }
  const status = record(event.deployment_status);
  const deployment = record(event.deployment);
  const state = str(status.state);
  if (!state) return { problem: `the event at ${path} has no deployment_status.state` };
  const url = str(status.environment_url) || str(status.target_url) || undefined;
  return {
    deployment: {
      ...(typeof deployment.id === 'number' ? { id: deployment.id } : {}),
      ...optional('environment', str(status.environment) || str(deployment.environment)),
      ...optional('sha', str(deployment.sha)),
      ...optional('ref', str(deployment.ref)),
      state,
      ...optional('url', url),
    },
    url,
  };
}

/**
 * A value that makes this run's writes recognisable (Idempotency-Key, X-Release-Gate-Run, and
 * `{{ run_marker }}` in bodies): the workflow run and attempt, or a random id outside Actions.
 */
export function runMarker(env: CheckContext['env']): string {
  const run = env.GITHUB_RUN_ID;
  if (run && /^\d+$/.test(run)) return `release-gate-${run}-${/^\d+$/.test(env.GITHUB_RUN_ATTEMPT ?? '') ? env.GITHUB_RUN_ATTEMPT : '1'}`;
  return `release-gate-${randomBytes(6).toString('hex')}`;
}

function httpUrl(text: string): URL | undefined {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function str(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}
