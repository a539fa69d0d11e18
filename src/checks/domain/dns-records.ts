import type { ManifestPath } from '../../manifest/load.js';
import { canonicalAddress, canonicalName, isMissing, type DnsAnswer, type DnsClient, type DnsRecordType, type DnsServerAnswer } from './dns-client.js';
import type { DnsObservation, LookupFailure } from './model.js';

export interface DnsEntry {
  name: string;
  type: DnsRecordType;
  value?: string;
  values?: string[];
}

const MAX_CNAME_CHAIN = 8;

/** Asks every resolver for the entry's records; a CNAME answer is the whole chain, followed link by link. */
export async function probeDnsRecord(entry: DnsEntry, path: ManifestPath, dns: DnsClient, failures: LookupFailure[]): Promise<DnsObservation> {
  const name = canonicalName(entry.name);
  const expected = [...(entry.values ?? []), ...(entry.value !== undefined ? [entry.value] : [])].map((v) => canonicalValue(entry.type, v));
  let answers: DnsServerAnswer[];
  if (entry.type === 'CNAME') {
    answers = await Promise.all(dns.servers.map(async (server, index) => ({ server, answer: await cnameChain(dns, index, name) })));
  } else {
    answers = await dns.queryAll(name, entry.type);
  }
  for (const { server, answer } of answers) {
    if (!answer.ok && !isMissing(answer)) failures.push({ path: [...path, 'name'], name, type: entry.type, server, answer, purpose: `the ${entry.type} record of ${name}` });
  }
  return { path, name, type: entry.type, expected, answers };
}

async function cnameChain(dns: DnsClient, server: number, name: string): Promise<DnsAnswer> {
  const chain: string[] = [];
  let current = name;
  for (let i = 0; i < MAX_CNAME_CHAIN; i++) {
    const answer = await dns.queryServer(server, current, 'CNAME');
    if (!answer.ok) return chain.length && isMissing(answer) ? { ok: true, values: chain } : answer;
    current = answer.values[0]!;
    if (chain.includes(current)) break; // a loop: report what was seen
    chain.push(current);
  }
  return { ok: true, values: chain };
}

/** The form answers are compared in: lower-case names without the final dot, canonical IPv6, "10 mx.example.com". */
export function canonicalValue(type: DnsRecordType, value: string): string {
  const text = value.trim();
  switch (type) {
    case 'A':
      return text;
    case 'AAAA':
      return canonicalAddress(text);
    case 'CNAME':
    case 'NS':
      return canonicalName(text);
    case 'MX': {
      const [priority, exchange] = text.split(/\s+/);
      return exchange === undefined ? canonicalName(text) : `${Number(priority)} ${canonicalName(exchange) || '.'}`;
    }
    case 'CAA': {
      const match = /^(\d+)\s+(\S+)\s+"?(.*?)"?$/.exec(text);
      return match ? `${Number(match[1])} ${match[2]!.toLowerCase()} ${match[3]}` : text;
    }
    case 'TXT':
      return text;
  }
}

/**
 * TXT names share many records (SPF, verification tokens), so each expected one must be present.
 * A CNAME matches when the chain passes through the expected target. The rest must match exactly.
 */
export function answerMatches(type: DnsRecordType, expected: readonly string[], values: readonly string[]): boolean {
  if (type === 'TXT' || type === 'CNAME') return expected.every((e) => values.includes(e));
  // An MX expected without its priority ("mail.example.com") matches any priority.
  const actual = type === 'MX' && expected.every((e) => !e.includes(' ')) ? values.map((v) => v.split(' ')[1]!) : values;
  const want = new Set(expected);
  const got = new Set(actual);
  return want.size === got.size && [...want].every((v) => got.has(v));
}

/** What a resolver said, as one comparable key: the sorted values, or "missing". Undefined: the lookup failed. */
export function outcomeKey(answer: DnsAnswer): string | undefined {
  if (answer.ok) return [...answer.values].sort().join('\n');
  return isMissing(answer) ? '(missing)' : undefined;
}

export function describeValues(type: DnsRecordType, values: readonly string[]): string {
  if (type === 'CNAME') return values.join(' → ');
  return values.map((v) => (type === 'TXT' ? JSON.stringify(v.length > 120 ? `${v.slice(0, 117)}…` : v) : v)).join(', ');
}
