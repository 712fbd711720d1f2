// One file open in the editor: its text, what is saved on the host, and a draft kept in the browser so
// that unsaved changes survive a reload. Saving writes the host file and drops the draft.

import type { FileSystem } from '../../engine/fs/types';

export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const DRAFT_PREFIX = 'baleine.editor.draft:';

export class EditorDocument {
  private savedText: string;
  private current: string;
  private readonly listeners = new Set<() => void>();
  /** The text came from a draft of an earlier visit. */
  readonly restored: boolean;

  constructor(
    private readonly fs: FileSystem,
    readonly path: string,
    private readonly drafts: DraftStorage | null,
  ) {
    this.savedText = fs.exists(path) ? fs.readText(path) : '';
    const draft = this.readDraft();
    this.restored = draft !== null && draft !== this.savedText;
    this.current = this.restored ? draft! : this.savedText;
  }

  get text(): string {
    return this.current;
  }

  get dirty(): boolean {
    return this.current !== this.savedText;
  }

  /** The file name shown in the tab (`Dockerfile`). */
  get name(): string {
    return this.path.slice(this.path.lastIndexOf('/') + 1);
  }

  /** Whether the editor treats the file as a Dockerfile (diagnostics, completion). */
  get isDockerfile(): boolean {
    return /(^|[./])Dockerfile$|\.dockerfile$|^Dockerfile\./i.test(this.name);
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }

  setText(text: string): void {
    if (text === this.current) return;
    this.current = text;
    this.writeDraft();
    this.emit();
  }

  /** Writes the file on the host (keeping its mode); throws the FsError when the host refuses. */
  save(): void {
    const mode = this.fs.exists(this.path) ? this.fs.stat(this.path).mode : 0o644;
    this.fs.writeFile(this.path, this.current, { mode });
    this.savedText = this.current;
    this.writeDraft();
    this.emit();
  }

  /** Drops the unsaved changes. */
  revert(): void {
    this.current = this.savedText;
    this.writeDraft();
    this.emit();
  }

  private key(): string {
    return DRAFT_PREFIX + this.path;
  }

  private readDraft(): string | null {
    try {
      return this.drafts?.getItem(this.key()) ?? null;
    } catch {
      return null;
    }
  }

  private writeDraft(): void {
    try {
      if (this.dirty) this.drafts?.setItem(this.key(), this.current);
      else this.drafts?.removeItem(this.key());
    } catch {
      // Storage full or forbidden: the draft lasts for this visit only.
    }
  }
}
