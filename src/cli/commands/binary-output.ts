// Writing an archive (export, save): to the file of `-o`, or to stdout unless stdout is a terminal.
// Binary data travels on the string streams as one character per byte.

import type { Cli } from '../cli';
import { StatusError } from '../errors';
import { fileError } from '../opts/env';

export function binaryString(data: Uint8Array): string {
  let s = '';
  for (let i = 0; i < data.length; i += 8192) s += String.fromCharCode(...data.subarray(i, i + 8192));
  return s;
}

export function writeBinaryOutput(cli: Cli, data: Uint8Array, file: string, refusal: string): number {
  if (file) {
    const path = file.startsWith('/') ? file : `${cli.proc.cwd.replace(/\/$/, '')}/${file}`;
    cli.proc.fs.writeFile(path, data);
    return 0;
  }
  if (cli.proc.stdout.isTTY) throw new StatusError(refusal, 1);
  cli.out(binaryString(data));
  return 0;
}

/** Reads a whole input (stdin or the `-i` file) as bytes. */
export async function readBinaryInput(cli: Cli, file: string): Promise<Uint8Array> {
  if (file) {
    const path = file.startsWith('/') ? file : `${cli.proc.cwd.replace(/\/$/, '')}/${file}`;
    const missing = fileError(cli.proc.fs, path);
    if (missing) throw new StatusError(missing, 1);
    return cli.proc.fs.readFile(path);
  }
  let s = '';
  for (let chunk = await cli.proc.stdin.read(); chunk !== null; chunk = await cli.proc.stdin.read())
    s += chunk;
  return Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);
}
