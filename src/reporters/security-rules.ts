import type { RuleMeta } from '../rules/registry.js';

/**
 * Which rules are about security, for code scanning: a SARIF rule tagged `security` with a
 * `security-severity` score (0.1–10; GitHub shows ≥ 9 as Critical, ≥ 7 High, ≥ 4 Medium, else Low).
 * Whole checks (secrets, dependencies) and rule families (TLS, mail authentication, HSTS, proxy) are
 * listed here once, so a new rule in one of them is tagged without touching this file.
 */
const SECURITY_CHECKS = new Set(['secrets', 'dependencies']);
const SECURITY_RULES = /^(tls-|spf-|dkim-|dmarc-|hsts-|proxy-|dependency-|cookie-insecure$|mixed-content$|security-header-missing$|cache-authenticated-response$|login-not-rate-limited$|redirect-insecure-hop$|env-secret-committed$|env-shared-secret$|env-forbidden-value$)/;
/** Rules not about security despite their family: whether a check could run is not a vulnerability. */
const NOT_SECURITY = new Set(['tls-unreachable', 'secrets-file-unreadable', 'secrets-file-too-large', 'secrets-binary-file-skipped', 'secrets-baseline-invalid', 'secrets-baseline-written']);

/** A leaked credential or private key is exploitable as it stands: Critical. */
const CRITICAL_CHECKS = new Set(['secrets']);

export function isSecurityRule(meta: Pick<RuleMeta, 'id' | 'check'>): boolean {
  if (NOT_SECURITY.has(meta.id)) return false;
  return SECURITY_CHECKS.has(meta.check) || SECURITY_RULES.test(meta.id);
}

/** The security-severity score of a security rule, from its default severity. */
export function securitySeverity(meta: Pick<RuleMeta, 'id' | 'check' | 'severity'>): string | undefined {
  if (!isSecurityRule(meta)) return undefined;
  if (meta.severity === 'error') return CRITICAL_CHECKS.has(meta.check) || meta.id === 'env-secret-committed' ? '9.1' : '7.5';
  return meta.severity === 'warning' ? '5.0' : '2.0';
}
