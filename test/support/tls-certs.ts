/**
 * Certificates for tests, made with the openssl CLI in a temp directory: a test CA, leaves it signs
 * with exact validity dates (expired, expiring in N days, for the wrong host), and self-signed ones
 * nobody trusts. Plus TLS and HTTPS servers on 127.0.0.1 that pick the certificate by SNI.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSecureContext, createServer as createTlsServer, type SecureContext, type Server as TlsServer } from 'node:tls';

export interface KeyPair {
  key: string;
  cert: string;
}

export interface TestPki {
  dir: string;
  /** PEM of the test CA, and its file path (for `ca:` in a manifest). */
  caPem: string;
  caFile: string;
  /** The instant validity offsets count from: pass it as the check's clock. */
  base: Date;
  /** A leaf signed by the test CA for `hosts`, valid from base+fromDays to base+toDays. */
  leaf(hosts: string[], validity: { fromDays: number; toDays: number }): KeyPair;
  /** A self-signed certificate for `hosts`, valid for a year from now (no test CA involved). */
  selfSigned(hosts: string[]): KeyPair;
  cleanup(): void;
}

const DAY_MS = 86_400_000;

function openssl(dir: string, args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
}

/** OpenSSL's ASN.1 GeneralizedTime: YYYYMMDDHHMMSSZ. */
function asn1Time(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, '').replace(/\.\d+Z$/, 'Z');
}

function subjectAltName(hosts: string[]): string {
  return hosts.map((h) => (/^[\d.]+$/.test(h) ? `IP:${h}` : `DNS:${h}`)).join(',');
}

export function createTestPki(): TestPki {
  const dir = mkdtempSync(join(tmpdir(), 'release-gate-pki-'));
  const base = new Date(Math.floor(Date.now() / 1000) * 1000);
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  openssl(dir, ['req', '-x509', ...ec, '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '3650', '-subj', '/CN=release-gate test CA',
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign']);
  writeFileSync(join(dir, 'index.txt'), '');
  writeFileSync(join(dir, 'serial'), '1000\n');
  writeFileSync(join(dir, 'ca.cnf'), [
    '[ca]', 'default_ca = test', '[test]', `dir = ${dir}`, 'database = $dir/index.txt', 'new_certs_dir = $dir', 'serial = $dir/serial',
    'certificate = $dir/ca.pem', 'private_key = $dir/ca.key', 'default_md = sha256', 'policy = anything', 'unique_subject = no',
    'copy_extensions = none', '[anything]', 'commonName = supplied', '',
  ].join('\n'));
  let counter = 0;
  const caPem = readFileSync(join(dir, 'ca.pem'), 'utf8');
  return {
    dir, caPem, caFile: join(dir, 'ca.pem'), base,
    leaf(hosts, validity) {
      const name = `leaf-${++counter}`;
      openssl(dir, ['req', ...ec, '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${hosts[0]}`]);
      writeFileSync(join(dir, `${name}.ext`), `[leaf]\nsubjectAltName = ${subjectAltName(hosts)}\nbasicConstraints = CA:FALSE\nextendedKeyUsage = serverAuth\n`);
      openssl(dir, ['ca', '-batch', '-config', 'ca.cnf', '-in', `${name}.csr`, '-out', `${name}.pem`, '-notext',
        '-startdate', asn1Time(new Date(base.getTime() + validity.fromDays * DAY_MS)),
        '-enddate', asn1Time(new Date(base.getTime() + validity.toDays * DAY_MS)),
        '-extfile', `${name}.ext`, '-extensions', 'leaf']);
      return { key: readFileSync(join(dir, `${name}.key`), 'utf8'), cert: readFileSync(join(dir, `${name}.pem`), 'utf8') };
    },
    selfSigned(hosts) {
      const name = `self-${++counter}`;
      openssl(dir, ['req', '-x509', ...ec, '-keyout', `${name}.key`, '-out', `${name}.pem`, '-days', '365', '-subj', `/CN=${hosts[0]}`,
        '-addext', `subjectAltName=${subjectAltName(hosts)}`]);
      return { key: readFileSync(join(dir, `${name}.key`), 'utf8'), cert: readFileSync(join(dir, `${name}.pem`), 'utf8') };
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface SniOptions {
  /** Certificates by SNI name; a name not listed (or no SNI) gets `fallback`. */
  certificates: Record<string, KeyPair>;
  fallback: KeyPair;
  /** Also accept TLS 1.0 and 1.1 (for tls-old-protocol). */
  allowOldProtocols?: boolean;
}

export interface RunningServer {
  port: number;
  close(): Promise<void>;
}

function sniOptions(options: SniOptions) {
  const old = options.allowOldProtocols ? { minVersion: 'TLSv1' as const, ciphers: 'DEFAULT@SECLEVEL=0' } : {};
  const contexts = new Map<string, SecureContext>(Object.entries(options.certificates).map(([name, pair]) => [name.toLowerCase(), createSecureContext({ ...pair, ...old })]));
  return {
    ...options.fallback,
    ...old,
    SNICallback: (servername: string, callback: (error: Error | null, context?: SecureContext) => void) => callback(null, contexts.get(servername.toLowerCase())),
  };
}

async function listen(server: TlsServer | HttpsServer): Promise<RunningServer> {
  // Raw TCP sockets, so close() ends connections still in (or stuck before) the handshake too.
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    }),
  };
}

/** A TLS server that completes the handshake and closes: enough for certificate checks. */
export function startTlsServer(options: SniOptions): Promise<RunningServer> {
  const server = createTlsServer(sniOptions(options), (socket) => socket.end());
  server.on('tlsClientError', () => undefined);
  return listen(server);
}

export interface RunningHttpsServer extends RunningServer {
  /** Serve this certificate from now on (a renewal): new connections get it, as after a reload. */
  use(pair: KeyPair): void;
}

/** An HTTPS server with certificates by SNI, answering with `handler`. */
export async function startHttpsServer(options: SniOptions, handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<RunningHttpsServer> {
  const server = createHttpsServer(sniOptions(options), handler);
  server.on('tlsClientError', () => undefined);
  const running = await listen(server);
  return { ...running, use: (pair) => server.setSecureContext({ ...pair }) };
}
