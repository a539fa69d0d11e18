import { DEFAULT_USERS } from './app-auth.js';

const user = (role: 'admin' | 'viewer') => DEFAULT_USERS.find((u) => u.role === role)!;

/**
 * The demo app's sign-in, as the demo manifest reads it through {{ env.* }} templates. These are the
 * demo app's public, documented users, for a server that lives on 127.0.0.1 for a few seconds.
 */
export const DEMO_CREDENTIALS: Readonly<Record<string, string>> = {
  DEMO_ADMIN_EMAIL: user('admin').email,
  DEMO_ADMIN_PASSWORD: user('admin').password,
  DEMO_VIEWER_EMAIL: user('viewer').email,
  DEMO_VIEWER_PASSWORD: user('viewer').password,
};
