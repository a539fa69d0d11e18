/** `{{ env.NAME }}` reads the process environment; `{{ name }}` reads a captured value. */
export type TemplateRef = { kind: 'env'; name: string; index: number; text: string } | { kind: 'capture'; name: string; index: number; text: string };

export interface TemplateScan {
  refs: TemplateRef[];
  /** Text between {{ }} that is neither form, or an unclosed {{. */
  invalid: { text: string; index: number }[];
}

/**
 * Every `{{ … }}` on one line, left to right, as /\{\{(.*?)\}\}/g would find them, in linear time:
 * that regex retries the rest of the line at every "{{", so `{{ ` repeated 80,000 times took 10 s.
 * A "{{" whose next "}}" lies beyond a line break matches nothing, and neither does any "{{" before
 * that break, so the scan jumps past it.
 */
export function findTemplates(text: string): { index: number; whole: string; inner: string }[] {
  const found: { index: number; whole: string; inner: string }[] = [];
  let from = 0;
  let close = -1;
  for (;;) {
    const open = text.indexOf('{{', from);
    if (open < 0) break;
    // The "}}" found for an earlier "{{" may still be the next one: searching again would rescan.
    if (close < open + 2) close = text.indexOf('}}', open + 2);
    if (close < 0) break;
    const lineBreak = nextLineBreak(text, open + 2, close);
    if (lineBreak >= 0) {
      from = lineBreak + 1;
      continue;
    }
    found.push({ index: open, whole: text.slice(open, close + 2), inner: text.slice(open + 2, close) });
    from = close + 2;
  }
  return found;
}

/** The first line break (as `.` does not match: \n, \r, U+2028, U+2029) in [from, to), or -1. */
function nextLineBreak(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return i;
  }
  return -1;
}

const ENV_REF = /^env\.([A-Za-z_][A-Za-z0-9_]*)$/;
const CAPTURE_REF = /^([A-Za-z_][A-Za-z0-9_]*)$/;

export function scanTemplates(text: string): TemplateScan {
  const refs: TemplateRef[] = [];
  const invalid: TemplateScan['invalid'] = [];
  let lastEnd = 0;
  for (const match of findTemplates(text)) {
    const inner = match.inner.trim();
    const index = match.index;
    lastEnd = index + match.whole.length;
    const env = ENV_REF.exec(inner);
    const capture = CAPTURE_REF.exec(inner);
    if (env) refs.push({ kind: 'env', name: env[1]!, index, text: match.whole });
    else if (capture && inner !== 'env') refs.push({ kind: 'capture', name: capture[1]!, index, text: match.whole });
    else invalid.push({ text: match.whole, index });
  }
  const unclosed = text.indexOf('{{', lastEnd);
  if (unclosed >= 0) invalid.push({ text: text.slice(unclosed, unclosed + 20), index: unclosed });
  return { refs, invalid };
}

/** Expands templates; a missing value is an error naming the reference, never its neighbours' values. */
export function expandTemplate(
  text: string,
  values: { env: Readonly<Record<string, string | undefined>>; captures: ReadonlyMap<string, string> },
): string {
  let out = '';
  let at = 0;
  for (const { index, whole, inner: raw } of findTemplates(text)) {
    out += text.slice(at, index) + expandOne(whole, raw, values);
    at = index + whole.length;
  }
  return out + text.slice(at);
}

function expandOne(whole: string, raw: string, values: { env: Readonly<Record<string, string | undefined>>; captures: ReadonlyMap<string, string> }): string {
  const inner = raw.trim();
  const env = ENV_REF.exec(inner);
  if (env) {
    const value = values.env[env[1]!];
    if (value === undefined) throw new Error(`${whole} is not set in the environment`);
    return value;
  }
  const value = values.captures.get(inner);
  if (value === undefined) throw new Error(`${whole} has not been captured yet`);
  return value;
}
