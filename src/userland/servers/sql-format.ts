// How psql and mysql print result sets and errors.
import type { SqlResult, SqlValue } from './sql';

const text = (v: SqlValue) => (v === null ? '' : String(v));

/** psql's aligned format: centred headers, numbers to the right, a row count. */
export function psqlTable(columns: string[], rows: SqlValue[][]): string {
  const widths = columns.map((c, i) => Math.max(c.length, ...rows.map((r) => text(r[i]).length)));
  const header = columns
    .map((c, i) => {
      const left = Math.floor((widths[i] - c.length) / 2);
      return ` ${' '.repeat(left)}${c}${' '.repeat(widths[i] - c.length - left)} `;
    })
    .join('|');
  const rule = widths.map((w) => '-'.repeat(w + 2)).join('+');
  const body = rows.map((r) =>
    r
      .map((v, i) => {
        const s = text(v);
        const last = i === r.length - 1;
        if (typeof v === 'number') return ` ${s.padStart(widths[i])} `;
        return last ? ` ${s}` : ` ${s.padEnd(widths[i])} `;
      })
      .join('|')
      .replace(/\s+$/, ''),
  );
  const count = `(${rows.length} row${rows.length === 1 ? '' : 's'})`;
  return [header, rule, ...body, count, ''].join('\n') + '\n';
}

/** psql's line for a statement that returns no rows. */
export function psqlCommand(result: Extract<SqlResult, { kind: 'done' }>): string {
  if (result.command === 'INSERT 0') return `INSERT 0 ${result.count}\n`;
  if (result.command === 'UPDATE' || result.command === 'DELETE')
    return `${result.command} ${result.count}\n`;
  return `${result.command}\n`;
}

function caret(statement: string, name: string): string {
  const at = statement.toLowerCase().indexOf(name.toLowerCase());
  const line = `LINE 1: ${statement}`;
  return at < 0 ? '' : `\n${line}\n${' '.repeat(8 + at)}^`;
}

export function psqlError(result: Extract<SqlResult, { kind: 'error' }>, statement: string): string {
  switch (result.code) {
    case 'undefined_table':
      return `ERROR:  relation "${result.name.toLowerCase()}" does not exist${caret(statement, result.name)}\n`;
    case 'duplicate_table':
      return `ERROR:  relation "${result.name.toLowerCase()}" already exists\n`;
    case 'undefined_column':
      return `ERROR:  column "${result.name.toLowerCase()}" does not exist${caret(statement, result.name)}\n`;
    case 'syntax': {
      const word = statement.trim().split(/\s+/)[0] ?? '';
      return `ERROR:  syntax error at or near "${word}"${caret(statement, word)}\n`;
    }
  }
}

/** mysql's boxed table (interactive) or tab-separated output (batch). */
export function mysqlTable(columns: string[], rows: SqlValue[][], boxed: boolean): string {
  if (!boxed)
    return (
      [
        columns.join('\t'),
        ...rows.map((r) => r.map((v) => (v === null ? 'NULL' : String(v))).join('\t')),
      ].join('\n') + '\n'
    );
  const cell = (v: SqlValue) => (v === null ? 'NULL' : String(v));
  const widths = columns.map((c, i) => Math.max(c.length, ...rows.map((r) => cell(r[i]).length)));
  const rule = `+${widths.map((w) => '-'.repeat(w + 2)).join('+')}+`;
  const line = (cells: string[], nums: boolean[]) =>
    `|${cells.map((c, i) => ` ${nums[i] ? c.padStart(widths[i]) : c.padEnd(widths[i])} `).join('|')}|`;
  const out = [
    rule,
    line(
      columns,
      columns.map(() => false),
    ),
    rule,
  ];
  for (const r of rows)
    out.push(
      line(
        r.map(cell),
        r.map((v) => typeof v === 'number'),
      ),
    );
  out.push(rule);
  return `${out.join('\n')}\n`;
}

export function mysqlError(
  result: Extract<SqlResult, { kind: 'error' }>,
  database: string,
  statement: string,
): string {
  switch (result.code) {
    case 'undefined_table':
      return `ERROR 1146 (42S02): Table '${database}.${result.name}' doesn't exist\n`;
    case 'duplicate_table':
      return `ERROR 1050 (42S01): Table '${result.name}' already exists\n`;
    case 'undefined_column':
      return `ERROR 1054 (42S22): Unknown column '${result.name}' in 'field list'\n`;
    case 'syntax':
      return `ERROR 1064 (42000): You have an error in your SQL syntax; check the manual that corresponds to your MySQL server version for the right syntax to use near '${statement.trim().split(/\s+/).slice(1).join(' ')}' at line 1\n`;
  }
}
