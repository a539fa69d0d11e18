// node:fs's synchronous calls: node:fs/promises (with readline and streams) would load with this module on every run of the action.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { mergeHistory, parseHistory, serializeHistory } from './ndjson.js';
import type { HistoryRecord } from './record.js';
import type { AddResult, HistoryStore } from './store.js';

/** The CLI's default store: one NDJSON file, replaced atomically (write beside, then rename). */
export function fileStore(path: string, cwd: string): HistoryStore {
  const absolute = resolve(cwd, path);
  const read = async (): Promise<HistoryRecord[]> => {
    let text: string;
    try {
      text = readFileSync(absolute, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    return parseHistory(text, path);
  };
  return {
    description: path,
    read,
    async add(records, keep): Promise<AddResult> {
      const merged = mergeHistory(await read(), records, keep);
      mkdirSync(dirname(absolute), { recursive: true });
      const temp = `${absolute}.${process.pid}.tmp`;
      writeFileSync(temp, serializeHistory(merged));
      renameSync(temp, absolute);
      return { records: merged, retries: 0 };
    },
  };
}
