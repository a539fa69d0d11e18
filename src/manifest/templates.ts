/** `{{ env.NAME }}` reads the process environment; `{{ name }}` reads a captured value. */
export type TemplateRef = { kind: 'env'; name: string; index: number; text: string } | { kind: 'capture'; name: string; index: number; text: string };

export interface TemplateScan {
  refs: TemplateRef[];
  /** Text between {{ }} that is neither form, or an unclosed {{. */
  invalid: { text: string; index: number }[];
}

const TEMPLATE = /\{\{(.*?)\}\}/g;
const ENV_REF = /^env\.([A-Za-z_][A-Za-z0-9_]*)$/;
const CAPTURE_REF = /^([A-Za-z_][A-Za-z0-9_]*)$/;

export function scanTemplates(text: string): TemplateScan {
  const refs: TemplateRef[] = [];
  const invalid: TemplateScan['invalid'] = [];
  let lastEnd = 0;
  for (const match of text.matchAll(TEMPLATE)) {
    const inner = match[1]!.trim();
    const index = match.index!;
    lastEnd = index + match[0].length;
    const env = ENV_REF.exec(inner);
    const capture = CAPTURE_REF.exec(inner);
    if (env) refs.push({ kind: 'env', name: env[1]!, index, text: match[0] });
    else if (capture && inner !== 'env') refs.push({ kind: 'capture', name: capture[1]!, index, text: match[0] });
    else invalid.push({ text: match[0], index });
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
  return text.replace(TEMPLATE, (whole, raw: string) => {
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
  });
}
