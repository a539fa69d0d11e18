import type { Rule } from '../../../../rules/registry.js';

export interface TraceNotRunInput {
  reason: string;
  file?: string;
  line?: number;
  column?: number;
}

export const traceNotRun: Rule<TraceNotRunInput> = {
  meta: {
    id: 'trace-not-run',
    check: 'migrations',
    severity: 'error',
    description: 'The migrations.trace section is there, but the trace could not run (no PostgreSQL to start, the url unset, unreachable or not empty, a base migration refused), so nothing was observed.',
    help: 'For local: true install the PostgreSQL server (apt-get install postgresql); for url, point it at an empty scratch database. --no-trace skips the trace.',
  },
  run({ reason, file, line, column }, report) {
    report({ message: `the trace did not run: ${reason}`, file, line, column });
  },
};
