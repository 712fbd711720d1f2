// The current record and its fields: split lazily by FS, rebuilt with OFS when a field or NF is
// assigned, re-split when $0 is.

import { compile } from '../applets/lib/regex';

/** Splits a record as FS says: " " is runs of blanks, one other character is itself, longer is a regex. */
export function splitFields(text: string, fs: string, paragraph = false): string[] {
  if (text === '') return [];
  if (fs === ' ') {
    const t = text.replace(/^[ \t\n]+|[ \t\n]+$/g, '');
    return t === '' ? [] : t.split(/[ \t\n]+/);
  }
  let parts: string[];
  if (fs === '') parts = [...text];
  else if (fs.length === 1 && fs !== '\\') parts = text.split(fs);
  else parts = text.split(compile(fs, true, 'g'));
  if (paragraph) parts = parts.flatMap((p) => p.split('\n'));
  return parts;
}

export class Record {
  private text = '';
  private fields: string[] | null = [];

  constructor(
    private readonly fs: () => string,
    private readonly ofs: () => string,
    private readonly paragraph: () => boolean,
  ) {}

  set(text: string): void {
    this.text = text;
    this.fields = null;
  }

  private split(): string[] {
    if (!this.fields) this.fields = splitFields(this.text, this.fs(), this.paragraph());
    return this.fields;
  }

  get nf(): number {
    return this.split().length;
  }

  set nf(n: number) {
    const f = this.split();
    if (n < f.length) f.length = n;
    else while (f.length < n) f.push('');
    this.rebuild();
  }

  get(i: number): string {
    if (i === 0) return this.text;
    return this.split()[i - 1] ?? '';
  }

  put(i: number, value: string): void {
    if (i === 0) return this.set(value);
    const f = this.split();
    while (f.length < i) f.push('');
    f[i - 1] = value;
    this.rebuild();
  }

  private rebuild(): void {
    this.text = this.split().join(this.ofs());
  }
}
