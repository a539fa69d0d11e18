import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { GithubApiError, GithubClient } from '../../src/github/client.js';
import {
  COMMENT_MAX_CHARS, COMMENT_REPORT_MAX_BYTES, renderCommentBody, STICKY_MARKER, stickyBody, upsertStickyComment,
} from '../../src/reporters/pr-comment.js';
import { startGithubApi, type Answer, type GithubApiStandIn, type RecordedRequest } from '../support/github-api.js';
import { bulkReport, sampleReport } from './sample-report.js';

interface StoredComment { id: number; body: string; html_url: string }

const TOKEN = 'ghs_commentTokenValue0123456789';
const COMMENTS = '/repos/o/r/issues/7/comments';

/** The local GitHub stand-in with just enough of the issue-comments API: a conversation that pages as GitHub's does. */
class Conversation {
  comments: StoredComment[] = [];
  private nextId = 1000;

  constructor(private readonly api: GithubApiStandIn) {}

  serve(): void {
    this.comments = [];
    this.nextId = 1000;
    this.api.route(`GET ${COMMENTS}`, (r) => {
      const perPage = Number(r.query.per_page ?? 30);
      const page = Number(r.query.page ?? 1);
      return { status: 200, body: this.comments.slice((page - 1) * perPage, page * perPage) };
    });
    this.api.route(`POST ${COMMENTS}`, (r) => this.tooLong(r) ?? { status: 201, body: this.add(String((r.body as { body: string }).body)) });
    for (let id = 1000; id < 1200; id++) {
      this.api.route(`PATCH /repos/o/r/issues/comments/${id}`, (r) => {
        const comment = this.comments.find((c) => c.id === id);
        if (!comment) return { status: 404, body: { message: 'Not Found' } };
        const refused = this.tooLong(r);
        if (refused) return refused;
        comment.body = String((r.body as { body: string }).body);
        return { status: 200, body: comment };
      });
    }
  }

  add(body: string): StoredComment {
    const comment = { id: this.nextId, body, html_url: `https://github.test/o/r/pull/7#issuecomment-${this.nextId}` };
    this.comments.push(comment);
    this.nextId += 1;
    return comment;
  }

  private tooLong(r: RecordedRequest): Answer | undefined {
    return String((r.body as { body: string }).body).length > COMMENT_MAX_CHARS ? { status: 422, body: { message: 'Body is too long (maximum is 65536 characters)' } } : undefined;
  }
}

