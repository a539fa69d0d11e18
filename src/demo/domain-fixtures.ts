/**
 * The demo's domain, on loopback: a DNS zone for demo.example.test and a TLS endpoint in front of the
 * demo app, so `npm run demo` shows the domain check with no network. Planted problems (see
 * demo/workspace/planted-domain.json): DMARC is p=none, DKIM selector s2 is listed but not
 * published, and the certificate expires in 5 days.
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createTlsServer } from 'node:tls';
import { mintDemoCertificates } from './demo-certificates.js';
import { startDnsZoneServer, type Zone } from './dns-zone-server.js';

export const DEMO_DOMAIN = 'demo.example.test';

/** Placeholders in demo/workspace/manifest-domain.yml, replaced by the running fixtures' values. */
export const DEMO_DOMAIN_PLACEHOLDERS = {
  resolver: 'DEMO_DNS_RESOLVER',
  ca: 'DEMO_CA_FILE',
  tlsPort: 'DEMO_TLS_PORT',
} as const;

export interface DemoDomain {
  /** The zone's DNS server, e.g. 127.0.0.1:40123: the manifest's `resolver`. */
  resolver: string;
  /** Absolute path of the demo CA's PEM file: the manifest's `ca`. Removed by close(). */
  ca: string;
  /** The TLS endpoint's port on 127.0.0.1 (demo.example.test:<port>), which forwards to the app. */
  tlsPort: number;
  /** Placeholder → value, for the demo manifest's text. */
  substitutions: Record<string, string>;
  close(): Promise<void>;
}

const DAY_MS = 86_400_000;
// Five days and an hour, so the check, a moment later, still counts five whole days.
const CERTIFICATE_LIFETIME_MS = 5 * DAY_MS + 3_600_000;

export async function startDemoDomain(appPort: number, options: { now?: Date } = {}): Promise<DemoDomain> {
  const now = options.now ?? new Date();
  const certificates = mintDemoCertificates({ host: DEMO_DOMAIN, now, validForMs: CERTIFICATE_LIFETIME_MS });
  const dir = mkdtempSync(join(tmpdir(), 'release-gate-demo-domain-'));
  const caFile = join(dir, 'demo-ca.pem');
  writeFileSync(caFile, certificates.caPem);

  // ed25519 keys are instant to make and 32 bytes long: a real DKIM key without a slow RSA keygen.
  const dkim = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'der' }).subarray(-32).toString('base64');
  const zone: Zone = {
    [DEMO_DOMAIN]: [
      { type: 'A', value: '127.0.0.1' },
      { type: 'MX', value: { preference: 10, exchange: `mail.${DEMO_DOMAIN}` } },
      { type: 'TXT', value: 'v=spf1 ip4:127.0.0.1 -all' },
    ],
    [`api.${DEMO_DOMAIN}`]: [{ type: 'CNAME', value: DEMO_DOMAIN }],
    [`mail.${DEMO_DOMAIN}`]: [{ type: 'A', value: '127.0.0.1' }],
    // Planted: monitoring only, so spoofed mail is still delivered.
    [`_dmarc.${DEMO_DOMAIN}`]: [{ type: 'TXT', value: `v=DMARC1; p=none; rua=mailto:dmarc@${DEMO_DOMAIN}` }],
    [`s1._domainkey.${DEMO_DOMAIN}`]: [{ type: 'TXT', value: `v=DKIM1; k=ed25519; p=${dkim}` }],
    // Planted: no s2._domainkey record, though the manifest lists selector s2.
  };

  const dns = await startDnsZoneServer(zone);
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  };
  // Terminates TLS and pipes the bytes to the app, as a load balancer would.
  const tls = createTlsServer({ key: certificates.key, cert: certificates.cert }, (client) => {
    const upstream = connect(appPort, '127.0.0.1');
    track(upstream);
    client.pipe(upstream).pipe(client);
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end);
    upstream.on('error', end);
  });
  tls.on('connection', track);
  tls.on('tlsClientError', () => undefined);
  await new Promise<void>((resolve) => tls.listen(0, '127.0.0.1', resolve));
  const tlsPort = (tls.address() as AddressInfo).port;

  let closed: Promise<void> | undefined;
  return {
    resolver: dns.address,
    ca: caFile,
    tlsPort,
    substitutions: {
      [DEMO_DOMAIN_PLACEHOLDERS.resolver]: dns.address,
      [DEMO_DOMAIN_PLACEHOLDERS.ca]: caFile,
      [DEMO_DOMAIN_PLACEHOLDERS.tlsPort]: String(tlsPort),
    },
    close() {
      closed ??= (async () => {
        for (const socket of sockets) socket.destroy();
        await Promise.all([dns.close(), new Promise<void>((resolve) => tls.close(() => resolve()))]);
        rmSync(dir, { recursive: true, force: true });
      })();
      return closed;
    },
  };
}
