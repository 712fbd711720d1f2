// diff(1): line differences by longest common subsequence; normal format (GNU default), -u unified
// (BusyBox's only format), -q brief. Exit 0 same, 1 different, 2 trouble.

import type { Applet } from './lib/applet';
import type { Tool } from './lib/tool';
import { getopt, has, last } from './lib/getopt';
import { FsError } from '../../engine/fs/types';
import { statDate } from './lib/time';

type Op = { kind: '=' | '-' | '+'; line: string; a: number; b: number };

function lcsOps(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const dp: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      dp[i][j] = a[i] === b[j] ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) ops.push({ kind: '=', line: a[i], a: i++, b: j++ });
    else if (j < m && (i >= n || dp[i][j + 1] > dp[i + 1][j]))
      ops.push({ kind: '+', line: b[j], a: i, b: j++ });
    else ops.push({ kind: '-', line: a[i], a: i++, b: j });
  }
  return ops;
}

function range(start: number, count: number): string {
  return count === 1 ? String(start) : `${start},${start + count - 1}`;
}

function normal(ops: Op[]): string {
  let out = '';
  for (let i = 0; i < ops.length;) {
    if (ops[i].kind === '=') {
      i++;
      continue;
    }
    const del: Op[] = [];
    const add: Op[] = [];
    const first = ops[i];
    while (i < ops.length && ops[i].kind !== '=') (ops[i].kind === '-' ? del : add).push(ops[i++]);
    if (del.length && add.length)
      out += `${range(del[0].a + 1, del.length)}c${range(add[0].b + 1, add.length)}\n`;
    else if (del.length) out += `${range(del[0].a + 1, del.length)}d${first.b}\n`;
    else out += `${first.a}a${range(add[0].b + 1, add.length)}\n`;
    out += del.map((o) => `< ${o.line}\n`).join('');
    if (del.length && add.length) out += '---\n';
    out += add.map((o) => `> ${o.line}\n`).join('');
  }
  return out;
}

function unified(ops: Op[], context: number): string {
  let out = '';
  const changes = ops.map((o, i) => (o.kind !== '=' ? i : -1)).filter((i) => i >= 0);
  let k = 0;
  while (k < changes.length) {
    let start = Math.max(0, changes[k] - context);
    let end = Math.min(ops.length, changes[k] + context + 1);
    while (k + 1 < changes.length && changes[k + 1] - context <= end) {
      k++;
      end = Math.min(ops.length, changes[k] + context + 1);
    }
    k++;
    const hunk = ops.slice(start, end);
    const aLines = hunk.filter((o) => o.kind !== '+');
    const bLines = hunk.filter((o) => o.kind !== '-');
    const aStart = aLines.length ? aLines[0].a + 1 : hunk[0].a;
    const bStart = bLines.length ? bLines[0].b + 1 : hunk[0].b;
    const r = (s: number, n: number): string => (n === 1 ? String(s) : `${n === 0 ? s : s},${n}`);
    out += `@@ -${r(aStart, aLines.length)} +${r(bStart, bLines.length)} @@\n`;
    out += hunk.map((o) => `${o.kind === '=' ? ' ' : o.kind}${o.line}\n`).join('');
    start = end;
  }
  return out;
}

function load(t: Tool, arg: string): { lines: string[]; mtime: number } | string {
  try {
    const text = arg === '-' ? '' : t.ctx.fs.readText(t.path(arg));
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    return { lines, mtime: arg === '-' ? t.ctx.clock.now() : t.ctx.fs.stat(t.path(arg)).mtimeMs };
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
    return t.gnu ? `${arg}: ${e.text}` : `can't stat '${arg}': ${e.text}`;
  }
}

export const diff: Applet = async (t) => {
  const p = getopt(t, t.args, {
    short: 'uqU:N',
    long: [
      { name: 'unified', key: 'U', arg: 'optional' },
      { name: 'brief', key: 'q' },
    ],
  });
  if (!p) return 2;
  if (p.operands.length !== 2) {
    t.error(
      t.gnu
        ? p.operands.length < 2
          ? `missing operand after '${p.operands[0] ?? 'diff'}'`
          : `extra operand '${p.operands[2]}'`
        : 'missing operand',
    );
    if (t.gnu) t.ctx.stderr.write(`${t.name}: Try '${t.name} --help' for more information.\n`);
    return 2;
  }
  const [fa, fb] = p.operands;
  const a = load(t, fa);
  const b = load(t, fb);
  for (const r of [a, b]) {
    if (typeof r === 'string') {
      t.error(r);
      return 2;
    }
  }
  const A = a as { lines: string[]; mtime: number };
  const B = b as { lines: string[]; mtime: number };
  const ops = lcsOps(A.lines, B.lines);
  if (ops.every((o) => o.kind === '=')) return 0;
  if (has(p, 'q')) {
    t.out(`Files ${fa} and ${fb} differ\n`);
    return 1;
  }
  const isUnified = has(p, 'u') || has(p, 'U') || !t.gnu;
  if (isUnified) {
    const header = (name: string, mtime: number): string => (t.gnu ? `${name}\t${statDate(mtime)}` : name);
    t.out(
      `--- ${header(fa, A.mtime)}\n+++ ${header(fb, B.mtime)}\n` + unified(ops, Number(last(p, 'U') ?? 3)),
    );
  } else t.out(normal(ops));
  return 1;
};
