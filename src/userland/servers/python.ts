// `python`/`python3` as the course meets it in containers: `-m http.server`, `-V`/`--version`, `-c`
// with print() of string literals; anything else says it is not available in the simulation.
import type { Program } from '../../engine/process/types';
import { pythonHttpServer } from './python-http-server';

export const PYTHON_VERSION = '3.12.7';

export const python: Program = async (ctx) => {
  const args = ctx.argv.slice(1);
  let unbuffered = ctx.stdout.isTTY || !!ctx.env.PYTHONUNBUFFERED;
  while (args[0] === '-u' || args[0] === '-B') {
    if (args.shift() === '-u') unbuffered = true;
  }
  if (args[0] === '-V' || args[0] === '--version') {
    ctx.stdout.write(`Python ${PYTHON_VERSION}\n`);
    return 0;
  }
  if (args[0] === '-m' && args[1] === 'http.server') return pythonHttpServer(ctx, args.slice(2), unbuffered);
  if (args[0] === '-m') {
    ctx.stderr.write(`${ctx.argv[0]}: No module named ${args[1] ?? ''}\n`);
    return 1;
  }
  const printLiterals = (code: string) => {
    for (const m of code.matchAll(/print\(\s*(['"])(.*?)\1\s*\)/g)) ctx.stdout.write(`${m[2]}\n`);
    return 0;
  };
  if (args[0] === '-c') return printLiterals(args[1] ?? '');
  if (args.length === 0) {
    ctx.stdout.write(`Python ${PYTHON_VERSION} (main, Nov 12 2024, 02:16:37) [GCC 12.2.0] on linux\n`);
    return 0;
  }
  const script = args[0].startsWith('/') ? args[0] : `${ctx.cwd === '/' ? '' : ctx.cwd}/${args[0]}`;
  if (ctx.fs.exists(script) && ctx.fs.stat(script).type === 'file')
    return printLiterals(ctx.fs.readText(script));
  ctx.stderr.write(`${ctx.argv[0]}: can't open file '${script}': [Errno 2] No such file or directory\n`);
  return 2;
};
