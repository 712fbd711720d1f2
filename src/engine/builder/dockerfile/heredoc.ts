// Heredocs (`RUN <<EOF`, `<<-EOF`, `COPY <<EOF /file`, quoted delimiters, several per line).

import type { Heredoc } from './ast';
import { ShellLex } from './shell-lex';

const HEREDOC = /^(\d*)<<(-?)([^<]*)$/;
const NO_ENV: ReadonlyMap<string, string> = new Map();

/** Heredoc header (`<<EOF`, `<<-"EOF"`, `3<<EOF`) of one word, or null when the word is not one. */
export function parseHeredoc(word: string): Omit<Heredoc, 'content'> | null {
  const m = HEREDOC.exec(word);
  if (!m || m[3].length === 0) return null;
  const rest = m[3];
  const cooked = new ShellLex({ skipUnsetEnv: true }).processWords(rest, NO_ENV);
  if (cooked.length !== 1) return null;
  const raw = new ShellLex({ skipUnsetEnv: true, rawQuotes: true }).processWords(rest, NO_ENV);
  if (raw.length !== cooked.length) {
    throw new Error(`internal lexing of heredoc produced inconsistent results: ${rest}`);
  }
  const quotes = (s: string) => (s.match(/['"]/g) ?? []).length;
  return {
    name: cooked[0],
    fileDescriptor: m[1] ? Number(m[1]) : 0,
    expand: quotes(cooked[0]) === quotes(raw[0]),
    chomp: m[2] === '-',
  };
}

/** Every heredoc header on an instruction line, in order. */
export function heredocsFromLine(line: string): Omit<Heredoc, 'content'>[] {
  let words: string[];
  try {
    words = new ShellLex({ rawQuotes: true, rawEscapes: true, skipUnsetEnv: true }).processWords(
      line,
      NO_ENV,
    );
  } catch {
    words = [];
  }
  const docs: Omit<Heredoc, 'content'>[] = [];
  for (const word of words) {
    const doc = parseHeredoc(word);
    if (doc) docs.push(doc);
  }
  return docs;
}

/** `<<-` bodies lose their leading tabs. */
export function chompHeredocContent(content: string): string {
  return content.replace(/^\t+/gm, '');
}

const HEREDOC_INSTRUCTIONS = new Set(['add', 'copy', 'run']);

/** Whether an instruction (or ONBUILD's wrapped one) may carry heredocs: ADD, COPY, RUN in shell form. */
export function canContainHeredoc(
  cmd: string,
  json: boolean,
  sub: { value: string; json: boolean } | null,
): boolean {
  if (cmd.toLowerCase() === 'onbuild' && sub) return canContainHeredoc(sub.value, sub.json, null);
  return HEREDOC_INSTRUCTIONS.has(cmd.toLowerCase()) && !json;
}
