import { alertText, type Alert } from './alert.js';

export type WebhookFormat = 'slack' | 'generic' | 'teams';

/** The JSON body a webhook of this format takes. */
export function webhookBody(alert: Alert, format: WebhookFormat): unknown {
  const mark = { recovery: ':white_check_mark:', changed: ':warning:', failure: ':rotating_light:', test: ':wave:' }[alert.kind];
  // Slack reads <…> as links and mentions (<!channel>): what the app answered must not ping anyone.
  if (format === 'slack') return { text: `${mark} release-gate: ${slackEscape(alertText(alert))}` };
  if (format === 'teams') {
    // An Adaptive Card in a message: what Teams Workflows webhooks take (they refuse the older
    // MessageCard), and what the retiring Office 365 connector webhooks take too.
    const lines = alertText(alert).split('\n').slice(1).filter((line) => !line.startsWith('Run: '));
    return {
      type: 'message',
      attachments: [{
        contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', type: 'AdaptiveCard', version: '1.4', msteams: { width: 'Full' },
          body: [
            { type: 'TextBlock', text: `release-gate: ${alert.title}`, weight: 'Bolder', size: 'Medium', wrap: true, color: { recovery: 'Good', changed: 'Warning', failure: 'Attention', test: 'Accent' }[alert.kind] },
            ...lines.map((line) => ({ type: 'TextBlock', text: line, wrap: true, spacing: 'Small' })),
          ],
          ...(alert.runUrl ? { actions: [{ type: 'Action.OpenUrl', title: 'Open the run', url: alert.runUrl }] } : {}),
        },
      }],
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
