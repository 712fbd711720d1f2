// find(1): paths then an expression of tests (-name -iname -path -type -empty -size -newer -mtime
// -mmin -user -group -perm -links -inum), actions (-print -print0 -exec ;/+ -delete -prune -quit -ls?)
// and operators (! -not -a -and -o -or ( )); options -maxdepth -mindepth -depth -L.

import type { Applet } from './lib/applet';
import type { Tool } from './lib/tool';
import type { Stat } from '../../engine/fs/types';
import { FsError } from '../../engine/fs/types';
import { basename } from '../../engine/fs/path';
import { fnmatch } from './lib/fnmatch';
import { quote } from './lib/quote';
import { parseGroup, parseUser } from './lib/users';
import { runChild } from './lib/spawn';
import { busyboxUsage } from './lib/usage';

interface Visit {
  shown: string;
  path: string;
  st: Stat;
  depth: number;
}

type Node =
  | { op: 'and' | 'or'; a: Node; b: Node }
  | { op: 'not'; a: Node }
  | { op: 'test'; run: (v: Visit) => boolean | Promise<boolean>; action: boolean };

class FindError extends Error {}

interface Ctx {
  t: Tool;
  maxdepth: number;
  mindepth: number;
  depthFirst: boolean;
  follow: boolean;
  pruned: boolean;
  quit: boolean;
  status: number;
  batches: Array<{ argv: string[]; files: string[] }>;
}

function numericTest(spec: string, value: number): boolean {
  const n = Number(spec.replace(/^[-+]/, ''));
  if (spec.startsWith('+')) return value > n;
  if (spec.startsWith('-')) return value < n;
  return value === n;
}

