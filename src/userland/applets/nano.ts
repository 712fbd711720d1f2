// nano(1): a minimal GNU nano 7.2 look-alike over the terminal in raw mode — type to edit, arrows,
// ^O write out, ^X exit (asking to save a modified buffer), ^K cut and ^U paste lines.

import type { Applet } from './lib/applet';
import type { Key } from './lib/editor/keys';
import { loadFile, runEditor, saveFile } from './lib/editor/session';
import { fit, INVERSE, scrollTo } from './lib/editor/screen';

const SHORTCUTS = [
  [
    ['^G', 'Help'],
    ['^O', 'Write Out'],
    ['^W', 'Where Is'],
    ['^K', 'Cut'],
    ['^T', 'Execute'],
    ['^C', 'Location'],
  ],
  [
    ['^X', 'Exit'],
    ['^R', 'Read File'],
    ['^\\', 'Replace'],
    ['^U', 'Paste'],
    ['^J', 'Justify'],
    ['^/', 'Go To Line'],
  ],
];
const CONFIRM = [
  [['Y', 'Yes']],
  [
    ['N', 'No'],
    ['^C', 'Cancel'],
  ],
];

function bar(items: string[][], cols: number): string {
  const width = Math.max(1, Math.floor(cols / Math.max(items.length, 6)));
  return items.map(([k, label]) => INVERSE(k) + ' ' + fit(label, width - k.length - 1)).join('');
}

export const nano: Applet = async (t) => {
  if (!t.ctx.tty || !t.ctx.stdin.isTTY) {
    t.ctx.stderr.write('Too many errors from stdin\n');
    return 1;
  }
  const name = t.args.find((a) => !a.startsWith('-') || a === '-') ?? '';
  const file = loadFile(t, name);
  const buf = file.buffer;
  let fileName = file.name;
  let top = 0;
  let status = file.existed
    ? `[ Read ${buf.lines.length} line${buf.lines.length === 1 ? '' : 's'} ]`
    : fileName
      ? '[ New File ]'
      : '';
  let mode: 'edit' | 'confirm' | 'filename' = 'edit';
  let prompt = '';
  let exitAfterSave = false;
  let clipboard: string[] = [];
  let lastWasCut = false;

  const write = (): boolean => {
    const err = saveFile(t, prompt, buf);
    if (err) {
      status = `[ Error writing ${prompt}: ${err} ]`;
      return false;
    }
    fileName = prompt;
    const n = buf.text() === '' ? 0 : buf.lines.length;
    status = `[ Wrote ${n} line${n === 1 ? '' : 's'} ]`;
    return true;
  };

  await runEditor(
    t,
    (screen) => {
      const { cols, rows } = screen.size();
      const height = Math.max(1, rows - 4);
      top = scrollTo(top, buf.row, height);
      const title = fileName || 'New Buffer';
      const left = '  GNU nano 7.2';
      const right = buf.modified ? 'Modified  ' : '';
      const mid = Math.max(left.length + 1, Math.floor((cols - title.length) / 2));
      const head = fit(fit(left, mid) + title, cols - right.length) + right;
      const lines = new Map<number, string>([[1, INVERSE(fit(head, cols))]]);
      for (let i = 0; i < height; i++) lines.set(i + 2, fit(buf.lines[top + i] ?? '', cols).trimEnd());
      let cursor: [number, number] = [buf.row - top + 2, Math.min(cols, buf.col + 1)];
      if (mode === 'edit') {
        lines.set(
          rows - 2,
          status ? ' '.repeat(Math.max(0, Math.floor((cols - status.length) / 2))) + INVERSE(status) : '',
        );
        lines.set(rows - 1, bar(SHORTCUTS[0], cols));
        lines.set(rows, bar(SHORTCUTS[1], cols));
      } else if (mode === 'confirm') {
        lines.set(rows - 2, INVERSE(fit('Save modified buffer?  ', cols)));
        lines.set(rows - 1, bar(CONFIRM[0], cols));
        lines.set(rows, bar(CONFIRM[1], cols));
        cursor = [rows - 2, 24];
      } else {
        const label = `File Name to Write: ${prompt}`;
        lines.set(rows - 2, INVERSE(fit(label, cols)));
        lines.set(
          rows - 1,
          bar(
            [
              ['^G', 'Help'],
              ['M-D', 'DOS Format'],
              ['M-A', 'Append'],
            ],
            cols,
          ),
        );
        lines.set(
          rows,
          bar(
            [
              ['^C', 'Cancel'],
              ['M-M', 'Mac Format'],
              ['M-P', 'Prepend'],
            ],
            cols,
          ),
        );
        cursor = [rows - 2, [...label].length + 1];
      }
      screen.draw(lines, cursor);
    },
    (key: Key) => {
      if (mode === 'confirm') {
        if (key.kind === 'char' && /[yYoO]/.test(key.ch)) {
          mode = 'filename';
          prompt = fileName;
          exitAfterSave = true;
        } else if (key.kind === 'char' && /[nN]/.test(key.ch)) return false;
        else if (key.kind === 'ctrl' && key.ch === 'C') {
          mode = 'edit';
          status = '[ Cancelled ]';
        }
        return true;
      }
      if (mode === 'filename') {
        if (key.kind === 'enter') {
          if (!prompt) return true;
          const ok = write();
          mode = 'edit';
          if (ok && exitAfterSave) return false;
        } else if (key.kind === 'ctrl' && key.ch === 'C') {
          mode = 'edit';
          exitAfterSave = false;
          status = '[ Cancelled ]';
        } else if (key.kind === 'backspace') prompt = [...prompt].slice(0, -1).join('');
        else if (key.kind === 'char') prompt += key.ch;
        return true;
      }
      status = '';
      const cut = key.kind === 'ctrl' && key.ch === 'K';
      if (key.kind === 'char') buf.insert(key.ch);
      else if (key.kind === 'tab') buf.insert('\t');
      else if (key.kind === 'enter') buf.newline();
      else if (key.kind === 'backspace') buf.backspace();
      else if (key.kind === 'delete') buf.deleteChar();
      else if (key.kind === 'up') buf.move(-1, 0);
      else if (key.kind === 'down') buf.move(1, 0);
      else if (key.kind === 'left') buf.move(0, -1);
      else if (key.kind === 'right') buf.move(0, 1);
      else if (key.kind === 'home') buf.col = 0;
      else if (key.kind === 'end') buf.col = [...buf.line].length;
      else if (key.kind === 'pageup') buf.move(-20, 0);
      else if (key.kind === 'pagedown') buf.move(20, 0);
      else if (key.kind === 'ctrl') {
        if (key.ch === 'X') {
          if (!buf.modified) return false;
          mode = 'confirm';
        } else if (key.ch === 'O') {
          mode = 'filename';
          prompt = fileName;
          exitAfterSave = false;
        } else if (cut) {
          const line = buf.cutLine();
          clipboard = lastWasCut ? [...clipboard, line] : [line];
        } else if (key.ch === 'U' && clipboard.length) {
          buf.insertLines(clipboard, buf.row);
          buf.row += clipboard.length;
          buf.col = 0;
        } else if (key.ch === 'C')
          status = `[ line ${buf.row + 1}/${buf.lines.length} (${Math.round(((buf.row + 1) / buf.lines.length) * 100)}%), col ${buf.col + 1}/${[...buf.line].length + 1} ]`;
      }
      lastWasCut = cut;
      return true;
    },
  );
  return 0;
};
