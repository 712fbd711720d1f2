import { describe, expect, it } from 'vitest';
import { complete } from '../../../src/ui/editor/completion';
import { DRAFT_PREFIX, EditorDocument } from '../../../src/ui/editor/document';
import { hoverMarkdown, INSTRUCTION_DOCS } from '../../../src/ui/editor/instruction-docs';
import { languageOf } from '../../../src/ui/editor/languages';
import { MARKER_SEVERITY, toMarker, toMonacoEdit } from '../../../src/ui/editor/markers';
import { saveErrorMessage } from '../../../src/ui/editor/save-error';
import { diagnose } from '../../../src/engine/builder/diagnostics/diagnose';
import { MemFs } from '../../../src/engine/fs/memfs';
import { FsError } from '../../../src/engine/fs/types';
import { INSTRUCTIONS } from '../../../src/engine/builder/dockerfile/line-parsers';

function memoryStorage() {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
    map: m,
  };
}

describe('completion', () => {
  it('proposes instructions at the start of a line, keeping the case typed', () => {
    const r = complete('FR', 1, 3);
    expect(r.items.map((i) => i.label)).toEqual(['FROM']);
    expect(r.items[0].insertText).toBe('FROM ${1:image}:${2:tag}');
    expect([r.startColumn, r.endColumn]).toEqual([1, 3]);
    expect(complete('ru', 1, 3).items[0].insertText).toBe('run ${1:commande}');
  });

  it('does not propose instructions inside a continuation or a comment', () => {
    expect(complete('RUN apt-get update \\\n  ap', 2, 5).items).toEqual([]);
    expect(complete('# FR', 1, 5).items).toEqual([]);
  });

  it('proposes Hub images and earlier stages after FROM, stages after COPY --from=', () => {
    const text = 'FROM node:22 AS build\nFROM al\nCOPY --from=b';
    const images = complete(text, 2, 8, { images: ['alpine', 'alpine:3.20', 'nginx'] });
    expect(images.items.map((i) => i.label)).toEqual(['alpine', 'alpine:3.20']);
    expect(complete(text, 3, 14).items.map((i) => [i.label, i.kind])).toEqual([['build', 'stage']]);
    expect(complete(text, 3, 14).startColumn).toBe(13);
  });

  it('proposes the flags of an instruction', () => {
    expect(complete('COPY --c', 1, 9).items.map((i) => i.label)).toEqual(['--chown=', '--chmod=']);
    expect(complete('RUN --', 1, 7).items.map((i) => i.label)).toEqual(['--mount=', '--network=']);
  });
});

describe('hover documentation', () => {
  it('documents every instruction BuildKit knows, in French', () => {
    for (const keyword of INSTRUCTIONS) expect(INSTRUCTION_DOCS.has(keyword)).toBe(true);
    const md = hoverMarkdown('workdir')!;
    expect(md).toContain('**WORKDIR**');
    expect(md).toContain('Préférez-le à RUN cd');
    expect(hoverMarkdown('BOGUS')).toBeNull();
  });
});

describe('markers and quick fixes for Monaco', () => {
  it('maps diagnostics to markers with Monaco severities', () => {
    const [d] = diagnose('FROM alpine:3.20\nRUNN x\n');
    expect(toMarker(d)).toEqual({
      startLineNumber: 2,
      startColumn: 1,
      endLineNumber: 2,
      endColumn: 5,
      message: d.message,
      severity: MARKER_SEVERITY.error,
      code: 'unknown-instruction',
      source: 'Baleine',
    });
    expect(toMonacoEdit(d.fix!.edits[0])).toEqual({
      range: { startLineNumber: 2, startColumn: 1, endLineNumber: 2, endColumn: 5 },
      text: 'RUN',
    });
  });
});

describe('editor document', () => {
  it('saves to the host FS, keeps the file mode, and drops the draft', () => {
    const fs = new MemFs();
    fs.writeFile('/Dockerfile', 'FROM alpine\n', { mode: 0o600 });
    const drafts = memoryStorage();
    const doc = new EditorDocument(fs, '/Dockerfile', drafts);
    expect(doc.dirty).toBe(false);
    doc.setText('FROM alpine:3.20\n');
    expect(doc.dirty).toBe(true);
    expect(drafts.map.get(DRAFT_PREFIX + '/Dockerfile')).toBe('FROM alpine:3.20\n');
    doc.save();
    expect(fs.readText('/Dockerfile')).toBe('FROM alpine:3.20\n');
    expect(fs.stat('/Dockerfile').mode).toBe(0o600);
    expect(doc.dirty).toBe(false);
    expect(drafts.map.size).toBe(0);
  });

  it('restores unsaved changes after a reload, and can revert them', () => {
    const fs = new MemFs();
    fs.writeFile('/app.py', 'print(1)\n');
    const drafts = memoryStorage();
    new EditorDocument(fs, '/app.py', drafts).setText('print(2)\n');
    const reopened = new EditorDocument(fs, '/app.py', drafts);
    expect(reopened.restored).toBe(true);
    expect(reopened.text).toBe('print(2)\n');
    reopened.revert();
    expect(reopened.text).toBe('print(1)\n');
    expect(new EditorDocument(fs, '/app.py', drafts).restored).toBe(false);
  });

  it('knows Dockerfiles and languages by name; explains save failures in French', () => {
    const fs = new MemFs();
    expect(new EditorDocument(fs, '/src/Dockerfile', null).isDockerfile).toBe(true);
    expect(new EditorDocument(fs, '/src/api.Dockerfile', null).isDockerfile).toBe(true);
    expect(new EditorDocument(fs, '/src/app.js', null).isDockerfile).toBe(false);
    expect(languageOf('/x/Dockerfile.prod')).toBe('dockerfile');
    expect(languageOf('/x/compose.yaml')).toBe('yaml');
    expect(languageOf('/x/.dockerignore')).toBe('plaintext');
    expect(saveErrorMessage('/etc/hosts', new FsError('EACCES', '/etc/hosts'))).toBe(
      "Impossible d'enregistrer /etc/hosts : permission refusée.",
    );
  });
});
