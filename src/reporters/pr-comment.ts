import type { GithubClient, IssueComment } from '../github/client.js';
import type { Report } from '../types.js';
import { renderMarkdown, type MarkdownOptions } from './markdown.js';

export const STICKY_MARKER = '<!-- release-gate:sticky -->';
/** GitHub refuses a comment body longer than this many characters. */
export const COMMENT_MAX_CHARS = 65_536;
/** The report part of a comment; bytes ≥ characters, so a byte cap here keeps the body well under the limit. */
export const COMMENT_REPORT_MAX_BYTES = 60_000;

const PER_PAGE = 100;

/** The calls of the project's GitHub client (src/github/client.ts) this module makes. */
export type CommentClient = Pick<GithubClient, 'listIssueComments' | 'commentOnIssue' | 'updateIssueComment'>;

export interface StickyCommentRequest {
  /** Bound to the repository; the token needs pull-requests: write (or issues: write). */
  github: CommentClient;
  /** The pull request's number (its conversation is its issue's). */
  issueNumber: number;
  body: string;
  /** A hidden HTML comment that opens the body and identifies our comment among the others. */
  marker?: string;
}

export interface StickyCommentResult {
  action: 'created' | 'updated';
  id: number;
  url?: string;
}

/** The pull request's one release-gate comment: updated in place when it exists, created when it does not. */
export async function upsertStickyComment(request: StickyCommentRequest): Promise<StickyCommentResult> {
  const { github, issueNumber } = request;
  const marker = request.marker ?? STICKY_MARKER;
  const body = stickyBody(request.body, marker);
  const existing = await findMarked(github, issueNumber, marker);
  if (existing) {
    const updated = await github.updateIssueComment(existing.id, body);
    return { action: 'updated', id: updated?.id ?? existing.id, url: updated?.html_url ?? existing.html_url };
  }
  const created = await github.commentOnIssue(issueNumber, body);
  return { action: 'created', id: created.id, url: created.html_url };
}

async function findMarked(github: CommentClient, issueNumber: number, marker: string): Promise<IssueComment | undefined> {
  for (let page = 1; ; page++) {
    const comments = await github.listIssueComments(issueNumber, PER_PAGE, page);
    // Anything else would make our comment look absent and a second one be written.
    if (!Array.isArray(comments)) throw new Error(`GitHub API: the comments of issue #${issueNumber} came back as something that is not a list`);
    // Only a body that starts with the marker counts: someone quoting our comment must not be overwritten.
    const found = comments.find((c) => (c.body ?? '').trimStart().startsWith(marker));
    if (found) return found;
    if (comments.length < PER_PAGE) return undefined;
  }
}

const TRUNCATED_NOTE = '\n\n---\n_This comment was cut to fit GitHub\'s 65,536-character limit; the job summary and the JSON report have everything._\n';

/** The marker, then the body, cut at a line break if needed so the whole stays within COMMENT_MAX_CHARS. */
export function stickyBody(body: string, marker = STICKY_MARKER, maxChars = COMMENT_MAX_CHARS): string {
  const content = body.trimStart().startsWith(marker) ? body.trimStart().slice(marker.length).replace(/^\n/, '') : body;
  const full = `${marker}\n${content}`;
  if (full.length <= maxChars) return full;
  let head = full.slice(0, maxChars - TRUNCATED_NOTE.length);
  if (/[\ud800-\udbff]$/.test(head)) head = head.slice(0, -1); // never split a surrogate pair
  const lastBreak = head.lastIndexOf('\n');
  if (lastBreak > marker.length) head = head.slice(0, lastBreak);
  return head + TRUNCATED_NOTE;
}

/** The Markdown report sized for a pull-request comment. */
export function renderCommentBody(report: Report, options: MarkdownOptions = {}): string {
  return renderMarkdown(report, { maxBytes: COMMENT_REPORT_MAX_BYTES, ...options });
}
