// read [-r] [-p prompt] [-a] NAME…: one line, split on IFS, backslash continuation unless -r.
import type { Shell } from '../interpreter';

export async function read(sh: Shell, argv: string[]): Promise<number> {
  let raw = false;
  let prompt = '';
  let silent = false;
  const names: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-r') raw = true;
    else if (a === '-s') silent = true;
    else if (a === '-p') prompt = argv[++i] ?? '';
    else if (a.startsWith('-p')) prompt = a.slice(2);
    else if (/^-[rs]+$/.test(a)) {
      raw ||= a.includes('r');
      silent ||= a.includes('s');
    } else names.push(a);
  }
  void silent;
  if (prompt && sh.stdin.isTTY) sh.stderr.write(prompt);
  let text = '';
  let eof = false;
  for (;;) {
    const got = await sh.readLine(sh.stdin);
    if (got === null) {
      eof = true;
      break;
    }
    text += got.line;
    if (got.eof) eof = true;
    if (!raw && /(^|[^\\])(\\\\)*\\$/.test(got.line) && !got.eof) {
      text = text.slice(0, -1);
      continue;
    }
    break;
  }
  if (!raw) text = text.replace(/\\(.)/g, '$1');
  const targets = names.length ? names : ['REPLY'];
  if (!names.length) {
    sh.setVar('REPLY', text);
    return eof && text === '' ? 1 : eof ? 1 : 0;
  }
  const ifs = sh.getVar('IFS') ?? ' \t\n';
  const white = [...ifs].filter((c) => ' \t\n'.includes(c)).join('');
  const trimmed = trimChars(text, white);
  const fields: string[] = [];
  let rest = trimmed;
  for (let i = 0; i < targets.length - 1 && rest !== ''; i++) {
    let j = 0;
    while (j < rest.length && !ifs.includes(rest[j])) j++;
    fields.push(rest.slice(0, j));
    rest = rest.slice(j);
    // skip one separator (whitespace runs count as one)
    rest = trimStart(rest, white);
    if (rest !== '' && ifs.includes(rest[0]) && !white.includes(rest[0])) rest = trimStart(rest.slice(1), white);
  }
  fields.push(trimChars(rest, white));
  targets.forEach((name, i) => sh.setVar(name, fields[i] ?? ''));
  return eof ? 1 : 0;
}

function trimStart(s: string, chars: string): string {
  let i = 0;
  while (i < s.length && chars.includes(s[i])) i++;
  return s.slice(i);
}

function trimChars(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1])) end--;
  return trimStart(s.slice(0, end), chars);
}
