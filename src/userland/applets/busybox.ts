// The BusyBox multi-call binary of containers: `busybox APPLET ARGS` or a link named after the applet
// (`/bin/ls -> busybox`). Same implementations as the host's, in the BusyBox flavour.

import type { Program } from '../../engine/process/types';
import { basename } from '../../engine/fs/path';
import { bindApplet } from './lib/applet';
import { BUSYBOX_BANNER } from './lib/flavour';
import { APPLETS } from './table';
import { BUSYBOX_APPLETS } from './lib/busybox-usage';
import { Tool } from './lib/tool';
import { busyboxHttpd } from '../servers/busybox-httpd';

/** Applets that are whole programs (servers) rather than table applets. */
const PROGRAM_APPLETS: Readonly<Record<string, Program>> = { httpd: busyboxHttpd };

/** Each applet bound in the BusyBox flavour (for tables that install them one by one). */
export const busyboxApplets: Record<string, Program> = Object.fromEntries(
  BUSYBOX_APPLETS.map((name) => [name, bindApplet(name, APPLETS[name], 'busybox')]),
);

function listing(): string {
  const names = [...BUSYBOX_APPLETS];
  const lines: string[] = [];
  let line = '';
  for (const n of names) {
    if (line && line.length + n.length + 2 > 78) {
      lines.push(line + ',');
      line = '';
    }
    line = line ? `${line}, ${n}` : `\t${n}`;
  }
  if (line) lines.push(line);
  return lines.join('\n') + '\n';
}

export const busybox: Program = async (ctx) => {
  const self = basename(ctx.argv[0] ?? 'busybox');
  if (self !== 'busybox') return runApplet(self, ctx.argv, ctx);
  const args = ctx.argv.slice(1);
  if (args[0] === '--list') {
    ctx.stdout.write([...BUSYBOX_APPLETS].join('\n') + '\n');
    return 0;
  }
  if (args.length === 0 || args[0] === '--help') {
    ctx.stdout.write(
      `${BUSYBOX_BANNER}\nBusyBox is copyrighted by many authors between 1998-2015.\nLicensed under GPLv2. See source distribution for detailed\ncopyright notices.\n\nUsage: busybox [function [arguments]...]\n   or: busybox --list\n   or: function [arguments]...\n\n\tBusyBox is a multi-call binary that combines many common Unix\n\tutilities into a single executable.  Most people will create a\n\tlink to busybox for each function they wish to use and BusyBox\n\twill act like whatever it was invoked as.\n\nCurrently defined functions:\n${listing()}`,
    );
    return 0;
  }
  return runApplet(args[0], args, ctx);
};

function runApplet(name: string, argv: string[], ctx: Parameters<Program>[0]): Promise<number> {
  const program = Object.hasOwn(PROGRAM_APPLETS, name) ? PROGRAM_APPLETS[name] : undefined;
  if (program) return program(argv === ctx.argv ? ctx : Object.create(ctx, { argv: { value: argv, enumerable: true } }));
  const applet = BUSYBOX_APPLETS.includes(name) ? APPLETS[name] : undefined;
  if (!applet) {
    ctx.stderr.write(`${name}: applet not found\n`);
    return Promise.resolve(127);
  }
  return applet(new Tool(ctx, name, 'busybox', argv));
}
