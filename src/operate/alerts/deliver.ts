import type { Manifest } from '../../manifest/types.js';
import type { Masker } from '../../mask.js';
import { Templater, TemplateError } from '../../http/templater.js';
import type { Alert } from './alert.js';
import { webhookBody, type WebhookFormat } from './format.js';
import { DEFAULT_DELIVERY, postWebhook, type DeliveryPolicy } from './webhook.js';

export type AlertSink = NonNullable<Manifest['alerts']>[number];

/** What one sink did with one alert: kept in the history (the go-live report's evidence), never the URL. */
export interface DeliveryRecord {
  sink: string;
  kind: Alert['kind'];
  key: string;
  ok: boolean;
  attempts: number;
  status?: number;
  error?: string;
  /** The issue an issue sink opened, commented on or closed. */
  issue?: number;
  action?: string;
}

export interface DeliveryOptions {
  env: Readonly<Record<string, string | undefined>>;
  masker: Masker;
  policy?: DeliveryPolicy;
  /** The issue sink, when the alerts have one (needs the GitHub client). */
  issueSink?: (sink: AlertSink, name: string, alerts: readonly Alert[]) => Promise<DeliveryRecord[]>;
}

export function sinkName(sink: AlertSink, index: number): string {
  if (sink.name) return sink.name;
  if (sink['github-issue']) return 'github-issue';
  return `webhook ${index + 1} (${sink.format ?? 'slack'})`;
}

/** The problem with a sink's configuration, or undefined. */
export function sinkProblem(sink: AlertSink): string | undefined {
  const kinds = [sink.webhook !== undefined, sink['github-issue'] === true].filter(Boolean).length;
  if (kinds !== 1) return 'give either webhook or github-issue: true';
  return undefined;
}

/**
 * Sends each alert to each sink that wants its kind (webhooks: failure and recovery; an issue sink also
 * takes "changed", as a comment; an alert addressed `to` some sinks goes to those only). A failed delivery is retried within the policy, then recorded; it
 * never throws, so it can never change or hide the checks' result.
 */
export async function deliverAlerts(sinks: readonly AlertSink[], alerts: readonly Alert[], options: DeliveryOptions): Promise<DeliveryRecord[]> {
  const records: DeliveryRecord[] = [];
  const templater = new Templater(options.env, new Map(), options.masker);
  for (const [index, sink] of sinks.entries()) {
    const name = sinkName(sink, index);
    const wanted = alerts.filter((a) => (!a.to || a.to.includes(name))
      && (a.kind === 'test' || (a.kind === 'changed' ? sink['github-issue'] === true : (sink.on ?? ['failure', 'recovery']).includes(a.kind))));
    if (wanted.length === 0) continue;
    const problem = sinkProblem(sink);
    if (problem) {
      for (const a of wanted) records.push({ sink: name, kind: a.kind, key: a.key, ok: false, attempts: 0, error: problem });
      continue;
    }
    if (sink['github-issue']) {
      if (!options.issueSink) {
        for (const a of wanted) records.push({ sink: name, kind: a.kind, key: a.key, ok: false, attempts: 0, error: 'this release-gate cannot open issues here (no GitHub client)' });
        continue;
      }
      try {
        // GitHub's answers can quote what was sent: masked like every other delivery's error.
        records.push(...(await options.issueSink(sink, name, wanted)).map((r) => (r.error ? { ...r, error: options.masker.mask(r.error) } : r)));
      } catch (error) {
        for (const a of wanted) records.push({ sink: name, kind: a.kind, key: a.key, ok: false, attempts: 0, error: options.masker.mask((error as Error).message) });
      }
      continue;
    }
    let url: URL | undefined;
    let why: string | undefined;
    try {
      const text = templater.expand(sink.webhook!);
      url = new URL(text);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') why = 'the webhook is not an http(s) URL';
    } catch (error) {
      why = error instanceof TemplateError ? `the webhook's value is not set (${error.message})` : 'the webhook is not a URL';
    }
    const policy = options.policy ?? DEFAULT_DELIVERY;
    let unanswered = false;
    for (const alert of wanted) {
      if (why || !url) {
        records.push({ sink: name, kind: alert.kind, key: alert.key, ok: false, attempts: 0, error: why });
        continue;
      }
      const body = options.masker.maskDeep(webhookBody(alert, (sink.format ?? 'slack') as WebhookFormat));
      // Once a sink has failed every attempt, the run's other alerts get one each: twenty paths down
      // at once must not hold the job for twenty rounds of retries against a dead endpoint.
      const delivered = await postWebhook(url, body, unanswered ? { ...policy, attempts: 1 } : policy);
      if (!delivered.ok && delivered.attempts >= policy.attempts) unanswered = true;
      records.push({ sink: name, kind: alert.kind, key: alert.key, ...delivered, ...(delivered.error ? { error: options.masker.mask(delivered.error) } : {}) });
    }
  }
  return records;
}
