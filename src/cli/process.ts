// The part of the kernel's ProcessContext (src/engine/process/types.ts) that the CLI uses, restated
// structurally because the cli layer may not import the engine. A real ProcessContext satisfies it,
// so `dockerMain` is a Program.

export interface CliInput {
  read(): Promise<string | null>;
  readonly isTTY: boolean;
}

export interface CliOutput {
  write(chunk: string): void;
  drain(): Promise<void>;
  readonly isTTY: boolean;
}

export interface CliTty {
  size(): { cols: number; rows: number };
  onResize(listener: (size: { cols: number; rows: number }) => void): () => void;
  setRaw(raw: boolean): void;
  isRaw(): boolean;
}

export interface CliFs {
  exists(path: string): boolean;
  readFile(path: string): Uint8Array;
  readText(path: string): string;
  writeFile(path: string, data: Uint8Array | string): void;
  stat(path: string): { type: string; size: number };
  readdir(path: string): string[];
  mkdir(path: string, opts?: { recursive?: boolean }): void;
}

export interface CliProcess {
  readonly argv: string[];
  readonly env: Record<string, string>;
  cwd: string;
  readonly fs: CliFs;
  readonly stdin: CliInput;
  readonly stdout: CliOutput;
  readonly stderr: CliOutput;
  readonly tty: CliTty | null;
  readonly clock: { now(): number };
  sleep(ms: number): Promise<void>;
  onSignal(signal: 'SIGINT' | 'SIGTERM' | 'SIGWINCH', handler: (signal: string) => void): () => void;
}
