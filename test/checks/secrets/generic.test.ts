import { describe, expect, test } from '@jest/globals';
import { secretNameKind } from '../../../src/checks/secrets/rules/secret-names.js';
import type { TextKind } from '../../../src/checks/secrets/rule.js';
import { isTestPath } from '../../../src/checks/secrets/text-kind.js';
import { brief, codeScanner, NOW, scan } from './helpers.js';
import { ALPHABETS, randomString, seeded } from './synthesize.js';

const random = seeded(31337);
const password = () => `Vq7${randomString(9, ALPHABETS.base62!, random)}`;
const secret = () => randomString(32, ALPHABETS.base62!, random);

describe('generic-password-assignment and generic-secret-assignment', () => {
  const invalid: [string, string, (v: string) => string, TextKind, () => string][] = [
    ['JS const', 'generic-password-assignment', (v) => `const dbPassword = "${v}";`, 'code', password],
    ['Python keyword argument', 'generic-password-assignment', (v) => `connect(host="db", password='${v}')`, 'code', password],
    ['YAML, quoted', 'generic-password-assignment', (v) => `  smtp_password: "${v}"`, 'config', password],
    ['YAML, bare value', 'generic-password-assignment', (v) => `  password: ${v}`, 'config', password],
    ['.env', 'generic-secret-assignment', (v) => `SESSION_SECRET=${v}`, 'config', secret],
    ['shell export', 'generic-secret-assignment', (v) => `export API_KEY=${v}`, 'config', secret],
    ['JSON', 'generic-secret-assignment', (v) => `  "client_secret": "${v}",`, 'code', secret],
    ['Ruby hash rocket', 'generic-secret-assignment', (v) => `  :access_token => "${v}",`, 'code', secret],
    ['Go struct field', 'generic-secret-assignment', (v) => `	APIKey: "${v}",`, 'code', secret],
    ['XML element', 'generic-password-assignment', (v) => `<password>${v}</password>`, 'code', password],
    ['XML attribute', 'generic-secret-assignment', (v) => `<add key="x" authToken="${v}" />`, 'code', secret],
    ['PHP variable', 'generic-password-assignment', (v) => `$mailPassword = '${v}';`, 'code', password],
    ['a .env file inside a string', 'generic-secret-assignment', (v) => `const env = "LOG_LEVEL=info\\nAPI_KEY='${v}'\\n";`, 'code', secret],
  ];

  test.each(invalid)('invalid: %s → %s', (_name, ruleId, make, kind, value) => {
    const v = value();
    const line = make(v);
    expect(brief(scan(`\n${line}\n`, kind))).toEqual([{ ruleId, line: 2, column: line.indexOf(v) + 1 }]);
  });

  const valid: [string, string, TextKind][] = [
    ['xxxx', 'password = "xxxxxxxxxxxx"', 'code'],
    ['EXAMPLE', `api_key = "${secret().slice(0, 20)}EXAMPLE"`, 'code'],
    ['<your-token>', 'token: "<your-token>"', 'config'],
    ['${VAR}', 'password: "${DB_PASSWORD}"', 'config'],
    ['${VAR} bare', 'API_KEY=${API_KEY}', 'config'],
    ['{{ secrets.X }}', 'NPM_TOKEN: ${{ secrets.NPM_TOKEN }}', 'config'],
    ['Helm template', 'password: {{ .Values.db.password | quote }}', 'config'],
    ['process.env.X', 'const token = process.env.GITHUB_TOKEN;', 'code'],
    ['process.env.X with a fallback', "const password = process.env.DB_PASSWORD || '';", 'code'],
    ['os.environ', 'password = os.environ["DB_PASSWORD"]', 'code'],
    ['a config lookup', 'password: config.database.password,', 'code'],
    ['a type annotation', 'password?: string;', 'code'],
    ['a YAML type', 'password: string', 'config'],
    ['an MD5 hash', 'token = "d41d8cd98f00b204e9800998ecf8427e"', 'code'],
    ['a SHA-256 hash in code', `const secret = "${randomString(64, ALPHABETS.hex!, random)}";`, 'code'],
    ['a checksum in config', `sha256_checksum: ${randomString(64, ALPHABETS.hex!, random)}`, 'config'],
    ['a bcrypt hash', `password_hash = "$2b$12$${randomString(53, ALPHABETS.base62!, random)}"`, 'code'],
    ['a UUID', `api_key = "${crypto.randomUUID()}"`, 'code'],
    ['a lockfile integrity string', `"integrity": "sha512-${randomString(86, ALPHABETS.base64!, random)}=="`, 'code'],
    ['a data URI', `icon: "data:image/png;base64,${randomString(200, ALPHABETS.base64!, random)}"`, 'config'],
    ['a sentence', 'password: "Please enter your password"', 'config'],
    ['a short password', 'password = "abc123"', 'code'],
    ['a made-up test password', 'password = "TestPassword123!"', 'code'],
    ['changeme', 'password: changeme', 'config'],
    ['a key file path', 'private_key: /etc/ssl/private/server.key', 'config'],
    ['a pagination token', `next_token = "${secret()}"`, 'code'],
    ['a primary key', `primary_key = "${secret()}"`, 'code'],
    ['a comparison, not an assignment', `if (password == "${password()}")`, 'code'],
    ['a bare value in code is not an assignment', `password = ${password()}`, 'code'],
    ['a password label', 'passwordLabel: "Password"', 'code'],
    ['an empty value', 'PASSWORD=', 'config'],
    ['a template literal expression', 'const rc = `//registry.npmjs.org/:_authToken=${makeToken(\'npm\')}`;', 'code'],
  ];

  test.each(valid)('valid: %s', (_name, line, kind) => {
    expect(brief(scan(`${line}\n`, kind))).toEqual([]);
  });
});

