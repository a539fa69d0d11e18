import type { Rule } from '../../../rules/registry.js';
import { siteOf, type DomainModel } from '../model.js';

export const dkimMissing: Rule<DomainModel> = {
  meta: {
    id: 'dkim-missing',
    check: 'domain',
    severity: 'error',
    description: 'A DKIM selector the manifest lists publishes no key, so mail signed with it fails DKIM.',
    help: 'Publish the key your mail provider gives for this selector as a TXT (or CNAME) record at <selector>._domainkey.<domain>.',
  },
  run(model, report) {
    for (const email of model.email) {
      for (const dkim of email.dkim) {
        if (dkim.lookupFailed || dkim.records.length) continue;
        report({ ...siteOf(model, dkim.path), message: `DKIM selector ${dkim.selector} of ${email.domain} has no key at ${dkim.name}` });
      }
    }
  },
};
