import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { a, cname, dkimKey, mx, startDnsServer, txt, txtChunks, type DnsZoneServer, type Zone } from '../../support/dns-server.js';
import { expectRows, runDomainCheck } from './domain-tester.js';

const FAMILY = [
  'spf-missing', 'spf-multiple-records', 'spf-syntax', 'spf-too-many-lookups', 'spf-void-lookups', 'spf-permissive-all',
  'dmarc-missing', 'dmarc-syntax', 'dmarc-weak-policy', 'dmarc-no-reports', 'dkim-missing', 'dkim-invalid-key', 'dkim-weak-key',
  'mx-missing', 'dns-lookup-failed',
];

const GOOD_DMARC = 'v=DMARC1; p=reject; rua=mailto:dmarc@reports.test';
/** What every mail domain below has unless its test is about it. */
const healthy = (domain: string, spf = 'v=spf1 ip4:192.0.2.0/24 -all'): Zone => ({
  [domain]: [txt(spf), mx(10, `mx.${domain}`)],
  [`mx.${domain}`]: [a('192.0.2.25')],
  [`_dmarc.${domain}`]: [txt(GOOD_DMARC)],
});

/** include:n0.chain.test → n1 → … each costing one lookup. */
function includeChain(length: number): Zone {
  const zone: Zone = {};
  for (let i = 0; i < length; i++) zone[`n${i}.chain.test`] = [txt(i + 1 < length ? `v=spf1 include:n${i + 1}.chain.test -all` : 'v=spf1 ip4:198.51.100.1 -all')];
  return zone;
}

let dns: DnsZoneServer;

