import { createHash } from 'node:crypto';
import type { SignedInUser } from './app-auth.js';
import type { Task } from './app-state.js';

export const STYLESHEET = `body { font: 15px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 40rem; color: #1f2328; }
h1 { font-size: 1.5rem; }
form { display: grid; gap: .75rem; max-width: 20rem; }
label { display: grid; gap: .25rem; }
ul.tasks li { padding: .25rem 0; }
.muted { color: #59636e; }
`;

/** A strong validator for the stylesheet, so browsers can revalidate it with If-None-Match. */
export const STYLESHEET_ETAG = `"${createHash('sha256').update(STYLESHEET).digest('base64url').slice(0, 16)}"`;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/assets/app.css">
</head>
<body>
${body}
</body>
</html>
`;
}

export function renderLoginPage(csrfToken: string): string {
  return page(
    'Sign in',
    `<h1>Sign in</h1>
<form method="post" action="/login">
<input type="hidden" name="_csrf" value="${escapeHtml(csrfToken)}">
<label>Email <input type="email" name="email" autocomplete="username" required></label>
<label>Password <input type="password" name="password" autocomplete="current-password" required></label>
<button type="submit">Sign in</button>
</form>`,
  );
}

export function renderDashboard(user: SignedInUser, tasks: readonly Task[]): string {
  const list = tasks.length
    ? `<ul class="tasks">\n${tasks.map((t) => `<li data-task-id="${escapeHtml(t.id)}">${escapeHtml(t.title)} <span class="muted">by ${escapeHtml(t.createdBy)}</span></li>`).join('\n')}\n</ul>`
    : '<p class="muted">No open tasks.</p>';
  return page(
    'Operations dashboard',
    `<h1>Operations dashboard</h1>
<p class="muted">Signed in as ${escapeHtml(user.email)} (${user.role}).</p>
<h2>Open tasks (${tasks.length})</h2>
${list}`,
  );
}
