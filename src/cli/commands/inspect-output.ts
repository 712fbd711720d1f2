// Output of the inspect commands: an indented JSON array as Go's json.MarshalIndent writes it (4
// spaces, HTML characters escaped), or one line per object through a --format template.

import type { Cli } from '../cli';
import { StatusError } from '../errors';
import { Template } from '../format/template/exec';
import { FUNCS } from '../format/template/funcs';
import { TemplateError } from '../format/template/lexer';
import { errorText } from './each';

export function goJsonIndent(value: unknown): string {
  const text = JSON.stringify(value, null, 4) ?? 'null';
  return text.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The --format template; one that does not parse fails before any lookup, exit 64. */
function inspectTemplate(format: string): Template | null {
  if (format === '') return null;
  try {
    return Template.parse(format === 'json' ? '{{json .}}' : format);
  } catch (e) {
    if (e instanceof TemplateError) throw new StatusError(`template parsing error: ${e.message}`, 64);
    throw e;
  }
}

/** Prints inspected objects; with a template, each through it (`json` = one compact line each). */
function printInspect(cli: Cli, objects: unknown[], tmpl: Template | null): void {
  if (!tmpl) {
    cli.out(objects.length === 0 ? '[]\n' : `${goJsonIndent(objects)}\n`);
    return;
  }
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
  const tmpl = inspectTemplate(format);
  const found: unknown[] = [];
  const errors: string[] = [];
  for (const n of names) {
    try {
      found.push(await get(n));
    } catch (e) {
      errors.push(errorText(e));
    }
  }
  if (found.length > 0 || !tmpl) printInspect(cli, found, tmpl);
  for (const e of errors) cli.err(`${e}\n`);
  return errors.length > 0 ? 1 : 0;
}
