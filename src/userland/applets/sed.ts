// sed(1): -n, -e SCRIPT, -f FILE, -E/-r, -i[SUFFIX], -s; runs lib/sed-script.ts's commands over the
// input lines with a pattern space, a hold space and per-command range state.

import type { Applet } from './lib/applet';
import type { Tool } from './lib/tool';
import { getopt, has } from './lib/getopt';
import { linesOf, openInput, readInput } from './lib/input';
import { parseScript, SedError, type Address, type Command } from './lib/sed-script';
import { errText } from './lib/tool';
import { usage } from './lib/usage';

function expand(replacement: string, m: RegExpExecArray): string {
  let out = '';
  let mode: 'U' | 'L' | '' = '';
  let once: 'u' | 'l' | '' = '';
  const emit = (s: string): void => {
    for (const ch of s) {
      let c = mode === 'U' ? ch.toUpperCase() : mode === 'L' ? ch.toLowerCase() : ch;
      if (once) {
        c = once === 'u' ? c.toUpperCase() : c.toLowerCase();
        once = '';
      }
      out += c;
    }
  };
  for (let i = 0; i < replacement.length; i++) {
    const c = replacement[i];
    if (c === '&') emit(m[0]);
    else if (c === '\\' && i + 1 < replacement.length) {
      const n = replacement[++i];
      if (/\d/.test(n)) emit(m[Number(n)] ?? '');
      else if (n === 'n') emit('\n');
      else if (n === 't') emit('\t');
      else if (n === 'U' || n === 'L') mode = n;
      else if (n === 'E') mode = '';
      else if (n === 'u' || n === 'l') once = n;
      else emit(n);
    } else emit(c);
  }
  return out;
}

function substitute(cmd: Command, text: string, lastRe: RegExp | null): string | null {
  const re = cmd.re ?? lastRe;
  if (!re) return null;
  re.lastIndex = 0;
  let out = '';
  let pos = 0;
  let n = 0;
  let changed = false;
  const want = cmd.occurrence ?? 1;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    n++;
    if (n >= want) {
      out += text.slice(pos, m.index) + expand(cmd.replacement!, m);
      pos = m.index + m[0].length;
      changed = true;
      if (!cmd.global) break;
    }
    if (m[0] === '') re.lastIndex++;
  }
  return changed ? out + text.slice(pos) : null;
}

class Runner {
  hold = '';
  out = '';
  quit: number | null = null;
  private active = new Map<number, boolean>();
  private lastRe: RegExp | null = null;

  constructor(
    private t: Tool,
    private cmds: Command[],
    private quiet: boolean,
  ) {}

  private matches(a: Address, line: string, n: number, last: boolean): boolean {
    if (a.kind === 'line') return n === a.n;
    if (a.kind === 'last') return last;
    const re = a.re ?? this.lastRe;
    if (!re) return false;
    if (a.re) this.lastRe = a.re;
    re.lastIndex = 0;
    return re.test(line);
  }

  private selected(idx: number, c: Command, line: string, n: number, last: boolean): boolean {
    let hit: boolean;
    if (!c.a1) hit = true;
    else if (!c.a2) hit = this.matches(c.a1, line, n, last);
    else if (this.active.get(idx)) {
      hit = true;
      const end = c.a2.kind === 'line' ? n >= c.a2.n : this.matches(c.a2, line, n, last);
      if (end) this.active.set(idx, false);
    } else if (this.matches(c.a1, line, n, last)) {
      hit = true;
      const endNow = c.a2.kind === 'line' ? c.a2.n <= n : false;
      this.active.set(idx, !endNow);
    } else hit = false;
    return hit !== c.negate;
  }

  /** Runs the script over the lines of `src` as they arrive, emitting each cycle's output. */
  async run(src: LineSource, emit: (text: string) => void): Promise<void> {
    let n = 0;
    while (this.quit === null) {
      const first = await src.next();
      if (first === null) return;
      n++;
      let terminated = first.endsWith('\n');
      let space = terminated ? first.slice(0, -1) : first;
      let last = await src.atEnd();
      let deleted = false;
      const append: string[] = [];
      const pull = async (): Promise<string | null> => {
        const raw = await src.next();
        if (raw === null) return null;
        n++;
        terminated = raw.endsWith('\n');
        last = await src.atEnd();
        return terminated ? raw.slice(0, -1) : raw;
      };
      for (let ci = 0; ci < this.cmds.length; ci++) {
        const c = this.cmds[ci];
        if (c.name === '}') continue;
        if (!this.selected(ci, c, space, n, last)) {
          if (c.name === '{') ci = c.blockEnd!;
          continue;
        }
        switch (c.name) {
          case 's': {
            if (c.re) this.lastRe = c.re;
            const r = substitute(c, space, this.lastRe);
            if (r !== null) {
              space = r;
              if (c.print) this.out += space + '\n';
              if (c.writeFile)
                this.t.ctx.fs.writeFile(this.t.path(c.writeFile), space + '\n', { append: true });
            }
            break;
          }
          case 'y': {
            const from = [...c.from!];
            const to = [...c.to!];
            space = [...space].map((ch) => (from.includes(ch) ? to[from.indexOf(ch)] : ch)).join('');
            break;
          }
          case 'p':
            this.out += space + '\n';
            break;
          case 'P':
            this.out += space.split('\n')[0] + '\n';
            break;
          case '=':
            this.out += `${n}\n`;
            break;
          case 'l':
            this.out += space.replace(/\\/g, '\\\\').replace(/\t/g, '\\t') + '$\n';
            break;
          case 'a':
            append.push(c.text! + '\n');
            break;
          case 'i':
            this.out += c.text + '\n';
            break;
          case 'c':
            if (!c.a2 || !this.active.get(ci)) this.out += c.text + '\n';
            deleted = true;
            break;
          case 'd':
            deleted = true;
            break;
          case 'D': {
            const nl = space.indexOf('\n');
            if (nl < 0) deleted = true;
            else {
              space = space.slice(nl + 1);
              ci = -1;
              continue;
            }
            break;
          }
          case 'n': {
            if (!this.quiet) this.out += space + '\n';
            const next = last ? null : await pull();
            if (next === null) {
              deleted = true;
              this.quit = 0;
              break;
            }
            space = next;
            break;
          }
          case 'N': {
            const next = last ? null : await pull();
            if (next !== null) space += '\n' + next;
            break;
          }
          case 'g':
            space = this.hold;
            break;
          case 'G':
            space += '\n' + this.hold;
            break;
          case 'h':
            this.hold = space;
            break;
          case 'H':
            this.hold += '\n' + space;
            break;
          case 'x':
            [space, this.hold] = [this.hold, space];
            break;
          case 'q':
            this.quit = c.exitCode ?? 0;
            break;
          case 'Q':
            this.quit = c.exitCode ?? 0;
            deleted = true;
            break;
          case 'w':
            this.t.ctx.fs.writeFile(this.t.path(c.writeFile!), space + '\n', { append: true });
            break;
        }
        if (deleted || this.quit !== null) break;
      }
      if (!deleted && !this.quiet) this.out += space + (last && !terminated ? '' : '\n');
      this.out += append.join('');
      emit(this.out);
      this.out = '';
    }
  }
}

