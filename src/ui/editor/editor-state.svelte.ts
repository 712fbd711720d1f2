// The editor pane's state: the open document, its French diagnostics (for Dockerfiles), and the
// outcome of the last save. The Monaco view reads and writes it; the component only renders it.

import { diagnose, type Diagnostic } from '../../engine/builder/diagnostics/diagnose';
import type { FileSystem } from '../../engine/fs/types';
import { EditorDocument, type DraftStorage } from './document';
import { saveErrorMessage } from './save-error';

export class EditorState {
  readonly doc: EditorDocument;
  text = $state('');
  dirty = $state(false);
  diagnostics = $state<Diagnostic[]>([]);
  /** French message of the last failed save, or null. */
  saveError = $state<string | null>(null);
  /** Set after a successful save (for the status line). */
  savedAt = $state<number | null>(null);

  constructor(
    fs: FileSystem,
    path: string,
    drafts: DraftStorage | null = safeLocalStorage(),
    private readonly tagsOf?: (repository: string) => readonly string[],
  ) {
    this.doc = new EditorDocument(fs, path, drafts);
    this.sync();
    this.doc.onChange(() => this.sync());
  }

  private sync(): void {
    this.text = this.doc.text;
    this.dirty = this.doc.dirty;
    this.diagnostics = this.doc.isDockerfile ? diagnose(this.doc.text, { tagsOf: this.tagsOf }) : [];
  }

  edit(text: string): void {
    this.doc.setText(text);
  }

  save(now = Date.now()): boolean {
    try {
      this.doc.save();
      this.saveError = null;
      this.savedAt = now;
      return true;
    } catch (err) {
      this.saveError = saveErrorMessage(this.doc.path, err);
      return false;
    }
  }

  revert(): void {
    this.doc.revert();
  }
}

function safeLocalStorage(): DraftStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
