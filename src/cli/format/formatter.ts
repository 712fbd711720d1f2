// Docker's formatter.Context: `table`, `table TEMPLATE`, `json`, or a raw Go template, applied to one
// context per row; tables get a header row rendered with the header functions, then go through the
// tabwriter. Errors read `failed to parse template: …` / `failed to execute template: …`.

import { StatusError } from '../errors';
import { Template } from './template/exec';
import { HEADER_FUNCS } from './template/funcs';
import { TemplateError } from './template/lexer';
import type { GoStruct } from './template/values';
import { tabwrite } from './tabwriter';

export interface FormatOptions {
  /** The --format value ('' = default). */
  format: string;
  /** The default table template (without the `table ` prefix). */
  defaultTable: string;
  /** -q: the quiet template, e.g. `{{.ID}}`. */
  quiet?: boolean;
  quietTemplate?: string;
  /** Header texts by field name (`ID` → `CONTAINER ID`). */
  header: Record<string, string>;
}

export function parseTemplate(source: string): Template {
  try {
    return Template.parse(source);
  } catch (e) {
    if (e instanceof TemplateError) throw new StatusError(`failed to parse template: ${e.message}`, 1);
    throw e;
  }
}

export function executeTemplate(t: Template, data: unknown): string {
  try {
    return t.execute(data);
  } catch (e) {
    if (e instanceof TemplateError) throw new StatusError(`failed to execute template: ${e.message}`, 1);
    throw e;
  }
}

/** Formats rows as the docker CLI does for ps/images/network ls/volume ls/history… */
export function formatRows(opts: FormatOptions, rows: GoStruct[]): string {
  let format = opts.format;
  let isTable = false;
  if (opts.quiet && (format === '' || format === 'table')) format = opts.quietTemplate ?? '{{.ID}}';
  else if (format === '' || format === 'table') {
    format = opts.defaultTable;
    isTable = true;
  } else if (format === 'json') format = '{{json .}}';
  else if (format.startsWith('table')) {
    format = format.slice('table'.length);
    isTable = true;
  }
  format = format.trim().replace(/\\t/g, '\t').replace(/\\n/g, '\n');
  const tmpl = parseTemplate(format);
  let body = '';
  for (const row of rows) body += executeTemplate(tmpl, row) + '\n';
  if (!isTable) return body;
  let head = '';
  try {
    head = tmpl.execute(opts.header, HEADER_FUNCS);
  } catch {
    // Docker ignores errors of the header row.
  }
  return tabwrite(`${head}\n${body}`);
}
