// The shell golden corpus: test/golden/shell/corpus/*.txt, one entry per line, a line starting with
// ">> " continuing the previous entry. Shared by the recorder and the replay test.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const CORPUS_DIR = 'test/golden/shell/corpus';
/** busybox ash's corpus; its recordings are saved as `ash-<name>.json`. */
export const ASH_CORPUS_DIR = 'test/golden/shell/corpus-ash';
export const GOLDEN_DIR = 'test/golden/shell';
/** Both sides run each corpus file in a fresh directory at this path. */
export const SANDBOX = '/tmp/baleine-golden/sandbox';

export interface GoldenEntry {
  cmd: string;
  stdout: string;
  stderr: string;
  exit: number;
}

export interface GoldenFile {
  recordedWith: string;
  entries: GoldenEntry[];
}

export function corpusFiles(root = '.', dir = CORPUS_DIR): string[] {
  return readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.txt'))
    .sort();
}

export function parseCorpus(text: string): string[] {
  const entries: string[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('>> ') || line === '>>') {
      entries[entries.length - 1] += '\n' + line.slice(3);
      continue;
    }
    if (line.trim() === '' || line.startsWith('#')) continue;
    entries.push(line);
  }
  return entries;
}

export function readCorpus(file: string, root = '.', dir = CORPUS_DIR): string[] {
  return parseCorpus(readFileSync(join(root, dir, file), 'utf8'));
}
