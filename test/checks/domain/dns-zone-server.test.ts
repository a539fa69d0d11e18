import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { Resolver } from 'node:dns/promises';
import { a, cname, mx, startDnsServer, txt, type DnsZoneServer } from '../../support/dns-server.js';

let server: DnsZoneServer;
let resolver: Resolver;

beforeAll(async () => {
  server = await startDnsServer({
    'app.test': [a('127.0.0.1'), txt(['v=spf1 ', '-all']), mx(10, 'mx.app.test')],
    'www.app.test': [cname('app.test')],
    'big.app.test': [txt('x'.repeat(600))],
    's1._domainkey.app.test': [txt('v=DKIM1; p=')],
    'fail.app.test': 'servfail',
  });
  resolver = new Resolver({ timeout: 500, tries: 1 });
  resolver.setServers([server.address]);
});
afterAll(() => server.close());

const code = (promise: Promise<unknown>) => promise.then(() => 'ok', (e: NodeJS.ErrnoException) => e.code);

describe('the test DNS server', () => {
  test('answers records, follows CNAMEs, keeps TXT chunks apart', async () => {
    expect(await resolver.resolve4('app.test')).toEqual(['127.0.0.1']);
    expect(await resolver.resolve4('WWW.app.test')).toEqual(['127.0.0.1']);
    expect(await resolver.resolveCname('www.app.test')).toEqual(['app.test']);
    expect(await resolver.resolveTxt('app.test')).toEqual([['v=spf1 ', '-all']]);
    expect(await resolver.resolveMx('app.test')).toEqual([{ exchange: 'mx.app.test', priority: 10 }]);
  });

  test('NXDOMAIN for unknown names, no data for names with other records or only names below them, SERVFAIL on request', async () => {
    expect(await code(resolver.resolve4('nope.app.test'))).toBe('ENOTFOUND');
    expect(await code(resolver.resolveMx('s1._domainkey.app.test'))).toBe('ENODATA');
    expect(await code(resolver.resolveTxt('_domainkey.app.test'))).toBe('ENODATA');
    expect(await code(resolver.resolve4('fail.app.test'))).toBe('ESERVFAIL');
  });

  test('a long answer is truncated over UDP and fetched again over TCP on the same port', async () => {
    const before = server.queries.length;
    const [chunks] = await resolver.resolveTxt('big.app.test');
    expect(chunks!.join('')).toBe('x'.repeat(600));
    expect(chunks!.map((c) => c.length)).toEqual([255, 255, 90]);
    expect(server.queries.slice(before)).toEqual([
      { name: 'big.app.test', type: 'TXT', transport: 'udp' },
      { name: 'big.app.test', type: 'TXT', transport: 'tcp' },
    ]);
  });

  test('setZone swaps the records', async () => {
    server.setZone({ 'app.test': [a('192.0.2.1')] });
    expect(await resolver.resolve4('app.test')).toEqual(['192.0.2.1']);
  });
});
