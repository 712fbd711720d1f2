// The line-level parse tree of a Dockerfile and BuildKit's S-expression dump of it.

import { goQuote } from './go-quote';

export interface Heredoc {
  /** The delimiter word with quotes removed (`EOF`). */
  name: string;
  /** `3<<EOF` gives 3; 0 when absent. */
  fileDescriptor: number;
  /** False when any part of the delimiter was quoted: the body is then taken literally. */
  expand: boolean;
  /** `<<-EOF`: leading tabs are stripped from the body and the delimiter line. */
  chomp: boolean;
  /** The body, each line with its line ending. */
  content: string;
}

export interface Node {
  /** The instruction keyword as written (`FROM`, `from`, `Run`…). */
  value: string;
  /** The joined logical line (continuations resolved, comments removed). */
  original: string;
  /** `--name[=value]` words before the arguments, as written. */
  flags: string[];
  /** Arguments split per the instruction's rules (ENV/LABEL: key, value, separator triples). */
  args: string[];
  /** ONBUILD's wrapped instruction. */
  sub: Node | null;
  /** The arguments came from a JSON array (exec form). */
  json: boolean;
  heredocs: Heredoc[];
  /** 1-based lines where the instruction begins and ends (heredoc bodies included). */
  startLine: number;
  endLine: number;
  /** Comment lines directly above the instruction, without their `#`. */
  prevComment: string[];
}

export interface ParseResult {
  children: Node[];
  escapeToken: string;
  warnings: string[];
  /** The `# syntax=` directive, when present. */
  syntax: string | null;
  /** The `# check=` directive, when present. */
  check: string | null;
}

/** `(keyword ["--flag"] "arg" …)` without the outer parentheses, as BuildKit's Node.Dump. */
export function dumpNode(node: Node): string {
  let s = node.value.toLowerCase();
  if (node.flags.length > 0) s += ' [' + node.flags.map(goQuote).join(' ') + ']';
  for (const arg of node.args) s += ' ' + goQuote(arg);
  if (node.sub) s += ' (' + dumpNode(node.sub) + ')';
  return s.trim();
}

/** The whole tree: one parenthesised line per instruction. */
export function dump(result: ParseResult): string {
  return result.children.map((n) => '(' + dumpNode(n) + ')').join('\n');
}
