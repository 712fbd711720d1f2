// Help texts in the docker CLI's layout (cli/cobra.go's usage template) with pflag's
// FlagUsagesWrapped column alignment and word wrapping, so `--help` output matches Docker's.

import type { CommandSpec, GroupSpec } from './command';
import type { FlagSpec } from './flags';

/** pflag's wrapN: split at the last whitespace before i, or take all if it fits within i+slop. */
function wrapN(i: number, slop: number, s: string): [string, string] {
  if (i + slop > s.length) return [s, ''];
  const head = s.slice(0, i);
  const w = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\t'), head.lastIndexOf('\n'));
  if (w <= 0) return [s, ''];
  const nl = head.lastIndexOf('\n');
  if (nl > 0 && nl < w) return [s.slice(0, nl), s.slice(nl + 1)];
  return [s.slice(0, w), s.slice(w + 1)];
}

/** pflag's wrap: wrap `s` to width w with indent i (first line not indented). */
function wrap(indent: number, width: number, s: string): string {
  const pad = (n: number) => ' '.repeat(n);
  if (width === 0) return s.split('\n').join('\n' + pad(indent));
  let i = indent;
  let space = width - i;
  let r = '';
  if (space < 24) {
    i = 16;
    space = width - i;
    r += '\n' + pad(i);
  }
  if (space < 24) return s.split('\n').join(r);
  const slop = 5;
  space -= slop;
  let [l, rest] = wrapN(space, slop, s);
  r += l.split('\n').join('\n' + pad(i));
  while (rest !== '') {
    [l, rest] = wrapN(space, slop, rest);
    r += '\n' + pad(i) + l.split('\n').join('\n' + pad(i));
  }
  return r;
}

/** FlagUsagesWrapped(cols) of a flag set (hidden flags omitted), right-trimmed. */
export function flagUsages(flags: readonly FlagSpec[], cols: number): string {
  const rows: Array<[string, string]> = [];
  const sorted = [...flags].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const f of sorted) {
    if (f.hidden) continue;
    let head = f.short ? `  -${f.short}, --${f.name}` : `      --${f.name}`;
    if (f.type !== 'bool') head += ` ${f.type}`;
    let usage = f.usage;
    if (f.default !== undefined) usage += ` (default ${f.default})`;
    rows.push([head, usage]);
  }
  const maxlen = Math.max(0, ...rows.map(([h]) => h.length + 1));
  const lines = rows.map(
    ([head, usage]) => `${head} ${' '.repeat(maxlen - head.length)} ${wrap(maxlen + 2, cols, usage)}`,
  );
  return lines.join('\n').replace(/\s+$/, '');
}

function sortedByName<T extends { name: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function commandList(entries: ReadonlyArray<{ name: string; short: string }>): string {
  const width = Math.max(11, ...entries.map((e) => e.name.length)) + 1;
  return entries.map((e) => `  ${e.name.padEnd(width)}${e.short}`).join('\n');
}

/** `docker <path> --help` for a leaf command. */
export function commandHelp(path: string, cmd: CommandSpec, cols: number): string {
  let out = `Usage:  ${useLine(path, cmd)}\n\n${cmd.long ?? cmd.short}`;
  if (cmd.aliases) out += `\n\nAliases:\n  ${cmd.aliases}`;
  if (cmd.flags.some((f) => !f.hidden)) out += `\n\nOptions:\n${flagUsages(cmd.flags, cols)}`;
  return out + '\n';
}

export function useLine(path: string, cmd: CommandSpec): string {
  return cmd.usage ? `${path} ${cmd.usage}` : path;
}

/** `docker <group> --help` (and the group run without a subcommand). */
export function groupHelp(path: string, group: GroupSpec): string {
  const entries = sortedByName(group.commands.map((c) => ({ name: c.name, short: c.command.short })));
  return (
    `Usage:  ${path} COMMAND\n\n${group.short}\n\nCommands:\n${commandList(entries)}\n\n` +
    `Run '${path} COMMAND --help' for more information on a command.\n`
  );
}

export interface RootSection {
  title: string;
  entries: Array<{ name: string; short: string }>;
}

/** `docker --help`: the sections, then the global options. */
export function rootHelp(
  sections: readonly RootSection[],
  globalFlags: readonly FlagSpec[],
  cols: number,
): string {
  let out = 'Usage:  docker [OPTIONS] COMMAND\n\nA self-sufficient runtime for containers';
  for (const s of sections) out += `\n\n${s.title}:\n${commandList(s.entries)}`;
  out += `\n\nGlobal Options:\n${flagUsages(globalFlags, cols)}`;
  out += "\n\nRun 'docker COMMAND --help' for more information on a command.";
  out += '\n\nFor more help on how to use Docker, head to https://docs.docker.com/go/guides/\n';
  return out;
}
