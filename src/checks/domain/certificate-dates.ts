import type { CertificateInfo } from './tls-probe.js';

/** Helpers shared by the TLS expiry rules (tls-expired, tls-expiring). */

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to`, rounded down. */
export function daysBetween(from: Date, to: Date): number {
  return Math.floor((to.getTime() - from.getTime()) / DAY_MS);
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function certificateLabel(certificate: CertificateInfo, host: string, port: number): string {
  return certificate.leaf
    ? `the certificate of ${host}:${port}`
    : `the intermediate certificate "${certificate.subject}" served by ${host}:${port}`;
}
