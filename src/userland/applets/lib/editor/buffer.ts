// The text being edited: lines and a cursor, with the edits both editors need.

export class TextBuffer {
  lines: string[];
  row = 0;
  col = 0;
  modified = false;
  /** The file ended without a newline (kept that way when saved). */
  private noFinalNewline: boolean;

  constructor(text: string) {
    this.noFinalNewline = text !== '' && !text.endsWith('\n');
    this.lines = text === '' ? [''] : text.replace(/\n$/, '').split('\n');
  }

  get line(): string {
    return this.lines[this.row];
  }

  text(): string {
    const body = this.lines.join('\n');
    if (this.lines.length === 1 && body === '') return '';
    return this.noFinalNewline ? body : body + '\n';
  }

  /** Characters (code points) of the current line, for cursor arithmetic. */
  private chars(): string[] {
    return [...this.line];
  }

  clampCol(max = this.chars().length): void {
    this.col = Math.max(0, Math.min(this.col, max));
  }

  insert(s: string): void {
    const c = this.chars();
    c.splice(this.col, 0, s);
    this.lines[this.row] = c.join('');
    this.col += [...s].length;
    this.modified = true;
  }

  newline(): void {
    const c = this.chars();
    this.lines.splice(this.row + 1, 0, c.slice(this.col).join(''));
    this.lines[this.row] = c.slice(0, this.col).join('');
    this.row++;
    this.col = 0;
    this.modified = true;
  }

  backspace(): void {
    if (this.col > 0) {
      const c = this.chars();
      c.splice(this.col - 1, 1);
      this.lines[this.row] = c.join('');
      this.col--;
    } else if (this.row > 0) {
      const prev = [...this.lines[this.row - 1]].length;
      this.lines[this.row - 1] += this.line;
      this.lines.splice(this.row, 1);
      this.row--;
      this.col = prev;
    } else return;
    this.modified = true;
  }

  deleteChar(): void {
    const c = this.chars();
    if (this.col < c.length) {
      c.splice(this.col, 1);
      this.lines[this.row] = c.join('');
    } else if (this.row < this.lines.length - 1) {
      this.lines[this.row] += this.lines[this.row + 1];
      this.lines.splice(this.row + 1, 1);
    } else return;
    this.modified = true;
  }

  /** Removes the current line and returns it. */
  cutLine(): string {
    const [cut] = this.lines.splice(this.row, 1);
    if (this.lines.length === 0) this.lines.push('');
    this.row = Math.min(this.row, this.lines.length - 1);
    this.col = 0;
    this.modified = true;
    return cut;
  }

  insertLines(lines: string[], at: number): void {
    this.lines.splice(at, 0, ...lines);
    this.modified = true;
  }

  move(dr: number, dc: number): void {
    if (dr) {
      this.row = Math.max(0, Math.min(this.lines.length - 1, this.row + dr));
      this.clampCol();
    }
    if (dc < 0 && this.col === 0 && this.row > 0 && dr === 0) {
      this.row--;
      this.col = this.chars().length;
    } else if (dc > 0 && this.col >= this.chars().length && this.row < this.lines.length - 1 && dr === 0) {
      this.row++;
      this.col = 0;
    } else if (dc) {
      this.col += dc;
      this.clampCol();
    }
  }
}
