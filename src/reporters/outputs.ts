import type { GateStatus, Report } from '../types.js';
import { totalFindings } from './counts.js';

/** The action's outputs, named as in ARCHITECTURE.md; values are strings because outputs are strings. */
export interface ActionOutputs {
  status: GateStatus;
  /** Total number of findings, every severity. */
  findings: string;
  /** Path of the JSON report. */
  report: string;
}

export function actionOutputs(report: Report, reportPath: string): ActionOutputs {
  return { status: report.status, findings: String(totalFindings(report)), report: reportPath };
}
