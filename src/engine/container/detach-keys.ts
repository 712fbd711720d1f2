// Docker's detach keys (moby pkg/term escapeProxy): the sequence (Ctrl-P Ctrl-Q by default) is
// watched in what an attached client types, across writes; its first keys are held back until the
// sequence is complete (detach) or broken (they are passed on).

/** `ctrl-p,ctrl-q` → "\x10\x11" (moby term.ToBytes). */
export function detachSequence(keys = 'ctrl-p,ctrl-q'): string {
  return keys
    .split(',')
    .map((k) => {
      const m = /^ctrl-(.)$/i.exec(k.trim());
      if (!m) return k.trim();
      const ch = m[1].toLowerCase();
      if (ch >= 'a' && ch <= 'z') return String.fromCharCode(ch.charCodeAt(0) - 96);
      return String.fromCharCode({ '@': 0, '[': 27, '\\': 28, ']': 29, '^': 30, _: 31 }[ch] ?? 0);
    })
    .join('');
}

export class DetachKeys {
  private held = 0;

  constructor(private readonly sequence: string) {}

  /** What to pass on from `input`, and whether the sequence was completed (the rest is dropped). */
  feed(input: string): { pass: string; detach: boolean } {
    let pass = '';
    for (const ch of input) {
      if (this.sequence && ch === this.sequence[this.held]) {
        this.held++;
        if (this.held === this.sequence.length) {
          this.held = 0;
          return { pass, detach: true };
        }
        continue;
      }
      pass += this.sequence.slice(0, this.held);
      this.held = 0;
      if (this.sequence && ch === this.sequence[0]) this.held = 1;
      else pass += ch;
    }
    return { pass, detach: false };
  }
}
