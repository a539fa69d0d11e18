import { describe, expect, test } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { brief, codeScanner, NOW, scan } from './helpers.js';
import { ALPHABETS, derBody, opensshKeyBody, pemBody, randomString, seeded } from './synthesize.js';

/** Private keys in every PEM and OpenSSH form, on many lines or JSON-escaped on one. */

const random = seeded(7);
const pem = (label: string, body = pemBody(random), headers: string[] = []) =>
  [`-----BEGIN ${label}-----`, ...headers, ...(headers.length ? [''] : []), ...body, `-----END ${label}-----`].join('\n');

describe('invalid: PEM blocks over several lines', () => {
  test.each([
    ['RSA PRIVATE KEY', 'private-key-rsa'],
    ['EC PRIVATE KEY', 'private-key-ec'],
    ['DSA PRIVATE KEY', 'private-key-dsa'],
    ['PRIVATE KEY', 'private-key-pkcs8'],
    ['ENCRYPTED PRIVATE KEY', 'private-key-encrypted'],
    ['ED25519 PRIVATE KEY', 'private-key-pem'],
  ])('%s → %s, reported on the BEGIN line', (label, ruleId) => {
    const text = `# deploy key\n  ${pem(label)}\nafter = 1\n`;
    const hits = scan(text);
    expect(brief(hits)).toEqual([{ ruleId, line: 2, column: 3 }]);
    expect(hits[0]!.endLine).toBe(2 + pemBody(seeded(0)).length + 1);
  });

  test('an RSA key encrypted with Proc-Type headers is reported and marked encrypted', () => {
    const text = pem('RSA PRIVATE KEY', pemBody(random).map((l) => l.replace(/^M/, 'Q')), ['Proc-Type: 4,ENCRYPTED', 'DEK-Info: AES-128-CBC,0123ABCD0123ABCD0123ABCD0123ABCD']);
    const hits = scan(text);
    expect(brief(hits)).toEqual([{ ruleId: 'private-key-rsa', line: 1, column: 1 }]);
    expect(hits[0]!.detail).toBe('encrypted');
  });

  test('an OpenSSH key is reported; one protected by a passphrase is marked encrypted', () => {
    const plain = scan(pem('OPENSSH PRIVATE KEY', opensshKeyBody(random)));
    expect(brief(plain)).toEqual([{ ruleId: 'private-key-openssh', line: 1, column: 1 }]);
    expect(plain[0]!.detail).toBeUndefined();
    expect(scan(pem('OPENSSH PRIVATE KEY', opensshKeyBody(random, 'aes256-ctr')))[0]!.detail).toBe('encrypted');
  });

  test('a PGP private key block with armor headers and checksum', () => {
    const body = randomString(600, ALPHABETS.base64!, random).match(/.{1,64}/g)!;
    const text = pem('PGP PRIVATE KEY BLOCK', [...body, '=Ab1X'], ['Version: GnuPG v2']);
    expect(brief(scan(text))).toEqual([{ ruleId: 'private-key-pgp', line: 1, column: 1 }]);
  });

  test('a key in a YAML block scalar, indented', () => {
    const body = pemBody(random).map((l) => `    ${l}`);
    const text = ['tls:', '  key: |', '    -----BEGIN PRIVATE KEY-----', ...body, '    -----END PRIVATE KEY-----', ''].join('\n');
    expect(brief(scan(text, 'config'))).toEqual([{ ruleId: 'private-key-pkcs8', line: 3, column: 5 }]);
  });

  test('a key built by string concatenation in code', () => {
    const body = pemBody(random).map((l) => `  "${l}\\n" +`);
    const text = ['const key =', '  "-----BEGIN EC PRIVATE KEY-----\\n" +', ...body, '  "-----END EC PRIVATE KEY-----\\n";'].join('\n');
    expect(brief(scan(text))).toEqual([{ ruleId: 'private-key-ec', line: 2, column: 4 }]);
  });

  test('a PuTTY key file', () => {
    const priv = randomString(200, ALPHABETS.base64!, random).match(/.{1,64}/g)!;
    const text = ['PuTTY-User-Key-File-3: ssh-ed25519', 'Encryption: none', 'Comment: deploy', 'Public-Lines: 2', 'AAAAC3NzaC1lZDI1NTE5AAAAI', 'AAAA', `Private-Lines: ${priv.length}`, ...priv, 'Private-MAC: 00aa'].join('\n');
    expect(brief(scan(text))).toEqual([{ ruleId: 'private-key-putty', line: 1, column: 1 }]);
  });

  test('an SSH2 (ssh.com) key', () => {
    const body = randomString(400, ALPHABETS.base64!, random).match(/.{1,64}/g)!;
    const text = ['---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----', 'Comment: "deploy"', ...body, '---- END SSH2 ENCRYPTED PRIVATE KEY ----'].join('\n');
    expect(brief(scan(text))).toEqual([{ ruleId: 'private-key-ssh2', line: 1, column: 1 }]);
  });
});

