import type { Rule } from '../../../rules/registry.js';
import { siteOf, type DomainModel } from '../model.js';
import { challengeReason } from '../proxy-behaviour.js';

export const proxyOriginReachable: Rule<DomainModel> = {
  meta: {
    id: 'proxy-origin-reachable',
    check: 'domain',
    severity: 'warning',
    description: 'The origin behind the proxy serves the app to anyone who connects to it directly with the public hostname, bypassing the proxy\'s firewall, rate limits and challenge.',
    help: 'Let the origin accept connections only from the proxy (a firewall allow-list of its ranges, Cloudflare Tunnel, or authenticated origin pulls), or refuse requests that did not come through it.',
  },
  run(model, report) {
    for (const proxy of model.proxies) {
      const result = proxy.origin?.exchange.result;
      if (!result?.ok) continue;
      const { status, headers, body } = result.response;
      if (status < 200 || status >= 300 || challengeReason(status, headers, body)) continue;
      report({
        ...siteOf(model, [...proxy.path, 'origin']),
        message: `${proxy.origin!.exchange.request} answered ${status}: the origin serves ${proxy.host} to anyone who connects to it directly`,
      });
    }
  },
};