function parseExpression(args: string[], c: Ctx): Node | null {
  let i = 0;
  const t = c.t;
  const need = (opt: string): string => {
    if (i >= args.length)
      throw new FindError(t.gnu ? `missing argument to \`${opt}'` : `${opt}: missing argument`);
    return args[i++];
  };
  const primary = (): Node => {
    const a = args[i++];
    const test = (run: (v: Visit) => boolean | Promise<boolean>, action = false): Node => ({
      op: 'test',
      run,
      action,
    });
    switch (a) {
      case '(': {
        const e = or();
        if (args[i++] !== ')')
          throw new FindError(t.gnu ? "invalid expression; you have too many '('" : 'unrecognized: (');
        return e;
      }
      case '!':
      case '-not':
        return { op: 'not', a: primary() };
      case '-name':
      case '-iname': {
        const pat = need(a);
        return test((v) => fnmatch(pat, v.shown === '/' ? '/' : basename(v.shown), a === '-iname'));
      }
      case '-path':
      case '-wholename':
      case '-ipath': {
        const pat = need(a);
        return test((v) => fnmatch(pat, v.shown, a === '-ipath'));
      }
      case '-type': {
        const ty = need(a);
        const map: Record<string, string> = {
          f: 'file',
          d: 'dir',
          l: 'symlink',
          c: 'chardev',
          p: 'fifo',
          s: 'socket',
        };
        const wanted = ty.split(',').map((x) => map[x]);
        if (wanted.some((x) => !x))
          throw new FindError(t.gnu ? `Unknown argument to -type: ${ty}` : `unrecognized: ${ty}`);
        return test((v) => wanted.includes(v.st.type));
      }
      case '-maxdepth':
      case '-mindepth': {
        const n = Number(need(a));
        if (a === '-maxdepth') c.maxdepth = n;
        else c.mindepth = n;
        return test(() => true);
      }
      case '-depth':
        c.depthFirst = true;
        return test(() => true);
      case '-empty':
        return test((v) =>
          v.st.type === 'dir'
            ? t.ctx.fs.readdir(v.path).length === 0
            : v.st.type === 'file' && v.st.size === 0,
        );
      case '-size': {
        const spec = need(a);
        const m = /^([-+]?)(\d+)([bckMG]?)$/.exec(spec);
        if (!m) throw new FindError(`invalid argument ${quote(spec)} to \`-size'`);
        const unit = { '': 512, b: 512, c: 1, k: 1024, M: 1024 ** 2, G: 1024 ** 3 }[m[3]]!;
        return test((v) => numericTest(m[1] + m[2], Math.ceil(v.st.size / unit)));
      }
      case '-newer': {
        const ref = need(a);
        let when: number;
        try {
          when = t.ctx.fs.stat(t.path(ref)).mtimeMs;
        } catch (e) {
          if (!(e instanceof FsError)) throw e;
          throw new FindError(t.gnu ? `${quote(ref)}: ${e.text}` : `can't stat '${ref}': ${e.text}`);
        }
        return test((v) => v.st.mtimeMs > when);
      }
      case '-mtime':
      case '-mmin': {
        const spec = need(a);
        const unit = a === '-mtime' ? 86_400_000 : 60_000;
        return test((v) => numericTest(spec, Math.floor((t.ctx.clock.now() - v.st.mtimeMs) / unit)));
      }
      case '-user':
      case '-group': {
        const who = need(a);
        const id = a === '-user' ? parseUser(t.ctx.fs, who) : parseGroup(t.ctx.fs, who);
        if (id === undefined)
          throw new FindError(`${a === '-user' ? 'user' : 'group'} ${quote(who)} not found`);
        return test((v) => (a === '-user' ? v.st.uid : v.st.gid) === id);
      }
      case '-perm': {
        const spec = need(a);
        const mode = parseInt(spec.replace(/^[-/+]/, ''), 8);
        return test((v) =>
          spec.startsWith('-')
            ? (v.st.mode & mode) === mode
            : spec.startsWith('/')
              ? (v.st.mode & mode) !== 0
              : (v.st.mode & 0o7777) === mode,
        );
      }
      case '-links':
        return ((spec) => test((v) => numericTest(spec, v.st.nlink)))(need(a));
      case '-inum':
        return ((spec) => test((v) => numericTest(spec, v.st.ino)))(need(a));
      case '-true':
        return test(() => true);
      case '-false':
        return test(() => false);
      case '-print':
        return test((v) => (t.out(v.shown + '\n'), true), true);
      case '-print0':
        return test((v) => (t.out(v.shown + '\0'), true), true);
      case '-prune':
        return test(() => ((c.pruned = true), true));
      case '-quit':
        return test(() => ((c.quit = true), true), true);
      case '-delete':
        if (!t.gnu) throw new FindError(`unrecognized: ${a}`);
        return test((v) => {
          try {
            if (v.st.type === 'dir') t.ctx.fs.rmdir(v.path);
            else t.ctx.fs.unlink(v.path);
            return true;
          } catch (e) {
            if (!(e instanceof FsError)) throw e;
            t.error(`cannot delete ${quote(v.shown)}: ${e.text}`);
            c.status = 1;
            return false;
          }
        }, true);
      case '-exec':
      case '-ok': {
        const cmd: string[] = [];
        while (i < args.length && args[i] !== ';' && !(args[i] === '+' && args[i - 1] === '{}'))
          cmd.push(args[i++]);
        if (i >= args.length || cmd.length === 0)
          throw new FindError(t.gnu ? `missing argument to \`${a}'` : `-exec CMD must end by ';' or '+'`);
        const plus = args[i++] === '+';
        if (plus) {
          const batch = { argv: cmd.slice(0, -1), files: [] as string[] };
          c.batches.push(batch);
          return test((v) => (batch.files.push(v.shown), true), true);
        }
        return test(
          async (v) =>
            (await runChild(
              t,
              cmd.map((x) => x.split('{}').join(v.shown)),
            )) === 0,
          true,
        );
      }
      default:
        if (a === undefined) throw new FindError(t.gnu ? 'invalid expression' : 'unrecognized: ');
        throw new FindError(
          t.gnu
            ? a.startsWith('-')
              ? `unknown predicate \`${a}'`
              : `paths must precede expression: \`${a}'`
            : `unrecognized: ${a}`,
        );
    }
  };
  const and = (): Node => {
    let left = primary();
    while (i < args.length && args[i] !== '-o' && args[i] !== '-or' && args[i] !== ')') {
      if (args[i] === '-a' || args[i] === '-and') i++;
      left = { op: 'and', a: left, b: primary() };
    }
    return left;
  };
  const or = (): Node => {
    let left = and();
    while (args[i] === '-o' || args[i] === '-or') {
      i++;
      left = { op: 'or', a: left, b: and() };
    }
    return left;
  };
  if (args.length === 0) return null;
  const e = or();
  if (i < args.length)
    throw new FindError(
      t.gnu
        ? `invalid expression; you have used a binary operator '${args[i]}' with nothing before it.`
        : `unrecognized: ${args[i]}`,
    );
  return e;
}

