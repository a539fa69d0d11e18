import { ALLOW_HELP, type Candidate, type SecretRule } from '../rule.js';

/**
 * JSON Web Tokens: a header and payload that decode to JSON, and a signature. Unsigned tokens,
 * the jwt.io sample and Supabase-style `anon` keys (public by design) are skipped; an expired token
 * is only a warning.
 */

// base64url as RFC 7519 says, but also the standard alphabet and `=` padding some libraries emit, and
// a token right after a percent-escape (`%22eyJ…` in a URL-encoded JSON cookie).
const JWT = /(?:(?<=%[0-9A-Fa-f]{2})|(?<![A-Za-z0-9_+/-]))eyJ[A-Za-z0-9_+/-]{8,}={0,2}\.eyJ[A-Za-z0-9_+/-]{8,}={0,2}\.[A-Za-z0-9_+/-]{16,}={0,2}(?![A-Za-z0-9_+/=-])/g;
const ROTATE = 'Revoke the session or rotate the signing key that issued it (a JWT stays valid until it expires), and find what logged or committed it.';

function decodeJson(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64').toString('utf8'));
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export const JWT_RULE: SecretRule = {
  meta: {
    id: 'jwt', check: 'secrets', severity: 'error',
    description: 'A signed JSON Web Token in the code or a log.',
    help: `${ROTATE} ${ALLOW_HELP}`,
  },
  family: 'tokens',
  name: 'JSON Web Token',
  keywords: ['eyj'],
  docs: {
    form: 'eyJ<header>.eyJ<payload>.<signature>',
    unsafe: 'headers: { authorization: "Bearer {secret}" }',
    rotate: ROTATE,
    detection: 'Found in base64url (no padding) as well as in the standard base64 alphabet with `=` padding, and inside URL-encoded cookies and JSON. The header must decode to JSON with an `alg`, the payload to a JSON object, and the signature must be present. Unsigned tokens (`alg: none`), the jwt.io sample token and tokens whose `role` is `anon` (public client keys) are skipped. A token whose `exp` has passed is reported as a warning, marked expired. Claims are never printed.',
    why: 'A bearer token is a password that anyone holding it can replay until it expires; long-lived service tokens often never do.',
  },
  find(line, context) {
    const out: Candidate[] = [];
    JWT.lastIndex = 0;
    for (let m = JWT.exec(line); m; m = JWT.exec(line)) {
      const [head, body] = m[0].split('.');
      const header = decodeJson(head!);
      const payload = decodeJson(body!);
      if (!header || !payload || typeof header.alg !== 'string' || /^none$/i.test(header.alg)) continue;
      if (payload.sub === '1234567890' && payload.name === 'John Doe') continue; // the jwt.io sample
      if (payload.role === 'anon') continue;
      const candidate: Candidate = { start: m.index, end: m.index + m[0].length, secret: m[0] };
      const exp = typeof payload.exp === 'number' ? payload.exp : undefined;
      if (exp !== undefined && exp * 1000 < context.now.getTime()) {
        candidate.severity = 'warning';
        candidate.detail = `expired ${new Date(exp * 1000).toISOString().slice(0, 10)}`;
      }
      out.push(candidate);
    }
    return out;
  },
};
