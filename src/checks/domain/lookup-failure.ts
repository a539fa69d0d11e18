import type { ManifestPath } from '../../manifest/position.js';
import type { DnsAnswer, DnsRecordType } from './dns-client.js';

/** A DNS lookup that failed (timeout, SERVFAIL, refused), kept to explain a finding that rests on it. */
export interface LookupFailure {
  path: ManifestPath;
  name: string;
  type: DnsRecordType;
  server: string;
  answer: Extract<DnsAnswer, { ok: false }>;
  /** What the lookup was for, e.g. "the SPF record of example.com". */
  purpose: string;
}
