// man(1): renders the French pages of src/userland/man like man-db does (NOM, SYNOPSIS, DESCRIPTION,
// OPTIONS, EXEMPLES, VOIR AUSSI), wrapped to the terminal width, headings in bold on a terminal.

import type { Applet } from './lib/applet';
import { MAN_PAGES, type ManPage } from '../man/index';

/** Greedy word wrap of `text` to `width` columns, every line prefixed by `indent` spaces. */
export function wrap(text: string, width: number, indent: number): string[] {
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent + [...line].length + 1 + [...word].length > width) {
      lines.push(pad + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(pad + line);
  return lines;
}

export function render(page: ManPage, width: number, bold: boolean): string {
  const b = (s: string): string => (bold ? `\x1b[1m${s}\x1b[0m` : s);
  const id = `${page.name.toUpperCase()}(${page.section})`;
  const title = 'Commandes utilisateur';
  const gap = Math.max(1, width - 2 * id.length - title.length);
  const out: string[] = [
    id + ' '.repeat(Math.floor(gap / 2)) + title + ' '.repeat(Math.ceil(gap / 2)) + id,
    '',
  ];
  const section = (name: string, body: string[]): void => {
    out.push(b(name), ...body, '');
  };
  section('NOM', wrap(`${page.name} - ${page.summary}`, width, 7));
  section(
    'SYNOPSIS',
    page.synopsis.flatMap((s) => wrap(s, width, 7)),
  );
  section(
    'DESCRIPTION',
    page.description.flatMap((p, i) => (i ? ['', ...wrap(p, width, 7)] : wrap(p, width, 7))),
  );
  if (page.options?.length)
    section(
      'OPTIONS',
      page.options.flatMap((o, i) => [
        ...(i ? [''] : []),
        ' '.repeat(7) + b(o.flags),
        ...wrap(o.text, width, 14),
      ]),
    );
  if (page.examples?.length)
    section(
      'EXEMPLES',
      page.examples.flatMap((e, i) => [
        ...(i ? [''] : []),
        ' '.repeat(7) + b(e.command),
        ...wrap(e.text, width, 14),
      ]),
    );
  if (page.seeAlso?.length) section('VOIR AUSSI', wrap(page.seeAlso.join(', '), width, 7));
  const foot = 'Baleine';
  out.push(foot + ' '.repeat(Math.max(1, width - foot.length - id.length)) + id);
  return out.join('\n') + '\n';
}

export const man: Applet = async (t) => {
  const names = t.args.filter((a) => !/^-|^\d$/.test(a));
  if (names.length === 0) {
    t.ctx.stderr.write('Quelle page de manuel voulez-vous ?\nPar exemple, essayez « man man ».\n');
    return 1;
  }
  const width = Math.min(t.ctx.tty?.size().cols ?? 80, 100);
  let status = 0;
  for (const name of names) {
    const page = MAN_PAGES.get(name);
    if (!page) {
      t.ctx.stderr.write(`Il n'y a pas de page de manuel pour ${name}.\n`);
      status = 16;
      continue;
    }
    t.out(render(page, width, t.ctx.stdout.isTTY));
  }
  return status;
};