describe('invalid: a key on one line', () => {
  test('JSON-escaped newlines', () => {
    const line = `{"key": "-----BEGIN RSA PRIVATE KEY-----\\n${pemBody(random).join('\\n')}\\n-----END RSA PRIVATE KEY-----\\n"}`;
    expect(brief(scan(line))).toEqual([{ ruleId: 'private-key-rsa', line: 1, column: 10 }]);
  });

  test('a GCP service account file is reported once, as gcp-service-account-key', () => {
    const key = `-----BEGIN PRIVATE KEY-----\\n${pemBody(random).join('\\n')}\\n-----END PRIVATE KEY-----\\n`;
    const text = `{\n  "type": "service_account",\n  "private_key": "${key}",\n  "client_email": "ci@p.iam.gserviceaccount.com"\n}\n`;
    expect(brief(scan(text))).toEqual([{ ruleId: 'gcp-service-account-key', line: 3, column: 19 }]);
  });
});

describe('valid: not a real key', () => {
  test.each([
    ['an elided body', pem('RSA PRIVATE KEY', ['...'])],
    ['a placeholder body', pem('PRIVATE KEY', ['<your private key here>'])],
    ['a body of repeated characters', pem('PRIVATE KEY', ['A'.repeat(64), 'A'.repeat(64)])],
    ['a body too short to be a key', pem('EC PRIVATE KEY', ['MHcCAQEEIB'])],
    ['a DER type whose body is not DER', pem('RSA PRIVATE KEY', pemBody(random).map((l) => l.replace(/^M/, 'Q')))],
    ['an OpenSSH header over a non-OpenSSH body', pem('OPENSSH PRIVATE KEY', pemBody(random))],
    ['a header in prose', 'Keys start with -----BEGIN RSA PRIVATE KEY----- and end with the matching END line.'],
    ['a public key', pem('PUBLIC KEY')],
    ['a certificate', pem('CERTIFICATE')],
    ['a header only, in a regular expression', "const PEM = /-----BEGIN (RSA |EC )?PRIVATE KEY-----/;"],
  ])('%s', (_name, text) => {
    expect(brief(scan(text))).toEqual([]);
  });
});

