import { SecretScanner, type ScanHit } from '../../../src/checks/secrets/scanner.js';
import type { TextKind } from '../../../src/checks/secrets/rule.js';
import { SECRET_RULES } from '../../../src/checks/secrets/rules/index.js';

/** Scanners as the check builds them: code rules only, and code plus log rules. */
export const codeScanner = new SecretScanner(SECRET_RULES.filter((r) => r.scope !== 'logs'));
export const logScanner = new SecretScanner(SECRET_RULES);

export const NOW = new Date('2026-01-15T00:00:00Z');

export function scan(text: string, kind: TextKind = 'code', file = 'sample.txt'): ScanHit[] {
  return (kind === 'log' ? logScanner : codeScanner).scanText(text, { file, kind, now: NOW });
}

/** What tables assert: rule id, line and column (plus severity when it is not the rule's default). */
export function brief(hits: ScanHit[]): { ruleId: string; line: number; column: number }[] {
  return hits.filter((h) => !h.allowed).map((h) => ({ ruleId: h.rule.meta.id, line: h.line, column: h.column }));
}
