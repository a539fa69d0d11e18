import type { Rule } from '../../../rules/registry.js';
import { siteOf, type DomainModel } from '../model.js';

export const proxyOriginInDns: Rule<DomainModel> = {
  meta: {
    id: 'proxy-origin-in-dns',
    check: 'domain',
    severity: 'error',
    description: 'A proxied hostname resolves to an address outside the proxy\'s published ranges: the origin (or something else) is published in DNS, and anyone can bypass the proxy.',
    help: 'Publish only the proxy\'s addresses for the name (Cloudflare: every A/AAAA record of the name proxied); move the origin to an address that was never published, and let it accept only the proxy\'s ranges.',
  },
  run(model, report) {
    for (const proxy of model.proxies) {
      for (const { address, inRanges } of proxy.addresses ?? []) {
        if (inRanges) continue;
        const isOrigin = proxy.origin?.address === address;
        const key = model.locate(proxy.path, 'key');
        report({
          ...(key ? { file: model.file, line: key.line, column: key.column } : siteOf(model, proxy.path)),
          message: `${proxy.host} resolves to ${address}, ${isOrigin ? 'its origin, ' : ''}outside ${proxy.rangesSource}`,
        });
      }
      for (const cidr of proxy.invalidRanges) {
        report({ ...siteOf(model, [...proxy.path, 'ranges']), message: `${cidr} is not an address range (CIDR such as 104.16.0.0/13), so it was ignored` });
      }
    }
  },
};
