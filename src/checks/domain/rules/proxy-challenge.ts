import type { Rule } from '../../../rules/registry.js';
import { siteOf, type DomainModel } from '../model.js';
import { challengeReason } from '../proxy-behaviour.js';

export const proxyChallenge: Rule<DomainModel> = {
  meta: {
    id: 'proxy-challenge',
    check: 'domain',
    severity: 'error',
    description: 'The proxy answers the sign-in or an API call with a challenge or block page instead of passing it to the app, so scripts, mobile apps and fetch() calls fail.',
    help: 'Exempt the sign-in and API paths from browser challenges (Cloudflare: a WAF skip rule or a lower security level for /api/* and the login endpoint; Bot Fight Mode off for them), and rate-limit them instead.',
  },
  run(model, report) {
    for (const proxy of model.proxies) {
      for (const { request, reason } of proxy.signIn?.challenges ?? []) {
        report({ ...siteOf(model, proxy.signIn!.sessionPath), message: `${request}, while session "${proxy.signIn!.session}" signed in through ${proxy.kind.name}, was met by a challenge: ${reason}` });
      }
      for (const item of proxy.signedIn) {
        const result = item.exchange?.result;
        if (!result?.ok) continue;
        const reason = challengeReason(result.response.status, result.response.headers, result.response.body);
        if (reason) report({ ...siteOf(model, item.path), message: `${item.exchange!.request}, signed in, was met by a challenge from ${proxy.kind.name}: ${reason}` });
      }
    }
  },
};