describe('test files', () => {
  test('generic and URL findings in test files are warnings, marked so; provider formats stay errors', () => {
    const text = `const password = "${password()}";\nconst url = "postgres://svc:Qx${randomString(12, ALPHABETS.base62!, random)}@db.prod.internal/app";\n`;
    const hits = codeScanner.scanText(text, { file: 'test/api.test.ts', kind: 'code', testFile: true, now: NOW });
    expect(hits.map((h) => [h.rule.meta.id, h.severity, h.detail])).toEqual([
      ['generic-password-assignment', 'warning', 'assigned to password, in a test file'],
      ['database-url-password', 'warning', 'in a test file'],
    ]);
  });

  test.each([
    ['test/api.test.ts', true], ['src/__tests__/a.ts', true], ['spec/models/user_spec.rb', true], ['pkg/store_test.go', true],
    ['tests/test_login.py', true], ['fixtures/users.json', true], ['src/app.ts', false], ['src/contest/entry.ts', false], ['latest/app.ts', false],
  ])('%s is a test path: %s', (path, expected) => {
    expect(isTestPath(path)).toBe(expected);
  });
});

describe('secret names', () => {
  test.each([
    ['DB_PASSWORD', 'password'], ['smtpPass', 'password'], ['passphrase', 'password'], ['password1', 'password'],
    ['clientSecret', 'secret'], ['GITHUB_TOKEN', 'secret'], ['api-key', 'secret'], ['apiKey', 'secret'], ['secret_key', 'secret'],
    ['AWS_SECRET_ACCESS_KEY', 'secret'], ['credentials', 'secret'],
    ['primary_key', undefined], ['keyboard', undefined], ['token_type', undefined], ['next_page_token', undefined],
    ['csrf_token', undefined], ['password_confirmation', undefined], ['passport', undefined], ['secretName', undefined],
  ])('%s → %s', (name, kind) => {
    expect(secretNameKind(name)).toBe(kind);
  });
});

