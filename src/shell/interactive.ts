// The interactive shell session: prompt, line editor, continuation lines, job notices, ^C, exit.
import type { List } from './ast';
import { completeDefault, splitForCompletion, type CompletionProvider } from './completion';
import { Interrupted, ShellExit, ShellSyntaxError } from './errors';
import type { History } from './history';
import { KEYWORDS, type Shell } from './interpreter';
import { BUILTINS } from './builtins/index';
import { Parser } from './parser';
import { expandPrompt } from './prompt';
import { LineEditor } from './readline';
import { expandHistory } from './history-expansion';

export interface InteractiveOptions {
  history: History;
  completions: CompletionProvider[];
  /** Called after each command line ran (or failed to parse), with its text and exit status. */
  onCommand?: (line: string, status: number) => void;
}

export async function runInteractive(sh: Shell, opts: InteractiveOptions): Promise<number> {
  const ctx = sh.ctx;
  ctx.onSignal('SIGINT', () => {
    sh.interrupted = true;
  });
  ctx.ignoreSignal('SIGQUIT');
  ctx.ignoreSignal('SIGTERM');
  const editor = new LineEditor({
    input: ctx.stdin,
    output: ctx.stdout,
    tty: ctx.tty,
    history: opts.history.lines,
    complete: (line, cursor) => complete(sh, opts.completions, line, cursor),
  });
  for (;;) {
    for (const notice of sh.jobs.takeFinished()) sh.writeErr(notice + '\n');
    let text = '';
    // Without PS1: bash shows `bash-5.2$ `, busybox ash `/ # ` (its default `\w \$ `).
    let prompt = expandPrompt(sh.getVar('PS1') ?? (sh.dialect.name === 'sh' ? '\\w \\$ ' : '\\s-\\v\\$ '), {
      user: sh.getVar('USER') ?? 'root',
      hostname: ctx.hostname,
      cwd: sh.getVar('PWD') ?? ctx.cwd,
      home: sh.getVar('HOME'),
      uid: ctx.uid,
      shell: sh.name,
    });
    let list: List | null = null;
    let abandoned = false;
    for (;;) {
      const result = await editor.read(prompt);
      if (result.kind === 'eof') {
        if (text !== '') {
          sh.error(`syntax error: unexpected end of file`);
          sh.lastStatus = 2;
          abandoned = true;
          break;
        }
        if (sh.dialect.name === 'bash') ctx.stdout.write('exit\n');
        await sh.runExitTrap();
        return sh.lastStatus;
      }
      if (result.kind === 'interrupt') {
        sh.lastStatus = 130;
        abandoned = true;
        break;
      }
      let line = result.text;
      if (sh.dialect.name === 'bash') {
        const h = expandHistory(line, opts.history.lines);
        if (h.kind === 'error') {
          sh.error(`${h.event}: event not found`);
          abandoned = true;
          break;
        }
        if (h.kind === 'expanded') {
          line = h.text;
          ctx.stdout.write(line + '\n');
        }
      }
      text += line + '\n';
      try {
        list = Parser.parse(text);
        break;
      } catch (err) {
        if (err instanceof ShellSyntaxError && err.incomplete && !(err.detail.kind === 'eof' && text.trim() === '')) {
          prompt = sh.getVar('PS2') ?? '> ';
          continue;
        }
        opts.history.add(text);
        if (err instanceof ShellSyntaxError) {
          sh.reportSyntax(err);
          sh.lastStatus = 2;
          opts.onCommand?.(text.replace(/\n$/, ''), 2);
          abandoned = true;
          break;
        }
        throw err;
      }
    }
    if (abandoned || !list) continue;
    opts.history.add(text);
    sh.interrupted = false;
    try {
      await sh.runList(list);
      opts.onCommand?.(text.replace(/\n$/, ''), sh.lastStatus);
    } catch (err) {
      if (err instanceof Interrupted) {
        sh.lastStatus = 130;
        ctx.stdout.write('\n');
        opts.onCommand?.(text.replace(/\n$/, ''), 130);
        continue;
      }
      if (err instanceof ShellExit) {
        if (sh.dialect.name === 'bash') ctx.stdout.write('exit\n');
        sh.lastStatus = err.status;
        await sh.runExitTrap();
        return err.status;
      }
      throw err;
    }
  }
}

async function complete(
  sh: Shell,
  providers: CompletionProvider[],
  line: string,
  cursor: number,
): Promise<{ start: number; candidates: string[] }> {
  const before = line.slice(0, cursor);
  const { words, command } = splitForCompletion(before);
  const word = words[words.length - 1];
  const start = cursor - word.length;
  const req = { line, cursor, words, command };
  for (const p of providers) {
    const got = await p.complete(req);
    if (got) return { start, candidates: got };
  }
  const candidates = completeDefault(req, {
    fs: sh.ctx.fs,
    cwd: sh.ctx.cwd,
    path: sh.getVar('PATH'),
    home: sh.getVar('HOME'),
    commandNames: () => [...BUILTINS.keys(), ...sh.state.functions.keys(), ...sh.state.aliases.keys(), ...[...KEYWORDS].filter((k) => /^[a-z]/.test(k))],
  });
  return { start, candidates };
}
