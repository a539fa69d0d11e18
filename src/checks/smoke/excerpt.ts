import type { HttpResponse } from '../../http/client.js';
import type { Masker } from '../../mask.js';

const SENSITIVE_KEY = /token|secret|password|passwd|session|cookie|auth|csrf|api[-_]?key|private|credential/i;

/**
 * A short, readable excerpt of a body for a finding. JSON values under sensitive keys are replaced
 * before anything else (a login response may hold a token nobody captured); HTML is reduced to its
 * title and text, so hidden inputs never show; then known secrets are masked and the rest cut short.
 */
export function bodyExcerpt(response: HttpResponse, masker: Masker, max = 200): string {
  const raw = response.body;
  if (!raw.trim()) return '(empty)';
  let text: string;
  const json = tryJson(raw);
  if (json.ok) {
    text = JSON.stringify(redactSensitive(json.value));
  } else if (/html/i.test(response.headers['content-type'] ?? '') || /^\s*</.test(raw)) {
    text = htmlText(raw);
  } else {
    text = raw;
  }
  text = masker.mask(text.replace(/\s+/g, ' ').trim());
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function tryJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

export function redactSensitive(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactSensitive);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, SENSITIVE_KEY.test(k) && v !== null && typeof v !== 'object' ? '***' : redactSensitive(v)]));
  }
  return value;
}

function htmlText(html: string): string {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1]?.trim();
  const body = html
    .replace(/<(script|style|head|template|title)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|#34);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#34': '"' })[e] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  return title ? `[${title}] ${body}` : body;
}
