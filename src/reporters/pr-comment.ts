import type { Report } from '../types.js';
import { renderMarkdown, type MarkdownOptions } from './markdown.js';

export const STICKY_MARKER = '<!-- release-gate:sticky -->';
/** GitHub refuses a comment body longer than this many characters. */
export const COMMENT_MAX_CHARS = 65_536;
/** The report part of a comment; bytes ≥ characters, so a byte cap here keeps the body well under the limit. */
export const COMMENT_REPORT_MAX_BYTES = 60_000;

const PER_PAGE = 100;

export interface IssueComment {
  id: number;
  body?: string | null;
  html_url?: string;
}

/**
 * The part of an Octokit client (@actions/github's getOctokit) this module uses. Methods, not function
 * properties, so the real client's overloaded signatures are accepted.
 */
export interface CommentClient {
  rest: {
    issues: {
      listComments(params: { owner: string; repo: string; issue_number: number; per_page?: number; page?: number }): Promise<{ data: IssueComment[] }>;
      createComment(params: { owner: string; repo: string; issue_number: number; body: string }): Promise<{ data: IssueComment }>;
      updateComment(params: { owner: string; repo: string; comment_id: number; body: string }): Promise<{ data: IssueComment }>;
    };
  };
}

export interface StickyCommentRequest {
  octokit: CommentClient;
  owner: string;
  repo: string;
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
  const { octokit, owner, repo, issueNumber } = request;
  const marker = request.marker ?? STICKY_MARKER;
  const body = stickyBody(request.body, marker);
  const existing = await findMarked(octokit, owner, repo, issueNumber, marker);
  if (existing) {
    const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
    return { action: 'updated', id: data.id ?? existing.id, url: data.html_url };
  }
  const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
  return { action: 'created', id: data.id, url: data.html_url };
}

async function findMarked(octokit: CommentClient, owner: string, repo: string, issueNumber: number, marker: string): Promise<IssueComment | undefined> {
  for (let page = 1; ; page++) {
    const { data } = await octokit.rest.issues.listComments({ owner, repo, issue_number: issueNumber, per_page: PER_PAGE, page });
    // Only a body that starts with the marker counts: someone quoting our comment must not be overwritten.
    const found = data.find((c) => (c.body ?? '').trimStart().startsWith(marker));
    if (found) return found;
    if (data.length < PER_PAGE) return undefined;
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
