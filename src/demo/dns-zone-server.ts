/**
 * A tiny authoritative DNS server for one in-memory zone, on 127.0.0.1, answering UDP and TCP on the
 * same port as real servers do. It serves the demo's domain (`npm run demo`) and the domain check's
 * tests: answers larger than 512 bytes are truncated over UDP (TC bit) so resolvers retry over TCP,
 * the way long DKIM keys behave in the wild, and names can be made to fail (SERVFAIL, REFUSED, or no
 * answer at all, which the client sees as a timeout).
 */
import { createSocket, type RemoteInfo, type Socket } from 'node:dgram';
import { createServer, type Server, type Socket as TcpSocket } from 'node:net';
import type { AddressInfo } from 'node:net';
import dnsPacket from 'dns-packet';

export type ZoneRecord =
  | { type: 'A' | 'AAAA' | 'CNAME' | 'NS'; value: string; ttl?: number }
  | { type: 'TXT'; value: string | string[]; ttl?: number }
  | { type: 'MX'; value: { preference: number; exchange: string }; ttl?: number }
  | { type: 'CAA'; value: { flags?: number; tag: 'issue' | 'issuewild' | 'iodef'; value: string }; ttl?: number };

/** What a name does instead of answering. `drop` sends nothing back, so the client times out. */
export type ZoneFailure = 'servfail' | 'refused' | 'drop';

/** Names (lowercase, no trailing dot) to their records, or to a failure. */
export type Zone = Record<string, ZoneRecord[] | ZoneFailure>;

export interface DnsQueryLogEntry {
  name: string;
  type: string;
  transport: 'udp' | 'tcp';
}

export interface DnsZoneServer {
  /** For `resolver:` and `Resolver.setServers`, e.g. 127.0.0.1:40123. */
  address: string;
  port: number;
  /** Every question asked, in order. */
  queries: DnsQueryLogEntry[];
  /** Replaces the zone; later queries see the new records. */
  setZone(zone: Zone): void;
  close(): Promise<void>;
}

// RFC 1035: without EDNS a UDP answer is at most 512 bytes. Staying at 512 even when the client offers
// more makes the TCP retry of long answers happen on every platform.
const MAX_UDP_BYTES = 512;
const MAX_CNAME_CHAIN = 8;
const RCODE = { NOERROR: 0, SERVFAIL: 2, NXDOMAIN: 3, REFUSED: 5 } as const;

/** Splits text into the ≤255-byte character strings a TXT record is made of. */
export function txtChunks(text: string, size = 255): string[] {
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
  return chunks.length ? chunks : [''];
}

export async function startDnsZoneServer(initial: Zone, options: { host?: string } = {}): Promise<DnsZoneServer> {
  const host = options.host ?? '127.0.0.1';
  let zone = normalize(initial);
  const queries: DnsQueryLogEntry[] = [];
  const tcpSockets = new Set<TcpSocket>();

  const answer = (query: Buffer, transport: 'udp' | 'tcp'): Buffer | undefined => {
    let request: dnsPacket.DecodedPacket;
    try {
      request = dnsPacket.decode(query);
    } catch {
      return undefined; // not DNS: ignore, as servers do
    }
    const question = request.questions?.[0];
    if (!question) return undefined;
    queries.push({ name: question.name.toLowerCase(), type: question.type, transport });
    const response = resolveQuestion(zone, question);
    if (response === 'drop') return undefined;
    const packet: dnsPacket.Packet = {
      type: 'response',
      id: request.id,
      flags: dnsPacket.AUTHORITATIVE_ANSWER | (request.flags ?? 0) & dnsPacket.RECURSION_DESIRED | response.rcode,
      questions: [question],
      answers: response.answers,
    };
    const encoded = dnsPacket.encode(packet);
    if (transport === 'udp' && encoded.length > MAX_UDP_BYTES) {
      return dnsPacket.encode({ ...packet, answers: [], flags: (packet.flags ?? 0) | dnsPacket.TRUNCATED_RESPONSE });
    }
    return encoded;
  };

  const makeUdp = (): Socket => {
    const socket = createSocket('udp4');
    socket.on('message', (message: Buffer, remote: RemoteInfo) => {
      const reply = answer(message, 'udp');
      if (reply) socket.send(reply, remote.port, remote.address);
    });
    return socket;
  };

  const tcp: Server = createServer((socket) => {
    tcpSockets.add(socket);
    socket.on('close', () => tcpSockets.delete(socket));
    socket.on('error', () => socket.destroy());
    let buffered = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      while (buffered.length >= 2) {
        const length = buffered.readUInt16BE(0);
        if (buffered.length < 2 + length) break;
        const reply = answer(buffered.subarray(2, 2 + length), 'tcp');
        buffered = buffered.subarray(2 + length);
        if (reply) {
          const prefix = Buffer.alloc(2);
          prefix.writeUInt16BE(reply.length);
          socket.write(Buffer.concat([prefix, reply]));
        }
      }
    });
  });

  const { udp, port } = await bindSamePort(makeUdp, tcp, host);
  udp.on('error', () => undefined);
  return {
    address: `${host}:${port}`,
    port,
    queries,
    setZone(next) {
      zone = normalize(next);
    },
    async close() {
      for (const socket of tcpSockets) socket.destroy();
      await Promise.all([
        new Promise<void>((resolve) => udp.close(() => resolve())),
        new Promise<void>((resolve) => tcp.close(() => resolve())),
      ]);
    },
  };
}

