// A very small SQL engine for the simulated postgres and mysql servers: the statements a first
// lesson types (CREATE/DROP TABLE, INSERT, SELECT with WHERE col = value and count(*), UPDATE,
// DELETE, SELECT of literals and version()). Tables are JSON-serialisable so a data directory (and
// the volume holding it) keeps them.

export type SqlValue = string | number | null;

export interface Table {
  columns: string[];
  rows: SqlValue[][];
  /** Columns declared SERIAL / AUTO_INCREMENT, with their next value. */
  serial: Record<string, number>;
}

export type SqlResult =
  | { kind: 'rows'; columns: string[]; rows: SqlValue[][] }
  | { kind: 'done'; command: string; count: number }
  | {
      kind: 'error';
      code: 'undefined_table' | 'duplicate_table' | 'undefined_column' | 'syntax';
      name: string;
    };

export class SqlDatabase {
  tables: Record<string, Table> = {};

  constructor(
    private readonly version: string,
    /** MySQL names an unnamed result column after its expression; PostgreSQL calls it ?column?. */
    private readonly dialect: 'postgres' | 'mysql' = 'postgres',
  ) {}

  execute(sql: string): SqlResult {
    const s = sql.trim().replace(/;\s*$/, '');
    const m = (re: RegExp) => re.exec(s);
    let r: RegExpExecArray | null;
    if ((r = m(/^create\s+table\s+(if\s+not\s+exists\s+)?(\w+)\s*\(([\s\S]*)\)$/i)))
      return this.create(r[2], r[3], !!r[1]);
    if ((r = m(/^drop\s+table\s+(if\s+exists\s+)?(\w+)$/i))) {
      const name = r[2].toLowerCase();
      if (!this.tables[name])
        return r[1] ? { kind: 'done', command: 'DROP TABLE', count: 0 } : err('undefined_table', r[2]);
      delete this.tables[name];
      return { kind: 'done', command: 'DROP TABLE', count: 0 };
    }
    if ((r = m(/^insert\s+into\s+(\w+)\s*(?:\(([^)]*)\))?\s*values\s*([\s\S]+)$/i)))
      return this.insert(r[1], r[2], r[3]);
    if (
      (r = m(
        /^select\s+([\s\S]+?)\s+from\s+(\w+)(?:\s+where\s+(\w+)\s*=\s*([\s\S]+?))?(?:\s+order\s+by\s+(\w+)(\s+desc)?)?$/i,
      ))
    ) {
      return this.select(r[1], r[2], r[3], r[4], r[5], !!r[6]);
    }
    if ((r = m(/^update\s+(\w+)\s+set\s+(\w+)\s*=\s*([\s\S]+?)(?:\s+where\s+(\w+)\s*=\s*([\s\S]+))?$/i))) {
      return this.update(r[1], r[2], r[3], r[4], r[5]);
    }
    if ((r = m(/^delete\s+from\s+(\w+)(?:\s+where\s+(\w+)\s*=\s*([\s\S]+))?$/i)))
      return this.remove(r[1], r[2], r[3]);
    if (m(/^show\s+tables$/i))
      return { kind: 'rows', columns: ['Tables'], rows: this.tableNames().map((n) => [n]) };
    if ((r = m(/^select\s+([\s\S]+)$/i))) {
      const exprs = splitList(r[1]);
      const values = exprs.map((e) => (/^version\(\)$/i.test(e) ? this.version : parseLiteral(e)));
      if (values.some((v) => v === undefined)) return err('syntax', r[1]);
      return {
        kind: 'rows',
        columns: exprs.map((e) =>
          this.dialect === 'mysql' ? e.trim() : /^version\(\)$/i.test(e) ? 'version' : '?column?',
        ),
        rows: [values as SqlValue[]],
      };
    }
    return err('syntax', s.split(/\s+/)[0] ?? '');
  }

  /** Names of the user's tables, in creation order. */
  tableNames(): string[] {
    return Object.keys(this.tables);
  }

  private table(name: string): Table | undefined {
    // The catalog view psql's \dt reads.
    if (name.toLowerCase() === 'pg_tables') {
      return {
        columns: ['schemaname', 'tablename'],
        rows: this.tableNames().map((n) => ['public', n]),
        serial: {},
      };
    }
    return this.tables[name.toLowerCase()];
  }

  private create(name: string, spec: string, ifNotExists: boolean): SqlResult {
    const key = name.toLowerCase();
    if (this.tables[key])
      return ifNotExists ? { kind: 'done', command: 'CREATE TABLE', count: 0 } : err('duplicate_table', name);
    const columns: string[] = [];
    const serial: Record<string, number> = {};
    for (const def of splitList(spec)) {
      const [col, type = ''] = def.split(/\s+/);
      if (/^(primary|unique|foreign|constraint)$/i.test(col)) continue;
      columns.push(col.toLowerCase());
      if (/serial/i.test(type) || /auto_increment/i.test(def)) serial[col.toLowerCase()] = 1;
    }
    this.tables[key] = { columns, rows: [], serial };
    return { kind: 'done', command: 'CREATE TABLE', count: 0 };
  }

  private insert(name: string, cols: string | undefined, values: string): SqlResult {
    const t = this.table(name);
    if (!t) return err('undefined_table', name);
    const names = cols
      ? splitList(cols).map((c) => c.toLowerCase())
      : t.columns.filter((c) => !(c in t.serial));
    for (const c of names) if (!t.columns.includes(c)) return err('undefined_column', c);
    const tuples = [...values.matchAll(/\(([^()]*)\)/g)].map((m) => splitList(m[1]).map(parseLiteral));
    for (const tuple of tuples) {
      if (tuple.some((v) => v === undefined) || tuple.length !== names.length) return err('syntax', values);
      const row = t.columns.map((c) => {
        const i = names.indexOf(c);
        if (i >= 0) return tuple[i] as SqlValue;
        if (c in t.serial) return t.serial[c]++;
        return null;
      });
      t.rows.push(row);
    }
    return { kind: 'done', command: 'INSERT 0', count: tuples.length };
  }

  private matcher(
    t: Table,
    col: string | undefined,
    lit: string | undefined,
  ): ((row: SqlValue[]) => boolean) | SqlResult {
    if (!col) return () => true;
    const i = t.columns.indexOf(col.toLowerCase());
    if (i < 0) return err('undefined_column', col);
    const v = parseLiteral(lit ?? '');
    if (v === undefined) return err('syntax', lit ?? '');
    return (row) => row[i] == v;
  }

  private select(
    what: string,
    name: string,
    col?: string,
    lit?: string,
    orderBy?: string,
    desc = false,
  ): SqlResult {
    const t = this.table(name);
    if (!t) return err('undefined_table', name);
    const match = this.matcher(t, col, lit);
    if (typeof match !== 'function') return match;
    let rows = t.rows.filter(match);
    if (/^count\(\*\)$/i.test(what.trim()))
      return { kind: 'rows', columns: ['count'], rows: [[rows.length]] };
    if (orderBy) {
      const i = t.columns.indexOf(orderBy.toLowerCase());
      if (i < 0) return err('undefined_column', orderBy);
      rows = [...rows].sort(
        (a, b) => ((a[i] ?? '') < (b[i] ?? '') ? -1 : (a[i] ?? '') > (b[i] ?? '') ? 1 : 0) * (desc ? -1 : 1),
      );
    }
    const wanted = what.trim() === '*' ? t.columns : splitList(what).map((c) => c.toLowerCase());
    const idx = wanted.map((c) => t.columns.indexOf(c));
    const missing = wanted.find((_c, k) => idx[k] < 0);
    if (missing) return err('undefined_column', missing);
    return { kind: 'rows', columns: wanted, rows: rows.map((r) => idx.map((i) => r[i])) };
  }

  private update(name: string, set: string, value: string, col?: string, lit?: string): SqlResult {
    const t = this.table(name);
    if (!t) return err('undefined_table', name);
    const i = t.columns.indexOf(set.toLowerCase());
    if (i < 0) return err('undefined_column', set);
    const v = parseLiteral(value);
    if (v === undefined) return err('syntax', value);
    const match = this.matcher(t, col, lit);
    if (typeof match !== 'function') return match;
    const rows = t.rows.filter(match);
    for (const r of rows) r[i] = v;
    return { kind: 'done', command: 'UPDATE', count: rows.length };
  }

  private remove(name: string, col?: string, lit?: string): SqlResult {
    const t = this.table(name);
    if (!t) return err('undefined_table', name);
    const match = this.matcher(t, col, lit);
    if (typeof match !== 'function') return match;
    const before = t.rows.length;
    t.rows = t.rows.filter((r) => !match(r));
    return { kind: 'done', command: 'DELETE', count: before - t.rows.length };
  }
}

function err(code: Extract<SqlResult, { kind: 'error' }>['code'], name: string): SqlResult {
  return { kind: 'error', code, name };
}

/** Splits `a, 'b, c', d` at top-level commas. */
export function splitList(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quote = '';
  let depth = 0;
  for (const ch of text) {
    if (quote) {
      cur += ch;
      if (ch === quote) quote = '';
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      cur += ch;
    } else if (ch === '(') {
      depth++;
      cur += ch;
    } else if (ch === ')') {
      depth--;
      cur += ch;
    } else if (ch === ',' && depth === 0) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

export function parseLiteral(text: string): SqlValue | undefined {
  const t = text.trim();
  if (/^null$/i.test(t)) return null;
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  const q = /^'((?:[^']|'')*)'$/.exec(t) ?? /^"((?:[^"])*)"$/.exec(t);
  if (q) return q[1].replace(/''/g, "'");
  return undefined;
}
