// A connection's incoming text, buffered: lines, exact lengths, text up to a delimiter, the rest.
// Shared by the HTTP client (curl, wget, the browser tab) and the servers' request reader.

export interface ChunkSource {
  read(): Promise<string | null>;
}

export class BufferedReader {
  private buf = '';
  private eof = false;

  constructor(private readonly source: ChunkSource) {}

  /** Reads one more chunk into the buffer; false once the source has ended. */
  private async fill(): Promise<boolean> {
    if (this.eof) return false;
    const chunk = await this.source.read();
    if (chunk === null) {
      this.eof = true;
      return false;
    }
    this.buf += chunk;
    return true;
  }

  /** What is buffered and not yet taken. */
  get pending(): string {
    return this.buf;
  }

  /** The next line without its `\n` (and `\r`), or null at the end. */
  async line(): Promise<string | null> {
    for (;;) {
      const i = this.buf.indexOf('\n');
      if (i >= 0) {
        const line = this.buf.slice(0, i).replace(/\r$/, '');
        this.buf = this.buf.slice(i + 1);
        return line;
      }
      if (!(await this.fill())) return null;
    }
  }

  /** The text before the next `delimiter` (consumed), or null when the source ends first. */
  async until(delimiter: string): Promise<string | null> {
    let end = this.buf.indexOf(delimiter);
    while (end < 0) {
      if (!(await this.fill())) return null;
      end = this.buf.indexOf(delimiter);
    }
    const text = this.buf.slice(0, end);
    this.buf = this.buf.slice(end + delimiter.length);
    return text;
  }

  /** `n` characters, or fewer if the source ends first. */
  async exactly(n: number): Promise<string> {
    while (this.buf.length < n && (await this.fill()));
    const out = this.buf.slice(0, n);
    this.buf = this.buf.slice(n);
    return out;
  }

  /** Everything until the source ends. */
  async rest(): Promise<string> {
    while (await this.fill());
    const out = this.buf;
    this.buf = '';
    return out;
  }
}
