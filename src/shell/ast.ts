// The shell's abstract syntax tree (POSIX sh grammar, plus the few bash forms students meet).

export type WordPart =
  | { k: 'lit'; text: string }
  | { k: 'sq'; text: string }
  | { k: 'esc'; text: string }
  | { k: 'dq'; parts: WordPart[] }
  | { k: 'param'; name: string; op?: ParamOp; arg?: Word; colon?: boolean; braced?: boolean }
  | { k: 'length'; name: string }
  | { k: 'cmd'; body: List; source: string }
  | { k: 'arith'; text: string }
  | { k: 'tilde'; user: string };

export type ParamOp = '-' | '=' | '+' | '?' | '%' | '%%' | '#' | '##' | '/' | '//' | ':';

export interface Word {
  parts: WordPart[];
  /** Source text, for messages and `jobs`. */
  raw: string;
}

export type RedirOp = '<' | '>' | '>>' | '>|' | '<>' | '<&' | '>&' | '&>' | '&>>' | '<<' | '<<-' | '<<<';

export interface Redir {
  fd: number | null;
  op: RedirOp;
  target: Word;
  /** Here-document body, filled in when the lexer reaches it. */
  heredoc?: { body: string; quoted: boolean };
}

export interface Assign {
  name: string;
  value: Word;
  append: boolean;
}

export interface SimpleCommand {
  type: 'simple';
  assigns: Assign[];
  words: Word[];
  redirs: Redir[];
  line: number;
}

export interface Pipeline {
  type: 'pipeline';
  commands: Command[];
  bang: boolean;
  /** bash's `time` keyword. */
  timed?: boolean;
}

export interface AndOr {
  type: 'andor';
  first: Pipeline;
  rest: { op: '&&' | '||'; pipeline: Pipeline }[];
}

export interface ListItem {
  cmd: AndOr;
  async: boolean;
  source: string;
}

export interface List {
  items: ListItem[];
}

interface Compound {
  redirs: Redir[];
}

export interface Subshell extends Compound {
  type: 'subshell';
  body: List;
}
export interface Group extends Compound {
  type: 'group';
  body: List;
}
export interface If extends Compound {
  type: 'if';
  clauses: { cond: List; body: List }[];
  otherwise: List | null;
}
export interface For extends Compound {
  type: 'for';
  name: string;
  words: Word[] | null;
  body: List;
}
export interface While extends Compound {
  type: 'while';
  until: boolean;
  cond: List;
  body: List;
}
export interface CaseItem {
  patterns: Word[];
  body: List;
  term: ';;' | ';&' | ';;&';
}
export interface Case extends Compound {
  type: 'case';
  word: Word;
  items: CaseItem[];
}
export interface FuncDef {
  type: 'func';
  name: string;
  body: Command;
  source: string;
}

/** bash's `[[ … ]]`: words and the operators between them, unexpanded. */
export interface CondCommand extends Compound {
  type: 'cond';
  tokens: ({ word: Word } | { op: string })[];
  line: number;
}

/** bash's `(( expression ))`. */
export interface ArithCommand extends Compound {
  type: 'arith';
  text: string;
  line: number;
}

export type Command = SimpleCommand | Pipeline | Subshell | Group | If | For | While | Case | FuncDef | CondCommand | ArithCommand;
