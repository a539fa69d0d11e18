import type { Rule } from '../../../rules/registry.js';
import type { MonitorRun } from '../../../operate/monitor.js';
import { CERTIFICATE_ALERT_DAYS } from '../../../operate/monitor.js';

export const monitorCertificateExpiring: Rule<MonitorRun> = {
  meta: {
    id: 'monitor-certificate-expiring',
    check: 'monitor',
    severity: 'warning',
    description: 'The environment\'s TLS certificate expires within 21 days (a warning) or 7 days (an error); alerts go out once at each.',
    help: 'Renew it, or find why automatic renewal stopped (an ACME challenge blocked by a redirect, a proxy or a DNS change).',
  },
  run(run, report) {
    const c = run.certificate;
    if (!c || c.daysLeft === undefined || c.daysLeft > CERTIFICATE_ALERT_DAYS[0]) return;
    report({
      ...run.site(['monitor']),
      severity: c.daysLeft <= CERTIFICATE_ALERT_DAYS[1] ? 'error' : 'warning',
      message: c.daysLeft < 0
        ? `the certificate of ${c.host}:${c.port} expired ${-c.daysLeft} day(s) ago (${c.validTo?.slice(0, 10)})`
        : `the certificate of ${c.host}:${c.port} expires in ${c.daysLeft} day(s), on ${c.validTo?.slice(0, 10)}`,
    });
  },
};