beforeAll(async () => {
  dns = await startDnsServer({
    ...healthy('good.test', 'v=spf1 ip4:192.0.2.0/24 include:_spf.provider.test mx a -all'),
    '_spf.provider.test': [txt('v=spf1 ip4:198.51.100.0/24 ip6:2001:db8::/32 ~all')],
    // A 4096-bit key does not fit a 512-byte UDP answer: the resolver must retry over TCP.
    's1._domainkey.good.test': [txt(txtChunks(`v=DKIM1; k=rsa; p=${dkimKey('rsa2048')}`))],
    's2._domainkey.good.test': [txt(txtChunks(`v=DKIM1; k=rsa; p=${dkimKey('rsa4096')}`))],
    'ed._domainkey.good.test': [txt(`v=DKIM1; k=ed25519; p=${dkimKey('ed25519')}`)],
    // Providers hand out DKIM keys as CNAMEs to their own zone.
    'esp._domainkey.good.test': [cname('key1.provider.test')],
    'key1.provider.test': [txt(`k=rsa; p=${dkimKey('rsa2048')}`)],

    ...healthy('nospf.test'), 'nospf.test': [txt('google-site-verification=x'), mx(10, 'mx.nospf.test')],
    ...healthy('twospf.test'), 'twospf.test': [txt('v=spf1 -all'), txt('v=spf1 include:_spf.provider.test -all'), mx(10, 'mx.twospf.test')],
    ...healthy('badspf.test', 'v=spf1 ip4:999.1.1.1 foo:bar ip6:2001:db8::/129 -all'),
    ...healthy('loop.test', 'v=spf1 include:loop2.test -all'), 'loop2.test': [txt('v=spf1 include:loop.test -all')],
    ...healthy('noinclude.test', 'v=spf1 include:nothing-here.test -all'), 'nothing-here.test': [a('192.0.2.1')],
    ...healthy('many.test', 'v=spf1 include:n0.chain.test a mx -all'), ...includeChain(10),
    ...healthy('redirect.test', 'v=spf1 redirect=_spf.provider.test'),
    ...healthy('void.test', 'v=spf1 a:gone1.void.test mx:gone2.void.test exists:gone3.void.test -all'),
    ...healthy('plusall.test', 'v=spf1 +all'),
    ...healthy('neutral.test', 'v=spf1 mx ?all'),
    ...healthy('noall.test', 'v=spf1 mx'),
    ...healthy('openinclude.test', 'v=spf1 include:open.provider.test -all'), 'open.provider.test': [txt('v=spf1 all')],

    ...healthy('nodmarc.test'), '_dmarc.nodmarc.test': [txt('not dmarc')],
    ...healthy('monitor.test'), '_dmarc.monitor.test': [txt('v=DMARC1; p=none')],
    ...healthy('allowed.test'), '_dmarc.allowed.test': [txt('v=DMARC1; p=none; rua=mailto:d@allowed.test')],
    ...healthy('baddmarc.test'), '_dmarc.baddmarc.test': [txt('v=DMARC1; p=maybe; pct=200; rua=dmarc@baddmarc.test; ruf=mailto:x@baddmarc.test; rue=1')],
    ...healthy('twodmarc.test'), '_dmarc.twodmarc.test': [txt(GOOD_DMARC), txt('v=DMARC1; p=none')],
    ...healthy('partial.test'), '_dmarc.partial.test': [txt('v=DMARC1; p=quarantine; pct=25; sp=none; rua=mailto:d@partial.test')],
    ...healthy('parent.test'), '_dmarc.parent.test': [txt('v=DMARC1; p=reject; sp=none; rua=mailto:d@parent.test')],
    'mail.parent.test': [txt('v=spf1 -all'), mx(10, 'mx.parent.test')],
    'mx.parent.test': [a('192.0.2.25')],

    ...healthy('keys.test'),
    'bad._domainkey.keys.test': [txt('v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA')],
    'revoked._domainkey.keys.test': [txt('v=DKIM1; k=rsa; p=')],
    'weak._domainkey.keys.test': [txt(`v=DKIM1; p=${dkimKey('rsa512')}`)],
    'old._domainkey.keys.test': [txt(`v=DKIM1; p=${dkimKey('rsa1024')}`)],
    'twice._domainkey.keys.test': [txt(`v=DKIM1; p=${dkimKey('rsa2048')}`), txt(`v=DKIM1; p=${dkimKey('rsa1024')}`)],

    ...healthy('nomx.test'), 'nomx.test': [txt('v=spf1 -all')],
    ...healthy('nullmx.test'), 'nullmx.test': [txt('v=spf1 -all'), mx(0, '.')],
    ...healthy('lostmx.test'), 'lostmx.test': [txt('v=spf1 -all'), mx(10, 'gone.lostmx.test')],
    ...healthy('sendonly.test'), 'sendonly.test': [txt('v=spf1 -all')],

    // Over the limit through nested includes, as a team using Google Workspace, SendGrid, Mailgun and Zendesk ends up.
    ...healthy('big.test', 'v=spf1 include:_spf.google.test include:sendgrid.test include:mailgun.test include:zendesk.test mx a -all'),
    '_spf.google.test': [txt('v=spf1 include:_netblocks.google.test include:_netblocks2.google.test include:_netblocks3.google.test ~all')],
    '_netblocks.google.test': [txt('v=spf1 ip4:35.190.247.0/24 ~all')],
    '_netblocks2.google.test': [txt('v=spf1 ip6:2001:4860:4000::/36 ~all')],
    '_netblocks3.google.test': [txt('v=spf1 ip4:172.217.0.0/19 ~all')],
    'sendgrid.test': [txt('v=spf1 ip4:167.89.0.0/17 -all')],
    'mailgun.test': [txt('v=spf1 include:_spf.mailgun.test ~all')],
    '_spf.mailgun.test': [txt('v=spf1 ip4:209.61.151.0/24 ~all')],
    'zendesk.test': [txt('v=spf1 include:_spf1.zendesk.test include:_spf2.zendesk.test ~all')],
    '_spf1.zendesk.test': [txt('v=spf1 ip4:192.161.144.0/20 ~all')],
    '_spf2.zendesk.test': [txt('v=spf1 ip4:185.12.80.0/22 ~all')],
    // Macro syntax (RFC 7208 section 7.1): valid in include:, broken in an unknown modifier and in exp=.
    ...healthy('macro.test', 'v=spf1 include:%{ir}.%{v}._spf.%{d2} ip4:192.0.2.0/24 track=%{z}.metrics.test -all'),
    ...healthy('explain.test', 'v=spf1 ip4:192.0.2.0/24 -all exp=%{c}.why.explain.test'),
    ...healthy('percent.test', 'v=spf1 ip4:192.0.2.0/24 -all note=50%off'),
    ...healthy('goodmacro.test', 'v=spf1 ip4:192.0.2.0/24 -all exp=explain.%{d}.%{l1r-}.goodmacro.test ver=%{v}%%%_%-'),

    // DKIM keys at providers' default selectors, for the probe when no selector is declared.
    ...healthy('probe.test'),
    'google._domainkey.probe.test': [txt(txtChunks(`v=DKIM1; k=rsa; p=${dkimKey('rsa2048')}`))],
    'selector1._domainkey.probe.test': [cname('selector1-probe-test._domainkey.contoso.onmicrosoft.test')],
    'selector1-probe-test._domainkey.contoso.onmicrosoft.test': [txt(txtChunks(`v=DKIM1; k=rsa; p=${dkimKey('rsa2048')}`))],
    ...healthy('weakprobe.test'),
    's1._domainkey.weakprobe.test': [txt(`v=DKIM1; k=rsa; p=${dkimKey('rsa1024')}`)],
    ...healthy('nokeys.test'),
    ...healthy('optout.test'),

    'failing.test': 'servfail',
    '_dmarc.failing.test': 'servfail',
  });
});
afterAll(() => dns.close());

