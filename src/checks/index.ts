import { registerRules, type RuleMeta } from '../rules/registry.js';
import type { CheckDefinition, CheckMeta } from './check.js';
import { meta as dependencies } from './dependencies/meta.js';
import { meta as domain } from './domain/meta.js';
import { meta as env } from './env/meta.js';
import { meta as latency } from './latency/meta.js';
import { meta as migrations } from './migrations/meta.js';
import { meta as secrets } from './secrets/meta.js';
import { meta as smoke } from './smoke/meta.js';
import { meta as monitor } from './monitor/meta.js';
import { meta as watch } from './watch/meta.js';

export type { CheckMeta };

/** A registered check: its metadata now, its code (and rules) on first run. */
export type LazyCheck = CheckDefinition & CheckMeta & {
  load(): Promise<CheckDefinition>;
};

/**
 * Six checks bundle to about 1.5 MB (undici, 200 secret rules, libpg-query's loader); importing them
 * all cost every run, --help included, about 150 ms. Each check's code is imported on its first run
 * instead, so ncc splits it into a chunk of its own. The metadata is the check's own meta.ts, which its
 * index.ts also builds the check from, so the two cannot differ.
 */
export function lazyCheck(meta: CheckMeta, importCheck: () => Promise<CheckDefinition>): LazyCheck {
  let loaded: Promise<CheckDefinition> | undefined;
  let rules: readonly RuleMeta[] = [];
  const load = () => (loaded ??= importCheck().then((check) => {
    registerRules(check.rules);
    rules = check.rules;
    return check;
  }));
  return {
    ...meta,
    // Known once the check has loaded; the gate and the reporters ask for rules only after a run.
    get rules() {
      return rules;
    },
    load,
    async run(ctx, section) {
      return (await load()).run(ctx, section);
    },
  };
}

/**
 * Every check the CLI and the actions offer, in the order they run (domain last: its login burst
 * spends the app's failed-sign-in allowance). A check is listed here only once it works; adding one
 * is its meta.ts import above and one line here.
 */
export const CHECKS: readonly LazyCheck[] = [
  lazyCheck(env, async () => (await import('./env/index.js')).envCheck),
  lazyCheck(migrations, async () => (await import('./migrations/index.js')).migrationsCheck),
  lazyCheck(secrets, async () => (await import('./secrets/index.js')).secretsCheck),
  lazyCheck(dependencies, async () => (await import('./dependencies/index.js')).dependenciesCheck),
  lazyCheck(smoke, async () => (await import('./smoke/index.js')).smokeCheck),
  lazyCheck(latency, async () => (await import('./latency/index.js')).latencyCheck),
  lazyCheck(domain, async () => (await import('./domain/index.js')).domainCheck),
  lazyCheck(watch, async () => (await import('./watch/index.js')).watchCheck),
  lazyCheck(monitor, async () => (await import('./monitor/index.js')).monitorCheck),
];
