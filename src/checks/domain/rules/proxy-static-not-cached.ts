import type { Rule } from '../../../rules/registry.js';
import { siteOf, type DomainModel } from '../model.js';
import { STATIC_MIN_SECONDS } from '../proxy-probe.js';
import { staticCacheProblem } from '../proxy-behaviour.js';

export const proxyStaticNotCached: Rule<DomainModel> = {
  meta: {
    id: 'proxy-static-not-cached',
    check: 'domain',
    severity: 'notice',
    description: 'A static asset is not kept in the proxy\'s edge cache for at least a day, so every visitor fetches it from the origin.',
    help: 'Serve fingerprinted assets (app.3f9c1e.js) with Cache-Control: public, max-age=31536000, immutable, and let the proxy cache their paths.',
  },
  run(model, report) {
    for (const proxy of model.proxies) {
      for (const item of proxy.static) {
        const result = item.exchange?.result;
        if (!result?.ok || result.response.status !== 200) continue;
        const problem = staticCacheProblem(result.response.headers, STATIC_MIN_SECONDS);
        if (problem) report({ ...siteOf(model, item.path), message: `${item.url} is a static asset, but ${problem}` });
      }
    }
  },
};
