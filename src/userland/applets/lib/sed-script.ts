// sed scripts: parsing of addresses and commands (s y p P d D q Q = a i c n N g G h H x l { } !),
// with GNU's error wording (`-e expression #1, char 5: unterminated `s' command`).

import { compile, RegexError } from './regex';

export type Address = { kind: 'line'; n: number } | { kind: 'last' } | { kind: 're'; re: RegExp };

export interface Command {
  a1?: Address;
  a2?: Address;
  negate: boolean;
  name: string;
  /** s: regex, replacement, flags. */
  re?: RegExp | null;
  replacement?: string;
  global?: boolean;
  occurrence?: number;
  print?: boolean;
  writeFile?: string;
  /** a/i/c text; y source/dest. */
  text?: string;
  from?: string;
  to?: string;
  /** `{`: index of the matching `}`. */
  blockEnd?: number;
  exitCode?: number;
}

export class SedError extends Error {}

export function parseScript(script: string, extended: boolean): Command[] {
  const cmds: Command[] = [];
  const stack: number[] = [];
  let i = 0;
  const fail = (msg: string): never => {
    throw new SedError(`-e expression #1, char ${i}: ${msg}`);
  };
  const skipSpace = (): void => {
    while (i < script.length && (script[i] === ' ' || script[i] === '\t')) i++;
  };
  const readDelimited = (delim: string, what: string): string => {
    let out = '';
    while (i < script.length && script[i] !== delim) {
      if (script[i] === '\\' && i + 1 < script.length) {
        if (script[i + 1] === delim) out += delim === '/' ? '\\/' : delim;
        else if (script[i + 1] === 'n') out += '\\n';
        else out += script[i] + script[i + 1];
        i += 2;
        continue;
      }
      if (script[i] === '\n') {
        i++;
        fail(`unterminated ${what}`);
      }
      out += script[i++];
    }
    if (i >= script.length) fail(`unterminated ${what}`);
    i++;
    return out;
  };
  const regex = (src: string, flags: string): RegExp => {
    try {
      return compile(src, extended, flags);
    } catch (e) {
      if (e instanceof RegexError) fail(e.message);
      throw e;
    }
    return /$^/;
  };
  const address = (): Address | undefined => {
    if (/\d/.test(script[i] ?? '')) {
      const m = /^\d+/.exec(script.slice(i))!;
      i += m[0].length;
      return { kind: 'line', n: Number(m[0]) };
    }
    if (script[i] === '$') {
      i++;
      return { kind: 'last' };
    }
    if (script[i] === '/' || script[i] === '\\') {
      const delim = script[i] === '\\' ? script[++i] : '/';
      i++;
      const src = readDelimited(delim, 'address regex');
      let flags = '';
      if (script[i] === 'I') {
        flags = 'i';
        i++;
      }
      return { kind: 're', re: src === '' ? (null as unknown as RegExp) : regex(src, flags) };
    }
    return undefined;
  };
  const readText = (): string => {
    skipSpace();
    if (script[i] === '\\') {
      i++;
      if (script[i] === '\n') i++;
    }
    let out = '';
    while (i < script.length && script[i] !== '\n') {
      if (script[i] === '\\' && i + 1 < script.length) {
        out += script[i + 1] === 'n' ? '\n' : script[i + 1];
        i += 2;
      } else out += script[i++];
    }
    return out;
  };
  while (i < script.length) {
    while (i < script.length && /[\s;]/.test(script[i])) i++;
    if (i >= script.length) break;
    const cmd: Command = { negate: false, name: '' };
    cmd.a1 = address();
    if (cmd.a1 && script[i] === ',') {
      i++;
      cmd.a2 = address() ?? fail("unexpected `,'");
    }
    skipSpace();
    if (script[i] === '!') {
      cmd.negate = true;
      i++;
      skipSpace();
    }
    const c = script[i++];
    if (c === undefined) fail('missing command');
    cmd.name = c;
    switch (c) {
      case '{':
        stack.push(cmds.length);
        break;
      case '}':
        if (!stack.length) fail("unexpected `}'");
        cmds[stack.pop()!].blockEnd = cmds.length;
        break;
      case 's': {
        const delim = script[i++];
        if (delim === undefined || delim === '\n' || delim === '\\') fail("unterminated `s' command");
        const src = readDelimited(delim, "`s' command");
        cmd.replacement = readDelimited(delim, "`s' command");
        let flags = '';
        cmd.global = false;
        while (i < script.length && /[gpiImIe0-9w]/.test(script[i])) {
          const f = script[i++];
          if (f === 'g') cmd.global = true;
          else if (f === 'p') cmd.print = true;
          else if (f === 'i' || f === 'I') flags += 'i';
          else if (/\d/.test(f)) {
            const m = /^\d+/.exec(script.slice(i - 1))!;
            cmd.occurrence = Number(m[0]);
            i += m[0].length - 1;
          } else if (f === 'w') {
            cmd.writeFile = readText();
            break;
          }
        }
        cmd.re = src === '' ? null : regex(src, flags + 'g');
        break;
      }
      case 'y': {
        const delim = script[i++];
        cmd.from = readDelimited(delim, "`y' command").replace(/\\\\/g, '\\');
        cmd.to = readDelimited(delim, "`y' command").replace(/\\\\/g, '\\');
        if ([...cmd.from].length !== [...cmd.to].length)
          fail("strings for `y' command are different lengths");
        break;
      }
      case 'a':
      case 'i':
      case 'c':
        cmd.text = readText();
        break;
      case 'q':
      case 'Q': {
        skipSpace();
        const m = /^\d+/.exec(script.slice(i));
        if (m) {
          cmd.exitCode = Number(m[0]);
          i += m[0].length;
        }
        break;
      }
      case 'w':
        cmd.writeFile = readText();
        break;
      case 'p':
      case 'P':
      case 'd':
      case 'D':
      case '=':
      case 'n':
      case 'N':
      case 'g':
      case 'G':
      case 'h':
      case 'H':
      case 'x':
      case 'l':
        break;
      default:
        fail(`unknown command: \`${c}'`);
    }
    cmds.push(cmd);
  }
  if (stack.length) {
    i = script.length;
    fail("unmatched `{'");
  }
  return cmds;
}
