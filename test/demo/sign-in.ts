import { DEFAULT_USERS } from '../../src/demo/app.js';

export const ADMIN = DEFAULT_USERS.find((u) => u.role === 'admin')!;
export const VIEWER = DEFAULT_USERS.find((u) => u.role === 'viewer')!;

export function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

/** Signs in through POST /api/login and returns the bearer token. */
export async function signIn(baseUrl: string, user: { email: string; password: string }): Promise<string> {
  const res = await postJson(`${baseUrl}/api/login`, { email: user.email, password: user.password });
  if (res.status !== 200) throw new Error(`sign-in as ${user.email} answered ${res.status}`);
  return ((await res.json()) as { token: string }).token;
}

export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}