function hasAction(n: Node): boolean {
  if (n.op === 'test') return n.action;
  if (n.op === 'not') return hasAction(n.a);
  return hasAction(n.a) || hasAction(n.b);
}

async function evaluate(n: Node, v: Visit): Promise<boolean> {
  if (n.op === 'test') return n.run(v);
  if (n.op === 'not') return !(await evaluate(n.a, v));
  if (n.op === 'and') return (await evaluate(n.a, v)) && evaluate(n.b, v);
  return (await evaluate(n.a, v)) || evaluate(n.b, v);
}

export const find: Applet = async (t) => {
  const args = t.args;
  let i = 0;
  let follow = false;
  while (args[i] === '-L' || args[i] === '-H' || args[i] === '-P') follow = args[i++] === '-L';
  const paths: string[] = [];
  while (
    i < args.length &&
    !(args[i].startsWith('-') && args[i].length > 1) &&
    args[i] !== '!' &&
    args[i] !== '('
  )
    paths.push(args[i++]);
  const c: Ctx = {
    t,
    maxdepth: Infinity,
    mindepth: 0,
    depthFirst: false,
    follow,
    pruned: false,
    quit: false,
    status: 0,
    batches: [],
  };
  let expr: Node | null;
  try {
    expr = parseExpression(args.slice(i), c);
  } catch (e) {
    if (!(e instanceof FindError)) throw e;
    t.error(e.message);
    if (!t.gnu && e.message.startsWith('unrecognized')) t.ctx.stderr.write(busyboxUsage(t));
    return 1;
  }
  const print = !expr || !hasAction(expr);
  const visit = async (v: Visit): Promise<void> => {
    if (v.depth < c.mindepth) return;
    const ok = expr ? await evaluate(expr, v) : true;
    if (ok && print) t.out(v.shown + '\n');
  };
  const walk = async (shown: string, path: string, depth: number): Promise<void> => {
    if (c.quit) return;
    let st: Stat;
    try {
      st = follow || depth === 0 ? t.ctx.fs.stat(path) : t.ctx.fs.lstat(path);
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      try {
        st = t.ctx.fs.lstat(path);
      } catch {
        t.error(t.gnu ? `${quote(shown)}: ${e.text}` : `${shown}: ${e.text}`);
        c.status = 1;
        return;
      }
    }
    if (depth === 0 && !follow && st.type === 'dir' && t.ctx.fs.lstat(path).type === 'symlink')
      st = t.ctx.fs.lstat(path);
    const v: Visit = { shown, path, st, depth };
    c.pruned = false;
    if (!c.depthFirst && depth <= c.maxdepth) await visit(v);
    const pruned = c.pruned;
    if (st.type === 'dir' && depth < c.maxdepth && !pruned) {
      let names: string[] = [];
      try {
        names = t.ctx.fs.readdir(path);
      } catch (e) {
        if (!(e instanceof FsError)) throw e;
        t.error(`${quote(shown)}: ${e.text}`);
        c.status = 1;
      }
      for (const n of names)
        await walk(
          shown.endsWith('/') ? shown + n : `${shown}/${n}`,
          path === '/' ? `/${n}` : `${path}/${n}`,
          depth + 1,
        );
    }
    if (c.depthFirst && depth <= c.maxdepth) await visit(v);
  };
  for (const p of paths.length ? paths : ['.']) await walk(p, t.path(p), 0);
  for (const b of c.batches)
    if (b.files.length && (await runChild(t, [...b.argv, ...b.files])) !== 0) c.status = 1;
  return c.status;
};
