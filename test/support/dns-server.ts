/**
 * The test DNS server: the demo's zone server (src/demo/dns-zone-server.ts, UDP and TCP on one
 * 127.0.0.1 port, answers over 512 bytes truncated on UDP so clients retry on TCP, names that SERVFAIL,
 * refuse or never answer), plus shorthands for writing zones in tests.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ZoneRecord } from '../../src/demo/dns-zone-server.js';

export { startDnsZoneServer as startDnsServer, txtChunks, type DnsZoneServer, type Zone, type ZoneRecord } from '../../src/demo/dns-zone-server.js';

export const a = (value: string): ZoneRecord => ({ type: 'A', value });
export const aaaa = (value: string): ZoneRecord => ({ type: 'AAAA', value });
export const cname = (value: string): ZoneRecord => ({ type: 'CNAME', value });
export const ns = (value: string): ZoneRecord => ({ type: 'NS', value });
export const txt = (value: string | string[]): ZoneRecord => ({ type: 'TXT', value });
export const mx = (preference: number, exchange: string): ZoneRecord => ({ type: 'MX', value: { preference, exchange } });
export const caa = (tag: 'issue' | 'issuewild' | 'iodef', value: string): ZoneRecord => ({ type: 'CAA', value: { tag, value } });

const KEYS = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../fixtures/domain/dkim-keys.json'), 'utf8')) as Record<string, string>;

/** A public DKIM key (base64 SubjectPublicKeyInfo): rsa512, rsa1024, rsa2048, rsa4096 or ed25519 (raw). */
export function dkimKey(name: 'rsa512' | 'rsa1024' | 'rsa2048' | 'rsa4096' | 'ed25519'): string {
  return KEYS[name]!;
}
