import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { getOctokit } from '@actions/github';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  COMMENT_MAX_CHARS, COMMENT_REPORT_MAX_BYTES, renderCommentBody, STICKY_MARKER, stickyBody, upsertStickyComment,
} from '../../src/reporters/pr-comment.js';
import { bulkReport, sampleReport } from './sample-report.js';

interface StoredComment { id: number; body: string; html_url: string }

/** Just enough of GitHub's issue-comments REST API, on 127.0.0.1, paginating as GitHub does. */
class FakeGitHub {
  comments: StoredComment[] = [];
  requests: string[] = [];
  private nextId = 1000;
  private server = http.createServer((req, res) => void this.handle(req, res));

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  reset(): void {
    this.comments = [];
    this.requests = [];
    this.nextId = 1000;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  add(body: string): void {
    this.comments.push({ id: this.nextId, body, html_url: `https://github.test/o/r/pull/7#issuecomment-${this.nextId}` });
    this.nextId += 1;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url!, 'http://127.0.0.1');
    this.requests.push(`${req.method} ${url.pathname}${url.search}`);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const input = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) as { body: string } : undefined;
    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(data));
    };
    if (req.headers.authorization !== 'token test-token') return send(401, { message: 'Bad credentials' });

    if (req.method === 'GET' && url.pathname === '/repos/o/r/issues/7/comments') {
      const perPage = Number(url.searchParams.get('per_page') ?? 30);
      const page = Number(url.searchParams.get('page') ?? 1);
      const slice = this.comments.slice((page - 1) * perPage, page * perPage);
      const last = Math.max(1, Math.ceil(this.comments.length / perPage));
      const link: Record<string, string> = page < last ? { link: `<${url.origin}${url.pathname}?per_page=${perPage}&page=${page + 1}>; rel="next"` } : {};
      return send(200, slice, link);
    }
    if (req.method === 'POST' && url.pathname === '/repos/o/r/issues/7/comments') {
      if (input!.body.length > COMMENT_MAX_CHARS) return send(422, { message: 'Body is too long (maximum is 65536 characters)' });
      this.add(input!.body);
      return send(201, this.comments.at(-1));
    }
    const update = /^\/repos\/o\/r\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (req.method === 'PATCH' && update) {
      const comment = this.comments.find((c) => c.id === Number(update[1]));
      if (!comment) return send(404, { message: 'Not Found' });
      if (input!.body.length > COMMENT_MAX_CHARS) return send(422, { message: 'Body is too long (maximum is 65536 characters)' });
      comment.body = input!.body;
      return send(200, comment);
    }
    send(404, { message: 'Not Found' });
  }
}

describe('the sticky pull-request comment', () => {
  const github = new FakeGitHub();
  let octokit: ReturnType<typeof getOctokit>;

  beforeAll(async () => {
    octokit = getOctokit('test-token', { baseUrl: await github.start() });
  });
  afterAll(() => github.stop());
  beforeEach(() => github.reset());

  const upsert = (body: string) => upsertStickyComment({ octokit, owner: 'o', repo: 'r', issueNumber: 7, body });
  const marked = () => github.comments.filter((c) => c.body.startsWith(STICKY_MARKER));

  test('created on the first run, updated in place on the second, never two', async () => {
    const first = await upsert('first run');
    expect(first).toEqual({ action: 'created', id: 1000, url: 'https://github.test/o/r/pull/7#issuecomment-1000' });
    expect(github.comments).toEqual([{ id: 1000, body: `${STICKY_MARKER}\nfirst run`, html_url: first.url }]);

    const second = await upsert('second run');
    expect(second).toMatchObject({ action: 'updated', id: 1000 });
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0].body).toBe(`${STICKY_MARKER}\nsecond run`);
    expect(github.requests).toEqual([
      'GET /repos/o/r/issues/7/comments?per_page=100&page=1',
      'POST /repos/o/r/issues/7/comments',
      'GET /repos/o/r/issues/7/comments?per_page=100&page=1',
      'PATCH /repos/o/r/issues/comments/1000',
    ]);
  });

  test('finds its comment on a later page of a long conversation', async () => {
    for (let i = 0; i < 150; i++) github.add(`human comment ${i}`);
    await upsert('first run');
    expect(github.requests.slice(0, 3)).toEqual([
      'GET /repos/o/r/issues/7/comments?per_page=100&page=1',
      'GET /repos/o/r/issues/7/comments?per_page=100&page=2',
      'POST /repos/o/r/issues/7/comments',
    ]);
    await upsert('second run');
    expect(github.comments).toHaveLength(151);
    expect(marked()).toEqual([expect.objectContaining({ id: 1150, body: `${STICKY_MARKER}\nsecond run` })]);
  });

  test('a reply quoting the marker is left alone', async () => {
    github.add(`> ${STICKY_MARKER}\n> the gate failed\n\nwhy?`);
    const result = await upsert('report');
    expect(result.action).toBe('created');
    expect(github.comments[0].body).toBe(`> ${STICKY_MARKER}\n> the gate failed\n\nwhy?`);
  });

  test('a body over 65,536 characters is cut with a note and accepted', async () => {
    const huge = Array.from({ length: 5_000 }, (_, i) => `| row ${i} | ${'x'.repeat(20)} |`).join('\n');
    expect(huge.length).toBeGreaterThan(COMMENT_MAX_CHARS);
    await upsert(huge);
    await upsert(`${huge}\nsecond`);
    const [comment] = github.comments;
    expect(github.comments).toHaveLength(1);
    expect(comment.body.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS);
    expect(comment.body.startsWith(`${STICKY_MARKER}\n| row 0 |`)).toBe(true);
    expect(comment.body).toMatch(/\| row \d+ \| x{20} \|\n\n---\n_This comment was cut to fit GitHub's 65,536-character limit; the job summary and the JSON report have everything\._\n$/);
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
