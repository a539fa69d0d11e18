import type { Rule } from '../../../rules/registry.js';
import { siteOf, type DomainModel } from '../model.js';

export const redirectInsecureHop: Rule<DomainModel> = {
  meta: {
    id: 'redirect-insecure-hop',
    check: 'domain',
    severity: 'error',
    description: 'A redirect leads to plain HTTP: from HTTPS (a downgrade, an error), or to another host still over HTTP (a warning: one more hop anyone on the path can rewrite).',
    help: 'Redirect straight to the https:// URL; an http:// old link should reach HTTPS on its first hop.',
  },
  run(model, report) {
    for (const redirect of model.redirects) {
      let plainHopReported = false;
      for (const hop of redirect.walk.hops) {
        if (!hop.next.startsWith('http:')) continue;
        const downgrade = hop.url.startsWith('https:');
        // Paths shuffled on one plain-HTTP host are that host's business; leaving it for another host over HTTP is not.
        if (!downgrade && (plainHopReported || new URL(hop.url).host === new URL(hop.next).host)) continue;
        plainHopReported ||= !downgrade;
        report({
          ...siteOf(model, [...redirect.path, 'from']),
          severity: downgrade ? 'error' : 'warning',
          message: downgrade
            ? `${hop.url} redirects to ${hop.next}: a downgrade from HTTPS to plain HTTP`
            : `${hop.url} redirects to another host over plain HTTP (${hop.next}) instead of going to HTTPS first`,
        });
      }
    }
  },
};
