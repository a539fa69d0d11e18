/**
 * Text that cannot leave its table cell. `code` spans stay code (their content is literal to Markdown, so
 * they cannot carry HTML); elsewhere HTML becomes entities, Markdown punctuation that could open a link,
 * emphasis or code is backslash-escaped, and line breaks become <br>.
 */
export function cell(text: string): string {
  const clean = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
  let out = '';
  let last = 0;
  // A span holding a pipe stays plain text: inside code, "\|" escaping is not reliable across renderers.
  for (const m of clean.matchAll(/`([^`|\r\n]+)`/g)) {
    out += plainCell(clean.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + plainCell(clean.slice(last));
}

function plainCell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]~|]/g, '\\$&')
    .replace(/\t/g, ' ')
    .replace(/\r\n|\r|\n/g, '<br>');
}
