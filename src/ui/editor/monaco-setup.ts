// Monaco, loaded on demand (its own chunk, never in the initial page), with the Dockerfile support of
// Baleine: French completion and hover, diagnostics as markers and their quick fixes as code actions.

import type * as MonacoModule from 'monaco-editor';
import { diagnose } from '../../engine/builder/diagnostics/diagnose';
import { complete } from './completion';
import { hoverMarkdown } from './instruction-docs';
import { toMonacoEdit, touches } from './markers';

export type Monaco = typeof MonacoModule;

export interface DockerfileSupportOptions {
  /** Image references of the simulated Hub, for completion after FROM. */
  images: () => readonly string[];
  /** Tags of a repository, to pin `latest` in quick fixes. */
  tagsOf?: (repository: string) => readonly string[];
}

let loading: Promise<Monaco> | null = null;
let support: DockerfileSupportOptions = { images: () => [] };

/** Loads Monaco and its workers once; later calls share the same promise. */
export function loadMonaco(): Promise<Monaco> {
  loading ??= (async () => {
    const [monaco, editorWorker, jsonWorker] = await Promise.all([
      import('monaco-editor'),
      import('monaco-editor/editor/editor.worker?worker'),
      import('monaco-editor/languages/features/json/json.worker?worker'),
    ]);
    (globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
      getWorker: (_id: string, label: string) =>
        label === 'json' ? new jsonWorker.default() : new editorWorker.default(),
    };
    registerDockerfileSupport(monaco);
    return monaco;
  })();
  return loading;
}

/** Where completion finds Hub images (set by the composition root; defaults to none). */
export function configureDockerfileSupport(opts: DockerfileSupportOptions): void {
  support = opts;
}

function registerDockerfileSupport(monaco: Monaco): void {
  const { languages } = monaco;
  const kinds = {
    instruction: languages.CompletionItemKind.Keyword,
    image: languages.CompletionItemKind.Module,
    stage: languages.CompletionItemKind.Reference,
    flag: languages.CompletionItemKind.Property,
  };
  languages.registerCompletionItemProvider('dockerfile', {
    triggerCharacters: [' ', '-', '=', ':'],
    provideCompletionItems(model, position) {
      const r = complete(model.getValue(), position.lineNumber, position.column, {
        images: support.images(),
      });
      const range = {
        startLineNumber: position.lineNumber,
        endLineNumber: position.lineNumber,
        startColumn: r.startColumn,
        endColumn: r.endColumn,
      };
      return {
        suggestions: r.items.map((item) => ({
          label: item.label,
          kind: kinds[item.kind],
          detail: item.detail,
          insertText: item.insertText,
          insertTextRules: item.snippet ? languages.CompletionItemInsertTextRule.InsertAsSnippet : undefined,
          range,
        })),
      };
    },
  });
  languages.registerHoverProvider('dockerfile', {
    provideHover(model, position) {
      const word = model.getWordAtPosition(position);
      if (!word) return null;
      const line = model.getLineContent(position.lineNumber);
      if (line.slice(0, word.startColumn - 1).trim() !== '') return null;
      const markdown = hoverMarkdown(word.word);
      if (!markdown) return null;
      return {
        range: new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, word.endColumn),
        contents: [{ value: markdown }],
      };
    },
  });
  languages.registerCodeActionProvider('dockerfile', {
    provideCodeActions(model, range) {
      const actions = diagnose(model.getValue(), { tagsOf: support.tagsOf })
        .filter((d) => d.fix && touches(d, range.startLineNumber, range.endLineNumber))
        .map((d) => ({
          title: d.fix!.title,
          kind: 'quickfix',
          isPreferred: true,
          edit: {
            edits: d.fix!.edits.map((e) => ({
              resource: model.uri,
              versionId: model.getVersionId(),
              textEdit: toMonacoEdit(e),
            })),
          },
        }));
      return { actions, dispose: () => {} };
    },
  });
}
