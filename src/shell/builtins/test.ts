// test / [ : file tests, string and integer comparisons, ! ( ) -a -o (POSIX rules by argument count).
import type { FileSystem, Stat } from '../../engine/fs/types';
import { resolvePath } from '../../engine/fs/path';
import type { Shell } from '../interpreter';

class TestError extends Error {}

export function test(sh: Shell, argv: string[]): number {
  return run(sh, argv.slice(1), 'test');
}

export function bracket(sh: Shell, argv: string[]): number {
  if (argv[argv.length - 1] !== ']') {
    sh.error("[: missing `]'");
    return 2;
  }
  return run(sh, argv.slice(1, -1), '[');
}

/** Evaluates test(1) arguments: 0 true, 1 false, 2 error (printed). */
export function testArgs(sh: Shell, args: string[], name: string): number {
  return run(sh, args, name);
}

function run(sh: Shell, args: string[], name: string): number {
  try {
    return new Evaluator(sh, args, name).evaluate() ? 0 : 1;
  } catch (err) {
    if (err instanceof TestError) {
      sh.error(`${name}: ${err.message}`);
      return 2;
    }
    throw err;
  }
}

const UNARY = new Set(['-e', '-f', '-d', '-r', '-w', '-x', '-s', '-L', '-h', '-n', '-z', '-b', '-c', '-p', '-S', '-t', '-g', '-u', '-k', '-O', '-G', '-N', '-a']);
const BINARY = new Set(['=', '==', '!=', '-eq', '-ne', '-lt', '-le', '-gt', '-ge', '-nt', '-ot', '-ef', '<', '>']);

class Evaluator {
  private i = 0;
  constructor(
    private readonly sh: Shell,
    private readonly args: string[],
    private readonly name: string,
  ) {}

  evaluate(): boolean {
    const a = this.args;
    switch (a.length) {
      case 0:
        return false;
      case 1:
        return a[0] !== '';
      case 2:
        if (a[0] === '!') return a[1] === '';
        if (UNARY.has(a[0])) return this.unary(a[0], a[1]);
        throw new TestError(`${a[0]}: unary operator expected`);
      case 3:
        if (BINARY.has(a[1])) return this.binary(a[0], a[1], a[2]);
        if (a[0] === '!') return !new Evaluator(this.sh, a.slice(1), this.name).evaluate();
        if (a[0] === '(' && a[2] === ')') return a[1] !== '';
        if (a[1] === '-a' || a[1] === '-o') break;
        throw new TestError(`${a[1]}: binary operator expected`);
      case 4:
        if (a[0] === '!') return !new Evaluator(this.sh, a.slice(1), this.name).evaluate();
        if (a[0] === '(' && a[3] === ')') return new Evaluator(this.sh, a.slice(1, 3), this.name).evaluate();
        break;
    }
    const v = this.orExpr();
    if (this.i < a.length) throw new TestError('too many arguments');
    return v;
  }

  private peek(): string | undefined {
    return this.args[this.i];
  }

  private orExpr(): boolean {
    let v = this.andExpr();
    while (this.peek() === '-o') {
      this.i++;
      v = this.andExpr() || v;
    }
    return v;
  }

  private andExpr(): boolean {
    let v = this.notExpr();
    while (this.peek() === '-a') {
      this.i++;
      v = this.notExpr() && v;
    }
    return v;
  }

  private notExpr(): boolean {
    if (this.peek() === '!') {
      this.i++;
      return !this.notExpr();
    }
    return this.primary();
  }

  private primary(): boolean {
    const a = this.args;
    const t = a[this.i];
    if (t === undefined) throw new TestError('argument expected');
    if (t === '(') {
      this.i++;
      const v = this.orExpr();
      if (a[this.i] !== ')') throw new TestError("`)' expected");
      this.i++;
      return v;
    }
    if (this.i + 2 < a.length + 1 && BINARY.has(a[this.i + 1] ?? '') && a[this.i + 2] !== undefined) {
      const v = this.binary(t, a[this.i + 1], a[this.i + 2]);
      this.i += 3;
      return v;
    }
    if (UNARY.has(t) && a[this.i + 1] !== undefined) {
      const v = this.unary(t, a[this.i + 1]);
      this.i += 2;
      return v;
    }
    this.i++;
    return t !== '';
  }

