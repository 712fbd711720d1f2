// Python's exceptions: the built-in hierarchy, raised values, and the frames a traceback prints.

/** A built-in exception class (`except LookupError` catches KeyError through `base`). */
export class PyExcType {
  constructor(
    readonly name: string,
    readonly base: PyExcType | null,
  ) {}

  isSubclassOf(other: PyExcType): boolean {
    return this === other || (this.base?.isSubclassOf(other) ?? false);
  }
}

const types = new Map<string, PyExcType>();
function define(name: string, base: string | null): PyExcType {
  const t = new PyExcType(name, base ? types.get(base)! : null);
  types.set(name, t);
  return t;
}

define('BaseException', null);
for (const [name, base] of [
  ['Exception', 'BaseException'],
  ['SystemExit', 'BaseException'],
  ['KeyboardInterrupt', 'BaseException'],
  ['ArithmeticError', 'Exception'],
  ['ZeroDivisionError', 'ArithmeticError'],
  ['OverflowError', 'ArithmeticError'],
  ['LookupError', 'Exception'],
  ['KeyError', 'LookupError'],
  ['IndexError', 'LookupError'],
  ['ValueError', 'Exception'],
  ['TypeError', 'Exception'],
  ['NameError', 'Exception'],
  ['UnboundLocalError', 'NameError'],
  ['AttributeError', 'Exception'],
  ['AssertionError', 'Exception'],
  ['ImportError', 'Exception'],
  ['ModuleNotFoundError', 'ImportError'],
  ['RuntimeError', 'Exception'],
  ['NotImplementedError', 'RuntimeError'],
  ['RecursionError', 'RuntimeError'],
  ['StopIteration', 'Exception'],
  ['OSError', 'Exception'],
  ['FileNotFoundError', 'OSError'],
  ['FileExistsError', 'OSError'],
  ['PermissionError', 'OSError'],
  ['IsADirectoryError', 'OSError'],
  ['NotADirectoryError', 'OSError'],
  ['EOFError', 'Exception'],
  ['SyntaxError', 'Exception'],
  ['IndentationError', 'SyntaxError'],
] as const)
  define(name, base);

export const EXCEPTION_TYPES: ReadonlyMap<string, PyExcType> = types;

export function excType(name: string): PyExcType {
  return types.get(name)!;
}

/** One line of a traceback: where a frame was when the exception went through it. */
export interface TraceFrame {
  file: string;
  line: number;
  name: string;
}

/** A raised Python exception travelling through the evaluator as a JS exception. */
export class PyError extends Error {
  frames: TraceFrame[] | null = null;
  constructor(
    readonly type: PyExcType,
    /** The exception's args, already turned into what str(exc) shows for the first one. */
    readonly args: unknown[],
  ) {
    super(`${type.name}`);
    this.name = 'PyError';
  }
}

export function raise(type: string, message?: string): PyError {
  return new PyError(excType(type), message === undefined ? [] : [message]);
}

/** A compile-time error (tokenizer, parser): printed without a traceback, exit status 1. */
export class PySyntaxError extends Error {
  constructor(
    readonly msg: string,
    readonly line: number,
    /** 0-based column of the caret; -1: no source line shown (the compiler's errors). */
    readonly col: number,
    readonly kind: 'SyntaxError' | 'IndentationError' = 'SyntaxError',
  ) {
    super(msg);
    this.name = 'PySyntaxError';
  }
}
