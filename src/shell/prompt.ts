// PS1 decoding (bash's backslash escapes): \u \h \H \w \W \$ \n \s \e \[ \] \\ …

export interface PromptInfo {
  user: string;
  hostname: string;
  cwd: string;
  home: string | undefined;
  uid: number;
  shell: string;
}

export function expandPrompt(ps1: string, info: PromptInfo): string {
  let out = '';
  for (let i = 0; i < ps1.length; i++) {
    const c = ps1[i];
    if (c !== '\\' || i + 1 >= ps1.length) {
      out += c;
      continue;
    }
    const n = ps1[++i];
    switch (n) {
      case 'u': out += info.user; break;
      case 'h': out += info.hostname.split('.')[0]; break;
      case 'H': out += info.hostname; break;
      case 'w': out += tildify(info.cwd, info.home); break;
      case 'W': out += info.cwd === '/' ? '/' : tildify(info.cwd, info.home) === '~' ? '~' : info.cwd.slice(info.cwd.lastIndexOf('/') + 1); break;
      case '$': out += info.uid === 0 ? '#' : '$'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 's': out += info.shell; break;
      case 'v': out += '5.2'; break;
      case 'V': out += '5.2.15'; break;
      case 'e': out += '\x1b'; break;
      case 'a': out += '\x07'; break;
      case '[':
      case ']': break;
      case '\\': out += '\\'; break;
      default: out += '\\' + n;
    }
  }
  return out;
}

export function tildify(path: string, home: string | undefined): string {
  if (!home || home === '/') return path;
  if (path === home) return '~';
  if (path.startsWith(home + '/')) return '~' + path.slice(home.length);
  return path;
}
