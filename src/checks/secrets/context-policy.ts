import { createHash } from 'node:crypto';
import type { Severity } from '../../types.js';
import type { Candidate, SecretRule } from './rule.js';
import type { FindingContext } from './text-kind.js';

/** What a context does to generic matches: a severity, or `off` to drop them. */
export type ContextSeverity = Severity | 'off';
export type ContextPolicy = Record<FindingContext, ContextSeverity>;

/**
 * The defaults of `secrets.contexts`: in code and config a generic match is an error; in tests,
 * fixtures, docs and vendored code it is a warning (made-up values are the norm there, yet a real one
 * leaks all the same); in locale files, which hold words, it is not reported.
 */
export const DEFAULT_CONTEXT_POLICY: ContextPolicy = {
  code: 'error', config: 'error', test: 'warning', fixture: 'warning', docs: 'warning', locale: 'off', vendored: 'warning',
};

const RANK: Record<Severity, number> = { notice: 0, warning: 1, error: 2 };

/**
 * SHA-256 of values that are published on purpose and unlock nothing: the Azure storage emulator's
 * (Azurite) and the Cosmos DB emulator's fixed account keys, and the test-mode keys in Stripe's API
 * reference. Kept as hashes so this file holds no credential-shaped string.
 */
const KNOWN_PUBLIC = new Set([
  '0011cc25eb4320717494d2703e8cba85743e71b500283c21c8b88147992f9059', // Azurite devstoreaccount1 key
  'aa6547439583c3a275d4542a0df6c1ad6a863971be9f2a2220f027cc02aef615', // Cosmos DB emulator key
  '2cafc0970149a84f3b9e62eaf169f36f59907a3b3e31f7b82e68c69cd27f7326', // Stripe API reference test key
  'f2d6ca16515033e5dce14eba840b979d27b5cbae24bb3e5bf484339667f86397', // Stripe API reference test key (older)
  '7e8de44ea9ecf6d53415c90f5b249a8591f7abafbf7d65a2c0d855afeca3ec09', // Stripe API reference test key (older)
]);

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A well-known public value, or a connection string built around one. */
export function isKnownPublic(secret: string): boolean {
  if (KNOWN_PUBLIC.has(sha256(secret))) return true;
  if (secret.length < 60) return false;
  for (const part of secret.match(/[A-Za-z0-9+/_]{24,}={0,2}/g) ?? []) if (part !== secret && KNOWN_PUBLIC.has(sha256(part))) return true;
  return false;
}

/** Whether a rule's matches are generic (no checksum or decodable structure vouches for them). */
export function isGenericRule(rule: SecretRule): boolean {
  return rule.generic === true || rule.family === 'generic' || rule.family === 'urls';
}

/**
 * A candidate's severity and detail in its file's context, or undefined when it is not reported:
 * known public values never are; test-mode keys (rules whose default is below error) are not on docs
 * pages; generic matches take the context's severity when it is lower. Provider formats with a
 * checksum or a structure keep their severity everywhere.
 */
export function judgeInContext(rule: SecretRule, c: Candidate, context: FindingContext, policy: ContextPolicy): { severity: Severity; detail?: string } | undefined {
  if (isKnownPublic(c.secret)) return undefined;
  let severity = c.severity ?? rule.meta.severity;
  let detail = c.detail;
  if (context === 'docs' && rule.meta.severity !== 'error' && rule.family !== 'personal-data') return undefined;
  if (isGenericRule(rule)) {
    const cap = policy[context];
    if (cap === 'off') return undefined;
    if (RANK[cap] < RANK[severity]) severity = cap;
    if (context !== 'code' && context !== 'config') detail = detail ? `${detail}, in a ${context} file` : `in a ${context} file`;
  }
  return detail === undefined ? { severity } : { severity, detail };
}