export const sed: Applet = async (t) => {
  const p = getopt(t, t.args, {
    short: t.gnu ? 'ne:f:Eri::s' : 'ne:f:Eri::',
    long: [
      { name: 'quiet', key: 'n' },
      { name: 'silent', key: 'n' },
      { name: 'expression', key: 'e', arg: 'required' },
      { name: 'file', key: 'f', arg: 'required' },
      { name: 'regexp-extended', key: 'E' },
      { name: 'in-place', key: 'i', arg: 'optional' },
      { name: 'separate', key: 's' },
    ],
  });
  if (!p) return 1;
  const operands = [...p.operands];
  const pieces: string[] = [];
  for (const [k, v] of p.opts) {
    if (k === 'e') pieces.push(v!);
    if (k === 'f') {
      const text = await readInput(t, v!, (a, e) => `couldn't open file ${a}: ${e.text}`);
      if (text === null) return 1;
      pieces.push(text.replace(/\n$/, ''));
    }
  }
  if (pieces.length === 0) {
    if (operands.length === 0) return usage(t, 'no script specified', 1);
    pieces.push(operands.shift()!);
  }
  let cmds: Command[];
  try {
    cmds = parseScript(pieces.join('\n'), has(p, 'E') || has(p, 'r'));
  } catch (e) {
    if (!(e instanceof SedError)) throw e;
    t.error(t.gnu ? e.message : busyboxMessage(e.message));
    return 1;
  }
  const quiet = has(p, 'n');
  const inPlace = has(p, 'i');
  const suffix = p.opts.filter(([k]) => k === 'i').pop()?.[1];
  let status = 0;
  const files = operands.length ? operands : ['-'];
  const wording = (a: string, e: { text: string }): string =>
    t.gnu ? `can't read ${a}: ${e.text}` : `${a}: ${e.text}`;
  if (inPlace || has(p, 's')) {
    for (const f of files) {
      const text = await readInput(t, f, wording);
      if (text === null) {
        status = t.gnu ? 2 : 1;
        continue;
      }
      let out = '';
      const r = new Runner(t, cmds, quiet);
      await r.run(new LineSource(linesOf(fromText(text))), (s) => (out += s));
      if (inPlace) {
        try {
          if (suffix) t.ctx.fs.writeFile(t.path(f + suffix), text);
          t.ctx.fs.writeFile(t.path(f), out);
        } catch (e) {
          t.error(`couldn't edit ${f}: ${errText(e)}`);
          status = 4;
        }
      } else t.out(out);
      if (r.quit !== null) return r.quit;
    }
    return status;
  }
  // One stream over all the files, read as it arrives (`tail -f log | sed …` prints live).
  async function* allLines(): AsyncGenerator<string> {
    let held: string | null = null;
    for (const f of files) {
      const input = await openInput(t, f, wording);
      if (input === null) {
        status = t.gnu ? 2 : 1;
        continue;
      }
      for await (const line of linesOf(input)) {
        if (held !== null) yield held + '\n';
        held = null;
        if (line.endsWith('\n')) yield line;
        else held = line;
      }
    }
    if (held !== null) yield held;
  }
  const r = new Runner(t, cmds, quiet);
  await r.run(new LineSource(allLines()), (s) => t.out(s));
  return r.quit ?? status;
};

async function* fromText(text: string): AsyncGenerator<string> {
  if (text !== '') yield text;
}

/** Lines with one line of look-ahead, so `$` is known when a line is processed. */
class LineSource {
  private ahead: string | null | undefined;

  constructor(private it: AsyncIterator<string>) {}

  private async fetch(): Promise<string | null> {
    const r = await this.it.next();
    return r.done ? null : r.value;
  }

  async next(): Promise<string | null> {
    const v = this.ahead !== undefined ? this.ahead : await this.fetch();
    this.ahead = undefined;
    return v;
  }

  async atEnd(): Promise<boolean> {
    if (this.ahead === undefined) this.ahead = await this.fetch();
    return this.ahead === null;
  }
}

function busyboxMessage(gnu: string): string {
  if (gnu.includes('unterminated')) return "unmatched '/'";
  const m = /unknown command: `(.)'/.exec(gnu);
  if (m) return `unsupported command ${m[1]}`;
  return gnu.replace(/^-e expression #1, char \d+: /, '');
}
