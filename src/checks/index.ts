import { registerRules } from '../rules/registry.js';
import type { CheckDefinition } from './check.js';
import { envCheck } from './env/index.js';
import { migrationsCheck } from './migrations/index.js';
import { secretsCheck } from './secrets/index.js';
import { smokeCheck } from './smoke/index.js';
import { latencyCheck } from './latency/index.js';
import { domainCheck } from './domain/index.js';

/**
 * Every check the CLI and the actions offer, in the order they run. A check is listed here only
 * once it works: one line per check.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const CHECKS: readonly CheckDefinition<any>[] = [
  envCheck,
  migrationsCheck,
  secretsCheck,
  smokeCheck,
  latencyCheck,
  domainCheck,
];

for (const check of CHECKS) registerRules(check.rules);

export function findCheck(name: string): CheckDefinition | undefined {
  return CHECKS.find((c) => c.name === name);
}
