// The browser terminal's PtyMaster over a host: when the student leaves the shell (`exit`, Ctrl-D), a
// new login shell starts in the same terminal, as a terminal emulator tab that reopens would.
import type { PtyMaster, WinSize } from '../../engine/process/types';
import type { Terminal } from '../../host';

export const SESSION_ENDED = '\r\n\x1b[2m[Session terminée\u00a0: nouvelle session ouverte.]\x1b[0m\r\n';

export class RespawningTerminal implements PtyMaster {
  private current: Terminal;
  private detach: () => void;
  private size: WinSize | undefined;
  private disposed = false;
  private readonly listeners = new Set<(output: string) => void>();
  /** Output produced while nobody listened (the shell's first prompt before xterm attaches). */
  private pending: string[] = [];

  constructor(private readonly open: (size?: WinSize) => Terminal) {
    this.current = this.open();
    this.detach = this.follow(this.current);
  }

  write(input: string): void {
    this.current.write(input);
  }

  /** Like a real pty, output waits for a reader: the first listener receives what came before it. */
  onData(listener: (output: string) => void): () => void {
    this.listeners.add(listener);
    const pending = this.pending;
    this.pending = [];
    for (const output of pending) listener(output);
    return () => this.listeners.delete(listener);
  }

  resize(size: WinSize): void {
    this.size = { ...size };
    this.current.resize(size);
  }

  /** Stops respawning and forgets the listeners (the host is being thrown away). */
  dispose(): void {
    this.disposed = true;
    this.detach();
    this.listeners.clear();
    this.pending = [];
  }

  private follow(term: Terminal): () => void {
    const off = term.onData((output) => this.emit(output));
    void term.exited.then(() => {
      if (this.disposed || term !== this.current) return;
      off();
      this.emit(SESSION_ENDED);
      this.current = this.open(this.size);
      this.detach = this.follow(this.current);
    });
    return off;
  }

  private emit(output: string): void {
    if (this.listeners.size === 0) this.pending.push(output);
    for (const listener of this.listeners) listener(output);
  }
}
