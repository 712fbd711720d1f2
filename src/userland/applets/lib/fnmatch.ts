// fnmatch(3) patterns (find -name/-path): * ? [set] [!set] [^set] and backslash escapes.

export function globToRegExp(pattern: string, flags = ''): RegExp {
  let src = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') src += '[\\s\\S]*';
    else if (c === '?') src += '[\\s\\S]';
    else if (c === '\\' && i + 1 < pattern.length)
      src += '\\' + pattern[++i].replace(/[A-Za-z0-9]/, (x) => x);
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close < 0) {
        src += '\\[';
        continue;
      }
      let body = pattern.slice(i + 1, close);
      if (body.startsWith('!')) body = '^' + body.slice(1);
      src +=
        '[' +
        body.replace(/\\/g, '\\\\').replace(
          /\[:(\w+):\]/g,
          (_, n: string) =>
            ({
              alpha: 'A-Za-z',
              digit: '0-9',
              alnum: 'A-Za-z0-9',
              upper: 'A-Z',
              lower: 'a-z',
              space: ' \\t\\n',
            })[n] ?? '',
        ) +
        ']';
      i = close;
    } else src += c.replace(/[.+^${}()|/\]]/g, '\\$&');
  }
  return new RegExp(`^${src}$`, flags);
}

export function fnmatch(pattern: string, name: string, ignoreCase = false): boolean {
  return globToRegExp(pattern, ignoreCase ? 'i' : '').test(name);
}
