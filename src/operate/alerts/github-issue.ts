import { GithubApiError, GithubClient, type GithubClientOptions, type GithubSettings, type Issue } from '../../github/client.js';
import { alertText, type Alert } from './alert.js';
import type { AlertSink, DeliveryRecord } from './deliver.js';

/** The hidden marker an alert's issue is found again by: one issue per failing check or monitored path. */
export function issueMarker(key: string): string {
  return `<!-- release-gate:alert ${key} -->`;
}

/**
 * The GitHub issue sink: a failure opens one issue (labels, assignees), found again by its hidden
 * marker, so a repeat never opens a second; a changed failure is a comment; a recovery comments and
 * closes it. A silence of the monitor is one issue too, closed by the next run that comes on time.
 */
export function githubIssueSink(settings: GithubSettings, options: GithubClientOptions = {}) {
  return async (sink: AlertSink, name: string, alerts: readonly Alert[]): Promise<DeliveryRecord[]> => {
    const client = new GithubClient(settings, options);
    const records: DeliveryRecord[] = [];
    let open: Issue[] | undefined;
    // Set once GitHub kept failing through every retry (or rate-limited us): the run's other alerts are
    // reported unsent rather than each waiting out the same retries.
    let givenUp: string | undefined;
    try {
      for (const alert of alerts) {
        const record = (fields: Partial<DeliveryRecord>): DeliveryRecord => ({ sink: name, kind: alert.kind, key: alert.key, ok: true, attempts: 1, ...fields });
        if (givenUp) {
          records.push(record({ ok: false, attempts: 0, error: `not sent: GitHub failed on an earlier alert of this run (${givenUp})` }));
          continue;
        }
        try {
          // Listed once per run, with the sink's labels narrowing it; the marker decides.
          open ??= await client.listIssues({ state: 'open', ...(sink.labels?.length ? { labels: sink.labels } : {}) });
          const marker = issueMarker(alert.key);
          const existing = open.find((issue) => (issue.body ?? '').includes(marker));
          const text = alertText(alert);
          if (alert.kind === 'test') {
            // Opened and closed at once: the assignees are notified, and nothing stays open.
            const issue = await client.createIssue({
              title: `release-gate: ${alert.title}`.slice(0, 250), body: `${text}\n\nClosed at once: a test of the github-issue alert sink.`,
              ...(sink.labels?.length ? { labels: sink.labels } : {}), ...(sink.assignees?.length ? { assignees: sink.assignees } : {}),
            });
            await client.closeIssue(issue.number, 'completed');
            records.push(record({ issue: issue.number, action: 'opened and closed' }));
            continue;
          }
          if (alert.kind === 'recovery') {
            if (!existing) {
              records.push(record({ action: 'no open issue' }));
              continue;
            }
            await client.commentOnIssue(existing.number, text);
            await client.closeIssue(existing.number, 'completed');
            open = open.filter((issue) => issue.number !== existing.number);
            records.push(record({ issue: existing.number, action: 'closed' }));
          } else if (existing) {
            await client.commentOnIssue(existing.number, text);
            records.push(record({ issue: existing.number, action: 'commented' }));
          } else {
            const issue = await client.createIssue({
              title: `release-gate: ${alert.title}`.slice(0, 250),
              body: `${marker}\n${text}\n\n${alert.ends ?? 'release-gate comments here when the failure changes and closes this issue when it recovers.'}`,
              ...(sink.labels?.length ? { labels: sink.labels } : {}),
              ...(sink.assignees?.length ? { assignees: sink.assignees } : {}),
            });
            open.push(issue);
            records.push(record({ issue: issue.number, action: 'opened' }));
          }
        } catch (error) {
          const status = error instanceof GithubApiError ? error.status : undefined;
          if (error instanceof GithubApiError && (error.rateLimited || (error.attempts > 1 && (status === undefined || status >= 500)))) givenUp = error.message;
          records.push(record({ ok: false, attempts: error instanceof GithubApiError ? error.attempts : 1, ...(status !== undefined ? { status } : {}), error: (error as Error).message }));
        }
      }
    } finally {
      await client.close();
    }
    return records;
  };
}
