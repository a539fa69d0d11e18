import { describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readLockfile } from '../../../src/checks/dependencies/lockfiles/index.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/dependencies');

async function read(path: string, text = readFileSync(join(FIXTURES, path), 'utf8')) {
  return (await readLockfile(path, text, async (p) => (existsSync(join(FIXTURES, p)) ? readFileSync(join(FIXTURES, p), 'utf8') : undefined)))!;
}

/** name version Lline [direct] [declared-at] [script] [dev] */
function summary(path: string) {
  return read(path).then((l) => ({
    format: l.format,
    problems: l.problems,
    packages: l.packages.map((p) => [p.name, p.version, p.line, p.direct ? 'direct' : 'transitive', p.declared ? `${p.declared.file}:${p.declared.line}` : '', p.installScript ? 'script' : '', p.dev ? 'dev' : ''].join(' ').trimEnd()),
  }));
}

describe('lockfile readers: exact versions, direct and transitive, each on its own line', () => {
  test.each([
    ['npm-v3/package-lock.json', 'package-lock', [
      'express 4.18.2 19 direct npm-v3/package.json:5',
      'cookie-signature 1.0.6 26 transitive',
      'jsonwebtoken 8.5.1 30 direct npm-v3/package.json:6',
      'semver 5.7.2 38 transitive',
      'jws 3.2.2 42 transitive',
      'semver 7.5.4 46 transitive',
      'stripe 12.18.0 50 direct npm-v3/package.json:7',
      'jest 29.7.0 54 direct npm-v3/package.json:10  dev',
    ]],
    ['shrinkwrap/npm-shrinkwrap.json', 'npm-shrinkwrap', [
      'bcrypt 5.1.1 16 transitive  script',
      'jsonwebtoken 9.0.2 23 direct shrinkwrap/package.json:6',
      'node-addon-api 5.1.0 26 transitive',
    ]],
    ['pnpm-v9/pnpm-lock.yaml', 'pnpm-lock', [
      '@stripe/stripe-js 2.4.0 20 direct pnpm-v9/package.json:5',
      'jose 4.15.4 24 transitive',
      'next-auth 4.24.5 27 direct pnpm-v9/package.json:4',
      'next 14.0.4 32 transitive',
    ]],
    ['pnpm-v6/pnpm-lock.yaml', 'pnpm-lock', [
      'argon2 0.31.2 17 direct  script',
      '@phc/format 1.0.0 25 transitive',
      'passport 0.6.0 29 direct',
    ]],
    ['yarn-v1/yarn.lock', 'yarn-lock-v1', [
      '@xmldom/xmldom 0.7.13 5 transitive',
      'express-session 1.17.3 10 direct yarn-v1/package.json:5',
      'passport-saml 3.2.4 15 direct yarn-v1/package.json:4',
      'passport-strategy 1.0.0 23 transitive',
    ]],
    ['yarn-berry/yarn.lock', 'yarn-lock-berry', [
      'braintree 3.19.0 8 direct yarn-berry/package.json:5',
      '@braintree/wrap-promise 2.1.1 17 transitive',
      'iron-session 8.0.1 24 direct yarn-berry/package.json:6',
    ]],
    ['requirements/requirements.txt', 'requirements', [
      'django 4.2.7 3 direct',
      'django-allauth 0.54.0 5 direct',
      'pyjwt 2.8.0 7 direct',
      'sqlparse 0.4.4 12 direct',
    ]],
    ['poetry/poetry.lock', 'poetry-lock', [
      'authlib 1.2.1 4 direct poetry/pyproject.toml:8',
      'cryptography 41.0.5 17 transitive',
      'fastapi 0.104.1 25 direct poetry/pyproject.toml:7',
      'pytest 7.4.3 33 direct poetry/pyproject.toml:11',
    ]],
    ['pipenv/Pipfile.lock', 'pipfile-lock', [
      'flask 3.0.0 19 direct pipenv/Pipfile:7',
      'flask-login 0.6.2 24 direct pipenv/Pipfile:8',
      'itsdangerous 2.1.2 29 transitive',
      'stripe 5.5.0 33 direct pipenv/Pipfile:9',
      'pytest 7.4.3 40 direct pipenv/Pipfile:12  dev',
    ]],
    ['bundler/Gemfile.lock', 'gemfile-lock', [
      'bcrypt 3.1.19 4 transitive',
      'devise 4.9.3 5 direct bundler/Gemfile:4',
      'nokogiri 1.15.4 11 direct bundler/Gemfile:6',
      'orm_adapter 0.5.0 13 transitive',
      'racc 1.7.3 14 transitive',
      'rails 7.1.2 15 direct bundler/Gemfile:3',
      'railties 7.1.2 17 transitive',
      'responders 3.1.1 18 transitive',
      'stripe 10.1.0 19 direct bundler/Gemfile:5',
      'warden 1.2.9 20 transitive',
    ]],
    ['go/go.sum', 'go-sum', [
      'github.com/golang-jwt/jwt/v4 v4.5.0 3 direct go/go.mod:6',
      'github.com/stripe/stripe-go/v76 v76.8.0 5 direct go/go.mod:7',
      'golang.org/x/crypto v0.17.0 7 transitive',
    ]],
    ['composer/composer.lock', 'composer-lock', [
      'firebase/php-jwt 6.9.0 8 transitive',
      'laravel/framework 10.33.0 17 direct composer/composer.json:5',
      'laravel/sanctum 3.3.2 24 direct composer/composer.json:6',
      'stripe/stripe-php 13.3.0 31 direct composer/composer.json:7',
      'phpunit/phpunit 10.4.2 37 direct composer/composer.json:10  dev',
    ]],
  ])('%s', async (path, format, packages) => {
    expect(await summary(path)).toEqual({ format, problems: [], packages });
  });

  test('requirements: ranges are counted, not guessed; a line pip cannot read is a problem on its line', async () => {
    expect((await read('requirements/requirements.txt')).unpinned).toBe(1);
    expect(await summary('requirements/requirements-dev.txt')).toEqual({
      format: 'requirements',
      problems: [{ file: 'requirements/requirements-dev.txt', line: 2, column: 1, message: '"==2.0" in requirements/requirements-dev.txt is not a requirement pip can read' }],
      packages: ['pytest 7.4.3 1 direct'],
    });
  });

  test('the npm dependency graph resolves nested node_modules first', async () => {
    const lock = await read('npm-v3/package-lock.json');
    expect(lock.packages.find((p) => p.name === 'jsonwebtoken')!.dependsOn).toEqual(['node_modules/jws', 'node_modules/jsonwebtoken/node_modules/semver']);
  });
});

