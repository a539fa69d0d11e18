import type { ManifestPath } from '../../manifest/load.js';
import type { CheckContext } from '../check.js';
import type { LatencySection } from './model.js';

export type TargetResolution =
  | { kind: 'target'; base: URL; environment?: string; source: 'url input' | 'environment' }
  | { kind: 'problem'; message: string; path: ManifestPath };

/**
 * The URL to load: the `url` input, else the url of latency.environment, else of --environment (the
 * environment input), else of the only environment. Its origin is the only one ever sent a request.
 */
export function resolveTarget(ctx: CheckContext, section: LatencySection): TargetResolution {
  const environments = ctx.manifest.data.environments ?? {};
  const names = Object.keys(environments);
  if (ctx.environment !== undefined && section.environment === undefined && !names.includes(ctx.environment)) {
    return { kind: 'problem', message: `environment "${ctx.environment}" (from --environment / the environment input) is not defined under environments${names.length ? ` (defined: ${names.join(', ')})` : ''}`, path: ['latency'] };
  }
  let environment = section.environment ?? ctx.environment;
  if (environment === undefined && names.length === 1) environment = names[0];

  const input = ctx.input('url')?.trim();
  if (input) {
    const base = httpUrl(input);
    if (!base) return { kind: 'problem', message: `the url input "${input}" is not an http(s) URL`, path: ['latency'] };
    return { kind: 'target', base, environment, source: 'url input' };
  }
  const path = section.environment !== undefined ? ['latency', 'environment'] : ['latency'];
  if (environment === undefined) {
    const why = names.length === 0 ? 'the manifest has no environments' : `the manifest has ${names.length} environments (${names.join(', ')}) and none was chosen`;
    return { kind: 'problem', message: `no URL to load: ${why}. Set latency.environment, pass --environment (the environment input), or give the url input`, path };
  }
  const base = httpUrl(environments[environment]?.url ?? '');
  if (!base) return { kind: 'problem', message: `environment "${environment}" has no http(s) url to load; add environments.${environment}.url or give the url input`, path };
  return { kind: 'target', base, environment, source: 'environment' };
}

function httpUrl(text: string): URL | undefined {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}
