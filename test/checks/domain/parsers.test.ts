import { describe, expect, test } from '@jest/globals';
import { parseDkimKey } from '../../../src/checks/domain/dkim.js';
import { isDmarcRecord, parseDmarc } from '../../../src/checks/domain/dmarc.js';
import { parseHsts } from '../../../src/checks/domain/hsts.js';
import { isSpfRecord, parseSpf, validDomainSpec } from '../../../src/checks/domain/spf.js';
import { dkimKey } from '../../support/dns-server.js';

describe('parseSpf', () => {
  test.each([
    ['v=spf1 -all', []],
    ['v=spf1 ip4:192.0.2.0/24 ip4:198.51.100.7 ip6:2001:db8::/32 ip6:::1 -all', []],
    ['v=spf1 a a:mail.example.com a/24 a//64 a:example.com/24//64 mx mx:example.com/28 ~all', []],
    ['v=spf1 include:_spf.google.com include:%{d}.spf.example.com exists:%{i}._spf.%{d} ptr ?all', []],
    ['v=spf1 redirect=_spf.example.com exp=explain.example.com unknown-mod=x', []],
    ['V=SPF1 Include:_spf.Example.com -ALL', []],
    ['v=spf1 ip4:192.0.2.0/33 -all', ['"ip4:192.0.2.0/33": the prefix length must be 0-32']],
    ['v=spf1 ip4:example.com -all', ['"ip4:example.com": "example.com" is not an IPv4 address']],
    ['v=spf1 ip6:2001:db8::/129', ['"ip6:2001:db8::/129": the prefix length must be 0-128']],
    ['v=spf1 include -all', ['"include": include needs a domain (include:example.com)']],
    ['v=spf1 include:localhost -all', ['"include:localhost": "localhost" is not a valid domain']],
    ['v=spf1 a:example.123 -all', ['"a:example.123": "example.123" is not a valid domain']],
    ['v=spf1 a/99', ['"a/99": the prefix length must be /0-32 for IPv4 and //0-128 for IPv6']],
    ['v=spf1 all:x', ['"all:x": all takes no argument']],
    ['v=spf1 ptr/24', ['"ptr/24": ptr takes no prefix length']],
    ['v=spf1 include:a.example.com include:b.example.com -all redirect=c.example.com redirect=d.example.com', ['"redirect=" appears twice']],
    ['v=spf1 ip:1.2.3.4 +mx', ['"ip:1.2.3.4" is not an SPF mechanism or modifier']],
  ])('%s', (record, errors) => {
    expect(parseSpf(record).errors).toEqual(errors);
  });

  test('qualifiers and targets', () => {
    expect(parseSpf('v=spf1 -include:a.example ~mx ?a:b.example +ip4:192.0.2.1 all').terms.map((t) => (t.kind === 'mechanism' ? `${t.qualifier}${t.name}:${t.target ?? ''}` : t.name))).toEqual([
      '-include:a.example', '~mx:', '?a:b.example', '+ip4:192.0.2.1', '+all:',
    ]);
  });

  test('what counts as an SPF record and a domain-spec', () => {
    expect(['v=spf1', 'v=spf1 -all', 'V=SPF1 mx', 'v=spf10 -all', 'spf1 -all', ' v=spf1'].map(isSpfRecord)).toEqual([true, true, true, false, false, false]);
    expect(['example.com', 'example.com.', '_spf.example.com', '%{d}', '%{ir}.%{v}._spf.%{d2}', 'com', '%{x}.example.com', 'a..b'].map(validDomainSpec))
      .toEqual([true, true, true, true, true, false, false, false]);
  });
});

