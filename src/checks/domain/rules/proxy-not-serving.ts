import type { Rule } from '../../../rules/registry.js';
import { siteOf, type DomainModel } from '../model.js';

export const proxyNotServing: Rule<DomainModel> = {
  meta: {
    id: 'proxy-not-serving',
    check: 'domain',
    severity: 'error',
    description: 'A hostname declared as served through a proxy (Cloudflare or another) answers without the proxy\'s headers: the proxy is not in front of it.',
    help: 'Turn the proxy on for the DNS record (Cloudflare: the orange cloud, "Proxied"), or point the name at the proxy; if the proxy was dropped on purpose, set `proxy: none`.',
  },
  run(model, report) {
    for (const proxy of model.proxies) {
      if (!proxy.front.result.ok || proxy.servedBy) continue;
      const { status } = proxy.front.result.response;
      report({
        ...siteOf(model, [...proxy.path, 'proxy']),
        message: `${proxy.front.request} answered ${status} without ${proxy.kind.headers.join(' or ')}${proxy.kind.name === 'Cloudflare' ? ' or server: cloudflare' : ''}, so ${proxy.kind.name} did not serve it`,
      });
    }
  },
};
