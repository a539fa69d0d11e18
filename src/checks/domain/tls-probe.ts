import { X509Certificate } from 'node:crypto';
import { isIP } from 'node:net';
import { checkServerIdentity, connect, createSecureContext, type DetailedPeerCertificate, type SecureContext, type TLSSocket } from 'node:tls';
import { formatMs } from '../../http/client.js';
import type { DnsClient } from './dns-client.js';

/**
 * Connects to a TLS endpoint the way a browser would (the host name as SNI, the address from the
 * configured resolver) and records what was served: the certificates, the negotiated protocol, whether
 * the chain is trusted and for the host. A second handshake limited to TLS 1.0-1.1 tells whether the
 * server still accepts protocols older than TLS 1.2. Expiry is judged later, against the check's clock.
 */

export interface CertificateInfo {
  subject: string;
  /** DNS names and addresses the certificate is for. */
  names: string[];
  validFrom: Date;
  validTo: Date;
  leaf: boolean;
}

export type TlsProbeResult =
  | { ok: false; message: string; oldProtocol?: string }
  | {
    ok: true;
    protocol: string;
    /** The leaf first, then the intermediates the server sent (self-signed roots are left out). */
    certificates: CertificateInfo[];
    /** OpenSSL's verdict on the chain, without the expiry codes (judged against the check's clock instead). */
    untrusted?: { code: string; reason: string };
    hostnameMismatch?: string;
    /** Set when a TLS 1.0/1.1 handshake succeeded. */
    oldProtocol?: string;
  };

export interface TlsProbeOptions {
  host: string;
  port: number;
  dns: DnsClient;
  contexts: TlsContexts;
  timeoutMs: number;
  signal?: AbortSignal;
}

/** The two client configurations, built once per run: parsing a few hundred roots per handshake is slow. */
export interface TlsContexts {
  modern: SecureContext;
  /** Offers only TLS 1.0 and 1.1 (OpenSSL 3 needs security level 0 for them). */
  legacy: SecureContext;
}

/** @param ca trusted roots: the system's plus any extra CA, or undefined for Node's defaults */
export function createTlsContexts(ca: string[] | undefined): TlsContexts {
  return {
    modern: createSecureContext(ca ? { ca } : {}),
    legacy: createSecureContext({ ...(ca ? { ca } : {}), minVersion: 'TLSv1', maxVersion: 'TLSv1.1', ciphers: 'DEFAULT@SECLEVEL=0' }),
  };
}

// Judged separately: expiry against ctx.now() (so tests and the demo control time), the name by checkServerIdentity.
const NOT_TRUST_CODES = new Set(['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID', 'ERR_TLS_CERT_ALTNAME_INVALID']);

const UNTRUSTED_REASONS: Record<string, string> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: 'it is self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'its chain ends in a self-signed certificate that is not a trusted root',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'its issuer is not a trusted CA, or the server does not send the intermediate certificate',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its issuer is not a trusted CA, or the server does not send the intermediate certificate',
  UNABLE_TO_GET_ISSUER_CERT: 'its issuer certificate cannot be found',
  CERT_SIGNATURE_FAILURE: 'its signature does not verify',
  CERT_REVOKED: 'it has been revoked',
  INVALID_CA: 'it was issued by a certificate that is not a CA',
  CERT_UNTRUSTED: 'it is not trusted for serving websites',
};

export async function probeTls(options: TlsProbeOptions): Promise<TlsProbeResult> {
  let address: string;
  try {
    address = (await options.dns.addresses(options.host))[0]!.address;
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
  const [main, old] = await Promise.all([
    handshake(options, address, options.contexts.modern),
    handshake(options, address, options.contexts.legacy),
  ]);
  const oldProtocol = old.ok ? old.protocol : undefined;
  if (!main.ok) return { ok: false, message: main.message, oldProtocol };
  return { ...main.result, oldProtocol };
}

type Handshake = { ok: true; protocol: string; result: Extract<TlsProbeResult, { ok: true }> } | { ok: false; message: string };

function handshake(options: TlsProbeOptions, address: string, secureContext: SecureContext): Promise<Handshake> {
  const where = `${options.host}:${options.port}`;
  return new Promise((resolve) => {
    let settled = false;
    let socket: TLSSocket | undefined;
    const finish = (result: Handshake) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      socket?.destroy();
      resolve(result);
    };
    const onAbort = () => finish({ ok: false, message: `${where}: stopped before the handshake finished` });
    const timer = setTimeout(() => finish({ ok: false, message: `${where} did not complete a TLS handshake within ${formatMs(options.timeoutMs)}` }), options.timeoutMs);
    options.signal?.addEventListener('abort', onAbort, { once: true });
    if (options.signal?.aborted) return onAbort();
    try {
      socket = connect({
        host: address,
        port: options.port,
        servername: isIP(options.host) ? undefined : options.host,
        secureContext,
        rejectUnauthorized: false,
      });
    } catch (error) {
      return finish({ ok: false, message: `${where}: ${(error as Error).message}` });
    }
    socket.once('secureConnect', () => {
      const s = socket!;
      try {
        const protocol = s.getProtocol() ?? 'unknown';
        const peer = s.getPeerCertificate(true);
        const code = authorizationCode(s.authorizationError);
        const untrusted = code && !NOT_TRUST_CODES.has(code) ? { code, reason: UNTRUSTED_REASONS[code] ?? code } : undefined;
        const mismatch = peer && Object.keys(peer).length ? checkServerIdentity(options.host, peer) : undefined;
        const certificates = chainOf(peer);
        finish({
          ok: true,
          protocol,
          result: { ok: true, protocol, certificates, untrusted, hostnameMismatch: mismatch ? describeNames(certificates[0]) : undefined },
        });
      } catch (error) {
        finish({ ok: false, message: `${where}: could not read the certificate (${(error as Error).message})` });
      }
    });
    socket.once('error', (error: NodeJS.ErrnoException) => finish({ ok: false, message: describeConnectError(where, error) }));
  });
}

function authorizationCode(error: unknown): string | undefined {
  if (!error) return undefined;
  if (typeof error === 'string') return error;
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}

function chainOf(peer: DetailedPeerCertificate | undefined): CertificateInfo[] {
  const out: CertificateInfo[] = [];
  const seen = new Set<string>();
  for (let cert = peer; cert && cert.raw && !seen.has(cert.fingerprint256); cert = cert.issuerCertificate) {
    seen.add(cert.fingerprint256);
    const x509 = new X509Certificate(cert.raw);
    const leaf = out.length === 0;
    // Roots come from the trust store, not from the server; their dates are not the site's to fix.
    if (!leaf && x509.checkIssued(x509)) break;
    out.push({
      subject: x509.subject.replace(/\n/g, ', '),
      names: (x509.subjectAltName ?? '').split(', ').filter(Boolean).map((n) => n.replace(/^(DNS|IP Address):/, '')),
      validFrom: new Date(x509.validFrom),
      validTo: new Date(x509.validTo),
      leaf,
    });
  }
  return out;
}

function describeNames(cert: CertificateInfo | undefined): string {
  if (!cert) return 'an unknown name';
  if (cert.names.length) return cert.names.slice(0, 5).join(', ') + (cert.names.length > 5 ? ', …' : '');
  return cert.subject || 'no name';
}

function describeConnectError(where: string, error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ECONNREFUSED':
      return `${where} refused the connection`;
    case 'ECONNRESET':
      return `${where} closed the connection during the TLS handshake`;
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `${where} cannot be reached (${error.code})`;
    default:
      return `${where}: TLS handshake failed (${error.code ?? error.message})`;
  }
}
