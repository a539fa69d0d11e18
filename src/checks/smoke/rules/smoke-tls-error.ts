import type { Rule } from '../../../rules/registry.js';
import { describeOutcome, type SmokeRun } from '../model.js';
import { at, testedOutcomes } from './site.js';

export const smokeTlsError: Rule<SmokeRun> = {
  meta: {
    id: 'smoke-tls-error',
    check: 'smoke',
    severity: 'error',
    description: 'The HTTPS connection failed: the certificate is untrusted, expired or for another name.',
    help: 'Renew or fix the certificate (every browser will refuse it too). For an internal certificate authority, point smoke.ca-file at its PEM certificate; never turn verification off.',
  },
  run(run, report) {
    for (const o of testedOutcomes(run.outcomes)) {
      if (o.error?.kind === 'tls') report({ ...at(o.site), message: `${describeOutcome(o)}${o.error.code ? ` (${o.error.code})` : ''}` });
    }
  },
};