  private stat(path: string, follow = true): Stat | null {
    const fs: FileSystem = this.sh.ctx.fs;
    if (path === '') return null;
    try {
      const abs = resolvePath(this.sh.ctx.cwd, path);
      return follow ? fs.stat(abs) : fs.lstat(abs);
    } catch {
      return null;
    }
  }

  private access(st: Stat | null, bit: number): boolean {
    if (!st) return false;
    const uid = this.sh.ctx.uid;
    if (uid === 0) return bit === 1 ? (st.mode & 0o111) !== 0 || st.type === 'dir' : true;
    if (uid === st.uid) return (st.mode & (bit << 6)) !== 0;
    if (this.sh.ctx.gid === st.gid) return (st.mode & (bit << 3)) !== 0;
    return (st.mode & bit) !== 0;
  }

  private unary(op: string, arg: string): boolean {
    switch (op) {
      case '-n': return arg !== '';
      case '-z': return arg === '';
      case '-e':
      case '-a': return this.stat(arg) !== null;
      case '-f': return this.stat(arg)?.type === 'file';
      case '-d': return this.stat(arg)?.type === 'dir';
      case '-L':
      case '-h': return this.stat(arg, false)?.type === 'symlink';
      case '-s': return (this.stat(arg)?.size ?? 0) > 0;
      case '-b': return false;
      case '-c': return this.stat(arg)?.type === 'chardev';
      case '-p': return this.stat(arg)?.type === 'fifo';
      case '-S': return this.stat(arg)?.type === 'socket';
      case '-r': return this.access(this.stat(arg), 4);
      case '-w': return this.access(this.stat(arg), 2);
      case '-x': return this.access(this.stat(arg), 1);
      case '-t': return arg === '0' ? this.sh.stdin.isTTY : arg === '1' ? this.sh.stdout.isTTY : arg === '2' ? this.sh.stderr.isTTY : false;
      case '-O': return this.stat(arg)?.uid === this.sh.ctx.uid;
      case '-G': return this.stat(arg)?.gid === this.sh.ctx.gid;
      case '-g':
      case '-u':
      case '-k': {
        const st = this.stat(arg);
        const bit = op === '-u' ? 0o4000 : op === '-g' ? 0o2000 : 0o1000;
        return !!st && (st.mode & bit) !== 0;
      }
      case '-N': return false;
    }
    return false;
  }

  private int(v: string): bigint {
    const t = v.trim();
    if (!/^[-+]?\d+$/.test(t)) throw new TestError(`${v}: integer expression expected`);
    return BigInt(t);
  }

  private binary(a: string, op: string, b: string): boolean {
    switch (op) {
      case '=':
      case '==': return a === b;
      case '!=': return a !== b;
      case '<': return a < b;
      case '>': return a > b;
      case '-eq': return this.int(a) === this.int(b);
      case '-ne': return this.int(a) !== this.int(b);
      case '-lt': return this.int(a) < this.int(b);
      case '-le': return this.int(a) <= this.int(b);
      case '-gt': return this.int(a) > this.int(b);
      case '-ge': return this.int(a) >= this.int(b);
      case '-nt':
      case '-ot': {
        const sa = this.stat(a);
        const sb = this.stat(b);
        if (op === '-nt') return !!sa && (!sb || sa.mtimeMs > sb.mtimeMs);
        return !!sb && (!sa || sa.mtimeMs < sb.mtimeMs);
      }
      case '-ef': {
        const sa = this.stat(a);
        const sb = this.stat(b);
        return !!sa && !!sb && sa.ino === sb.ino;
      }
    }
    return false;
  }
}
