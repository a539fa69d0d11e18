import { shannonEntropy } from '../entropy.js';
import { ALLOW_HELP, type BlockSpec, type Candidate, type LineContext, type SecretRule } from '../rule.js';
import { isPlaceholder } from '../value-shape.js';

/**
 * Private keys in every PEM form (PKCS#1 RSA, SEC1 EC, DSA, PKCS#8 plain and encrypted), OpenSSH,
 * PGP, ssh.com SSH2 and PuTTY: on one line (JSON-escaped `\n`) or as a block over many lines.
 * The body must look like a real key, so `-----BEGIN RSA PRIVATE KEY-----\n...\n` in a README is not reported.
 */

const BLOCK_MAX_LINES = 300;

interface PemKind {
  id: string;
  name: string;
  /** The label between BEGIN and END, as a regular expression source. */
  label: string;
  /** The body is DER (an ASN.1 SEQUENCE, so its base64 starts with M) unless the PEM headers say it is encrypted. */
  der: boolean;
  form: string;
  detection?: string;
}

const PEM_KINDS: readonly PemKind[] = [
  { id: 'private-key-rsa', name: 'RSA private key (PKCS#1 PEM)', label: 'RSA PRIVATE KEY', der: true, form: '-----BEGIN RSA PRIVATE KEY-----\n<base64 body>\n-----END RSA PRIVATE KEY-----', detection: 'Keys encrypted with the legacy `Proc-Type: 4,ENCRYPTED` header are reported too, marked encrypted.' },
  { id: 'private-key-ec', name: 'EC private key (SEC1 PEM)', label: 'EC PRIVATE KEY', der: true, form: '-----BEGIN EC PRIVATE KEY-----\n<base64 body>\n-----END EC PRIVATE KEY-----' },
  { id: 'private-key-dsa', name: 'DSA private key (PEM)', label: 'DSA PRIVATE KEY', der: true, form: '-----BEGIN DSA PRIVATE KEY-----\n<base64 body>\n-----END DSA PRIVATE KEY-----' },
  { id: 'private-key-pkcs8', name: 'Private key (PKCS#8 PEM)', label: 'PRIVATE KEY', der: true, form: '-----BEGIN PRIVATE KEY-----\n<base64 body>\n-----END PRIVATE KEY-----' },
  { id: 'private-key-encrypted', name: 'Encrypted private key (PKCS#8 PEM)', label: 'ENCRYPTED PRIVATE KEY', der: true, form: '-----BEGIN ENCRYPTED PRIVATE KEY-----\n<base64 body>\n-----END ENCRYPTED PRIVATE KEY-----', detection: 'The key is protected by a passphrase, but passphrases are often weak or stored next to the key, so it is still reported.' },
  { id: 'private-key-openssh', name: 'OpenSSH private key', label: 'OPENSSH PRIVATE KEY', der: false, form: '-----BEGIN OPENSSH PRIVATE KEY-----\n<base64 body>\n-----END OPENSSH PRIVATE KEY-----', detection: 'The body must decode to the `openssh-key-v1` format; a key protected by a passphrase is marked encrypted.' },
  { id: 'private-key-pgp', name: 'PGP private key block', label: 'PGP PRIVATE KEY BLOCK', der: false, form: '-----BEGIN PGP PRIVATE KEY BLOCK-----\n<armored body>\n-----END PGP PRIVATE KEY BLOCK-----' },
  { id: 'private-key-pem', name: 'Private key (other PEM type)', label: '(?:[A-Z0-9]+ )+PRIVATE KEY', der: false, form: '-----BEGIN <TYPE> PRIVATE KEY-----\n<base64 body>\n-----END <TYPE> PRIVATE KEY-----', detection: 'Any other `-----BEGIN … PRIVATE KEY-----` label, such as `ED25519 PRIVATE KEY` or `SM2 PRIVATE KEY`.' },
];

