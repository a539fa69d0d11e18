import type { ManifestPath } from '../../manifest/load.js';
import { scanTemplates } from '../../manifest/templates.js';
import type { SmokeSection } from './target.js';

/** The `{{ env.X }}` references a smoke run would send that have no value, with the first place each is read. */
export interface UnsetEnv {
  names: string[];
  path: ManifestPath;
}

/**
 * Every `{{ env.X }}` the run will read (the rollout wait, the steps and their cleanups, and the sessions
 * the steps sign in with) that is unset or empty, checked before anything is sent: a missing secret
 * is found in a second, not after a five-minute rollout wait. An Actions secret that does not exist
 * reaches the job as an empty string, so empty counts as unset.
 */
export function unsetEnvRefs(section: SmokeSection, sessions: Record<string, unknown>, env: Readonly<Record<string, string | undefined>>): UnsetEnv | undefined {
  const first = Object.keys(sessions)[0];
  const used = new Set<string>();
  for (const step of section.steps) {
    const name = step.anonymous ? undefined : step.session ?? first;
    if (name !== undefined && sessions[name] !== undefined) used.add(name);
  }
  const names: string[] = [];
  let path: ManifestPath | undefined;
  const visit = (value: unknown, at: ManifestPath) => {
    if (typeof value === 'string') {
      for (const ref of scanTemplates(value).refs) {
        if (ref.kind !== 'env' || (env[ref.name] !== undefined && env[ref.name] !== '')) continue;
        if (!names.includes(ref.name)) names.push(ref.name);
        path ??= at;
      }
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, [...at, i]));
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(v, [...at, k]);
    }
  };
  if (section.wait) visit(section.wait, ['smoke', 'wait']);
  for (const name of used) visit(sessions[name], ['sessions', name]);
  section.steps.forEach((step, i) => visit(step, ['smoke', 'steps', i]));
  return path ? { names, path } : undefined;
}

export function unsetEnvMessage(unset: UnsetEnv): string {
  const refs = unset.names.map((n) => `{{ env.${n} }}`);
  const list = refs.length === 1 ? refs[0]! : `${refs.slice(0, -1).join(', ')} and ${refs[refs.length - 1]}`;
  return `${list} ${refs.length === 1 ? 'is' : 'are'} not set (or empty) in the environment, so nothing was sent: set ${unset.names.join(', ')} in the job's env: (from a secret, e.g. \`${unset.names[0]}: \${{ secrets.${unset.names[0]} }}\`) or export ${refs.length === 1 ? 'it' : 'them'} before the run`;
}
