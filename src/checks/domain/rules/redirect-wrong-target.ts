import type { Rule } from '../../../rules/registry.js';
import { siteOf, type DomainModel } from '../model.js';

export const redirectWrongTarget: Rule<DomainModel> = {
  meta: {
    id: 'redirect-wrong-target',
    check: 'domain',
    severity: 'error',
    description: 'A redirect chain ends somewhere else than the manifest expects, at a page that fails, or at a Location that is not a URL.',
    help: 'Point the redirect (or the last hop of the chain) at the expected URL, and make sure that URL answers 2xx without credentials.',
  },
  run(model, report) {
    for (const redirect of model.redirects) {
      const { hops, end } = redirect.walk;
      const site = siteOf(model, [...redirect.path, 'to']);
      if (end.kind === 'bad-location') {
        report({ ...site, message: `${end.url} redirects to "${end.location}", which is not an http(s) URL (expected to reach ${redirect.to})` });
      } else if (hops.length === 0) {
        continue; // not a redirect at all: redirect-wrong-status
      } else if (end.kind === 'final' && end.url !== redirect.to) {
        report({ ...site, message: `${redirect.from} ends at ${end.url} (${end.status}), expected ${redirect.to}` });
      } else if (end.kind === 'final' && end.status >= 400) {
        report({ ...site, message: `${redirect.from} reaches ${redirect.to}, which answers ${end.status}` });
      }
    }
  },
};
