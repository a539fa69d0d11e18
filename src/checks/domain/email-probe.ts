import type { ManifestPath } from '../../manifest/load.js';
import { canonicalName, isMissing, type DnsAnswer, type DnsClient, type DnsRecordType } from './dns-client.js';
import { isDkimKeyRecord, parseDkimKey } from './dkim.js';
import { COMMON_DKIM_SELECTORS } from './dkim-selectors.js';
import { isDmarcRecord, parseDmarc } from './dmarc.js';
import type { DkimObservation, DmarcObservation, EmailObservation, LookupFailure, MxObservation } from './model.js';
import { evaluateSpf } from './spf.js';

export interface EmailEntry {
  domain: string;
  dkim?: string[];
  spf?: boolean;
  dmarc?: boolean;
  mx?: boolean;
  'allow-dmarc-none'?: boolean;
}

/** Reads a mail domain's SPF, DMARC, DKIM and MX records; lookups that fail land in `failures`. */
export async function probeEmail(
  entry: EmailEntry, path: ManifestPath, dns: DnsClient, failures: LookupFailure[], allowDmarcNone: boolean,
): Promise<EmailObservation> {
  const domain = canonicalName(entry.domain);
  const ask = async (name: string, type: DnsRecordType, purpose: string, at: ManifestPath = [...path, 'domain']): Promise<DnsAnswer> => {
    const answer = await dns.query(name, type);
    if (!answer.ok && !isMissing(answer)) failures.push({ path: at, name, type, server: dns.servers[0]!, answer, purpose });
    return answer;
  };

  const [spf, dmarc, dkim, mx] = await Promise.all([
    entry.spf === false ? undefined : evaluateSpf(domain, {
      query: (name, type) => dns.query(name, type),
      failed: (name, type, answer) => failures.push({ path: [...path, 'domain'], name, type, server: dns.servers[0]!, answer, purpose: `the SPF policy of ${domain}` }),
    }),
    entry.dmarc === false ? undefined : readDmarc(domain, ask),
    Promise.all((entry.dkim ?? []).map((selector, i) => readDkim(domain, selector, [...path, 'dkim', i], ask))),
    entry.mx === false ? undefined : readMx(domain, ask),
  ]);
  return { path, domain, spf, dmarc, dkim, mx, allowDmarcNone: entry['allow-dmarc-none'] ?? allowDmarcNone };
}

/**
 * With no selector declared (an explicit `dkim: []` declares none on purpose), probes the selectors
 * common providers publish by default. Run after every other lookup, a few queries at a time, so the
 * probe never crowds out the lookups that findings rest on.
 */
export async function probeDefaultDkimSelectors(email: EmailObservation, entry: EmailEntry, dns: DnsClient): Promise<void> {
  if (entry.dkim !== undefined) return;
  const probed = COMMON_DKIM_SELECTORS.flatMap((p) => p.selectors.map((selector) => ({ selector, provider: p.provider })));
  const found = await probeSelectors(email.domain, probed, dns, [...email.path, 'domain']);
  const withKeys = found.filter((f) => f.observation?.records.length).map((f) => ({ ...f, observation: f.observation! }));
  // Keys found by probing are checked like declared ones (weak, unusable), at the domain's line.
  email.dkim.push(...withKeys.map((f) => f.observation));
  email.dkimProbe = {
    tried: probed,
    found: withKeys.map(({ selector, provider }) => ({ selector, provider })),
    unanswered: found.filter((f) => !f.observation).length,
  };
}

type Ask = (name: string, type: DnsRecordType, purpose: string, at?: ManifestPath) => Promise<DnsAnswer>;

/** Probes selectors a few at a time; a probe that gets no answer is counted, not reported as a failed lookup (nobody declared it). */
async function probeSelectors(
  domain: string, probes: { selector: string; provider: string }[], dns: DnsClient, path: ManifestPath,
): Promise<{ selector: string; provider: string; observation?: DkimObservation }[]> {
  const quiet: Ask = (name, type) => dns.query(name, type);
  const results: { selector: string; provider: string; observation?: DkimObservation }[] = [];
  for (let i = 0; i < probes.length; i += PROBE_BATCH) {
    results.push(...await Promise.all(probes.slice(i, i + PROBE_BATCH).map(async (p) => {
      const observation = await readDkim(domain, p.selector, path, quiet);
      return observation.lookupFailed ? { ...p } : { ...p, observation };
    })));
  }
  return results;
}

const PROBE_BATCH = 6;

async function readDmarc(domain: string, ask: Ask): Promise<DmarcObservation | undefined> {
  const name = `_dmarc.${domain}`;
  const answer = await ask(name, 'TXT', `the DMARC record of ${domain}`);
  if (!answer.ok && !isMissing(answer)) return undefined;
  const records = answer.ok ? answer.values.filter(isDmarcRecord) : [];
  if (records.length) return { name, records, parsed: records.length === 1 ? parseDmarc(records[0]!) : undefined };

  // Receivers fall back to the organizational domain's record. Without the public suffix list this
  // takes the last two labels, which is right for example.com and harmlessly empty for co.uk.
  const labels = domain.split('.');
  if (labels.length <= 2) return { name, records };
  const organization = labels.slice(-2).join('.');
  const inherited = await ask(`_dmarc.${organization}`, 'TXT', `the DMARC record of ${organization}, which ${domain} inherits`);
  const inheritedRecords = inherited.ok ? inherited.values.filter(isDmarcRecord) : [];
  if (inheritedRecords.length !== 1) return { name, records };
  return { name, records, inheritedFrom: organization, parsed: parseDmarc(inheritedRecords[0]!) };
}

async function readDkim(domain: string, selector: string, path: ManifestPath, ask: Ask): Promise<DkimObservation> {
  const name = `${selector}._domainkey.${domain}`;
  const answer = await ask(name, 'TXT', `the DKIM key ${selector} of ${domain}`, path);
  const records = answer.ok ? answer.values.filter(isDkimKeyRecord) : [];
  const observation: DkimObservation = { path, selector, name, records, lookupFailed: !answer.ok && !isMissing(answer) };
  if (records.length === 1) observation.key = parseDkimKey(records[0]!);
  return observation;
}

async function readMx(domain: string, ask: Ask): Promise<MxObservation | undefined> {
  const answer = await ask(domain, 'MX', `the MX records of ${domain}`);
  if (!answer.ok && !isMissing(answer)) return undefined;
  const records = answer.ok ? answer.values : [];
  const exchanges = records.map((r) => r.split(' ')[1]!).filter((e) => e !== '.');
  const unresolvable: string[] = [];
  await Promise.all(exchanges.map(async (exchange) => {
    const v4 = await ask(exchange, 'A', `the address of ${domain}'s mail server ${exchange}`);
    if (v4.ok) return;
    const v6 = await ask(exchange, 'AAAA', `the address of ${domain}'s mail server ${exchange}`);
    if (isMissing(v4) && isMissing(v6)) unresolvable.push(exchange);
  }));
  return { records, unresolvable: unresolvable.sort() };
}
