import { createPublicKey } from 'node:crypto';

/**
 * DKIM key records (RFC 6376 section 3.6.1): `v=DKIM1; k=rsa; p=<base64 public key>`. The key is
 * decoded with node:crypto, so a truncated or mangled key (a common copy-paste accident with records
 * split into 255-byte chunks) is caught, and an RSA key's size is known.
 */

export type DkimKey =
  | { ok: true; type: 'rsa'; bits: number }
  | { ok: true; type: 'ed25519'; bits: 256 }
  | { ok: false; problem: string };

export function isDkimKeyRecord(text: string): boolean {
  return /(^|;)\s*p\s*=/i.test(text);
}

export function parseDkimKey(text: string): DkimKey {
  const tags = new Map<string, string>();
  const parts = text.split(';').map((p) => p.trim()).filter(Boolean);
  for (const [index, part] of parts.entries()) {
    const eq = part.indexOf('=');
    if (eq <= 0) return { ok: false, problem: `"${part.slice(0, 40)}" is not a tag=value pair` };
    const tag = part.slice(0, eq).trim().toLowerCase();
    if (tags.has(tag)) return { ok: false, problem: `${tag}= appears twice` };
    tags.set(tag, part.slice(eq + 1).trim());
    if (tag === 'v' && index !== 0) return { ok: false, problem: 'v=DKIM1 must be the first tag' };
  }
  const version = tags.get('v');
  if (version !== undefined && version !== 'DKIM1') return { ok: false, problem: `v=${version} is not DKIM1` };
  const type = (tags.get('k') ?? 'rsa').toLowerCase();
  // Folding whitespace may appear inside the base64 text.
  const data = (tags.get('p') ?? '').replace(/\s+/g, '');
  if (data === '') return { ok: false, problem: 'the key is revoked (p= is empty)' };
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(data) || data.length % 4 !== 0) return { ok: false, problem: 'p= is not valid base64 (a chunk may have been cut or mangled)' };
  const der = Buffer.from(data, 'base64');
  if (type === 'ed25519') {
    return der.length === 32 ? { ok: true, type: 'ed25519', bits: 256 } : { ok: false, problem: `an ed25519 key is 32 bytes, p= holds ${der.length}` };
  }
  if (type !== 'rsa') return { ok: false, problem: `k=${type} is not a key type DKIM verifiers know (rsa, ed25519)` };
  for (const format of ['spki', 'pkcs1'] as const) {
    try {
      const key = createPublicKey({ key: der, format: 'der', type: format });
      if (key.asymmetricKeyType !== 'rsa') return { ok: false, problem: `k=rsa, but p= holds a ${key.asymmetricKeyType} key` };
      return { ok: true, type: 'rsa', bits: key.asymmetricKeyDetails?.modulusLength ?? 0 };
    } catch {
      // try the other encoding
    }
  }
  return { ok: false, problem: 'p= does not decode to an RSA public key (a chunk may have been cut or mangled)' };
}
