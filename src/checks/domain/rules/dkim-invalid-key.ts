import type { Rule } from '../../../rules/registry.js';
import { siteOf, type DomainModel } from '../model.js';

export const dkimInvalidKey: Rule<DomainModel> = {
  meta: {
    id: 'dkim-invalid-key',
    check: 'domain',
    severity: 'error',
    description: 'A DKIM key record cannot be used: malformed tags, bad base64, a truncated key, a revoked key, or several records.',
    help: 'Copy the key again from your mail provider as one record; long keys are split into 255-character strings inside one TXT record, not into several records.',
  },
  run(model, report) {
    for (const email of model.email) {
      for (const dkim of email.dkim) {
        const site = siteOf(model, dkim.path);
        if (dkim.records.length > 1) {
          report({ ...site, message: `DKIM selector ${dkim.selector} of ${email.domain} has ${dkim.records.length} key records at ${dkim.name}; verifiers may use either` });
        } else if (dkim.key && !dkim.key.ok) {
          report({ ...site, message: `the DKIM key at ${dkim.name} is unusable: ${dkim.key.problem}` });
        }
      }
    }
  },
};
