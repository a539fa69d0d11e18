import { describe, expect, test } from '@jest/globals';
import { brief, NOW, scan } from './helpers.js';
import { ALPHABETS, jwt, randomString, seeded } from './synthesize.js';

const random = seeded(99);
const pw = () => `Zq${randomString(14, ALPHABETS.base62!, random)}`;

describe('jwt', () => {
  const future = Math.floor(NOW.getTime() / 1000) + 3600;
  const past = Math.floor(NOW.getTime() / 1000) - 86400;

  test('invalid: a signed token in code is reported at its first character', () => {
    const token = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'svc-export', exp: future }, random);
    const line = `const auth = { headers: { authorization: "Bearer ${token}" } };`;
    expect(brief(scan(line))).toEqual([{ ruleId: 'jwt', line: 1, column: line.indexOf(token) + 1 }]);
  });

  test('invalid: a token without exp is an error; an expired one a warning marked expired', () => {
    const forever = scan(`token=${jwt({ alg: 'RS256' }, { sub: 'ci' }, random)}`);
    expect(forever[0]!.severity).toBe('error');
    const expired = scan(`token=${jwt({ alg: 'RS256' }, { sub: 'ci', exp: past }, random)}`);
    expect(expired[0]).toMatchObject({ severity: 'warning', detail: 'expired 2026-01-14' });
  });

  test.each([
    ['unsigned (alg none)', jwt({ alg: 'none' }, { sub: 'x' }, random)],
    ['the jwt.io sample claims', jwt({ alg: 'HS256', typ: 'JWT' }, { sub: '1234567890', name: 'John Doe', iat: 1516239022 }, random)],
    ['a public anon key', jwt({ alg: 'HS256', typ: 'JWT' }, { iss: 'supabase', role: 'anon' }, random)],
    ['a header that is not JSON', `eyJ${randomString(20, ALPHABETS.base64url!, random)}.eyJ${randomString(20, ALPHABETS.base64url!, random)}.${randomString(30, ALPHABETS.base64url!, random)}`],
  ])('valid: %s', (_name, token) => {
    expect(brief(scan(`token: "${token}"`))).toEqual([]);
  });
});

describe('database-url-password', () => {
  test.each([
    ['postgres', (p: string) => `DATABASE_URL=postgres://app:${p}@db.prod.internal:5432/app`],
    ['postgresql with jdbc', (p: string) => `url: jdbc:postgresql://ops:${p}@10.1.2.3/ops`],
    ['mongodb+srv', (p: string) => `MONGO_URI="mongodb+srv://svc:${p}@cluster0.ab12c.mongodb.net/prod"`],
    ['redis without a user', (p: string) => `REDIS_URL=rediss://:${p}@cache.prod.internal:6380/0`],
    ['amqp', (p: string) => `broker = "amqp://worker:${p}@mq.internal/vhost"`],
    ['mysql in a log', (p: string) => `2026-01-15 ERROR cannot connect to mysql://root2:${p}@db-7.prod:3306/ops`],
  ])('invalid: %s', (_name, make) => {
    const secret = pw();
    const line = make(secret);
    expect(brief(scan(line))).toEqual([{ ruleId: 'database-url-password', line: 1, column: line.indexOf(secret) + 1 }]);
  });

  test.each([
    ['localhost (the env check\'s demo DATABASE_URL)', 'DATABASE_URL=postgres://app:demo@localhost/app'],
    ['127.0.0.1 with a real-looking password', `postgres://app:${pw()}@127.0.0.1:5432/app`],
    ['a documentation host', `postgres://app:${pw()}@db.example.com/app`],
    ['a .test host', `mysql://app:${pw()}@mysql.test/app`],
    ['a default container password', 'postgres://postgres:postgres@db:5432/app'],
    ['a guest broker', 'amqp://guest:guest@rabbitmq:5672/'],
    ['a template', 'postgres://app:${DB_PASSWORD}@db.prod.internal/app'],
    ['a Go template', 'postgres://app:{{ .Password }}@db.prod.internal/app'],
    ['a printf placeholder', 'postgres://%s:%s@%s/%s'],
    ['no password', 'postgres://app@db.prod.internal/app'],
  ])('valid: %s', (_name, line) => {
    expect(brief(scan(line))).toEqual([]);
  });
});

describe('basic-auth-url', () => {
  test('invalid: https with user and password', () => {
    const secret = pw();
    const line = `registry=https://deploy:${secret}@npm.internal.corp/repository/npm/`;
    expect(brief(scan(line))).toEqual([{ ruleId: 'basic-auth-url', line: 1, column: line.indexOf(secret) + 1 }]);
  });

  test.each([
    ['a local dev server', `http://admin:${pw()}@localhost:8080/`],
    ['a password placeholder', 'https://user:<password>@host.corp/'],
    ['an ssh URL without a password', 'git clone ssh://git@github.com/acme/ops.git'],
    ['a URL without credentials', 'see https://docs.example.com/setup for details'],
  ])('valid: %s', (_name, line) => {
    expect(brief(scan(line))).toEqual([]);
  });
});

describe('connection-string-password', () => {
  test('invalid: an ADO.NET connection string', () => {
    const secret = pw();
    const line = `"Default": "Server=tcp:sql.prod.internal,1433;Initial Catalog=ops;User ID=app;Password=${secret};Encrypt=True;"`;
    expect(brief(scan(line))).toEqual([{ ruleId: 'connection-string-password', line: 1, column: line.indexOf(secret) + 1 }]);
  });

  test.each([
    ['a local database', `Server=localhost;Database=ops;User Id=sa;Password=${pw()};`],
    ['a template', 'Server=sql.prod.internal;Database=ops;User ID=app;Password=${SQL_PASSWORD};'],
    ['integrated security', 'Server=sql.prod.internal;Database=ops;Integrated Security=true;'],
  ])('valid: %s', (_name, line) => {
    expect(brief(scan(line))).toEqual([]);
  });
});
