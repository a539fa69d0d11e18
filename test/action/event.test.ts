import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultBase } from '../../src/action/default-base.js';
import { issueNumberOf, readEvent } from '../../src/action/event.js';

const dir = mkdtempSync(join(tmpdir(), 'rg-event-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

describe('the event the runner wrote to GITHUB_EVENT_PATH', () => {
  test('a pull request: its number to comment on, its base commit as the default base', () => {
    const event = readEvent({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: file('pr.json', JSON.stringify({ number: 42, pull_request: { number: 42, base: { sha: 'b'.repeat(40) } } })) });
    expect(event.name).toBe('pull_request');
    expect(issueNumberOf(event.payload)).toBe(42);
    expect(defaultBase(event.name, event.payload)).toBe('b'.repeat(40));
  });

  test('an issue comment event: the issue number', () => {
    const event = readEvent({ GITHUB_EVENT_NAME: 'issue_comment', GITHUB_EVENT_PATH: file('issue.json', JSON.stringify({ issue: { number: 9 } })) });
    expect(issueNumberOf(event.payload)).toBe(9);
  });

  test('a push has no number; a number that is not a positive integer is none', () => {
    expect(issueNumberOf(readEvent({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: file('push.json', JSON.stringify({ before: 'a'.repeat(40) })) }).payload)).toBeUndefined();
    expect(issueNumberOf(readEvent({ GITHUB_EVENT_PATH: file('odd.json', JSON.stringify({ pull_request: { number: '7' }, issue: { number: -1 } })) }).payload)).toBeUndefined();
  });

  test('no name or path, a missing file, broken JSON or a JSON list: an empty payload, never a crash', () => {
    expect(readEvent({})).toEqual({ name: '', payload: {} });
    expect(readEvent({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: join(dir, 'absent.json') })).toEqual({ name: 'push', payload: {} });
    expect(readEvent({ GITHUB_EVENT_PATH: file('broken.json', '{"pull_request": ') }).payload).toEqual({});
    expect(readEvent({ GITHUB_EVENT_PATH: file('list.json', '[1, 2]') }).payload).toEqual({});
  });
});
