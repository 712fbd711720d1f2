// Output of the inspect commands: an indented JSON array as Go's json.MarshalIndent writes it (4
// spaces, HTML characters escaped), or one line per object through a --format template.

import type { Cli } from '../cli';
import { StatusError } from '../errors';
import { parseTemplate } from '../format/formatter';
import { FUNCS } from '../format/template/funcs';
import { TemplateError } from '../format/template/lexer';
import { errorText } from './each';

export function goJsonIndent(value: unknown): string {
  const text = JSON.stringify(value, null, 4) ?? 'null';
  return text.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Prints inspected objects; with a format, each through the template (`json` = one compact line each). */
export function printInspect(cli: Cli, objects: unknown[], format: string): void {
  if (format === '') {
    cli.out(objects.length === 0 ? '[]\n' : `${goJsonIndent(objects)}\n`);
    return;
  }
  const tmpl = parseTemplate(format === 'json' ? '{{json .}}' : format);
  for (const o of objects) {
    try {
      cli.out(`${tmpl.execute(o, FUNCS, 'error')}\n`);
    } catch (e) {
      if (!(e instanceof TemplateError)) throw e;
      cli.out('\n');
      throw new StatusError(`template parsing error: ${e.message}`, 1);
    }
  }
}

/** Inspects each name; prints what was found, then each error; exit 1 if any failed. */
export async function inspectAll(
  cli: Cli,
  names: string[],
  format: string,
  get: (name: string) => Promise<unknown>,
): Promise<number> {
  const found: unknown[] = [];
  const errors: string[] = [];
  for (const n of names) {
    try {
      found.push(await get(n));
    } catch (e) {
      errors.push(errorText(e));
    }
  }
  if (found.length > 0 || format === '') printInspect(cli, found, format);
  for (const e of errors) cli.err(`${e}\n`);
  return errors.length > 0 ? 1 : 0;
}
