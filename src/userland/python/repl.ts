// The interactive interpreter (`python3` on a terminal, `docker run -it python`): the banner, `>>> `
// and `... ` prompts, values of expressions echoed with repr(), tracebacks that do not end the session,
// exit() or end of input (^D) to leave.
import type { ProcessContext } from '../../engine/process/types';
import { parseModule } from './parser';
import { isExit, pythonSession, pythonVersion, wantsMore, type PythonSession } from './program';
import { repr, type PyValue } from './values';

export function replBanner(version: string): string {
  return `Python ${version} (main, Oct 19 2024, 04:10:31) [GCC 12.2.0] on linux\nType "help", "copyright", "credits" or "license" for more information.\n`;
}

export async function repl(ctx: ProcessContext, unbuffered: boolean): Promise<number> {
  const session = pythonSession(ctx, { file: '<stdin>', argv: [''], unbuffered });
  const show = (v: PyValue) => session.io.stdout(`${repr(v)}\n`, true);
  ctx.stderr.write(replBanner(pythonVersion(ctx)));
  // ^C: at the prompt, the line typed so far is dropped (the terminal flushes it) and a new prompt
  // shown; while code runs, KeyboardInterrupt is raised in it. Either way the session goes on.
  const input = { reading: false, dropped: false };
  ctx.onSignal('SIGINT', () => {
    if (!input.reading) return session.interrupt();
    ctx.stderr.write('\nKeyboardInterrupt\n>>> ');
    input.dropped = true;
  });
  for (;;) {
    const source = await readInput(ctx, session, input);
    if (source === null) {
      ctx.stderr.write('\n');
      return 0;
    }
    if (!source.trim()) continue;
    try {
      await session.interp.runInteractive(parseModule(source), show);
    } catch (err) {
      const status = session.fail(err, source, '<stdin>');
      if (isExit(err)) return status;
    }
  }
}

/** One complete input: a line, or a compound statement's lines up to a blank one; null at end of input. */
async function readInput(
  ctx: ProcessContext,
  session: PythonSession,
  input: { reading: boolean; dropped: boolean },
): Promise<string | null> {
  let source = '';
  ctx.stderr.write('>>> ');
  for (;;) {
    input.reading = true;
    const line = await session.io.readLine();
    input.reading = false;
    if (input.dropped) {
      input.dropped = false;
      source = '';
    }
    if (line === null) return source ? '' : null;
    source += `${line}\n`;
    if (!source.trim()) return '';
    const first = source.split('\n')[0];
    const block = /:\s*(#.*)?$/.test(first) || /^\s*(if|for|while|def|try|with)\b/.test(first);
    try {
      parseModule(source);
      if (!block || !line.trim()) return source;
    } catch (err) {
      if (!wantsMore(err)) return source;
    }
    ctx.stderr.write('... ');
  }
}
