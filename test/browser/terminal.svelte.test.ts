import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { flushSync, mount, unmount } from 'svelte';
import Terminal from '../../src/ui/terminal/Terminal.svelte';
import type { TerminalView } from '../../src/ui/terminal/terminal-view';
import { DARK_TERMINAL, LIGHT_TERMINAL } from '../../src/ui/terminal/themes';
import { FakePty, screenRows, until } from './fake-pty';

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
  document.body.innerHTML = '';
});

async function mountTerminal(width = 640, height = 320) {
  const host = document.createElement('div');
  host.style.width = `${width}px`;
  host.style.height = `${height}px`;
  const before = document.createElement('button');
  before.textContent = 'avant';
  document.body.append(before, host);
  const pty = new FakePty();
  const props = $state({ pty: pty as FakePty | null, dark: false, onready: (_v: TerminalView) => {} });
  let view: TerminalView | null = null;
  props.onready = (v) => (view = v);
  const component = mount(Terminal, { target: host, props });
  flushSync();
  cleanup = () => unmount(component);
  await until(() => pty.sizes.length > 0);
  return { host, pty, props, before, view: view! };
}

describe('Terminal component', () => {
  it('draws what the pty outputs, accents included', async () => {
    const { pty } = await mountTerminal();
    pty.emit('eleve@baleine:~$ echo "élève"\r\nélève\r\n');
    const rows = await until(() => (screenRows().includes('élève') ? screenRows() : null));
    expect(rows[0]).toBe('eleve@baleine:~$ echo "élève"');
    expect(rows[1]).toBe('élève');
  });

  it('sends typed keys to the pty', async () => {
    const { pty, view } = await mountTerminal();
    view.focus();
    await userEvent.keyboard('ls -l{Enter}');
    await until(() => pty.input.includes('\r'));
    expect(pty.input).toBe('ls -l\r');
  });

  it('sends Ctrl-C as ETX and arrows as escape sequences', async () => {
    const { pty, view } = await mountTerminal();
    view.focus();
    await userEvent.keyboard('{Control>}c{/Control}{ArrowUp}');
    await until(() => pty.input.length >= 4);
    expect(pty.input).toBe('\x03\x1b[A');
  });

  it('keeps Tab for the shell and leaves the terminal on Shift+Tab', async () => {
    const { pty, view, before } = await mountTerminal();
    view.focus();
    await userEvent.keyboard('{Tab}');
    await until(() => pty.input === '\t');
    expect(document.activeElement?.closest('.xterm')).not.toBeNull();
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    await until(() => document.activeElement === before);
    expect(pty.input).toBe('\t');
  });

  it('follows its element size and tells the pty', async () => {
    const { host, pty } = await mountTerminal(640, 320);
    const first = pty.sizes.at(-1)!;
    expect(first.cols).toBeGreaterThan(20);
    host.style.width = '320px';
    const next = await until(() => {
      const last = pty.sizes.at(-1)!;
      return last.cols < first.cols ? last : null;
    });
    expect(next.cols).toBeLessThan(first.cols);
    expect(next.rows).toBe(first.rows);
  });

  it('switches between light and dark themes without losing the screen', async () => {
    const { pty, props, view } = await mountTerminal();
    pty.emit('bonjour');
    await until(() => screenRows()[0] === 'bonjour');
    expect(view.term.options.theme?.background).toBe(LIGHT_TERMINAL.background);
    props.dark = true;
    flushSync();
    expect(view.term.options.theme?.background).toBe(DARK_TERMINAL.background);
    expect(screenRows()[0]).toBe('bonjour');
  });

  it('shows a new pty on a clean screen', async () => {
    const { pty, props } = await mountTerminal();
    pty.emit('ancienne session');
    await until(() => screenRows()[0] === 'ancienne session');
    const second = new FakePty();
    props.pty = second;
    flushSync();
    second.emit('nouvelle');
    await until(() => screenRows()[0] === 'nouvelle');
    expect(screenRows().join('\n')).not.toContain('ancienne');
  });

  it('stops talking to a pty once another one replaces it', async () => {
    const { pty, props, view } = await mountTerminal();
    const second = new FakePty();
    props.pty = second;
    flushSync();
    await until(() => second.sizes.length > 0);
    view.focus();
    await userEvent.keyboard('x');
    await until(() => second.input === 'x');
    expect(pty.input).toBe('');
  });
});