/** Issue 15: values other tools skip as references or hashes because of their characters alone. */
describe('Django SECRET_KEY and references recognised by syntax', () => {
  // The alphabet of django.core.management.utils.get_random_secret_key.
  const DJANGO = 'abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)';
  const djangoKey = (first: string) => first + randomString(49, DJANGO, random);

  const invalid: [string, string, (v: string) => string, TextKind, string][] = [
    ['settings.py, value with ( and $', 'generic-secret-assignment', (v) => `SECRET_KEY = '${v}'`, 'code', djangoKey('(')],
    ['settings.py, value starting with $', 'generic-secret-assignment', (v) => `SECRET_KEY = "${v}"`, 'code', djangoKey('$')],
    ['value starting with @', 'generic-secret-assignment', (v) => `SECRET_KEY = '${v}'`, 'code', djangoKey('@')],
    ['value starting with !', 'generic-secret-assignment', (v) => `SECRET_KEY = '${v}'`, 'code', djangoKey('!')],
    ['value starting with &', 'generic-secret-assignment', (v) => `SECRET_KEY = '${v}'`, 'code', djangoKey('&')],
    ['value starting with *', 'generic-secret-assignment', (v) => `SECRET_KEY = '${v}'`, 'code', djangoKey('*')],
    ['value starting with %', 'generic-secret-assignment', (v) => `SECRET_KEY = '${v}'`, 'code', djangoKey('%')],
    ['the fallback of os.environ.get', 'generic-secret-assignment', (v) => `SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "${v}")`, 'code', djangoKey('k')],
    ['the default of django-environ', 'generic-secret-assignment', (v) => `SECRET_KEY = env("SECRET_KEY", default='${v}')`, 'code', djangoKey('q')],
    ['.env, bare value with punctuation', 'generic-secret-assignment', (v) => `DJANGO_SECRET_KEY=${v}`, 'config', djangoKey('x')],
    ['hex under *_SECRET in .env', 'generic-secret-assignment', (v) => `WEBHOOK_SECRET=${v}`, 'config', randomString(64, ALPHABETS.hex!, random)],
    ['hex under *_KEY in .env', 'generic-secret-assignment', (v) => `STRIPE_KEY=${v}`, 'config', randomString(40, ALPHABETS.hex!, random)],
    ['hex under *_TOKEN in YAML', 'generic-secret-assignment', (v) => `  api_token: "${v}"`, 'config', randomString(32, ALPHABETS.hex!, random)],
    ['hex under *PASSWORD* in .env', 'generic-password-assignment', (v) => `REDIS_PASSWORD=${v}`, 'config', randomString(32, ALPHABETS.hex!, random)],
    ["Rails' secret_key_base", 'generic-secret-assignment', (v) => `  secret_key_base: ${v}`, 'config', randomString(128, ALPHABETS.hex!, random)],
  ];

  test.each(invalid)('invalid: %s → %s', (_name, ruleId, make, kind, v) => {
    const line = make(v);
    expect(brief(scan(`# settings\n${line}\n`, kind))).toEqual([{ ruleId, line: 2, column: line.indexOf(v) + 1 }]);
  });

  const valid: [string, string, TextKind][] = [
    ['os.environ[...]', "SECRET_KEY = os.environ['DJANGO_SECRET_KEY']", 'code'],
    ['env(...)', "SECRET_KEY = env('DJANGO_SECRET_KEY')", 'code'],
    ['config(...) from python-decouple', "SECRET_KEY = config('SECRET_KEY')", 'code'],
    ['${X} quoted', 'SECRET_KEY = "${DJANGO_SECRET_KEY}"', 'code'],
    ['${X:-default} in compose', 'SECRET_KEY: ${DJANGO_SECRET_KEY:-}', 'config'],
    ['$X in .env', 'SECRET_KEY=$DJANGO_SECRET_KEY', 'config'],
    ['%(x)s interpolation', 'secret_key = "%(secret_key)s"', 'code'],
    ['a YAML alias', 'secret_key: *shared_secret', 'config'],
    ['a YAML tag', 'secret_key: !vault |', 'config'],
    ['an empty fallback', 'SECRET_KEY = os.environ.get("SECRET_KEY", "")', 'code'],
    ['a hex cache key in .env', `CACHE_KEY=${randomString(32, ALPHABETS.hex!, random)}`, 'config'],
    ['a hex public key id in .env', `RECAPTCHA_SITE_KEY=${randomString(40, ALPHABETS.hex!, random)}`, 'config'],
    ['a commit hash in YAML', `commit_sha: ${randomString(40, ALPHABETS.hex!, random)}`, 'config'],
  ];

  test.each(valid)('valid: %s', (_name, line, kind) => {
    expect(brief(scan(`${line}\n`, kind))).toEqual([]);
  });
});