describe('mail authentication: SPF, DMARC, DKIM, MX', () => {
  test('each rule at the line of its domain or selector', async () => {
    const manifest = `version: 1
domain:
  resolver: ${dns.address}
  timeout: 1s
  email:
    - { domain: good.test, dkim: [s1, s2, ed, esp] }
    - { domain: nospf.test }
    - { domain: twospf.test }
    - { domain: badspf.test }
    - { domain: loop.test }
    - { domain: noinclude.test }
    - { domain: many.test }
    - { domain: redirect.test }
    - { domain: void.test }
    - { domain: plusall.test }
    - { domain: neutral.test }
    - { domain: noall.test }
    - { domain: openinclude.test }
    - { domain: nodmarc.test }
    - { domain: monitor.test }
    - { domain: allowed.test, allow-dmarc-none: true }
    - { domain: baddmarc.test }
    - { domain: twodmarc.test }
    - { domain: partial.test }
    - { domain: mail.parent.test }
    - domain: keys.test
      dkim:
        - missing
        - bad
        - revoked
        - weak
        - old
        - twice
    - { domain: nomx.test }
    - { domain: nullmx.test }
    - { domain: lostmx.test }
    - { domain: sendonly.test, mx: false }
    - { domain: failing.test, spf: false, mx: false }
    - { domain: big.test }
    - { domain: macro.test }
    - { domain: explain.test }
    - { domain: percent.test }
    - { domain: goodmacro.test }
`;
    const { findings } = await runDomainCheck(manifest);
    expectRows(findings, FAMILY, [
      ['spf-missing', 7, 'error', 'nospf.test has no SPF record (a TXT record starting with v=spf1)'],
      ['spf-multiple-records', 8, 'error', 'twospf.test has 2 SPF records, so SPF fails for all its mail: "v=spf1 -all", "v=spf1 include:_spf.provider.test -all"'],
      ['spf-syntax', 9, 'error', 'the SPF record of badspf.test: "foo:bar" is not an SPF mechanism or modifier'],
      ['spf-syntax', 9, 'error', 'the SPF record of badspf.test: "ip4:999.1.1.1": "999.1.1.1" is not an IPv4 address'],
      ['spf-syntax', 9, 'error', 'the SPF record of badspf.test: "ip6:2001:db8::/129": the prefix length must be 0-128'],
      ['spf-syntax', 10, 'error', 'the SPF record of loop2.test (included by loop.test): "include:loop.test" includes a record that includes it back (loop.test → loop2.test → loop.test)'],
      ['spf-syntax', 11, 'error', 'the SPF record of noinclude.test: "include:nothing-here.test": nothing-here.test has no SPF record, which is a permanent error for receivers'],
      ['spf-too-many-lookups', 12, 'error', 'the SPF policy of many.test needs 12 DNS lookups (the limit is 10); each term with the lookups it costs: include:n0.chain.test 10 (include:n1.chain.test 9 (include:n2.chain.test 8 (include:n3.chain.test 7 (include:n4.chain.test 6 (include:n5.chain.test 5 (include:n6.chain.test 4 (include:n7.chain.test 3 (include:n8.chain.test 2 (include:n9.chain.test 1))))))))), a 1, mx 1'],
      ['spf-void-lookups', 14, 'error', 'the SPF policy of void.test has 3 lookups that find nothing (the limit is 2): a:gone1.void.test in void.test, mx:gone2.void.test in void.test, exists:gone3.void.test in void.test'],
      ['spf-permissive-all', 15, 'error', 'the SPF policy of plusall.test ends in +all: every server on the internet passes as plusall.test'],
      ['spf-permissive-all', 16, 'error', 'the SPF policy of neutral.test ends in ?all: unlisted servers get "neutral", which protects nothing'],
      ['spf-permissive-all', 17, 'warning', 'the SPF policy of noall.test has no all term, so unlisted servers get "neutral"; end it with -all or ~all'],
      ['spf-permissive-all', 18, 'error', 'the SPF policy of openinclude.test includes open.provider.test (openinclude.test include:open.provider.test), which ends in +all: every server passes'],
      ['dmarc-missing', 19, 'error', 'nodmarc.test has no DMARC record (a TXT record at _dmarc.nodmarc.test starting with v=DMARC1)'],
      ['dmarc-no-reports', 20, 'warning', 'the DMARC record at _dmarc.monitor.test has no rua= address: no aggregate reports are sent'],
      ['dmarc-weak-policy', 20, 'error', 'the DMARC policy of monitor.test is p=none: receivers deliver mail that fails authentication as if it passed'],
      ['dmarc-syntax', 22, 'warning', 'the DMARC record at _dmarc.baddmarc.test has an unknown tag rue=, which receivers ignore (a typo?)'],
      ['dmarc-syntax', 22, 'error', 'the DMARC record at _dmarc.baddmarc.test is malformed: p=maybe is not none, quarantine or reject'],
      ['dmarc-syntax', 22, 'error', 'the DMARC record at _dmarc.baddmarc.test is malformed: pct=200 is not a whole number from 0 to 100'],
      ['dmarc-syntax', 22, 'error', 'the DMARC record at _dmarc.baddmarc.test is malformed: rua: "dmarc@baddmarc.test" is not a mailto: address'],
      ['dmarc-syntax', 23, 'error', '_dmarc.twodmarc.test has 2 DMARC records, so receivers ignore them all'],
      ['dmarc-weak-policy', 24, 'warning', 'the DMARC policy of partial.test applies to only 25% of failing mail (pct=25)'],
      ['dmarc-weak-policy', 24, 'warning', 'the DMARC record of partial.test sets sp=none: its subdomains can be spoofed although p=quarantine'],
      ['dmarc-weak-policy', 25, 'error', 'the DMARC policy of mail.parent.test is inherited from _dmarc.parent.test (sp=none): receivers deliver mail that fails authentication as if it passed'],
      ['dkim-missing', 28, 'error', 'DKIM selector missing of keys.test has no key at missing._domainkey.keys.test'],
      ['dkim-invalid-key', 29, 'error', 'the DKIM key at bad._domainkey.keys.test is unusable: p= does not decode to an RSA public key (a chunk may have been cut or mangled)'],
      ['dkim-invalid-key', 30, 'error', 'the DKIM key at revoked._domainkey.keys.test is unusable: the key is revoked (p= is empty)'],
      ['dkim-weak-key', 31, 'error', 'the DKIM key at weak._domainkey.keys.test is 512-bit RSA; verifiers reject keys under 1024 bits'],
      ['dkim-weak-key', 32, 'warning', 'the DKIM key at old._domainkey.keys.test is 1024-bit RSA; 2048 bits is the recommended minimum'],
      ['dkim-invalid-key', 33, 'error', 'DKIM selector twice of keys.test has 2 key records at twice._domainkey.keys.test; verifiers may use either'],
      ['mx-missing', 34, 'error', 'nomx.test has no MX record: mail to it bounces or goes to its A record'],
      ['mx-missing', 35, 'error', 'nullmx.test publishes a null MX (0 .): it accepts no mail'],
      ['mx-missing', 36, 'error', 'the MX host gone.lostmx.test of lostmx.test does not resolve to an address'],
      ['spf-too-many-lookups', 39, 'error', 'the SPF policy of big.test needs 12 DNS lookups (the limit is 10); each term with the lookups it costs: include:_spf.google.test 4 (include:_netblocks.google.test 1, include:_netblocks2.google.test 1, include:_netblocks3.google.test 1), include:sendgrid.test 1, include:mailgun.test 2 (include:_spf.mailgun.test 1), include:zendesk.test 3 (include:_spf1.zendesk.test 1, include:_spf2.zendesk.test 1), mx 1, a 1'],
      ['spf-syntax', 40, 'error', 'the SPF record of macro.test: "track=%{z}.metrics.test": "%{z}" is not a macro: a macro is %{letter}, the letter one of s l o d i p h c r t v, then optional digits, r and delimiters; receivers ignore unknown modifiers but treat a macro error in one as a permanent error'],
      ['spf-syntax', 41, 'error', 'the SPF record of explain.test: "exp=%{c}.why.explain.test": "%{c}" is allowed only in explanation text, not in a domain'],
      ['spf-syntax', 42, 'error', 'the SPF record of percent.test: "note=50%off": "%o" is not a macro (a literal % is written %%); receivers ignore unknown modifiers but treat a macro error in one as a permanent error'],
      ['dns-lookup-failed', 38, 'error', `_dmarc.failing.test TXT could not be resolved: the resolver answered SERVFAIL (asked ${dns.address}, for the DMARC record of failing.test)`],
    ]);
    // The 4096-bit key came back truncated over UDP and was asked again over TCP.
    expect(dns.queries.filter((q) => q.name === 's2._domainkey.good.test').map((q) => q.transport)).toEqual(['udp', 'tcp']);
  });

  test('the SPF include tree names the costliest includes in the hint', async () => {
    const { findings } = await runDomainCheck(`version: 1\ndomain:\n  resolver: ${dns.address}\n  email:\n    - { domain: big.test, dkim: [] }\n`);
    const found = findings.filter((f) => f.ruleId === 'spf-too-many-lookups');
    expect(found.map((f) => f.hint)).toEqual([
      'The costliest includes are include:_spf.google.test (4 lookups) and include:zendesk.test (3 lookups): drop an include of a service that no longer sends, or flatten it into the ip4/ip6 ranges it lists (and keep them current); replace a and mx terms with ip4/ip6 ranges.',
    ]);
  });

  test('no selector declared: the default selectors of common providers are probed, and the notice says what was found', async () => {
    const manifest = `version: 1
domain:
  resolver: ${dns.address}
  email:
    - { domain: probe.test }
    - { domain: weakprobe.test }
    - { domain: nokeys.test }
    - { domain: optout.test, dkim: [] }
`;
    const { findings } = await runDomainCheck(manifest);
    expectRows(findings, ['dkim-not-declared', 'dkim-weak-key', 'dkim-missing', 'dns-lookup-failed'], [
      ['dkim-not-declared', 5, 'notice', 'no DKIM selector is declared for probe.test; of the selectors common providers publish by default, these hold keys: google (Google Workspace); selector1 (Microsoft 365)'],
      ['dkim-not-declared', 6, 'notice', 'no DKIM selector is declared for weakprobe.test; of the selectors common providers publish by default, these hold keys: s1 (SendGrid)'],
      ['dkim-weak-key', 6, 'warning', 'the DKIM key at s1._domainkey.weakprobe.test is 1024-bit RSA; 2048 bits is the recommended minimum'],
      ['dkim-not-declared', 7, 'notice', 'no DKIM selector is declared for nokeys.test, and none of the selectors common providers publish by default holds a key there (tried google (Google Workspace); selector1, selector2 (Microsoft 365); s1, s2 (SendGrid); k1, k2, k3 (Mailchimp); mandrill (Mandrill); pdk1, pdk2, smtp (Mailgun); resend (Resend); zmail (Zoho Mail); brevo1, brevo2, mail (Brevo); fm1, fm2, fm3 (Fastmail); protonmail, protonmail2, protonmail3 (Proton Mail); mailjet (Mailjet); kl, kl2 (Klaviyo); zendesk1, zendesk2 (Zendesk))'],
    ]);
    expect(findings.find((f) => f.ruleId === 'dkim-not-declared' && f.line === 5)!.hint).toBe(
      'Declare them, e.g. { domain: probe.test, dkim: [google, selector1] }, so every run checks these keys and reports one that disappears.',
    );
  });

  test('allow-dmarc-none for the whole section', async () => {
    const manifest = `version: 1
domain:
  resolver: ${dns.address}
  allow-dmarc-none: true
  email:
    - { domain: monitor.test }
`;
    const { findings } = await runDomainCheck(manifest);
    expectRows(findings, ['dmarc-weak-policy'], []);
  });
});
