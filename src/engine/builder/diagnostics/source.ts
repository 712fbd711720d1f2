// The analysed Dockerfile: its lines, its parse tree and each node's typed instruction (or error).

import type { Node } from '../dockerfile/ast';
import { DockerfileError } from '../dockerfile/errors';
import { parseInstruction } from '../dockerfile/instructions/parse';
import type { Instruction } from '../dockerfile/instructions/types';
import type { Range, TextEdit } from './types';

export interface AnalysedNode {
  node: Node;
  instruction: Instruction | null;
  error: DockerfileError | null;
  /** Index of the build stage (-1 before the first FROM). */
  stage: number;
}

export class Source {
  readonly lines: string[];

  constructor(
    readonly text: string,
    readonly nodes: AnalysedNode[],
  ) {
    this.lines = text.split(/\r?\n/);
  }

  static analyse(text: string, nodes: Node[]): Source {
    let stage = -1;
    const analysed = nodes.map((node): AnalysedNode => {
      let instruction: Instruction | null = null;
      let error: DockerfileError | null = null;
      try {
        instruction = parseInstruction(node);
      } catch (err) {
        error = err instanceof DockerfileError ? err : new DockerfileError(String(err), null);
      }
      if (instruction?.kind === 'from') stage++;
      return { node, instruction, error, stage };
    });
    return new Source(text, analysed);
  }

  line(n: number): string {
    return this.lines[n - 1] ?? '';
  }

  /** The whole text of lines start..end. */
  linesRange(start: number, end: number): Range {
    return { startLine: start, startColumn: 1, endLine: end, endColumn: this.line(end).length + 1 };
  }

  /** The instruction keyword on the node's first line. */
  keyword(node: Node): Range {
    const text = this.line(node.startLine);
    const at = text.search(/\S/);
    const start = at < 0 ? 0 : at;
    return {
      startLine: node.startLine,
      startColumn: start + 1,
      endLine: node.startLine,
      endColumn: start + node.value.length + 1,
    };
  }

  /** The first occurrence of `needle` (string or regex) within the node's lines, else the keyword. */
  find(node: Node, needle: string | RegExp, fromLine = node.startLine): Range {
    for (let l = fromLine; l <= node.endLine; l++) {
      const text = this.line(l);
      let index = -1;
      let length = 0;
      if (typeof needle === 'string') {
        index = text.indexOf(needle);
        length = needle.length;
      } else {
        const m = needle.exec(text);
        if (m) {
          index = m.index;
          length = m[0].length;
        }
      }
      if (index >= 0)
        return { startLine: l, startColumn: index + 1, endLine: l, endColumn: index + length + 1 };
    }
    return this.keyword(node);
  }

  /** Replaces the node's whole lines with `text`. */
  replaceNode(node: Node, text: string): TextEdit {
    return { range: this.linesRange(node.startLine, node.endLine), text };
  }

  /** Inserts `text` (ending with a newline) before the node's first line. */
  insertBefore(node: Node, text: string): TextEdit {
    return {
      range: { startLine: node.startLine, startColumn: 1, endLine: node.startLine, endColumn: 1 },
      text,
    };
  }

  /** Deletes the node's lines, including the line break after them. */
  deleteNode(node: Node): TextEdit {
    const last = node.endLine;
    if (last < this.lines.length) {
      return {
        range: { startLine: node.startLine, startColumn: 1, endLine: last + 1, endColumn: 1 },
        text: '',
      };
    }
    return { range: this.linesRange(node.startLine, last), text: '' };
  }

  /** Leading whitespace of the node's first line (to keep the author's indentation in fixes). */
  indent(node: Node): string {
    return /^\s*/.exec(this.line(node.startLine))![0];
  }
}
