// Splits a logical line into its keyword, its leading `--flags` and the rest.

import { isSpace, splitWhitespace, trimSpace } from './unicode';

export interface SplitCommand {
  cmd: string;
  flags: string[];
  args: string;
}

export function splitCommand(line: string): SplitCommand {
  const parts = splitWhitespace(trimSpace(line), 2);
  const cmd = parts[0];
  if (parts.length < 2) return { cmd, flags: [], args: '' };
  const [rest, flags] = extractBuilderFlags(parts[1]);
  return { cmd, flags, args: trimSpace(rest) };
}

/** Leading words that start with `--`, up to a lone `--` (dropped) or the first other word. */
function extractBuilderFlags(line: string): [string, string[]] {
  const words: string[] = [];
  let phase: 'spaces' | 'word' | 'quote' = 'spaces';
  let word = '';
  let quote = '';
  let blankOK = false;
  const n = line.length;
  for (let pos = 0; pos <= n; pos++) {
    const ch = pos < n ? line[pos] : '';
    if (phase === 'spaces') {
      if (pos === n) break;
      if (isSpace(ch)) continue;
      if (ch !== '-' || pos + 1 === n || line[pos + 1] !== '-') return [line.slice(pos), words];
      phase = 'word';
    }
    if (pos === n) {
      if (word !== '--' && (blankOK || word.length > 0)) words.push(word);
      break;
    }
    if (phase === 'word') {
      if (isSpace(ch)) {
        phase = 'spaces';
        if (word === '--') return [line.slice(pos), words];
        if (blankOK || word.length > 0) words.push(word);
        word = '';
        blankOK = false;
        continue;
      }
      if (ch === "'" || ch === '"') {
        quote = ch;
        blankOK = true;
        phase = 'quote';
        continue;
      }
      let c = ch;
      if (c === '\\') {
        if (pos + 1 === n) continue;
        c = line[++pos];
      }
      word += c;
      continue;
    }
    // inside quotes
    if (ch === quote) {
      phase = 'word';
      continue;
    }
    let c = ch;
    if (c === '\\') {
      if (pos + 1 === n) {
        phase = 'word';
        continue;
      }
      c = line[++pos];
    }
    word += c;
  }
  return ['', words];
}
