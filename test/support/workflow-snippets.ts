import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';

/**
 * Workflow snippets in the README and docs: fenced yaml blocks with `on:` and `jobs:`, as a user would
 * paste them. `source` is the doc and the line of the fence, for messages.
 */
export function workflowSnippets(root: string): { source: string; content: string }[] {
  const snippets: { source: string; content: string }[] = [];
  for (const doc of globSync(['README.md', 'docs/**/*.md'], { cwd: root }).sort()) {
    const text = readFileSync(join(root, doc), 'utf8');
    for (const match of text.matchAll(/^```ya?ml\n([\s\S]*?)^```/gm)) {
      if (!/^jobs:/m.test(match[1]!) || !/^on:/m.test(match[1]!)) continue;
      const line = text.slice(0, match.index).split('\n').length;
      snippets.push({ source: `${doc}:${line}`, content: match[1]! });
    }
  }
  return snippets;
}
