// vi(1): a minimal modal editor (as Debian's vim.tiny and BusyBox vi behave for the basics) —
// normal mode h j k l 0 $ x dd i a A o O G, insert mode until Esc, :w :q :wq :x :q! and ZZ.

import type { Applet } from './lib/applet';
import type { Key } from './lib/editor/keys';
import { loadFile, runEditor, saveFile } from './lib/editor/session';
import { fit, scrollTo } from './lib/editor/screen';

export const vi: Applet = async (t) => {
  if (!t.ctx.tty || !t.ctx.stdin.isTTY) {
    t.ctx.stderr.write('Vim: Warning: Input is not from a terminal\n');
    return 1;
  }
  const file = loadFile(t, t.args.find((a) => !a.startsWith('-') && !a.startsWith('+')) ?? '');
  const buf = file.buffer;
  let name = file.name;
  let isNew = !file.existed;
  const describe = (): string =>
    `"${name}" ${isNew ? '[New] ' : ''}${buf.text() === '' ? 0 : buf.lines.length}L, ${new TextEncoder().encode(buf.text()).length}B`;
  let message = name ? (file.existed ? describe() : `"${name}" [New]`) : '';
  let mode: 'normal' | 'insert' | 'command' = 'normal';
  let command = '';
  let pending = '';
  let top = 0;

  const write = (target: string): boolean => {
    if (!target) {
      message = 'E32: No file name';
      return false;
    }
    name = target;
    const err = saveFile(t, target, buf);
    if (err) {
      message = `"${target}" E212: Can't open file for writing`;
      return false;
    }
    message = `${describe()} written`;
    isNew = false;
    return true;
  };

  const ex = (cmd: string): boolean => {
    const m = /^\s*(\w*)(!?)\s*(.*)$/.exec(cmd)!;
    const [, verb, bang, arg] = m;
    if (verb === 'w') return write(arg || name) && true;
    if (verb === 'wq' || verb === 'x') return !write(arg || name);
    if (verb === 'q') {
      if (buf.modified && !bang) {
        message = 'E37: No write since last change (add ! to override)';
        return true;
      }
      return false;
    }
    if (/^\d+$/.test(verb)) {
      buf.row = Math.min(buf.lines.length - 1, Math.max(0, Number(verb) - 1));
      buf.col = 0;
      return true;
    }
    if (verb) message = `E492: Not an editor command: ${cmd}`;
    return true;
  };

  await runEditor(
    t,
    (screen) => {
      const { cols, rows } = screen.size();
      const height = Math.max(1, rows - 1);
      top = scrollTo(top, buf.row, height);
      const lines = new Map<number, string>();
      for (let i = 0; i < height; i++)
        lines.set(i + 1, top + i < buf.lines.length ? fit(buf.lines[top + i], cols).trimEnd() : '~');
      const bottom = mode === 'command' ? `:${command}` : mode === 'insert' ? '-- INSERT --' : message;
      lines.set(rows, fit(bottom, cols).trimEnd());
      const cursor: [number, number] =
        mode === 'command' ? [rows, [...command].length + 2] : [buf.row - top + 1, buf.col + 1];
      screen.draw(lines, cursor);
    },
    (key: Key) => {
      if (mode === 'command') {
        if (key.kind === 'enter') {
          mode = 'normal';
          return ex(command);
        }
        if (key.kind === 'escape') mode = 'normal';
        else if (key.kind === 'backspace') {
          if (command === '') mode = 'normal';
          command = [...command].slice(0, -1).join('');
        } else if (key.kind === 'char') command += key.ch;
        return true;
      }
      if (mode === 'insert') {
        if (key.kind === 'escape') {
          mode = 'normal';
          buf.move(0, -1);
          message = '';
        } else if (key.kind === 'char') buf.insert(key.ch);
        else if (key.kind === 'tab') buf.insert('\t');
        else if (key.kind === 'enter') buf.newline();
        else if (key.kind === 'backspace') buf.backspace();
        else if (key.kind === 'delete') buf.deleteChar();
        else if (key.kind === 'up') buf.move(-1, 0);
        else if (key.kind === 'down') buf.move(1, 0);
        else if (key.kind === 'left') buf.move(0, -1);
        else if (key.kind === 'right') buf.move(0, 1);
        return true;
      }
      // Normal mode.
      const lineEnd = (): number => Math.max(0, [...buf.line].length - 1);
      if (key.kind === 'up') buf.move(-1, 0);
      else if (key.kind === 'down') buf.move(1, 0);
      else if (key.kind === 'left') buf.col = Math.max(0, buf.col - 1);
      else if (key.kind === 'right') buf.col = Math.min(lineEnd(), buf.col + 1);
      if (key.kind !== 'char') return true;
      const c = pending + key.ch;
      pending = '';
      switch (c) {
        case 'h':
          buf.col = Math.max(0, buf.col - 1);
          break;
        case 'l':
          buf.col = Math.min(lineEnd(), buf.col + 1);
          break;
        case 'j':
          buf.move(1, 0);
          break;
        case 'k':
          buf.move(-1, 0);
          break;
        case '0':
          buf.col = 0;
          break;
        case '$':
          buf.col = lineEnd();
          break;
        case 'G':
          buf.row = buf.lines.length - 1;
          buf.col = 0;
          break;
        case 'gg':
          buf.row = 0;
          buf.col = 0;
          break;
        case 'x':
          if (buf.line !== '') buf.deleteChar();
          buf.col = Math.min(buf.col, lineEnd());
          break;
        case 'dd':
          buf.cutLine();
          break;
        case 'i':
          mode = 'insert';
          break;
        case 'a':
          if (buf.line !== '') buf.col++;
          mode = 'insert';
          break;
        case 'A':
          buf.col = [...buf.line].length;
          mode = 'insert';
          break;
        case 'I':
          buf.col = 0;
          mode = 'insert';
          break;
        case 'o':
          buf.col = [...buf.line].length;
          buf.newline();
          mode = 'insert';
          break;
        case 'O':
          buf.insertLines([''], buf.row);
          buf.col = 0;
          mode = 'insert';
          break;
        case ':':
          mode = 'command';
          command = '';
          break;
        case 'ZZ':
          if (!buf.modified) return false;
          return !write(name);
        case 'd':
        case 'g':
        case 'Z':
          pending = c;
          break;
      }
      return true;
    },
  );
  return 0;
};
