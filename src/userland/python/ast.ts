// The syntax tree of the Python subset.

export type Expr =
  | { k: 'const'; value: null | boolean | bigint | number | string }
  | { k: 'fstring'; parts: (string | { expr: Expr; conv: string; spec: Expr | null })[] }
  | { k: 'name'; id: string }
  | { k: 'list' | 'tuple' | 'set'; items: Expr[] }
  | { k: 'dict'; entries: [Expr, Expr][] }
  | { k: 'binop'; op: string; left: Expr; right: Expr }
  | { k: 'unary'; op: string; operand: Expr }
  | { k: 'boolop'; op: 'and' | 'or'; left: Expr; right: Expr }
  | { k: 'compare'; first: Expr; ops: string[]; rest: Expr[] }
  | { k: 'ifexp'; test: Expr; body: Expr; orelse: Expr }
  | { k: 'call'; func: Expr; args: Expr[]; star: Expr[]; kwargs: [string, Expr][] }
  | { k: 'attr'; obj: Expr; name: string }
  | { k: 'subscript'; obj: Expr; index: Expr }
  | { k: 'slice'; lower: Expr | null; upper: Expr | null; step: Expr | null }
  | { k: 'lambda'; params: Param[]; body: Expr }
  | {
      k: 'comp';
      kind: 'list' | 'set' | 'dict' | 'gen';
      elt: Expr;
      value: Expr | null;
      clauses: CompClause[];
    };

export interface CompClause {
  target: Expr;
  iter: Expr;
  ifs: Expr[];
}

export interface Param {
  name: string;
  default: Expr | null;
  star?: '*' | '**';
}

export interface Handler {
  types: Expr | null;
  name: string | null;
  body: Stmt[];
  line: number;
}

export type Stmt = { line: number } & (
  | { k: 'expr'; expr: Expr }
  | { k: 'assign'; targets: Expr[]; value: Expr }
  | { k: 'augassign'; target: Expr; op: string; value: Expr }
  | { k: 'if'; test: Expr; body: Stmt[]; orelse: Stmt[] }
  | { k: 'while'; test: Expr; body: Stmt[]; orelse: Stmt[] }
  | { k: 'for'; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[] }
  | { k: 'def'; name: string; params: Param[]; body: Stmt[] }
  | { k: 'class'; name: string; bases: Expr[]; body: Stmt[] }
  | { k: 'return'; value: Expr | null }
  | { k: 'break' | 'continue' | 'pass' }
  | { k: 'import'; names: [string, string | null][] }
  | { k: 'from'; module: string; names: [string, string | null][] }
  | { k: 'global'; names: string[] }
  | { k: 'raise'; exc: Expr | null }
  | { k: 'try'; body: Stmt[]; handlers: Handler[]; orelse: Stmt[]; final: Stmt[] }
  | { k: 'with'; ctx: Expr; name: Expr | null; body: Stmt[] }
  | { k: 'assert'; test: Expr; msg: Expr | null }
  | { k: 'del'; targets: Expr[] }
);