describe('parseDmarc', () => {
  test('a full record', () => {
    expect(parseDmarc('v=DMARC1; p=reject; sp=quarantine; pct=50; rua=mailto:a@x.test,mailto:b@y.test!10m; ruf=mailto:f@x.test; adkim=s; aspf=r; fo=1:d; ri=86400;')).toEqual({
      policy: 'reject', subdomainPolicy: 'quarantine', pct: 50, rua: ['mailto:a@x.test', 'mailto:b@y.test!10m'], ruf: ['mailto:f@x.test'], errors: [], unknownTags: [],
    });
  });

  test.each([
    ['v=DMARC1; p=none', []],
    ['v=DMARC1', ['has no p= tag (the policy: none, quarantine or reject)']],
    ['p=reject; v=DMARC1', ['v=DMARC1 must be the first tag']],
    ['v=DMARC1; p=reject; p=none', ['p= appears twice']],
    ['v=DMARC1; p=reject; adkim=x; aspf=strict', ['adkim=x is not r (relaxed) or s (strict)', 'aspf=strict is not r (relaxed) or s (strict)']],
    ['v=DMARC1; p=reject;; fo=2', ['has an empty tag (";;")', 'fo=2 is not a colon-separated list of 0, 1, d and s']],
    ['v=DMARC1; p=reject; ri=daily; rua', ['ri=daily is not a number of seconds', '"rua" is not a tag=value pair']],
  ])('%s', (record, errors) => {
    expect(parseDmarc(record).errors).toEqual(errors);
  });

  test('what counts as a DMARC record', () => {
    expect(['v=DMARC1; p=none', 'v=DMARC1', 'v = DMARC1 ; p=none', 'v=DMARC2; p=none', 'p=none; v=DMARC1', 'v=spf1'].map(isDmarcRecord)).toEqual([true, true, true, false, false, false]);
  });
});

describe('parseDkimKey', () => {
  const rsa2048 = dkimKey('rsa2048');
  test.each([
    ['2048-bit RSA', `v=DKIM1; k=rsa; p=${rsa2048}`, { ok: true, type: 'rsa', bits: 2048 }],
    ['1024-bit RSA without v= and k=', `p=${dkimKey('rsa1024')}`, { ok: true, type: 'rsa', bits: 1024 }],
    ['whitespace folded into the key', `v=DKIM1; p=${rsa2048.replace(/(.{60})/g, '$1 ')}`, { ok: true, type: 'rsa', bits: 2048 }],
    ['ed25519', `k=ed25519; p=${dkimKey('ed25519')}`, { ok: true, type: 'ed25519', bits: 256 }],
    ['an empty p= (revoked)', 'v=DKIM1; p=', { ok: false, problem: 'the key is revoked (p= is empty)' }],
    ['no p= at all', 'v=DKIM1; k=rsa', { ok: false, problem: 'the key is revoked (p= is empty)' }],
    ['v= not first', 'k=rsa; v=DKIM1; p=AAAA', { ok: false, problem: 'v=DKIM1 must be the first tag' }],
    ['another version', 'v=DKIM2; p=AAAA', { ok: false, problem: 'v=DKIM2 is not DKIM1' }],
    ['an unknown key type', 'v=DKIM1; k=dsa; p=AAAA', { ok: false, problem: 'k=dsa is not a key type DKIM verifiers know (rsa, ed25519)' }],
    ['not base64', 'v=DKIM1; p=not*base64', { ok: false, problem: 'p= is not valid base64 (a chunk may have been cut or mangled)' }],
    ['a key cut short', `v=DKIM1; p=${rsa2048.slice(0, 200)}`, { ok: false, problem: 'p= does not decode to an RSA public key (a chunk may have been cut or mangled)' }],
    ['a short ed25519 key', 'k=ed25519; p=AAAA', { ok: false, problem: 'an ed25519 key is 32 bytes, p= holds 3' }],
    ['p= twice', `v=DKIM1; p=${dkimKey('rsa512')}; p=x`, { ok: false, problem: 'p= appears twice' }],
  ])('%s', (_name, record, expected) => {
    expect(parseDkimKey(record)).toEqual(expected);
  });
});

describe('parseHsts', () => {
  test.each([
    ['max-age=31536000; includeSubDomains; preload', { maxAge: 31536000, includeSubDomains: true, preload: true }],
    ['max-age="600"', { maxAge: 600, includeSubDomains: false, preload: false }],
    ['MAX-AGE=0', { maxAge: 0, includeSubDomains: false, preload: false }],
    ['max-age=600, max-age=31536000; includeSubDomains', { maxAge: 600, includeSubDomains: false, preload: false }],
    ['includeSubDomains', { includeSubDomains: true, preload: false, invalid: 'it has no max-age' }],
    ['max-age=1y', { includeSubDomains: false, preload: false, invalid: 'max-age=1y is not a number of seconds' }],
    ['max-age=1; max-age=2', { includeSubDomains: false, preload: false, invalid: 'max-age appears twice' }],
  ])('%s', (header, expected) => {
    expect(parseHsts(header)).toEqual(expected);
  });
});
