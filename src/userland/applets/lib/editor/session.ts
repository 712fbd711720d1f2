// What both editors share: loading the file, raw mode on the terminal, the key loop, saving.

import type { Tool } from '../tool';
import { FsError } from '../../../../engine/fs/types';
import { TextBuffer } from './buffer';
import { decodeKeys, type Key } from './keys';
import { ENTER_ALT, LEAVE_ALT, Screen } from './screen';

export interface EditorFile {
  /** As typed on the command line (shown in messages), or '' for a new unnamed buffer. */
  name: string;
  existed: boolean;
  buffer: TextBuffer;
}

export function loadFile(t: Tool, name: string): EditorFile {
  if (!name) return { name, existed: false, buffer: new TextBuffer('') };
  try {
    return { name, existed: true, buffer: new TextBuffer(t.ctx.fs.readText(t.path(name))) };
  } catch (e) {
    if (!(e instanceof FsError) || e.code !== 'ENOENT') throw e;
    return { name, existed: false, buffer: new TextBuffer('') };
  }
}

/** Writes the buffer; returns an error text or null. */
export function saveFile(t: Tool, name: string, buffer: TextBuffer): string | null {
  try {
    t.ctx.fs.writeFile(t.path(name), buffer.text(), { uid: t.ctx.uid, gid: t.ctx.gid });
    buffer.modified = false;
    return null;
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
    return e.text;
  }
}

/**
 * Runs an editor: raw mode and the alternate screen while `onKey` returns true, restored afterwards
 * whatever happens (even when the process is killed).
 */
export async function runEditor(
  t: Tool,
  redraw: (screen: Screen) => void,
  onKey: (key: Key) => boolean | Promise<boolean>,
): Promise<void> {
  const tty = t.ctx.tty!;
  const wasRaw = tty.isRaw();
  const screen = new Screen(t.ctx);
  tty.setRaw(true);
  const stopResize = tty.onResize(() => redraw(screen));
  t.ctx.stdout.write(ENTER_ALT);
  try {
    redraw(screen);
    for (;;) {
      const chunk = await t.ctx.stdin.read();
      if (chunk === null) return;
      for (const key of decodeKeys(chunk)) if (!(await onKey(key))) return;
      redraw(screen);
    }
  } finally {
    stopResize();
    t.ctx.stdout.write(LEAVE_ALT);
    tty.setRaw(wasRaw);
  }
}
