import { alertText, type Alert } from './alert.js';

export type WebhookFormat = 'slack' | 'generic' | 'teams';

/** The JSON body a webhook of this format takes. */
export function webhookBody(alert: Alert, format: WebhookFormat): unknown {
  const mark = { recovery: ':white_check_mark:', changed: ':warning:', failure: ':rotating_light:', test: ':wave:' }[alert.kind];
  // Slack reads <…> as links and mentions (<!channel>): what the app answered must not ping anyone.
  if (format === 'slack') return { text: `${mark} release-gate: ${slackEscape(alertText(alert))}` };
  if (format === 'teams') {
    return {
      '@type': 'MessageCard', '@context': 'https://schema.org/extensions',
      summary: `release-gate: ${alert.title}`,
      themeColor: { recovery: '2EB67D', changed: 'ECB22E', failure: 'E01E5A', test: '36C5F0' }[alert.kind],
      title: `release-gate: ${alert.title}`,
      text: alertText(alert).split('\n').slice(1).join('\n\n'),
      ...(alert.runUrl ? { potentialAction: [{ '@type': 'OpenUri', name: 'Open the run', targets: [{ os: 'default', uri: alert.runUrl }] }] } : {}),
    };
  }
  return {
    source: 'release-gate', event: alert.kind, key: alert.key, environment: alert.environment, subject: alert.subject, title: alert.title,
    ...(alert.since ? { since: alert.since } : {}), time: alert.time, evidence: alert.evidence,
    ...(alert.runUrl ? { runUrl: alert.runUrl } : {}), ...(alert.silent ? { silent: alert.silent } : {}),
  };
}

/** Slack's three control characters, escaped as its docs ask: &, < and >. */
function slackEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
