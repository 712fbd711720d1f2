// The syntax tree of an awk program.

export type Expr =
  | { k: 'num'; v: number }
  | { k: 'str'; v: string }
  | { k: 'regex'; src: string }
  | { k: 'var'; name: string }
  | { k: 'field'; index: Expr }
  | { k: 'index'; name: string; subs: Expr[] }
  | { k: 'assign'; op: string; target: LValue; value: Expr }
  | { k: 'cond'; test: Expr; yes: Expr; no: Expr }
  | { k: 'and' | 'or'; left: Expr; right: Expr }
  | { k: 'in'; subs: Expr[]; name: string }
  | { k: 'match'; negate: boolean; left: Expr; re: Expr }
  | { k: 'binary'; op: string; left: Expr; right: Expr }
  | { k: 'concat'; left: Expr; right: Expr }
  | { k: 'unary'; op: '-' | '+' | '!'; arg: Expr }
  | { k: 'incdec'; op: '++' | '--'; prefix: boolean; target: LValue }
  | { k: 'call'; name: string; args: Expr[] }
  | { k: 'builtin'; name: string; args: Expr[] }
  | { k: 'group'; expr: Expr }
  | { k: 'getline'; target: LValue | null; source: GetlineSource | null };

/** `getline < FILE` or `COMMAND | getline`; none: the main input. */
export interface GetlineSource {
  kind: 'file' | 'command';
  name: Expr;
}

export type LValue = Extract<Expr, { k: 'var' | 'field' | 'index' }>;

export interface Redirect {
  mode: '>' | '>>' | '|';
  dest: Expr;
}

export type Stmt =
  | { k: 'expr'; expr: Expr }
  | { k: 'print'; args: Expr[]; redirect: Redirect | null }
  | { k: 'printf'; args: Expr[]; redirect: Redirect | null }
  | { k: 'if'; test: Expr; then: Stmt; else: Stmt | null }
  | { k: 'while'; test: Expr; body: Stmt }
  | { k: 'do'; body: Stmt; test: Expr }
  | { k: 'for'; init: Stmt | null; test: Expr | null; step: Stmt | null; body: Stmt }
  | { k: 'forin'; key: string; array: string; body: Stmt }
  | { k: 'block'; body: Stmt[] }
  | { k: 'next' }
  | { k: 'break' }
  | { k: 'continue' }
  | { k: 'exit'; status: Expr | null }
  | { k: 'return'; value: Expr | null }
  | { k: 'delete'; name: string; subs: Expr[] | null };

export type Pattern =
  | { k: 'begin' }
  | { k: 'end' }
  | { k: 'all' }
  | { k: 'expr'; expr: Expr }
  | { k: 'range'; from: Expr; to: Expr };

export interface Rule {
  pattern: Pattern;
  /** Null: print the record. */
  action: Stmt[] | null;
}

export interface Func {
  name: string;
  params: string[];
  body: Stmt[];
}

export interface Program {
  rules: Rule[];
  funcs: Map<string, Func>;
}
