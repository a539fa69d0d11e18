import { describe, expect, test } from '@jest/globals';
import { isPlaceholder, isSecretName, looksLikeRealSecret, maskIfSecret } from '../../../src/checks/env/secret-values.js';

describe('what counts as a secret', () => {
  test.each([
    ['SESSION_SECRET', true], ['GITHUB_TOKEN', true], ['DB_PASSWORD', true], ['SMTP_PASSWD', true], ['STRIPE_API_KEY', true],
    ['SENTRY_DSN', true], ['AWS_CREDENTIALS', true], ['LOG_LEVEL', false], ['DATABASE_URL', false],
  ])('%s by name: %s', (name, secret) => {
    expect(isSecretName(name)).toBe(secret);
  });

  test('the manifest overrides the name', () => {
    expect(isSecretName('PUBLIC_KEY', { secret: false })).toBe(false);
    expect(isSecretName('TENANT', { secret: true })).toBe(true);
  });

  test.each([
    '', 'changeme', 'your-api-key', '<token>', 'xxxxxxxx', '********', 'example-secret', 'demo-only-not-a-secret', '${SECRET}', '{{ secret }}',
  ])('placeholder: %j', (value) => {
    expect(isPlaceholder(value)).toBe(true);
  });

  test.each([
    ['SESSION_SECRET', 'k8Jd93kdLs0qPz71', true],
    ['SESSION_SECRET', 'short', false],
    ['SESSION_SECRET', 'changeme-please', false],
    ['FEATURE_FLAG', 'k8Jd93kdLs0qPz71', false],
    ['ANY_NAME', 'ghp_0123456789abcdefghijklmnopqrstuvwxyzAB', true],
    ['ANY_NAME', 'AKIAABCDEFGHIJKLMNOP', true],
    ['DATABASE_URL', 'postgres://app:Xk29dLq0w@db.internal/app', true],
    ['DATABASE_URL', 'postgres://app:demo@localhost/app', false],
    ['DATABASE_URL', 'postgres://db.internal/app', false],
    ['API_TOKEN', '12345', false],
  ])('%s=%s looks real: %s', (name, value, real) => {
    expect(looksLikeRealSecret(name, value)).toBe(real);
  });
});

describe('maskIfSecret', () => {
  const masked = (name: string, value: string, options = {}) => {
    const added: string[] = [];
    maskIfSecret({ add: (v) => added.push(v) }, name, value, options);
    return added;
  };

  test('masks secrets by name, credential URLs and their long passwords', () => {
    expect(masked('API_TOKEN', 'tok-123456')).toEqual(['tok-123456']);
    expect(masked('DATABASE_URL', 'postgres://app:longpassword1@db/app')).toEqual(['postgres://app:longpassword1@db/app', 'longpassword1']);
    expect(masked('DATABASE_URL', 'postgres://app:demo@db/app')).toEqual(['postgres://app:demo@db/app']);
  });

  test('leaves ordinary values and bare placeholder words alone', () => {
    expect(masked('LOG_LEVEL', 'info')).toEqual([]);
    expect(masked('API_TOKEN', 'changeme')).toEqual([]);
    expect(masked('ANYTHING', 'plain-value', { always: true })).toEqual(['plain-value']);
  });
});
