import type { Rule } from '../../../rules/registry.js';
import { siteOf, type DomainModel } from '../model.js';

export const dkimWeakKey: Rule<DomainModel> = {
  meta: {
    id: 'dkim-weak-key',
    check: 'domain',
    severity: 'error',
    description: 'A DKIM RSA key is shorter than 1024 bits (an error: verifiers reject it) or 2048 bits (a warning: RFC 8301 recommends 2048).',
    help: 'Generate a 2048-bit key at your mail provider under a new selector, publish it, switch signing to it, then remove the old selector.',
  },
  run(model, report) {
    for (const email of model.email) {
      for (const dkim of email.dkim) {
        const key = dkim.key;
        if (!key?.ok || key.type !== 'rsa' || key.bits >= 2048) continue;
        report({
          ...siteOf(model, dkim.path),
          severity: key.bits < 1024 ? 'error' : 'warning',
          message: `the DKIM key at ${dkim.name} is ${key.bits}-bit RSA; ${key.bits < 1024 ? 'verifiers reject keys under 1024 bits' : '2048 bits is the recommended minimum'}`,
        });
      }
    }
  },
};
