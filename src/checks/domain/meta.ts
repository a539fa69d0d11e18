import type { CheckMeta } from '../check.js';

/**
 * What the registry, the CLI's help, the action metadata and the README's checks table know of the
 * domain check before (and without) loading it. Declared here only: index.ts builds the check from it.
 */
export const meta: CheckMeta<'domain'> = {
  name: 'domain',
  title: 'Domain, mail and TLS',
  section: 'domain',
  live: true,
  description: "DNS records, SPF/DMARC/DKIM/MX, TLS certificates, HSTS, redirects, signed-in page headers and login rate limits.",
  inputs: [],
  summary: 'DNS records, SPF (with the include tree when over 10 lookups)/DKIM (probing providers\' default selectors)/DMARC, TLS expiry and trust, HSTS, redirects, cache headers on signed-in pages, login rate limiting; behind Cloudflare or another proxy: the origin published in DNS or open to all, sign-in and API calls challenged or broken, signed-in pages cached at the edge',
  docs: 'docs/checks/domain.md',
};
