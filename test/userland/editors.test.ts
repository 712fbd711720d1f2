// nano and vi driven by keystrokes, as xterm.js sends them in raw mode.

import { describe, expect, it } from 'vitest';
import { FakeTty, makeHost, run, StringInput } from './helpers/context';
import { decodeKeys } from '../../src/userland/applets/lib/editor/keys';
import { TextBuffer } from '../../src/userland/applets/lib/editor/buffer';

async function edit(program: 'nano' | 'vi', file: string, keys: string[], initial?: string) {
  const fs = makeHost();
  if (initial !== undefined) fs.writeFile(file, initial);
  const tty = new FakeTty({ cols: 80, rows: 24 });
  const r = await run([program, file], { fs, tty, stdin: new StringInput(keys, true), stdoutTTY: true });
  return { r, fs, tty };
}

describe('nano', () => {
  it('creates a file: type, ^O Enter to write, ^X to leave', async () => {
    const { r, fs, tty } = await edit('nano', '/root/notes.txt', [
      'Bonjour élève',
      '\r',
      'ligne 2',
      '\x0f',
      '\r',
      '\x18',
    ]);
    expect(r.status).toBe(0);
    expect(fs.readText('/root/notes.txt')).toBe('Bonjour élève\nligne 2\n');
    expect(r.stdout).toContain('GNU nano 7.2');
    expect(r.stdout).toContain('[ New File ]');
    expect(r.stdout).toContain('[ Wrote 2 lines ]');
    expect(r.stdout.startsWith('\x1b[?1049h')).toBe(true);
    expect(r.stdout.endsWith('\x1b[?1049l')).toBe(true);
    expect(tty.isRaw()).toBe(false);
  });

  it('asks to save a modified buffer on ^X: Y saves, N discards', async () => {
    const yes = await edit('nano', '/f', ['X', '\x18', 'y', '\r'], 'abc\n');
    expect(yes.fs.readText('/f')).toBe('Xabc\n');
    expect(yes.r.stdout).toContain('Save modified buffer?');
    const no = await edit('nano', '/f', ['X', '\x18', 'n'], 'abc\n');
    expect(no.fs.readText('/f')).toBe('abc\n');
  });

  it('moves with arrows, cuts with ^K and pastes with ^U', async () => {
    const { fs } = await edit(
      'nano',
      '/f',
      ['\x0b', '\x1b[B', '\x15', '\x0f', '\r', '\x18'],
      'one\ntwo\nthree\n',
    );
    expect(fs.readText('/f')).toBe('two\none\nthree\n');
  });

  it('reports the lines read and refuses to run without a terminal', async () => {
    const { r } = await edit('nano', '/f', ['\x18'], 'a\nb\n');
    expect(r.stdout).toContain('[ Read 2 lines ]');
    const noTty = await run(['nano', '/f']);
    expect(noTty).toMatchObject({ status: 1, stderr: 'Too many errors from stdin\n' });
  });
});

describe('vi', () => {
  it('inserts with i, leaves insert mode with Esc and saves with :wq', async () => {
    const { r, fs } = await edit('vi', '/root/a.txt', ['i', 'hello', '\r', 'world', '\x1b', ':wq', '\r']);
    expect(r.status).toBe(0);
    expect(fs.readText('/root/a.txt')).toBe('hello\nworld\n');
    expect(r.stdout).toContain('-- INSERT --');
    expect(r.stdout).toContain('"/root/a.txt" [New]');
  });

  it('refuses :q with unsaved changes, leaves with :q!', async () => {
    const { r, fs } = await edit('vi', '/f', ['x', ':q', '\r', ':q!', '\r'], 'abc\n');
    expect(r.stdout).toContain('E37: No write since last change (add ! to override)');
    expect(fs.readText('/f')).toBe('abc\n');
  });

  it('edits in normal mode: dd, x, o, A, :w then :q', async () => {
    const { r, fs } = await edit(
      'vi',
      '/f',
      ['dd', 'x', 'A', '!', '\x1b', 'o', 'new', '\x1b', ':w', '\r', ':q', '\r'],
      'one\ntwo\n',
    );
    expect(fs.readText('/f')).toBe('wo!\nnew\n');
    expect(r.stdout).toContain('"/f" 2L, 8B written');
  });

  it('shows ~ past the end of the file and reports unknown commands', async () => {
    const { r } = await edit('vi', '/f', [':frobnicate', '\r', ':q', '\r'], 'x\n');
    expect(r.stdout).toContain('\x1b[2;1H~');
    expect(r.stdout).toContain('E492: Not an editor command: frobnicate');
  });
});

describe('editor building blocks', () => {
  it('decodes arrows, control keys, escape and UTF-8 text', () => {
    expect(decodeKeys('a\x1b[A\x0f\x1bé\r\x7f\x1b[3~')).toEqual([
      { kind: 'char', ch: 'a' },
      { kind: 'up' },
      { kind: 'ctrl', ch: 'O' },
      { kind: 'escape' },
      { kind: 'char', ch: 'é' },
      { kind: 'enter' },
      { kind: 'backspace' },
      { kind: 'delete' },
    ]);
  });

  it('keeps a missing final newline and joins lines on backspace', () => {
    const b = new TextBuffer('ab\ncd');
    b.row = 1;
    b.backspace();
    expect(b.text()).toBe('abcd');
    expect(new TextBuffer('').text()).toBe('');
  });
});
