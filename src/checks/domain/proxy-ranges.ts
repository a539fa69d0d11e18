import { BlockList, isIP } from 'node:net';

/**
 * The address ranges a proxy publishes for the names it serves, as data with the date they were
 * copied. Cloudflare's come from https://www.cloudflare.com/ips-v4 and /ips-v6; they change rarely,
 * and `domain.hosts.<name>.ranges` replaces them when they have.
 */
export interface PublishedRanges {
  /** Who publishes them and when this copy was taken. */
  source: string;
  cidrs: readonly string[];
}

export const CLOUDFLARE_RANGES: PublishedRanges = {
  source: 'Cloudflare\'s published ranges (cloudflare.com/ips), as copied on 2024-10-01',
  cidrs: [
    '173.245.48.0/20', '103.21.244.0/22', '103.22.200.0/22', '103.31.4.0/22', '141.101.64.0/18', '108.162.192.0/18',
    '190.93.240.0/20', '188.114.96.0/20', '197.234.240.0/22', '198.41.128.0/17', '162.158.0.0/15', '104.16.0.0/13',
    '104.24.0.0/14', '172.64.0.0/13', '131.0.72.0/22',
    '2400:cb00::/32', '2606:4700::/32', '2803:f800::/32', '2405:b500::/32', '2405:8100::/32', '2a06:98c0::/29', '2c0f:f248::/32',
  ],
};

/** A matcher over CIDRs; a CIDR that does not parse is returned as a problem, never thrown. */
export function rangeMatcher(cidrs: readonly string[]): { contains(address: string): boolean; invalid: string[] } {
  const list = new BlockList();
  const invalid: string[] = [];
  for (const cidr of cidrs) {
    const [address, bits] = cidr.split('/');
    const family = isIP(address ?? '');
    const prefix = Number(bits);
    if (!family || !/^\d+$/.test(bits ?? '') || prefix > (family === 4 ? 32 : 128)) {
      invalid.push(cidr);
      continue;
    }
    list.addSubnet(address!, prefix, family === 4 ? 'ipv4' : 'ipv6');
  }
  return {
    invalid,
    contains(address) {
      const family = isIP(address);
      return family !== 0 && list.check(address, family === 4 ? 'ipv4' : 'ipv6');
    },
  };
}
