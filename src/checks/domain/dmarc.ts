/**
 * DMARC records (RFC 7489 section 6.3): `v=DMARC1; p=reject; rua=mailto:...`. The parser keeps every
 * problem it meets and still returns what it understood, so one typo does not hide the policy.
 */

export type DmarcPolicy = 'none' | 'quarantine' | 'reject';

export interface DmarcRecord {
  policy?: DmarcPolicy;
  subdomainPolicy?: DmarcPolicy;
  /** Percentage of mail the policy applies to; 100 when absent. */
  pct: number;
  /** Aggregate report addresses (rua). */
  rua: string[];
  ruf: string[];
  /** Syntax problems: each makes receivers read the record differently from what was meant. */
  errors: string[];
  /** Tags DMARC does not define: ignored by receivers, so usually a typo. */
  unknownTags: string[];
}

const POLICIES: readonly string[] = ['none', 'quarantine', 'reject'];
const KNOWN_TAGS = new Set(['v', 'p', 'sp', 'rua', 'ruf', 'adkim', 'aspf', 'pct', 'fo', 'rf', 'ri', 'np', 'psd', 't']);

export function isDmarcRecord(text: string): boolean {
  return /^v\s*=\s*DMARC1\s*(;|$)/i.test(text.trim());
}

export function parseDmarc(text: string): DmarcRecord {
  const record: DmarcRecord = { pct: 100, rua: [], ruf: [], errors: [], unknownTags: [] };
  const seen = new Set<string>();
  const parts = text.split(';').map((p) => p.trim()).filter((p, i, all) => p !== '' || i < all.length - 1);
  for (const [index, part] of parts.entries()) {
    if (part === '') {
      record.errors.push('has an empty tag (";;")');
      continue;
    }
    const eq = part.indexOf('=');
    if (eq <= 0) {
      record.errors.push(`"${part}" is not a tag=value pair`);
      continue;
    }
    const tag = part.slice(0, eq).trim().toLowerCase();
    const value = part.slice(eq + 1).trim();
    if (seen.has(tag)) record.errors.push(`${tag}= appears twice`);
    seen.add(tag);
    if (index === 0 && tag !== 'v') record.errors.push('v=DMARC1 must be the first tag');
    switch (tag) {
      case 'v':
        if (index === 0 && value.toUpperCase() !== 'DMARC1') record.errors.push(`v=${value} is not DMARC1`);
        break;
      case 'p':
      case 'sp': {
        const policy = value.toLowerCase();
        if (!POLICIES.includes(policy)) record.errors.push(`${tag}=${value} is not none, quarantine or reject`);
        else if (tag === 'p') record.policy = policy as DmarcPolicy;
        else record.subdomainPolicy = policy as DmarcPolicy;
        break;
      }
      case 'pct':
        if (!/^\d{1,3}$/.test(value) || Number(value) > 100) record.errors.push(`pct=${value} is not a whole number from 0 to 100`);
        else record.pct = Number(value);
        break;
      case 'adkim':
      case 'aspf':
        if (!/^[rs]$/i.test(value)) record.errors.push(`${tag}=${value} is not r (relaxed) or s (strict)`);
        break;
      case 'ri':
        if (!/^\d+$/.test(value)) record.errors.push(`ri=${value} is not a number of seconds`);
        break;
      case 'fo':
        if (!/^[01ds](:[01ds])*$/i.test(value)) record.errors.push(`fo=${value} is not a colon-separated list of 0, 1, d and s`);
        break;
      case 'rua':
      case 'ruf': {
        const uris = value.split(',').map((u) => u.trim());
        for (const uri of uris) {
          if (!/^mailto:[^@\s]+@[^@\s!]+(![0-9]+[kmgt]?)?$/i.test(uri) && !/^https?:\/\/\S+$/i.test(uri)) {
            record.errors.push(`${tag}: "${uri}" is not a mailto: address`);
          }
        }
        record[tag] = uris.filter((u) => u !== '');
        break;
      }
      default:
        if (!KNOWN_TAGS.has(tag)) record.unknownTags.push(tag);
    }
  }
  if (!record.policy && !record.errors.some((e) => e.startsWith('p='))) record.errors.push('has no p= tag (the policy: none, quarantine or reject)');
  return record;
}