const ROTATE = 'Treat the key as compromised: revoke or replace it everywhere it is trusted (certificates, authorized_keys, deploy keys), and generate a new one that never enters the repository.';

/** Removes what code and config wrap around key lines: quotes, `\n` escapes, `+` concatenation, YAML indentation. */
function bodyLines(lines: readonly string[]): { base64: string; headers: string[]; junk: number } {
  let base64 = '';
  const headers: string[] = [];
  let junk = 0;
  for (const raw of lines) {
    for (const piece of raw.split(/\\r\\n|\\n|\\r/)) {
      // Inside quotes the content is kept whole: a base64 line may itself start or end with `+`.
      const quoted = /^[\s+,(]*["'`](.*?)["'`]?[\s+,;)]*$/.exec(piece);
      const line = quoted ? quoted[1]!.trim() : piece.replace(/^[\s,(]+|[\s,;)]+$/g, '');
      if (line === '') continue;
      if (/^[A-Za-z][\w-]*: /.test(line)) headers.push(line);
      else if (/^[A-Za-z0-9+/]+=*$/.test(line)) base64 += line;
      else if (/^=[A-Za-z0-9+/]{4}$/.test(line)) continue; // PGP armor checksum
      else junk++;
    }
  }
  return { base64, headers, junk };
}

interface Verdict { real: boolean; encrypted: boolean; base64: string }
const NOT_A_KEY: Verdict = { real: false, encrypted: false, base64: '' };

/** Whether a PEM body is a real key; its base64 (without line breaks or decoration) identifies it for masking and baselines. */
function judgeBody(kind: PemKind, text: readonly string[]): Verdict {
  const { base64, headers, junk } = bodyLines(text);
  const procEncrypted = headers.some((h) => /^Proc-Type:\s*4,\s*ENCRYPTED/i.test(h));
  // OpenSSH keys are judged by their decoded structure alone: real bodies hold long runs of A
  // (zero bytes), which the character heuristics below would take for a placeholder.
  if (kind.id === 'private-key-openssh') {
    if (junk > 2) return NOT_A_KEY;
    const key = parseOpensshKey(Buffer.from(base64, 'base64'));
    return key ? { real: true, encrypted: key.cipher !== 'none', base64 } : NOT_A_KEY;
  }
  // A DER body whose outer SEQUENCE length matches what follows is a real structure, whatever its characters.
  if (kind.der && !procEncrypted && junk === 0 && derSequenceIsWhole(Buffer.from(base64, 'base64'))) {
    return { real: true, encrypted: kind.id === 'private-key-encrypted', base64 };
  }
  const joined = text.join('\n');
  if (isPlaceholder(joined.replace(/-----(?:BEGIN|END) [A-Z0-9 ]+-----/g, ''))) return NOT_A_KEY;
  if (base64.length < 40 || junk > 2) return NOT_A_KEY;
  const entropy = shannonEntropy(base64.slice(0, 4096));
  if (entropy < (base64.length >= 100 ? 4.5 : 4)) return NOT_A_KEY;
  if (kind.der && !procEncrypted && !base64.startsWith('M')) return NOT_A_KEY;
  return { real: true, encrypted: procEncrypted || kind.id === 'private-key-encrypted', base64 };
}

/** Whether bytes are one DER SEQUENCE whose declared length is exactly the rest of the bytes. */
export function derSequenceIsWhole(bytes: Buffer): boolean {
  const total = derSequenceLength(bytes);
  return total !== undefined && total === bytes.length && total >= 64;
}

/** The length of the DER SEQUENCE at the start of bytes, header included; undefined when it is not one. */
export function derSequenceLength(bytes: Buffer): number | undefined {
  if (bytes.length < 2 || bytes[0] !== 0x30) return undefined;
  const first = bytes[1]!;
  if (first < 0x80) return 2 + first;
  const n = first & 0x7f;
  if (n === 0 || n > 4 || bytes.length < 2 + n) return undefined;
  let length = 0;
  for (let i = 0; i < n; i++) length = length * 256 + bytes[2 + i]!;
  return 2 + n + length;
}

const OPENSSH_MAGIC = Buffer.from('openssh-key-v1\0', 'latin1');

/**
 * Parses the openssh-key-v1 container (PROTOCOL.key in OpenSSH): magic, cipher name, KDF name, KDF
 * options, the number of keys, each public key, then the private section. An unencrypted private
 * section starts with two equal check integers. Anything truncated or inconsistent is not a key.
 */
export function parseOpensshKey(bytes: Buffer): { cipher: string; keyType: string } | undefined {
  if (bytes.length < 64 || !bytes.subarray(0, OPENSSH_MAGIC.length).equals(OPENSSH_MAGIC)) return undefined;
  let at = OPENSSH_MAGIC.length;
  const string = (max: number): Buffer | undefined => {
    if (at + 4 > bytes.length) return undefined;
    const length = bytes.readUInt32BE(at);
    if (length > max || at + 4 + length > bytes.length) return undefined;
    const out = bytes.subarray(at + 4, at + 4 + length);
    at += 4 + length;
    return out;
  };
  const name = (max: number) => {
    const b = string(max);
    return b && b.length > 0 && /^[\x21-\x7e]+$/.test(b.toString('latin1')) ? b.toString('latin1') : undefined;
  };
  const cipher = name(64);
  const kdf = name(64);
  if (!cipher || !kdf || !string(1024)) return undefined;
  if (at + 4 > bytes.length) return undefined;
  const keys = bytes.readUInt32BE(at);
  at += 4;
  if (keys < 1 || keys > 16) return undefined;
  let keyType = '';
  for (let i = 0; i < keys; i++) {
    const blob = string(16384);
    if (!blob || blob.length < 8) return undefined;
    const length = blob.readUInt32BE(0);
    const type = blob.subarray(4, 4 + length).toString('latin1');
    if (length > 64 || !/^(?:ssh-|ecdsa-|sk-|rsa-)[\w@.-]+$/.test(type)) return undefined;
    keyType ||= type;
  }
  const priv = string(1 << 20);
  if (!priv || priv.length < 8) return undefined;
  if (cipher === 'none' && priv.readUInt32BE(0) !== priv.readUInt32BE(4)) return undefined;
  if (cipher !== 'none' && priv.length % 8 !== 0) return undefined;
  return { cipher, keyType };
}

/** A private key in PEM text (for example decoded from base64): its kind's name, whether it is encrypted, and its body. */
export function judgePemText(text: string): { kind: string; encrypted: boolean; base64: string } | undefined {
  const m = /-----BEGIN ((?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?)-----([\s\S]*?)-----END \1-----/.exec(text);
  if (!m) return undefined;
  const kind = PEM_KINDS.find((k) => new RegExp(`^(?:${k.label})$`).test(m[1]!));
  if (!kind) return undefined;
  const verdict = judgeBody(kind, m[2]!.split(/\r?\n/));
  return verdict.real ? { kind: kind.name, encrypted: verdict.encrypted, base64: verdict.base64 } : undefined;
}

function pemRule(kind: PemKind, index: number): SecretRule {
  const begin = `-----BEGIN ${kind.label}-----`;
  // Labels are tried most specific first; the catch-all must not claim RSA/EC/... headers.
  const specificLabels = PEM_KINDS.slice(0, index).map((k) => k.label);
  const beginRe = new RegExp(`-----BEGIN (${kind.label})-----`, 'g');
  const isOwnLabel = (label: string) => !specificLabels.some((l) => new RegExp(`^(?:${l})$`).test(label));
  const oneLine = new RegExp(`-----BEGIN (?<label>${kind.label})-----(?<body>[\\s\\S]{0,16384}?)-----END \\k<label>-----`, 'g');

  const block: BlockSpec = {
    open(line) {
      beginRe.lastIndex = 0;
      for (let m = beginRe.exec(line); m; m = beginRe.exec(line)) {
        if (!isOwnLabel(m[1]!)) continue;
        if (line.includes('-----END ', m.index)) continue; // whole key on this line: find() handles it
        return m.index;
      }
      return undefined;
    },
    isEnd: (line) => /-----END [A-Z0-9 ]*PRIVATE KEY[A-Z ]*-----/.test(line),
    maxLines: BLOCK_MAX_LINES,
    close(lines, column, _context: LineContext) {
      const last = lines[lines.length - 1]!;
      const ended = /-----END [A-Z0-9 ]*PRIVATE KEY[A-Z ]*-----/.exec(last);
      const body = [lines[0]!.slice(column).replace(/-----BEGIN [A-Z0-9 ]+-----/, ''), ...lines.slice(1, ended ? -1 : undefined)];
      if (ended && lines.length > 1) body.push(last.slice(0, ended.index));
      const verdict = judgeBody(kind, body);
      if (!verdict.real) return undefined;
      const endColumn = ended ? ended.index + ended[0].length + 1 : last.length + 1;
      return {
        start: column, end: column + begin.length, secret: verdict.base64, endLine: lines.length - 1, endColumn,
        detail: verdict.encrypted ? 'encrypted' : undefined,
      };
    },
  };

  return {
    meta: {
      id: kind.id, check: 'secrets', severity: 'error',
      description: `${kind.name} in the code or a log.`,
      help: `${ROTATE} Load keys from a secret store or a file outside the repository at run time. ${ALLOW_HELP}`,
    },
    family: 'private-keys',
    name: kind.name,
    keywords: ['-----begin '],
    docs: {
      form: kind.form, rotate: ROTATE,
      unsafe: kind.form,
      safe: 'signing:\n  key-file: /run/secrets/signing-key   # mounted at run time, never committed',
      detection: `The body must look like a real key: base64, long and random enough${kind.der ? ', and DER-encoded (its base64 starts with `M`)' : ''}; \`...\`, \`<key>\` and other placeholders are skipped. The key is found on one line (JSON-escaped \`\\n\`) or over up to ${BLOCK_MAX_LINES} lines. ${kind.detection ?? ''}`.trim(),
    },
    block,
    find(line) {
      const out: Candidate[] = [];
      oneLine.lastIndex = 0;
      for (let m = oneLine.exec(line); m; m = oneLine.exec(line)) {
        if (!isOwnLabel(m.groups!.label!)) continue;
        const verdict = judgeBody(kind, [m.groups!.body!]);
        if (!verdict.real) continue;
        const candidate: Candidate = { start: m.index, end: m.index + m[0].length, secret: verdict.base64 };
        if (verdict.encrypted) candidate.detail = 'encrypted';
        out.push(candidate);
      }
      return out;
    },
  };
}

const PUTTY_ROTATE = 'Remove the public key from every authorized_keys and server it was added to, and generate a new key pair with PuTTYgen.';

const puttyKey: SecretRule = {
  meta: {
    id: 'private-key-putty', check: 'secrets', severity: 'error',
    description: 'PuTTY private key file (.ppk) in the code or a log.',
    help: `${PUTTY_ROTATE} Keep .ppk files out of the repository. ${ALLOW_HELP}`,
  },
  family: 'private-keys',
  name: 'PuTTY private key',
  keywords: ['putty-user-key-file-'],
  docs: {
    form: 'PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\n…\nPrivate-Lines: 1\n<base64>\nPrivate-MAC: <hex>',
    rotate: PUTTY_ROTATE,
    unsafe: 'PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy\nPublic-Lines: 2\n<base64>\nPrivate-Lines: 1\n<base64>\nPrivate-MAC: <hex>',
    safe: 'Keep the .ppk in the user profile or an SSH agent (Pageant); never in the repository.',
    detection: 'The `Private-Lines` section must hold base64 that looks random.',
  },
  block: {
    open: (line) => (/^PuTTY-User-Key-File-\d+: /.test(line) ? 0 : undefined),
    isEnd: (line) => /^Private-(?:MAC|Hash):/.test(line),
    maxLines: 80,
    close(lines) {
      const start = lines.findIndex((l) => /^Private-Lines:\s*\d+/.test(l));
      if (start < 0) return undefined;
      const count = Number(/\d+/.exec(lines[start]!)![0]);
      const body = lines.slice(start + 1, start + 1 + count).join('');
      if (!/^[A-Za-z0-9+/=]{40,}$/.test(body) || shannonEntropy(body) < 4 || isPlaceholder(body)) return undefined;
      const encrypted = lines.some((l) => /^Encryption:\s*(?!none)\S/.test(l));
      const last = lines[lines.length - 1]!;
      return { start: 0, end: lines[0]!.length, secret: body, endLine: lines.length - 1, endColumn: last.length + 1, detail: encrypted ? 'encrypted' : undefined };
    },
  },
  find: () => [],
};

const SSH2_ROTATE = 'Remove the public key from every server that trusts it and generate a new key pair.';

const ssh2Key: SecretRule = {
  meta: {
    id: 'private-key-ssh2', check: 'secrets', severity: 'error',
    description: 'SSH2 (ssh.com style) private key in the code or a log.',
    help: `${SSH2_ROTATE} ${ALLOW_HELP}`,
  },
  family: 'private-keys',
  name: 'SSH2 private key',
  keywords: ['---- begin ssh2 encrypted private key'],
  docs: {
    form: '---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\n<base64 body>\n---- END SSH2 ENCRYPTED PRIVATE KEY ----',
    rotate: SSH2_ROTATE,
    unsafe: '---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\nComment: "deploy"\n<base64 body>\n---- END SSH2 ENCRYPTED PRIVATE KEY ----',
  },
  block: {
    open: (line) => { const i = line.indexOf('---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----'); return i >= 0 ? i : undefined; },
    isEnd: (line) => line.includes('---- END SSH2 ENCRYPTED PRIVATE KEY ----'),
    maxLines: BLOCK_MAX_LINES,
    close(lines, column) {
      const body = lines.slice(1, -1).filter((l) => !/^\s*[A-Za-z-]+:/.test(l) && !/^\s*[^:]*\\$/.test(l)).join('').replace(/\s+/g, '');
      if (!/^[A-Za-z0-9+/=]{40,}$/.test(body) || shannonEntropy(body) < 4 || isPlaceholder(body)) return undefined;
      const last = lines[lines.length - 1]!;
      return { start: column, end: lines[0]!.length, secret: body, endLine: lines.length - 1, endColumn: last.length + 1 };
    },
  },
  find: () => [],
};

const BASE64_ROTATE = 'Treat the key as compromised: revoke or replace it everywhere it is trusted, issue a new one, and have the cluster or chart read it from a secret store (an external secret, sealed secret or SOPS file) instead of a committed value.';
/** base64 of "-----BEGIN": every base64-encoded PEM block starts with it. */
const PEM_IN_BASE64 = /(?<![A-Za-z0-9+/])LS0tLS1CRUdJTi[A-Za-z0-9+/]{60,}={0,2}(?![A-Za-z0-9+/=])/g;
const PKCS12_IN_BASE64 = /(?<name>[\w.-]*(?:p12|pfx|pkcs12|keystore)[\w.-]*)["']?\s{0,3}[:=]\s{0,3}["']?(?<secret>MI[A-Za-z0-9+/]{200,}={0,2})(?![A-Za-z0-9+/=])/gi;
const FIELD_BEFORE = /([\w.-]{1,80})["']?\s{0,3}[:=]\s{0,3}["']?$/;
// PKCS#12 (RFC 7292): PFX ::= SEQUENCE { version INTEGER (3), authSafe ContentInfo (pkcs7-data or pkcs7-signedData) }.
const PKCS7_CONTENT_OID = Buffer.from([0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07]);

function isPkcs12(bytes: Buffer): boolean {
  const total = derSequenceLength(bytes);
  if (total === undefined || total > bytes.length || total < 200) return false;
  const header = bytes[1]! < 0x80 ? 2 : 2 + (bytes[1]! & 0x7f);
  if (bytes[header] !== 0x02 || bytes[header + 1] !== 0x01 || bytes[header + 2] !== 0x03) return false;
  const at = bytes.subarray(header + 3, header + 48).indexOf(PKCS7_CONTENT_OID);
  return at >= 0 && (bytes[header + 3 + at + 10] === 0x01 || bytes[header + 3 + at + 10] === 0x02);
}

/**
 * Private keys stored base64-encoded in YAML and JSON: kubeconfig `client-key-data`, a Kubernetes
 * Secret's `tls.key`, Helm values, a PKCS#12 bundle under a `.p12`/`.pfx` key. The value is decoded and
 * the key inside judged by its structure, as a PEM key in the clear is.
 */
export const BASE64_KEY_RULE: SecretRule = {
  meta: {
    id: 'private-key-base64', check: 'secrets', severity: 'error',
    description: 'A private key (PEM or PKCS#12) stored base64-encoded in a YAML or JSON value, such as kubeconfig client-key-data or a Secret\'s tls.key.',
    help: `${BASE64_ROTATE} ${ALLOW_HELP}`,
  },
  family: 'private-keys',
  name: 'Base64-encoded private key',
  keywords: ['ls0tls1crudjti', 'p12', 'pfx', 'pkcs12', 'keystore'],
  docs: {
    form: 'LS0tLS1CRUdJTi<base64 of a PEM private key>',
    unsafe: 'users:\n- name: ops-admin\n  user:\n    client-certificate-data: LS0tLS1CRUdJTi<base64 of a certificate>\n    client-key-data: {secret}',
    safe: 'users:\n- name: ops-admin\n  user:\n    exec:                       # short-lived credentials from the cloud CLI, no key on disk\n      apiVersion: client.authentication.k8s.io/v1\n      command: aws\n      args: [eks, get-token, --cluster-name, ops]',
    rotate: BASE64_ROTATE,
    detection: 'Any base64 value that decodes to a PEM private key (it then starts with `LS0tLS1CRUdJTi`, the encoding of `-----BEGIN`), judged like a PEM key in the clear: certificates and public keys are not reported, and the body must decode to a real key structure. A value under a key naming `p12`, `pfx`, `pkcs12` or `keystore` must decode to a PKCS#12 structure (version 3, then PKCS#7 content).',
  },
  find(line) {
    const out: Candidate[] = [];
    const field = (at: number) => FIELD_BEFORE.exec(line.slice(Math.max(0, at - 90), at))?.[1];
    PEM_IN_BASE64.lastIndex = 0;
    for (let m = PEM_IN_BASE64.exec(line); m; m = PEM_IN_BASE64.exec(line)) {
      const key = judgePemText(Buffer.from(m[0], 'base64').toString('latin1'));
      if (!key) continue;
      const name = field(m.index);
      const detail = [`${key.kind}${name ? ` in ${name}` : ''}`, key.encrypted ? 'encrypted' : ''].filter(Boolean).join(', ');
      out.push({ start: m.index, end: m.index + m[0].length, secret: m[0], detail });
    }
    PKCS12_IN_BASE64.lastIndex = 0;
    for (let m = PKCS12_IN_BASE64.exec(line); m; m = PKCS12_IN_BASE64.exec(line)) {
      const secret = m.groups!.secret!;
      if (!isPkcs12(Buffer.from(secret, 'base64'))) continue;
      const start = m.index + m[0].length - secret.length;
      out.push({ start, end: start + secret.length, secret, detail: `PKCS#12 bundle in ${m.groups!.name!}` });
    }
    return out;
  },
};

export const PRIVATE_KEY_RULES: readonly SecretRule[] = [...PEM_KINDS.map(pemRule), ssh2Key, puttyKey, BASE64_KEY_RULE];