/** UDP takes a free port first; TCP then binds the same number, trying again if someone holds it. */
async function bindSamePort(makeUdp: () => Socket, tcp: Server, host: string): Promise<{ udp: Socket; port: number }> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const udp = makeUdp();
    await new Promise<void>((resolve, reject) => {
      udp.once('error', reject);
      udp.bind(0, host, () => {
        udp.off('error', reject);
        resolve();
      });
    });
    const port = (udp.address() as AddressInfo).port;
    const bound = await new Promise<boolean>((resolve) => {
      const onError = () => resolve(false);
      tcp.once('error', onError);
      tcp.listen(port, host, () => {
        tcp.off('error', onError);
        resolve(true);
      });
    });
    if (bound) return { udp, port };
    udp.close();
  }
  throw new Error('no port was free for both UDP and TCP');
}

function normalize(zone: Zone): Map<string, ZoneRecord[] | ZoneFailure> {
  return new Map(Object.entries(zone).map(([name, records]) => [canonical(name), records]));
}

function canonical(name: string): string {
  return name.toLowerCase().replace(/\.$/, '');
}

function resolveQuestion(
  zone: Map<string, ZoneRecord[] | ZoneFailure>, question: dnsPacket.Question,
): { rcode: number; answers: dnsPacket.Answer[] } | 'drop' {
  const answers: dnsPacket.Answer[] = [];
  let name = canonical(question.name);
  for (let hop = 0; hop <= MAX_CNAME_CHAIN; hop++) {
    const entry = zone.get(name);
    if (entry === 'drop') return 'drop';
    if (entry === 'servfail') return { rcode: RCODE.SERVFAIL, answers: [] };
    if (entry === 'refused') return { rcode: RCODE.REFUSED, answers: [] };
    if (!entry) {
      // A name that only has names below it (e.g. _domainkey) exists but has no data.
      const exists = [...zone.keys()].some((k) => k.endsWith(`.${name}`));
      return { rcode: exists || answers.length ? RCODE.NOERROR : RCODE.NXDOMAIN, answers };
    }
    const matching = entry.filter((r) => r.type === question.type);
    if (matching.length) {
      answers.push(...matching.map((r) => toAnswer(question.name === name ? question.name : name, r)));
      return { rcode: RCODE.NOERROR, answers };
    }
    const cname = entry.find((r) => r.type === 'CNAME');
    if (!cname || question.type === 'CNAME') return { rcode: RCODE.NOERROR, answers };
    answers.push(toAnswer(name, cname));
    name = canonical(cname.value as string);
  }
  return { rcode: RCODE.SERVFAIL, answers: [] };
}

function toAnswer(name: string, record: ZoneRecord): dnsPacket.Answer {
  const ttl = record.ttl ?? 300;
  switch (record.type) {
    case 'TXT':
      return { type: 'TXT', name, ttl, data: Array.isArray(record.value) ? record.value : txtChunks(record.value) };
    case 'MX':
      return { type: 'MX', name, ttl, data: record.value };
    case 'CAA':
      return { type: 'CAA', name, ttl, data: { flags: record.value.flags ?? 0, tag: record.value.tag, value: record.value.value } };
    default:
      return { type: record.type, name, ttl, data: record.value };
  }
}
