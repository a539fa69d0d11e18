import type { LookupAddress, LookupOneOptions } from 'node:dns';
import { Resolver } from 'node:dns/promises';
import { isIP } from 'node:net';

/**
 * DNS for the domain check: every lookup goes to the configured resolvers (or the system's), has a
 * timeout, and comes back as a value instead of an exception, so SERVFAIL, NXDOMAIN and timeouts become
 * findings rather than crashes. The same resolver answers the `lookup` of every connection the check
 * makes, which is what lets a loopback test zone stand in for the real domain.
 */

export type DnsRecordType = 'A' | 'AAAA' | 'CNAME' | 'MX' | 'TXT' | 'NS' | 'CAA';

/** nxdomain: the name does not exist; nodata: it exists without records of the type asked. */
export type DnsFailureKind = 'nxdomain' | 'nodata' | 'servfail' | 'refused' | 'timeout' | 'error';

export type DnsAnswer =
  | { ok: true; values: string[] }
  | { ok: false; kind: DnsFailureKind; code: string };

export interface DnsServerAnswer {
  /** The resolver that answered, as configured (e.g. 127.0.0.1:5353), or "the system resolver". */
  server: string;
  answer: DnsAnswer;
}

export const SYSTEM_RESOLVER = 'the system resolver';

const CODES: Record<string, DnsFailureKind> = {
  ENOTFOUND: 'nxdomain',
  ENODATA: 'nodata',
  ESERVFAIL: 'servfail',
  EREFUSED: 'refused',
  ECONNREFUSED: 'refused',
  ETIMEOUT: 'timeout',
};

export class DnsClient {
  private readonly resolvers: { server: string; resolver: Resolver }[];
  /** Questions asked, for the check's metrics. */
  queries = 0;

  /**
   * @param servers resolver addresses such as 127.0.0.1:5353; none means the system's
   * @param timeoutMs the longest one question may take, retries included
   */
  constructor(servers: readonly string[], private readonly timeoutMs: number) {
    // c-ares doubles its timeout on each try: t/3 then 2t/3 add up to the budget.
    const options = { timeout: Math.max(50, Math.ceil(timeoutMs / 3)), tries: 2 };
    this.resolvers = servers.length
      ? servers.map((server) => {
        const resolver = new Resolver(options);
        resolver.setServers([server]);
        return { server, resolver };
      })
      : [{ server: SYSTEM_RESOLVER, resolver: new Resolver(options) }];
  }

  get servers(): string[] {
    return this.resolvers.map((r) => r.server);
  }

  /** Asks the first resolver. */
  query(name: string, type: DnsRecordType): Promise<DnsAnswer> {
    return this.ask(this.resolvers[0]!.resolver, name, type);
  }

  /** Asks one resolver, by its index in `servers`. */
  queryServer(index: number, name: string, type: DnsRecordType): Promise<DnsAnswer> {
    return this.ask(this.resolvers[index]!.resolver, name, type);
  }

  /** Asks every resolver the same question. */
  queryAll(name: string, type: DnsRecordType): Promise<DnsServerAnswer[]> {
    return Promise.all(this.resolvers.map(async ({ server, resolver }) => ({ server, answer: await this.ask(resolver, name, type) })));
  }

