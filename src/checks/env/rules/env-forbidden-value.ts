import type { Rule } from '../../../rules/registry.js';
import { declarationSite, declaredNames, manifestSite, valueHome, varConfig, type EnvModel } from '../model.js';

export const envForbiddenValue: Rule<EnvModel> = {
  meta: {
    id: 'env-forbidden-value',
    check: 'env',
    severity: 'error',
    description: 'A value contains what `forbid` rules out for its environment, or a production value points at localhost or another environment.',
    help: 'Point the value at this environment\'s own service; a production app talking to localhost or to staging fails or leaks data between environments.',
  },
  run(model, report) {
    const declared = new Set(declaredNames(model));
    for (const environment of model.environments) {
      for (const [name, entries] of environment.values) {
        // The secrets and vars of a GitHub job include CI's own; only the app's variables are judged.
        if (!declared.has(name) && !entries.some((e) => e.source === 'env-file')) continue;
        const forbidden = varConfig(model, name).forbid?.[environment.name] ?? [];
        for (const entry of entries) {
          if (entry.value === undefined || entry.value === '') continue;
          const lower = entry.value.toLowerCase();
          const index = forbidden.findIndex((text) => text !== '' && lower.includes(text.toLowerCase()));
          if (index >= 0) {
            report({
              ...(entry.site ?? manifestSite(model, ['env', 'vars', name, 'forbid', environment.name, index])),
              message: `${name} in ${environment.name} contains "${forbidden[index]}", which env.vars.${name}.forbid.${environment.name} rules out`,
              hint: `Point ${name} in ${valueHome(environment, entry)} at ${environment.name}'s own service.`,
            });
            continue;
          }
          if (!environment.production) continue;
          const where = pointsAt(entry.value, environment.name, model.hosts);
          if (where) {
            report({
              ...(entry.site ?? declarationSite(model, name) ?? manifestSite(model, ['environments', environment.name], 'key')),
              message: `${name} in ${environment.name} points at ${where}`,
              hint: `Point ${name} in ${valueHome(environment, entry)} at ${environment.name}'s own service; a production app talking to localhost or to staging fails or leaks data between environments.`,
            });
          }
        }
      }
    }
  },
};

/** Hosts a value names: in URLs, in `host=` connection-string parts, or the whole value when it is a bare host. */
export function hostsIn(value: string): string[] {
  const hosts: string[] = [];
  for (const host of urlHosts(value)) hosts.push(host);
  for (const m of value.matchAll(/\b(?:host|hostname|server|addr|address)\s*=\s*([^;\s,]+)/gi)) hosts.push(m[1]!);
  const bare = value.trim();
  if (!hosts.length && (/^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(:\d+)?$/.test(bare) || /^[0-9A-Fa-f:]*::[0-9A-Fa-f:]*$/.test(bare))) {
    hosts.push(bare.startsWith('[') || !bare.includes('::') ? bare.replace(/:\d+$/, '') : bare);
  }
  return hosts.map((h) => h.toLowerCase().replace(/^\[(.*)\]$/, '$1'));
}

const AFTER_SCHEME = /(?:[^\s/@]*@)?(\[[^\]\s]+\]|[^\s/:?#,;@]+)/y;
const SCHEME_CHAR = /[A-Za-z0-9+.-]/;

/**
 * The host of every scheme://host in a value, found from each "://" rather than with one regex from
 * every letter: /[A-Za-z][A-Za-z0-9+.-]*:\/\//g retried the rest of a run of letters at each of them,
 * and 80 KB of letters took 10 s. A scheme needs a letter somewhere before the "://" in its run.
 */
function urlHosts(value: string): string[] {
  const hosts: string[] = [];
  for (let at = value.indexOf('://'); at >= 0; at = value.indexOf('://', at + 3)) {
    let start = at;
    while (start > 0 && SCHEME_CHAR.test(value[start - 1]!)) start--;
    if (!/[A-Za-z]/.test(value.slice(start, at))) continue;
    AFTER_SCHEME.lastIndex = at + 3;
    const m = AFTER_SCHEME.exec(value);
    if (m) hosts.push(m[1]!);
  }
  return hosts;
}

export function isLocalHost(host: string): boolean {
  return host === 'localhost' || host.endsWith('.localhost') || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host) ||
    host === '0.0.0.0' || host === '::1' || host === '::' || host === '0:0:0:0:0:0:0:1';
}

/** "localhost", or "staging's host staging.example.com", when a value points somewhere a production value must not. */
function pointsAt(value: string, environment: string, hosts: EnvModel['hosts']): string | undefined {
  for (const host of hostsIn(value)) {
    if (isLocalHost(host)) return host === 'localhost' || host.endsWith('.localhost') ? 'localhost' : `a local address (${host})`;
    // The most specific environment host that contains this one owns it (api.staging.example.com is staging's).
    let owner: { environment: string; host: string } | undefined;
    for (const h of hosts) {
      if ((host === h.host || host.endsWith(`.${h.host}`)) && (!owner || h.host.length > owner.host.length || (h.host === owner.host && h.environment === environment))) owner = h;
    }
    if (owner && owner.environment !== environment) return `${owner.environment}'s host (${owner.host})`;
  }
  return undefined;
}
