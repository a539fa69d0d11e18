import type { Rule } from '../../../rules/registry.js';
import { siteOf, type DomainModel } from '../model.js';

/** A target that asks for credentials (a sign-in wall at /dashboard) is where the redirect should lead: the redirect is right. */
const SIGN_IN_WALL = new Set([401, 403]);

export const redirectWrongTarget: Rule<DomainModel> = {
  meta: {
    id: 'redirect-wrong-target',
    check: 'domain',
    severity: 'error',
    description: 'A redirect chain ends somewhere else than the manifest expects, at a page that is gone (404, 410) or fails (5xx), or at a Location that is not a URL; a target answering 401 or 403 (a sign-in wall) is a correct redirect.',
    help: 'Point the redirect (or the last hop of the chain) at the expected URL, and make sure that URL exists: 2xx, or 401/403 where it asks a stranger to sign in.',
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
      } else if (end.kind === 'final' && end.status >= 400 && !SIGN_IN_WALL.has(end.status)) {
        report({ ...site, message: `${redirect.from} reaches ${redirect.to}, which answers ${end.status}${end.status === 404 || end.status === 410 ? ' (the page is gone)' : end.status >= 500 ? ' (a server error)' : ''}` });
      }
    }
  },
};
