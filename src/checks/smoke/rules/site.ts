import type { Finding } from '../../../types.js';
import type { Outcome, Site } from '../model.js';

/** The location part of a finding. */
export function at(site: Site): Pick<Finding, 'file' | 'line' | 'column'> {
  return { file: site.file, ...(site.line !== undefined ? { line: site.line, column: site.column } : {}) };
}

/** Outcomes of requests to the app under test (the wait and cleanups have rules of their own). */
export function testedOutcomes(outcomes: readonly Outcome[]): Outcome[] {
  return outcomes.filter((o) => o.phase === 'step' || o.phase === 'login' || o.phase === 'login-page');
}
