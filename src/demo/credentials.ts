/**
 * The demo app's sign-in, as the demo manifest reads it through {{ env.* }} templates. These are
 * throwaway values for a server that lives on 127.0.0.1 for a few seconds; they guard nothing.
 */
export const DEMO_CREDENTIALS: Readonly<Record<string, string>> = {
  DEMO_ADMIN_EMAIL: 'admin@demo.test',
  DEMO_ADMIN_PASSWORD: 'demo-admin-password',
  DEMO_VIEWER_EMAIL: 'viewer@demo.test',
  DEMO_VIEWER_PASSWORD: 'demo-viewer-password',
};