  /**
   * A `lookup` for net.connect, tls.connect and undici: the first resolver's A (then AAAA) records.
   * Errors carry ENOTFOUND (so HTTP clients report a DNS failure) and a message naming the resolver.
   */
  readonly lookup = (
    hostname: string,
    options: LookupOneOptions & { all?: boolean },
    callback: (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
  ): void => {
    void this.addresses(hostname).then(
      (addresses) => {
        if (options.all) callback(null, addresses);
        else callback(null, addresses[0]!.address, addresses[0]!.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, options.all ? [] : ''),
    );
  };

  /** The addresses a connection to `hostname` would use. Throws an error with code ENOTFOUND. */
  async addresses(hostname: string): Promise<LookupAddress[]> {
    const bare = hostname.replace(/^\[|\]$/g, '');
    const family = isIP(bare);
    if (family) return [{ address: bare, family }];
    const v4 = await this.query(hostname, 'A');
    if (v4.ok) return v4.values.map((address) => ({ address, family: 4 }));
    const v6 = await this.query(hostname, 'AAAA');
    if (v6.ok) return v6.values.map((address) => ({ address, family: 6 }));
    const error = new Error(`${hostname} ${describeDnsFailure(v4.kind === 'nodata' ? v6 : v4, 'A')} at ${this.resolvers[0]!.server}`) as NodeJS.ErrnoException;
    error.code = 'ENOTFOUND';
    throw error;
  }

  private async ask(resolver: Resolver, name: string, type: DnsRecordType): Promise<DnsAnswer> {
    this.queries++;
    let timer: NodeJS.Timeout | undefined;
    // c-ares keeps its own timers; this one only guards against a resolver that never calls back.
    const deadline = new Promise<DnsAnswer>((resolve) => {
      timer = setTimeout(() => resolve({ ok: false, kind: 'timeout', code: 'ETIMEOUT' }), this.timeoutMs + 1000);
    });
    try {
      return await Promise.race([this.lookupValues(resolver, name, type), deadline]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async lookupValues(resolver: Resolver, name: string, type: DnsRecordType): Promise<DnsAnswer> {
    try {
      const values = await recordValues(resolver, name, type);
      return values.length ? { ok: true, values } : { ok: false, kind: 'nodata', code: 'ENODATA' };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'ERROR';
      return { ok: false, kind: CODES[code] ?? 'error', code };
    }
  }
}

/** Each record as one string: TXT chunks joined, MX as "10 mail.example.com", CAA as "0 issue ca.example". */
async function recordValues(resolver: Resolver, name: string, type: DnsRecordType): Promise<string[]> {
  switch (type) {
    case 'A':
      return resolver.resolve4(name);
    case 'AAAA':
      return (await resolver.resolve6(name)).map(canonicalAddress);
    case 'CNAME':
      return (await resolver.resolveCname(name)).map(canonicalName);
    case 'NS':
      return (await resolver.resolveNs(name)).map(canonicalName);
    case 'MX':
      return (await resolver.resolveMx(name)).map((mx) => `${mx.priority} ${canonicalName(mx.exchange) || '.'}`);
    case 'TXT':
      return (await resolver.resolveTxt(name)).map((chunks) => chunks.join(''));
    case 'CAA':
      return (await resolver.resolveCaa(name)).map((caa) => {
        const { critical, ...rest } = caa;
        const [tag, value] = Object.entries(rest)[0] ?? ['', ''];
        return `${critical} ${tag} ${String(value)}`;
      });
  }
}

export function canonicalName(name: string): string {
  return name.trim().toLowerCase().replace(/\.$/, '');
}

export function canonicalAddress(address: string): string {
  if (!address.includes(':')) return address;
  try {
    return new URL(`http://[${address}]/`).hostname.slice(1, -1);
  } catch {
    return address.toLowerCase();
  }
}

/** "does not exist (NXDOMAIN)", "has no TXT record", ... — to follow a name in a message. */
export function describeDnsFailure(answer: Extract<DnsAnswer, { ok: false }>, type: DnsRecordType): string {
  switch (answer.kind) {
    case 'nxdomain':
      return 'does not exist (NXDOMAIN)';
    case 'nodata':
      return `has no ${type} record`;
    case 'servfail':
      return `could not be resolved: the resolver answered SERVFAIL`;
    case 'refused':
      return `could not be resolved: the resolver refused (${answer.code})`;
    case 'timeout':
      return 'could not be resolved: no answer in time';
    case 'error':
      return `could not be resolved (${answer.code})`;
  }
}

/** NXDOMAIN and empty answers say the record is missing; anything else says the lookup itself failed. */
export function isMissing(answer: DnsAnswer): answer is Extract<DnsAnswer, { ok: false }> & { kind: 'nxdomain' | 'nodata' } {
  return !answer.ok && (answer.kind === 'nxdomain' || answer.kind === 'nodata');
}
