// env(1) (print or modify the environment, then run a command), printenv(1).

import type { Applet } from './lib/applet';
import { getopt, has } from './lib/getopt';
import { runChild } from './lib/spawn';

export const env: Applet = async (t) => {
  const p = getopt(t, t.args, {
    short: 'iu:0C:',
    long: [
      { name: 'ignore-environment', key: 'i' },
      { name: 'unset', key: 'u', arg: 'required' },
      { name: 'null', key: '0' },
      { name: 'chdir', key: 'C', arg: 'required' },
    ],
    stopAtOperand: true,
  });
  if (!p) return 125;
  const ops = [...p.operands];
  if (ops[0] === '-') {
    ops.shift();
    p.opts.push(['i', undefined]);
  }
  const vars: Record<string, string> = has(p, 'i') ? {} : { ...t.ctx.env };
  for (const [k, v] of p.opts) if (k === 'u') delete vars[v!];
  while (ops.length && /^[^=]+=/.test(ops[0])) {
    const a = ops.shift()!;
    const eq = a.indexOf('=');
    vars[a.slice(0, eq)] = a.slice(eq + 1);
  }
  if (ops.length === 0) {
    const end = has(p, '0') ? '\0' : '\n';
    t.out(
      Object.entries(vars)
        .map(([k, v]) => `${k}=${v}${end}`)
        .join(''),
    );
    return 0;
  }
  const cwd = p.opts.find(([k]) => k === 'C')?.[1];
  return runChild(t, ops, { env: vars, cwd: cwd ? t.path(cwd) : undefined });
};

export const printenv: Applet = async (t) => {
  const p = getopt(t, t.args, { short: '0', long: [{ name: 'null', key: '0' }] });
  if (!p) return 2;
  const end = has(p, '0') ? '\0' : '\n';
  if (p.operands.length === 0) {
    t.out(
      Object.entries(t.ctx.env)
        .map(([k, v]) => `${k}=${v}${end}`)
        .join(''),
    );
    return 0;
  }
  let status = 0;
  for (const name of p.operands) {
    if (name in t.ctx.env && !name.includes('=')) t.out(t.ctx.env[name] + end);
    else status = 1;
  }
  return status;
};
