import { describe, expect, it } from 'vitest';
import { LineEditor } from '../../src/shell/readline';
import { BufferOutput } from '../../src/shell/io';
import type { InputStream } from '../../src/engine/process/types';
import { expandPrompt } from '../../src/shell/prompt';
import { displayWidth } from '../../src/engine/process/width';

function keys(chunks: string[]): InputStream {
  return { isTTY: true, read: async () => chunks.shift() ?? null };
}

async function edit(input: string[], history: string[] = []) {
  const out = new BufferOutput();
  const ed = new LineEditor({ input: keys(input), output: out, tty: null, history });
  const result = await ed.read('$ ');
  return { result, screen: out.text };
}

describe('line editor', () => {
  it('inserts and deletes by code point, accents included', async () => {
    const { result, screen } = await edit(['élève', '\x7f\x7f', 've\r']);
    expect(result).toEqual({ kind: 'line', text: 'élève' });
    expect(screen.startsWith('$ élève')).toBe(true);
  });

  it('moves the cursor by display width and inserts in the middle', async () => {
    const { result, screen } = await edit(['aé€b', '\x1b[D\x1b[D', 'X', '\r']);
    expect(result).toEqual({ kind: 'line', text: 'aéX€b' });
    expect(screen).toContain('\x1b[1D\x1b[1D');
    expect(screen).toContain('$ aéX€b\x1b[J\x1b[2D');
  });

  it('supports Home/End, Ctrl-A/E/U/K/W and Delete', async () => {
    expect((await edit(['world\x01hello \x05!\r'])).result).toEqual({ kind: 'line', text: 'hello world!' });
    expect((await edit(['abc def\x17xyz\r'])).result).toEqual({ kind: 'line', text: 'abc xyz' });
    expect((await edit(['abc def\x1b[D\x1b[D\x15\r'])).result).toEqual({ kind: 'line', text: 'ef' });
    expect((await edit(['abc def\x01\x1b[C\x0b\r'])).result).toEqual({ kind: 'line', text: 'a' });
    expect((await edit(['abc\x1b[H\x1b[3~\x1b[F!\r'])).result).toEqual({ kind: 'line', text: 'bc!' });
  });

  it('walks the history and keeps the draft', async () => {
    expect((await edit(['dr\x1b[A\x1b[A\x1b[B\r'], ['one', 'two'])).result).toEqual({ kind: 'line', text: 'two' });
    expect((await edit(['dr\x1b[A\x1b[B\r'], ['one'])).result).toEqual({ kind: 'line', text: 'dr' });
  });

  it('reports ^C, ^D on an empty line, and clears with ^L', async () => {
    const c = await edit(['abc\x03']);
    expect(c.result).toEqual({ kind: 'interrupt' });
    expect(c.screen).toBe('$ abc^C\n');
    expect((await edit(['\x04'])).result).toEqual({ kind: 'eof' });
    expect((await edit(['ab\x04\r'])).result).toEqual({ kind: 'line', text: 'ab' });
    expect((await edit(['x\x0c\r'])).screen).toContain('\x1b[H\x1b[2J\r$ x');
  });

  it('keeps the rest of a paste for the next line', async () => {
    const out = new BufferOutput();
    const ed = new LineEditor({ input: keys(['one\rtwo\r']), output: out, tty: null, history: [] });
    expect(await ed.read('$ ')).toEqual({ kind: 'line', text: 'one' });
    expect(await ed.read('$ ')).toEqual({ kind: 'line', text: 'two' });
  });
});

describe('line editor on a narrow terminal', () => {
  it('wraps long lines and moves across rows', async () => {
    const out = new BufferOutput();
    let raw = false;
    const tty = { size: () => ({ cols: 10, rows: 5 }), onResize: () => () => {}, setRaw: (r: boolean) => void (raw = r), isRaw: () => raw };
    const ed = new LineEditor({ input: keys(['abcdefgh', '\x01', 'X\r']), output: out, tty, history: [] });
    expect(await ed.read('$ ')).toEqual({ kind: 'line', text: 'Xabcdefgh' });
    // 2 + 8 columns fill the row: the cursor settles on the next row, Home goes back up.
    expect(out.text).toContain('$ abcdefgh\r\n\x1b[1A\r\x1b[2C');
    expect(out.text).toContain('$ Xabcdefgh\x1b[J');
    expect(raw).toBe(false);
  });
});

describe('prompt and widths', () => {
  it('expands bash prompt escapes', () => {
    const info = { user: 'eleve', hostname: 'baleine.local', cwd: '/home/eleve/projet', home: '/home/eleve', uid: 1000, shell: 'bash' };
    expect(expandPrompt('\\u@\\h:\\w\\$ ', info)).toBe('eleve@baleine:~/projet$ ');
    expect(expandPrompt('\\W \\H \\$', { ...info, uid: 0 })).toBe('projet baleine.local #');
  });

  it('measures display width', () => {
    expect(displayWidth('élève')).toBe(5);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('日本')).toBe(4);
  });
});

describe('default prompts', () => {
  it('are bash-5.2$ and busybox ash / #', () => {
    const info = { user: 'root', hostname: 'c0ffee', cwd: '/', home: '/root', uid: 0, shell: 'sh' };
    expect(expandPrompt('\\w \\$ ', info)).toBe('/ # ');
    expect(expandPrompt('\\s-\\v\\$ ', { ...info, uid: 1000, shell: 'bash' })).toBe('bash-5.2$ ');
  });
});

describe('history expansion', () => {
  it('expands events and words, leaving single quotes alone', async () => {
    const { expandHistory } = await import('../../src/shell/history-expansion');
    const h = ['ls -l /tmp', 'echo hello world'];
    expect(expandHistory('sudo !!', h)).toEqual({ kind: 'expanded', text: 'sudo echo hello world' });
    expect(expandHistory('cat !$ !^ !*', h)).toEqual({ kind: 'expanded', text: 'cat world hello hello world' });
    expect(expandHistory('!ls', h)).toEqual({ kind: 'expanded', text: 'ls -l /tmp' });
    expect(expandHistory('!1 && !-1', h)).toEqual({ kind: 'expanded', text: 'ls -l /tmp && echo hello world' });
    expect(expandHistory("echo '!!' ! a!= \\!!", h)).toEqual({ kind: 'same' });
    expect(expandHistory('!nope', h)).toEqual({ kind: 'error', event: '!nope' });
  });
});
