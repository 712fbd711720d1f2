// Decoding raw terminal input (as xterm.js sends it) into keys: printable text, control keys and
// the escape sequences of arrows, Home/End, Delete, Page Up/Down.

export type Key =
  | { kind: 'char'; ch: string }
  | { kind: 'ctrl'; ch: string }
  | {
      kind:
        | 'up'
        | 'down'
        | 'left'
        | 'right'
        | 'home'
        | 'end'
        | 'delete'
        | 'pageup'
        | 'pagedown'
        | 'enter'
        | 'backspace'
        | 'tab'
        | 'escape';
    };

const SEQUENCES: Array<[string, Key['kind']]> = [
  ['\x1b[A', 'up'],
  ['\x1b[B', 'down'],
  ['\x1b[C', 'right'],
  ['\x1b[D', 'left'],
  ['\x1bOA', 'up'],
  ['\x1bOB', 'down'],
  ['\x1bOC', 'right'],
  ['\x1bOD', 'left'],
  ['\x1b[H', 'home'],
  ['\x1b[F', 'end'],
  ['\x1bOH', 'home'],
  ['\x1bOF', 'end'],
  ['\x1b[1~', 'home'],
  ['\x1b[4~', 'end'],
  ['\x1b[3~', 'delete'],
  ['\x1b[5~', 'pageup'],
  ['\x1b[6~', 'pagedown'],
];

export function decodeKeys(input: string): Key[] {
  const keys: Key[] = [];
  for (let i = 0; i < input.length;) {
    const seq = SEQUENCES.find(([s]) => input.startsWith(s, i));
    if (seq) {
      keys.push({ kind: seq[1] } as Key);
      i += seq[0].length;
      continue;
    }
    const c = input[i];
    const code = c.charCodeAt(0);
    if (c === '\x1b') {
      // An unknown CSI sequence is skipped whole; a lone ESC is the Escape key.
      const m = /^\x1b\[[0-9;]*[A-Za-z~]/.exec(input.slice(i));
      if (m) i += m[0].length;
      else {
        keys.push({ kind: 'escape' });
        i++;
      }
      continue;
    }
    if (c === '\r' || c === '\n') keys.push({ kind: 'enter' });
    else if (c === '\x7f' || c === '\b') keys.push({ kind: 'backspace' });
    else if (c === '\t') keys.push({ kind: 'tab' });
    else if (code < 32) keys.push({ kind: 'ctrl', ch: String.fromCharCode(code + 64) });
    else {
      const cp = input.codePointAt(i)!;
      keys.push({ kind: 'char', ch: String.fromCodePoint(cp) });
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    i++;
  }
  return keys;
}
