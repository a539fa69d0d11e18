import type { Rule } from '../../../rules/registry.js';
import { siteOf, type DomainModel } from '../model.js';

/** "google (Google Workspace), selector1 and selector2 (Microsoft 365)". */
function bySelector(list: { selector: string; provider: string }[]): string {
  const groups = new Map<string, string[]>();
  for (const { selector, provider } of list) groups.set(provider, [...(groups.get(provider) ?? []), selector]);
  return [...groups].map(([provider, selectors]) => `${selectors.join(', ')} (${provider})`).join('; ');
}

export const dkimNotDeclared: Rule<DomainModel> = {
  meta: {
    id: 'dkim-not-declared',
    check: 'domain',
    severity: 'notice',
    description: 'No DKIM selector is declared for a mail domain: the selectors common providers publish by default were probed, and the finding says which hold keys, or that none does.',
    help: 'List the selectors your mail providers sign with under `dkim:` for the domain, so every run checks their keys (an empty list, `dkim: []`, turns the probe off).',
  },
  run(model, report) {
    for (const email of model.email) {
      const probe = email.dkimProbe;
      if (!probe) continue;
      const site = siteOf(model, [...email.path, 'domain']);
      if (probe.found.length) {
        report({
          ...site,
          message: `no DKIM selector is declared for ${email.domain}; of the selectors common providers publish by default, these hold keys: ${bySelector(probe.found)}`,
          hint: `Declare them, e.g. { domain: ${email.domain}, dkim: [${probe.found.map((f) => f.selector).join(', ')}] }, so every run checks these keys and reports one that disappears.`,
        });
      } else {
        report({
          ...site,
          message: `no DKIM selector is declared for ${email.domain}, and none of the selectors common providers publish by default holds a key there (tried ${bySelector(probe.tried)}${probe.unanswered ? `; ${probe.unanswered} of them got no answer` : ''})`,
          hint: 'If the domain sends mail, find the selector in a received message\'s DKIM-Signature header (s=...) and list it under dkim:; if it sends none, say dkim: [] to stop this probe.',
        });
      }
    }
  },
};
