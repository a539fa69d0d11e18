import { describe, expect, test } from '@jest/globals';
import { defaultBase } from '../../src/action/default-base.js';
import { liveCheckSkipReason } from '../../src/gate.js';

describe('the action\'s default base', () => {
  test('the pull request\'s base commit on pull-request events', () => {
    const payload = { pull_request: { number: 3, base: { sha: 'a1b2c3' } } };
    expect(defaultBase('pull_request', payload)).toBe('a1b2c3');
    expect(defaultBase('pull_request_target', payload)).toBe('a1b2c3');
  });

  test('the push\'s before on pushes, all zeros included (the gate turns that into a whole-tree run)', () => {
    expect(defaultBase('push', { before: 'f00d' })).toBe('f00d');
    expect(defaultBase('push', { before: '0'.repeat(40) })).toBe('0'.repeat(40));
  });

  test('no base on other events, or when the payload lacks one', () => {
    expect(defaultBase('schedule', { before: 'f00d' })).toBeUndefined();
    expect(defaultBase('deployment_status', {})).toBeUndefined();
    expect(defaultBase('pull_request', { pull_request: {} })).toBeUndefined();
    expect(defaultBase('push', {})).toBeUndefined();
  });
});

describe('live checks and events', () => {
  const smoke = { live: true, section: 'smoke' as const };
  test('skipped on pull requests by default, run on pushes and when no event is known', () => {
    expect(liveCheckSkipReason(smoke, {}, 'pull_request')).toBe('a pull request does not touch live environments unless `smoke.on` lists pull_request');
    expect(liveCheckSkipReason(smoke, {}, 'push')).toBeUndefined();
    expect(liveCheckSkipReason(smoke, {}, undefined)).toBeUndefined();
  });

  test('`on:` lists exactly the events a live check runs on', () => {
    expect(liveCheckSkipReason(smoke, { on: ['pull_request'] }, 'pull_request')).toBeUndefined();
    expect(liveCheckSkipReason(smoke, { on: ['deployment_status'] }, 'push')).toBe('`smoke.on` does not list push');
  });

  test('static checks ignore events', () => {
    expect(liveCheckSkipReason({ section: 'migrations' }, {}, 'pull_request')).toBeUndefined();
  });
});
