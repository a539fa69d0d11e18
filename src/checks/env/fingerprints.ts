import { createHmac, randomBytes } from 'node:crypto';

/**
 * Keyed fingerprints let two jobs, each bound to one environment, prove that a secret differs between
 * them without either seeing the other's value: each writes HMAC-SHA256(key, value) per variable, and
 * a later job compares the files. Without the key a fingerprint cannot be brute-forced from a guess.
 */

export const FINGERPRINT_KIND = 'release-gate/env-fingerprints';
const KEY_CONTEXT = 'release-gate env fingerprints v1';

export interface FingerprintKey {
  /** Derived from the user's key, so the raw key is never used directly. */
  readonly bytes: Buffer;
  /** True when made up for this run because no fingerprint-key was given: good only in-process. */
  readonly random: boolean;
}

export interface FingerprintFile {
  schemaVersion: 1;
  kind: typeof FINGERPRINT_KIND;
  environment: string;
  algorithm: 'HMAC-SHA256';
  /** A fingerprint of a fixed text: equal only when two files were made with the same key. */
  keyCheck: string;
  fingerprints: Record<string, string>;
}

export function fingerprintKey(secret: string | undefined): FingerprintKey {
  if (secret) return { bytes: createHmac('sha256', secret).update(KEY_CONTEXT).digest(), random: false };
  return { bytes: randomBytes(32), random: true };
}

export function fingerprint(key: FingerprintKey, value: string): string {
  return createHmac('sha256', key.bytes).update(value, 'utf8').digest('hex');
}

export function keyCheck(key: FingerprintKey): string {
  return fingerprint(key, 'release-gate key check').slice(0, 16);
}

export function artifactName(environment: string): string {
  return `env-fingerprints-${environment}.json`;
}

export function renderFingerprintFile(key: FingerprintKey, environment: string, fingerprints: ReadonlyMap<string, string>): string {
  const file: FingerprintFile = {
    schemaVersion: 1, kind: FINGERPRINT_KIND, environment, algorithm: 'HMAC-SHA256', keyCheck: keyCheck(key),
    fingerprints: Object.fromEntries([...fingerprints].sort(([a], [b]) => a.localeCompare(b))),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Reads a fingerprint file written by another job; a problem comes back as a sentence, never a throw. */
export function parseFingerprintFile(text: string): { ok: true; file: FingerprintFile } | { ok: false; reason: string } {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { ok: false, reason: 'is not valid JSON' };
  }
  const d = data as Partial<FingerprintFile> | null;
  if (!d || typeof d !== 'object' || d.kind !== FINGERPRINT_KIND) return { ok: false, reason: `is not a release-gate fingerprint file (no "kind": "${FINGERPRINT_KIND}")` };
  if (d.schemaVersion !== 1) return { ok: false, reason: 'has a schemaVersion this release-gate cannot read' };
  if (typeof d.environment !== 'string' || !d.environment) return { ok: false, reason: 'names no environment' };
  if (typeof d.keyCheck !== 'string' || d.algorithm !== 'HMAC-SHA256') return { ok: false, reason: 'has no HMAC-SHA256 keyCheck' };
  const prints = d.fingerprints;
  if (!prints || typeof prints !== 'object' || Object.values(prints).some((v) => typeof v !== 'string' || !/^[0-9a-f]{64}$/.test(v))) {
    return { ok: false, reason: 'has fingerprints that are not 64 hex characters each' };
  }
  return { ok: true, file: d as FingerprintFile };
}
