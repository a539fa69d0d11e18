import * as core from './workflow-commands.js';
import { renderCheckText } from '../reporters/text.js';
import type { Report } from '../types.js';

/**
 * Each check's text output in a log group of its own, titled with its verdict, so the step log reads
 * like the CLI. Findings quote scanned files, so command processing is paused inside each group:
 * a line such as `::add-mask::` or `::error::` in a log file stays text.
 */
export function logChecks(report: Report, mask: (text: string) => string, write: (text: string) => void = (t) => process.stdout.write(t)): void {
  for (const check of report.checks) {
    const n = check.findings.length;
    core.startGroup(mask(`${check.check}: ${check.status}${check.status === 'skipped' ? '' : ` (${n} finding${n === 1 ? '' : 's'})`}`));
    const token = core.randomUuid();
    write(`::stop-commands::${token}\n`);
    write(`${mask(renderCheckText(check))}\n`);
    write(`::${token}::\n`);
    core.endGroup();
  }
}