describe('the sticky pull-request comment, through the project\'s GitHub client', () => {
  let api: GithubApiStandIn;
  let conversation: Conversation;
  let github: GithubClient;

  beforeAll(async () => {
    api = await startGithubApi();
    conversation = new Conversation(api);
    github = new GithubClient({ token: TOKEN, apiUrl: api.url, repository: 'o/r' }, { sleep: async () => undefined });
  });
  afterAll(async () => {
    await github.close();
    await api.close();
  });
  beforeEach(() => {
    api.reset();
    conversation.serve();
  });

  const upsert = (body: string) => upsertStickyComment({ github, issueNumber: 7, body });
  const marked = () => conversation.comments.filter((c) => c.body.startsWith(STICKY_MARKER));
  const sent = () => api.requests.map((r) => `${r.method} ${r.path}${Object.keys(r.query).length ? `?${new URLSearchParams(r.query).toString()}` : ''}`);

  test('created on the first run, updated in place on the second, never two: the exact requests', async () => {
    const first = await upsert('first run');
    expect(first).toEqual({ action: 'created', id: 1000, url: 'https://github.test/o/r/pull/7#issuecomment-1000' });
    expect(conversation.comments).toEqual([{ id: 1000, body: `${STICKY_MARKER}\nfirst run`, html_url: first.url }]);

    const second = await upsert('second run');
    expect(second).toEqual({ action: 'updated', id: 1000, url: first.url });
    expect(conversation.comments).toHaveLength(1);
    expect(conversation.comments[0]!.body).toBe(`${STICKY_MARKER}\nsecond run`);
    expect(sent()).toEqual([
      `GET ${COMMENTS}?per_page=100&page=1`,
      `POST ${COMMENTS}`,
      `GET ${COMMENTS}?per_page=100&page=1`,
      'PATCH /repos/o/r/issues/comments/1000',
    ]);
    expect(api.requests.map((r) => r.body)).toEqual([undefined, { body: `${STICKY_MARKER}\nfirst run` }, undefined, { body: `${STICKY_MARKER}\nsecond run` }]);
    for (const request of api.requests) expect(request.headers).toMatchObject({ authorization: `Bearer ${TOKEN}`, 'x-github-api-version': '2022-11-28' });
  });

  test('finds its comment on a later page of a long conversation', async () => {
    for (let i = 0; i < 150; i++) conversation.add(`human comment ${i}`);
    await upsert('first run');
    expect(sent()).toEqual([
      `GET ${COMMENTS}?per_page=100&page=1`,
      `GET ${COMMENTS}?per_page=100&page=2`,
      `POST ${COMMENTS}`,
    ]);
    api.requests.length = 0;
    await upsert('second run');
    expect(sent()).toEqual([
      `GET ${COMMENTS}?per_page=100&page=1`,
      `GET ${COMMENTS}?per_page=100&page=2`,
      'PATCH /repos/o/r/issues/comments/1150',
    ]);
    expect(conversation.comments).toHaveLength(151);
    expect(marked()).toEqual([expect.objectContaining({ id: 1150, body: `${STICKY_MARKER}\nsecond run` })]);
  });

  test('a reply quoting the marker is left alone', async () => {
    conversation.add(`> ${STICKY_MARKER}\n> the gate failed\n\nwhy?`);
    const result = await upsert('report');
    expect(result.action).toBe('created');
    expect(conversation.comments[0]!.body).toBe(`> ${STICKY_MARKER}\n> the gate failed\n\nwhy?`);
  });

  test('a body over 65,536 characters is cut with a note and accepted', async () => {
    const huge = Array.from({ length: 5_000 }, (_, i) => `| row ${i} | ${'x'.repeat(20)} |`).join('\n');
    expect(huge.length).toBeGreaterThan(COMMENT_MAX_CHARS);
    await upsert(huge);
    await upsert(`${huge}\nsecond`);
    const [comment] = conversation.comments;
    expect(conversation.comments).toHaveLength(1);
    expect(comment!.body.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS);
    expect(comment!.body.startsWith(`${STICKY_MARKER}\n| row 0 |`)).toBe(true);
    expect(comment!.body).toMatch(/\| row \d+ \| x{20} \|\n\n---\n_This comment was cut to fit GitHub's 65,536-character limit; the job summary and the JSON report have everything\._\n$/);
  });

  test('a 502 on creating is not repeated (the comment may exist); a refusal names the call and never the token', async () => {
    api.once(`POST ${COMMENTS}`, { status: 502, body: { message: 'Server Error' } });
    const failed = await upsert('report').catch((e: unknown) => e as GithubApiError);
    expect(failed).toBeInstanceOf(GithubApiError);
    expect((failed as GithubApiError).message).toBe(`GitHub API: comment on issue #7 (POST ${COMMENTS}) answered 502: Server Error`);
    expect(sent()).toEqual([`GET ${COMMENTS}?per_page=100&page=1`, `POST ${COMMENTS}`]);

    api.reset();
    api.route(`GET ${COMMENTS}`, { status: 403, body: { message: `Resource not accessible by integration (${TOKEN})` } });
    const refused = await upsert('report').catch((e: unknown) => e as GithubApiError);
    expect((refused as GithubApiError).message).toBe(`GitHub API: list comments of issue #7 (GET ${COMMENTS}) answered 403: Resource not accessible by integration (***)`);
  });

  test('a list that is not a list is an error, not a second comment', async () => {
    api.route(`GET ${COMMENTS}`, { status: 200, body: { message: 'not a list' } });
    await expect(upsert('report')).rejects.toThrow('GitHub API: the comments of issue #7 came back as something that is not a list');
    expect(sent()).toEqual([`GET ${COMMENTS}?per_page=100&page=1`]);
  });
});

describe('comment bodies', () => {
  test('the marker is not doubled when the body already has it', () => {
    expect(stickyBody(`${STICKY_MARKER}\nhello`)).toBe(`${STICKY_MARKER}\nhello`);
  });

  test('truncation never splits a surrogate pair', () => {
    const body = stickyBody('🔑'.repeat(40_000));
    expect(body.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS);
    expect(body).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  test('renderCommentBody: the Markdown report under the comment cap', () => {
    const body = renderCommentBody(bulkReport(5_000));
    expect(Buffer.byteLength(body, 'utf8')).toBeLessThanOrEqual(COMMENT_REPORT_MAX_BYTES);
    expect(body).toMatch(/more findings not shown here, to keep under GitHub's size limit; every finding is in the JSON report\./);
    expect(stickyBody(body)).toBe(`${STICKY_MARKER}\n${body}`);
    expect(renderCommentBody(sampleReport())).toContain('| error | [check-crashed]');
  });
});
