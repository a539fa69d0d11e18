import { describe, expect, test } from '@jest/globals';
import { brief, scan } from './helpers.js';
import { ALPHABETS, pemBody, randomString, seeded } from './synthesize.js';

/** Private keys in every PEM and OpenSSH form, on many lines or JSON-escaped on one. */

const random = seeded(7);
const pem = (label: string, body = pemBody(random), headers: string[] = []) =>
  [`-----BEGIN ${label}-----`, ...headers, ...(headers.length ? [''] : []), ...body, `-----END ${label}-----`].join('\n');

/** An OpenSSH key body: "openssh-key-v1\0", then the cipher name, then random bytes. */
function opensshBody(cipher: string): string[] {
  const name = Buffer.from(cipher);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(name.length);
  const bytes = Buffer.concat([Buffer.from('openssh-key-v1\0'), length, name, Buffer.from(randomString(600, ALPHABETS.base62!, random))]);
  const b64 = bytes.toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < b64.length; i += 70) lines.push(b64.slice(i, i + 70));
  return lines;
}

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
    const plain = scan(pem('OPENSSH PRIVATE KEY', opensshBody('none')));
    expect(brief(plain)).toEqual([{ ruleId: 'private-key-openssh', line: 1, column: 1 }]);
    expect(plain[0]!.detail).toBeUndefined();
    expect(scan(pem('OPENSSH PRIVATE KEY', opensshBody('aes256-ctr')))[0]!.detail).toBe('encrypted');
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
