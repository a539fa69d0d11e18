import type { Rule } from '../../../rules/registry.js';
import { siteOf, type DomainModel } from '../model.js';
import { edgeCacheEvidence } from '../proxy-behaviour.js';

export const proxyCachesPrivate: Rule<DomainModel> = {
  meta: {
    id: 'proxy-caches-private',
    check: 'domain',
    severity: 'error',
    description: 'The proxy\'s edge cache stores or serves a signed-in page or an API response, so one user\'s data can be served to another.',
    help: 'Bypass the edge cache for signed-in pages and /api (Cloudflare: a Cache Rule "Bypass cache" for those paths, and no "Cache Everything" on them), and send Cache-Control: private, no-store from the app.',
  },
  run(model, report) {
    for (const proxy of model.proxies) {
      for (const item of proxy.signedIn) {
        const result = item.exchange?.result;
        if (!result?.ok || result.response.status >= 400) continue;
        const evidence = edgeCacheEvidence(result.response.headers);
        if (!evidence) continue;
        report({ ...siteOf(model, item.path), message: `${item.exchange!.request}, signed in as "${proxy.signIn!.session}", went through ${proxy.kind.name}'s cache (${evidence})` });
      }
    }
  },
};