/** Issue 15: keys found by decoding their structure, also when they sit base64-encoded in YAML or JSON. */
describe('keys judged by their decoded structure', () => {
  const ecKey = () => generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'sec1', format: 'pem' }) as string;
  const certLike = (label: string) => pem(label, pemBody(random));

  test('an unencrypted OpenSSH key (body full of runs of A) is reported at its BEGIN line', () => {
    const body = opensshKeyBody(random);
    expect(body[0]!.startsWith('b3BlbnNzaC1rZXktdjEAAAAA')).toBe(true);
    const text = `${pem('OPENSSH PRIVATE KEY', body)}\n`;
    const hits = codeScanner.scanText(text, { file: 'deploy/id_ed25519', kind: 'code', now: NOW });
    expect(brief(hits)).toEqual([{ ruleId: 'private-key-openssh', line: 1, column: 1 }]);
    expect(hits[0]!.endLine).toBe(body.length + 2);
  });

  test('an OpenSSH key in a Helm values block scalar', () => {
    const body = opensshKeyBody(random).map((l) => `    ${l}`);
    const text = ['git:', '  sshKey: |', '    -----BEGIN OPENSSH PRIVATE KEY-----', ...body, '    -----END OPENSSH PRIVATE KEY-----', ''].join('\n');
    expect(brief(scan(text, 'config'))).toEqual([{ ruleId: 'private-key-openssh', line: 3, column: 5 }]);
  });

  test.each([
    ['a truncated body, as docs show it', ['b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW', 'QyNTUxOQ...']],
    ['the magic followed by random bytes', [Buffer.concat([Buffer.from('openssh-key-v1\0'), Buffer.from(randomString(300, ALPHABETS.base62!, random))]).toString('base64')]],
    ['only the first line of a real body', opensshKeyBody(random).slice(0, 1)],
  ])('valid: not an OpenSSH key: %s', (_name, body) => {
    expect(brief(scan(pem('OPENSSH PRIVATE KEY', body)))).toEqual([]);
  });

  test('a PKCS#8 body with long runs of A is reported when its DER structure is whole', () => {
    const der = derBody(random);
    der.fill(0, 40, 80); // 40 zero bytes: AAAA… in base64
    const body = der.toString('base64').match(/.{1,64}/g)!;
    expect(body.join('')).toContain('AAAAAAAAAAAA');
    expect(brief(scan(pem('PRIVATE KEY', body)))).toEqual([{ ruleId: 'private-key-pkcs8', line: 1, column: 1 }]);
  });

  test('kubeconfig client-key-data → private-key-base64 at the value; the certificate next to it is not reported', () => {
    const key = Buffer.from(ecKey()).toString('base64');
    const cert = Buffer.from(certLike('CERTIFICATE')).toString('base64');
    const text = [
      'apiVersion: v1', 'kind: Config', 'users:', '- name: ops-admin', '  user:',
      `    client-certificate-data: ${cert}`,
      `    client-key-data: ${key}`, 'current-context: ops',
    ].join('\n');
    const hits = codeScanner.scanText(text, { file: 'deploy/kubeconfig', kind: 'config', now: NOW });
    expect(brief(hits)).toEqual([{ ruleId: 'private-key-base64', line: 7, column: 22 }]);
    expect(hits[0]!.detail).toBe('EC private key (SEC1 PEM) in client-key-data');
  });

  test('a Kubernetes TLS Secret: tls.key is reported, tls.crt is not', () => {
    const text = [
      'apiVersion: v1', 'kind: Secret', 'type: kubernetes.io/tls', 'metadata:', '  name: portal-tls', 'data:',
      `  tls.crt: ${Buffer.from(certLike('CERTIFICATE')).toString('base64')}`,
      `  tls.key: ${Buffer.from(ecKey()).toString('base64')}`,
    ].join('\n');
    expect(brief(scan(text, 'config'))).toEqual([{ ruleId: 'private-key-base64', line: 8, column: 12 }]);
  });

  test('an OpenSSH key base64-encoded in a JSON Helm value', () => {
    const inner = `${pem('OPENSSH PRIVATE KEY', opensshKeyBody(random))}\n`;
    const line = `{"gitSync": {"sshPrivateKey": "${Buffer.from(inner).toString('base64')}"}}`;
    const hits = scan(line);
    expect(brief(hits)).toEqual([{ ruleId: 'private-key-base64', line: 1, column: 32 }]);
    expect(hits[0]!.detail).toBe('OpenSSH private key in sshPrivateKey');
  });

  test('a PKCS#12 bundle in base64 under a .p12 key; random base64 there is not one', () => {
    const content = Buffer.concat([Buffer.from([0x02, 0x01, 0x03, 0x30, 0x82, 0x03, 0x00, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x01]), Buffer.from(randomString(1200, ALPHABETS.base62!, random))]);
    const pfx = Buffer.concat([Buffer.from([0x30, 0x82, content.length >> 8, content.length & 0xff]), content]).toString('base64');
    const text = `apiVersion: v1\nkind: Secret\ndata:\n  keystore.p12: ${pfx}\n`;
    expect(brief(scan(text, 'config'))).toEqual([{ ruleId: 'private-key-base64', line: 4, column: 17 }]);
    const noise = Buffer.from(randomString(900, ALPHABETS.base62!, random)).toString('base64');
    expect(brief(scan(`  keystore.p12: ${noise}\n`, 'config'))).toEqual([]);
  });

  test.each([
    ['a base64 public key', Buffer.from(pem('PUBLIC KEY')).toString('base64')],
    ['a base64 certificate', Buffer.from(certLike('CERTIFICATE')).toString('base64')],
    ['a base64 key whose body is a placeholder', Buffer.from(pem('PRIVATE KEY', ['<your key here>'])).toString('base64')],
  ])('valid: %s', (_name, value) => {
    expect(brief(scan(`  tls.key: ${value}\n`, 'config'))).toEqual([]);
  });
});
