// `python`/`python3` as the course meets it in containers: `-V`/`--version`, `-m http.server`, and
// the Python subset interpreter (src/userland/python) for `-c CODE`, `SCRIPT [ARGS]` and stdin.
import type { Program } from '../../engine/process/types';
import { pythonHttpServer } from './python-http-server';
import { pythonVersion, readScript, runPython } from '../python/program';
import { repl } from '../python/repl';

export const python: Program = async (ctx) => {
  const self = ctx.argv[0] ?? 'python3';
  const args = ctx.argv.slice(1);
  let unbuffered = !!ctx.env.PYTHONUNBUFFERED;
  while (args[0] === '-u' || args[0] === '-B') {
    if (args.shift() === '-u') unbuffered = true;
  }
  if (args[0] === '-V' || args[0] === '--version') {
    ctx.stdout.write(`Python ${pythonVersion(ctx)}\n`);
    return 0;
  }
  if (args[0] === '-m' && args[1] === 'http.server')
    return pythonHttpServer(ctx, args.slice(2), unbuffered || ctx.stdout.isTTY);
  if (args[0] === '-m') {
    ctx.stderr.write(`${self}: No module named ${args[1] ?? ''}\n`);
    return 1;
  }
  if (args[0] === '-c') {
    if (args.length < 2) {
      ctx.stderr.write('Argument expected for the -c option\n');
      return 2;
    }
    return runPython(ctx, { source: args[1], file: '<string>', argv: ['-c', ...args.slice(2)], unbuffered });
  }
  if (args.length === 0 && ctx.stdin.isTTY) return repl(ctx, unbuffered);
  if (args.length === 0 || args[0] === '-') {
    let source = '';
    for (let chunk = await ctx.stdin.read(); chunk !== null; chunk = await ctx.stdin.read()) source += chunk;
    return runPython(ctx, { source, file: '<stdin>', argv: [args[0] === '-' ? '-' : ''], unbuffered });
  }
  const source = readScript(ctx, self, args[0]);
  if (source === null) return 2;
  return runPython(ctx, { source, file: args[0], argv: args, unbuffered });
};
