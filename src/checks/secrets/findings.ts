import { redact } from '../../mask.js';
import type { Finding } from '../../types.js';
import type { ScanHit } from './scanner.js';

/**
 * A hit as a finding: the rule's name, where it is, and a masked form of the secret (at most a
 * 4-character prefix and the length). The secret itself never enters a finding.
 */
export function hitToFinding(hit: ScanHit, file: string): Finding {
  const finding: Finding = {
    ruleId: hit.rule.meta.id,
    severity: hit.severity,
    message: `${hit.rule.name}: ${redact(hit.secret)}${hit.detail ? ` (${hit.detail})` : ''}`,
    file,
    line: hit.line,
    column: hit.column,
    endLine: hit.endLine,
    endColumn: hit.endColumn,
    hint: hit.rule.meta.help,
  };
  return finding;
}