describe('malformed lockfiles are problems with a file and line, never exceptions', () => {
  test.each([
    ['app/package-lock.json', '{\n  "lockfileVersion": 3,\n  "packages": {\n    "node_modules/a": { "version": "1.0.0" }\n    "node_modules/b": {}\n  }\n}\n', 5, 'app/package-lock.json is not valid JSON: comma expected'],
    ['app/package-lock.json', '{\n  "name": "x",\n  "lockfileVersion": 1,\n  "dependencies": {}\n}\n', 3, 'app/package-lock.json is lockfileVersion 1, which has no exact install paths; npm 7 and later upgrade it (npm install --package-lock-only)'],
    ['app/package-lock.json', '{\n  "lockfileVersion": 3,\n  "packages": {\n    "node_modules/a": { "resolved": "x" }\n  }\n}\n', 4, 'a in app/package-lock.json has no version'],
    ['app/pnpm-lock.yaml', "lockfileVersion: '9.0'\npackages:\n  a@1.0.0:\n    resolution: {integrity: sha512-x\n  b@2.0.0: {}\n", 5, /^app\/pnpm-lock\.yaml is not a valid pnpm lockfile: /],
    ['app/pnpm-lock.yaml', "lockfileVersion: '9.0'\npackages:\n  nonsense: {}\n", 3, '"nonsense" in app/pnpm-lock.yaml is not a package key pnpm writes (name@version)'],
    ['app/yarn.lock', '__metadata:\n  version: 8\n\n"a@npm:^1.0.0":\n  version: 1.0.0\n resolution: "a@npm:1.0.0"\n', 6, /^app\/yarn\.lock is not a valid yarn lockfile: /],
    ['app/yarn.lock', '# yarn lockfile v1\n\na@^1:\n  version "1.0.0"\n<<<<<<< HEAD\nb@^2:\n  version "2.0.0"\n', 5, /^app\/yarn\.lock is not a valid yarn lockfile: Expected ":"/],
    ['app/yarn.lock', '# yarn lockfile v1\n\na@^1:\n  version "1\n  x\n', 4, /^app\/yarn\.lock is not a valid yarn lockfile: Expected/],
    ['app/poetry.lock', '[[package]]\nname = "authlib"\nversion = 1.2.1"\n', 3, /^app\/poetry\.lock is not valid TOML: /],
    ['app/Pipfile.lock', '{ "default": { "stripe": { "hashes": [] } } }\n', 1, 'stripe in app/Pipfile.lock has no version'],
    ['app/Gemfile.lock', 'GEM\n  remote: https://rubygems.org/\n  specs:\n    devise 4.9.3\n\nDEPENDENCIES\n  devise\n', 4, '"devise 4.9.3" in the specs of app/Gemfile.lock is not "name (version)"'],
    ['app/go.sum', 'github.com/golang-jwt/jwt/v4 v4.5.0 h1:7cYmW1XlMY7h7ii7UhUyChSgS5wUJEnm9uZVTGqOWzg=\n<<<<<<< HEAD\n', 2, 'line 2 of app/go.sum is not "module version h1:hash"'],
    ['app/composer.lock', '{ "packages": [ { "name": "stripe/stripe-php" } ] }\n', 1, 'an entry of packages in app/composer.lock has no name or version'],
  ])('%s (case %#)', async (path, text, line, message) => {
    const lock = await read(path, text);
    expect(lock.problems).toHaveLength(1);
    expect(lock.problems[0]).toMatchObject({ file: path, line, message: typeof message === 'string' ? message : expect.stringMatching(message) });
  });
});
