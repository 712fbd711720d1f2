// Tab completion: providers (the docker CLI registers one later) and the default one, which
// completes command names (builtins, functions, aliases, PATH) and paths from the filesystem.
import type { FileSystem } from '../engine/fs/types';
import { resolvePath } from '../engine/fs/path';

export interface CompletionRequest {
  /** The whole line and the cursor position (in UTF-16 units). */
  line: string;
  cursor: number;
  /** Words before the cursor, the last one being the one completed (possibly ''). */
  words: string[];
  /** True when the word completed is in command position. */
  command: boolean;
}

export interface CompletionProvider {
  /** Candidates replacing the last word, or null when this provider has nothing to say for this line. */
  complete(req: CompletionRequest): string[] | null | Promise<string[] | null>;
}

export interface CompletionContext {
  fs: FileSystem;
  cwd: string;
  path: string | undefined;
  home: string | undefined;
  commandNames(): string[];
}

/** Words and command position of the text before the cursor (quotes are honoured roughly). */
export function splitForCompletion(before: string): { words: string[]; command: boolean } {
  const words: string[] = [];
  let cur = '';
  let quote: string | null = null;
  let command = true;
  for (let i = 0; i < before.length; i++) {
    const c = before[i];
    if (quote) {
      if (c === quote) quote = null;
      else cur += c;
      continue;
    }
    if (c === "'" || c === '"') {
      quote = c;
      continue;
    }
    if (c === '\\' && i + 1 < before.length) {
      cur += before[++i];
      continue;
    }
    if (c === ' ' || c === '\t') {
      if (cur) {
        words.push(cur);
        command = false;
      }
      cur = '';
      continue;
    }
    if (';|&('.includes(c)) {
      if (cur) words.push(cur);
      cur = '';
      words.length = 0;
      command = true;
      continue;
    }
    cur += c;
  }
  words.push(cur);
  return { words, command: command && words.length === 1 };
}

export function completeDefault(req: CompletionRequest, ctx: CompletionContext): string[] {
  const word = req.words[req.words.length - 1];
  if (req.command && !word.includes('/')) {
    const names = new Set(ctx.commandNames().filter((n) => n.startsWith(word)));
    for (const dir of (ctx.path ?? '').split(':')) {
      if (!dir) continue;
      try {
        for (const name of ctx.fs.readdir(dir)) {
          if (!name.startsWith(word)) continue;
          try {
            const st = ctx.fs.stat(`${dir}/${name}`);
            if (st.type === 'file' && (st.mode & 0o111) !== 0) names.add(name);
          } catch {}
        }
      } catch {}
    }
    return [...names].sort();
  }
  return completePath(word, ctx, req.command);
}

function completePath(word: string, ctx: CompletionContext, executablesOnly: boolean): string[] {
  let expanded = word;
  if (word.startsWith('~') && ctx.home && (word === '~' || word.startsWith('~/'))) expanded = ctx.home + word.slice(1);
  const slash = expanded.lastIndexOf('/');
  const dirPart = slash >= 0 ? expanded.slice(0, slash + 1) : '';
  const base = slash >= 0 ? expanded.slice(slash + 1) : expanded;
  const shownDir = slash >= 0 ? word.slice(0, word.lastIndexOf('/') + 1) : '';
  let names: string[];
  try {
    names = ctx.fs.readdir(resolvePath(ctx.cwd, dirPart || '.'));
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const name of names) {
    if (!name.startsWith(base)) continue;
    if (name.startsWith('.') && !base.startsWith('.')) continue;
    let isDir = false;
    let exec = false;
    try {
      const st = ctx.fs.stat(resolvePath(ctx.cwd, dirPart + name));
      isDir = st.type === 'dir';
      exec = (st.mode & 0o111) !== 0;
    } catch {}
    if (executablesOnly && !isDir && !exec) continue;
    out.push(shownDir + name + (isDir ? '/' : ''));
  }
  return out.sort();
}

export function commonPrefix(items: string[]): string {
  if (items.length === 0) return '';
  let prefix = items[0];
  for (const s of items) while (!s.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}
