import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

export type Role = 'admin' | 'viewer';

export interface DemoUser {
  email: string;
  password: string;
  role: Role;
}

/** Documented in docs/demo-app.md; the demo workspace signs in with them. */
export const DEFAULT_USERS: readonly DemoUser[] = [
  { email: 'admin@demo.test', password: 'demo-admin-pass', role: 'admin' },
  { email: 'viewer@demo.test', password: 'demo-viewer-pass', role: 'viewer' },
];

export interface SignedInUser {
  email: string;
  role: Role;
}

// OWASP's minimum for scrypt (N=2^14, r=8, p=1): about 16 MiB and tens of milliseconds per hash.
const SCRYPT_OPTIONS = { N: 16384, r: 8, p: 1 };
const KEY_LENGTH = 32;

function deriveKey(password: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password, salt, KEY_LENGTH, SCRYPT_OPTIONS, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

interface StoredUser {
  email: string;
  role: Role;
  salt: Buffer;
  hash: Buffer;
}

/** Users with scrypt password hashes; the plain passwords are dropped once hashed. */
export class UserDirectory {
  private constructor(
    private readonly users: Map<string, StoredUser>,
    // Unknown emails are checked against this, so a wrong email costs as much time as a wrong password.
    private readonly decoy: StoredUser,
  ) {}

  static async create(users: readonly DemoUser[]): Promise<UserDirectory> {
    const stored = new Map<string, StoredUser>();
    for (const user of users) {
      const email = normalizeEmail(user.email);
      if (!email || typeof user.password !== 'string' || !user.password) throw new Error('every demo user needs an email and a password');
      if (user.role !== 'admin' && user.role !== 'viewer') throw new Error(`demo user ${email} has an unknown role`);
      if (stored.has(email)) throw new Error(`demo user ${email} is listed twice`);
      stored.set(email, await hashUser(email, user.password, user.role));
    }
    return new UserDirectory(stored, await hashUser('', randomBytes(16).toString('hex'), 'viewer'));
  }

  async verify(email: string, password: string): Promise<SignedInUser | undefined> {
    const user = this.users.get(normalizeEmail(email));
    const candidate = user ?? this.decoy;
    const key = await deriveKey(password, candidate.salt);
    const matches = timingSafeEqual(key, candidate.hash);
    return user && matches ? { email: user.email, role: user.role } : undefined;
  }
}

async function hashUser(email: string, password: string, role: Role): Promise<StoredUser> {
  const salt = randomBytes(16);
  return { email, role, salt, hash: await deriveKey(password, salt) };
}

function normalizeEmail(email: string): string {
  return typeof email === 'string' ? email.trim().toLowerCase() : '';
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export interface Session extends SignedInUser {
  token: string;
  createdAt: number;
  expiresAt: number;
}

const SESSION_TTL_MS = 8 * 60 * 60 * 1000;

/** Server-side sessions: the token is both the `sid` cookie and the bearer token. */
export class SessionStore {
  readonly sessions = new Map<string, Session>();

  constructor(private readonly now: () => number) {}

  create(user: SignedInUser): Session {
    const createdAt = this.now();
    const session = { ...user, token: newToken(), createdAt, expiresAt: createdAt + SESSION_TTL_MS };
    this.sessions.set(session.token, session);
    return session;
  }

  find(token: string | undefined): Session | undefined {
    if (!token) return undefined;
    const session = this.sessions.get(token);
    if (session && session.expiresAt <= this.now()) {
      this.sessions.delete(token);
      return undefined;
    }
    return session;
  }

  delete(token: string): void {
    this.sessions.delete(token);
  }
}

const CSRF_TTL_MS = 60 * 60 * 1000;
// GET /login is public, so the number of outstanding tokens is capped; the oldest go first.
const CSRF_MAX_TOKENS = 10_000;

/**
 * Form-login CSRF tokens. A token must have been issued here and must arrive both in the `csrf`
 * cookie and in the form, so a cross-site page can neither guess one nor plant its own.
 */
export class CsrfTokens {
  private readonly issued = new Map<string, number>();

  constructor(private readonly now: () => number) {}

  issue(): string {
    const token = newToken();
    this.issued.set(token, this.now() + CSRF_TTL_MS);
    if (this.issued.size > CSRF_MAX_TOKENS) this.issued.delete(this.issued.keys().next().value!);
    return token;
  }

  /** True, and the token is spent, when the cookie and the form carry the same live token. */
  consume(fromCookie: string | undefined, fromForm: string | null): boolean {
    if (!fromCookie || !fromForm) return false;
    const a = Buffer.from(fromCookie);
    const b = Buffer.from(fromForm);
    if (a.length !== b.length || !timingSafeEqual(a, b)) return false;
    const expiresAt = this.issued.get(fromCookie);
    this.issued.delete(fromCookie);
    return expiresAt !== undefined && expiresAt > this.now();
  }
}
