import { runRules } from '../../rules/registry.js';
import { defineCheck } from '../check.js';
import { meta } from './meta.js';
import { daysBetween } from './certificate-dates.js';
import type { DnsServerAnswer } from './dns-client.js';
import { observeDomain } from './observe-domain.js';
import { DOMAIN_RULES } from './rules/index.js';
import { readSettings } from './settings.js';

/**
 * The domain check: what breaks a launch outside the code. DNS records, mail authentication (SPF,
 * DMARC, DKIM, MX), TLS certificates, HSTS, old links, headers of signed-in pages and login rate
 * limits, all looked up through one resolver, so a loopback zone can stand in for the real domain.
 */
export const domainCheck = defineCheck(meta, {
  rules: DOMAIN_RULES.map((r) => r.meta),
  async run(ctx, section) {
    const settings = await readSettings(ctx, section);
    const { model, dns, http } = await observeDomain(ctx, section, settings);
    try {
      const findings = runRules(DOMAIN_RULES, model);
      const metrics = {
        resolvers: model.resolvers,
        dnsQueries: dns.queries,
        httpRequests: http.requests,
        records: model.dns.length,
        emailDomains: model.email.map((e) => ({ domain: e.domain, spfLookups: e.spf?.lookups.length, dmarcPolicy: e.dmarc?.parsed?.policy })),
        certificates: model.tls.map((t) => (t.result.ok
          ? { host: t.host, port: t.port, protocol: t.result.protocol, validTo: t.result.certificates[0]?.validTo.toISOString(), daysLeft: t.result.certificates[0] ? daysBetween(model.now, t.result.certificates[0].validTo) : undefined }
          : { host: t.host, port: t.port, unreachable: true })),
        loginBursts: model.logins.map((l) => ({ url: l.url, sent: l.burst.statuses.length, limitedBy: l.burst.limitedBy ?? null })),
        // What the handover report says about where DNS and mail live: NS and MX as the first resolver that answered saw them.
        observed: {
          nameServers: model.dns.filter((d) => d.type === 'NS').map((d) => ({ name: d.name, values: firstAnswer(d.answers) })),
          mx: model.email.filter((e) => e.mx).map((e) => ({ domain: e.domain, records: e.mx!.records })),
        },
      };
      return { findings, metrics };
    } finally {
      await http.close();
    }
  },
});

function firstAnswer(answers: readonly DnsServerAnswer[]): string[] {
  for (const a of answers) if (a.answer.ok) return a.answer.values;
  return [];
}
