// The Dockerfile line parser: directives, comments, continuations, heredocs, per-instruction argument
// splitting. It agrees with BuildKit's parser on the upstream conformance cases.

import type { Node, ParseResult } from './ast';
import { Directives } from './directives';
import { DockerfileError, withLocation } from './errors';
import { canContainHeredoc, heredocsFromLine } from './heredoc';
import { lineParserFor } from './line-parsers';
import { splitCommand } from './split-command';
import { trimLeftSpace, trimSpace } from './unicode';

/** Lines with their line endings kept. */
function scanLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function trimNewline(s: string): string {
  return s.replace(/[\r\n]+$/, '');
}

function isComment(raw: string): boolean {
  return trimLeftSpace(trimNewline(raw)).startsWith('#');
}

function isEmptyContinuationLine(line: string): boolean {
  return trimLeftSpace(trimNewline(line)).length === 0;
}

/** Comment removal: a line that starts with `#` (at its first column as given) is dropped whole. */
function trimComments(s: string): string {
  return s.startsWith('#') ? '' : s;
}

function processLine(d: Directives, raw: string, stripLeft: boolean): string {
  let token = trimNewline(raw);
  if (stripLeft) token = trimLeftSpace(token);
  d.possibleParserDirective(token);
  return trimComments(token);
}

/** One instruction from its logical line. */
export function newNodeFromLine(line: string, d: Directives, comments: string[]): Node {
  const { cmd, flags, args } = splitCommand(line);
  const parsed = lineParserFor(cmd)(args, d.escapeToken);
  return {
    value: cmd,
    original: line,
    flags,
    args: parsed.args,
    sub: parsed.subLine !== undefined ? newNodeFromLine(parsed.subLine, d, []) : null,
    json: parsed.json,
    heredocs: [],
    startLine: 0,
    endLine: 0,
    prevComment: comments,
  };
}

/** Parses a Dockerfile. Throws DockerfileError (with the line range) on a syntax error. */
export function parse(text: string): ParseResult {
  const d = new Directives();
  const lines = scanLines(text);
  const children: Node[] = [];
  const warnings: string[] = [];
  let comments: string[] = [];
  let currentLine = 0;
  let i = 0;
  const fail = (err: unknown, start: number, end: number): never => {
    throw withLocation(err, start, end);
  };

  while (i < lines.length) {
    let raw = lines[i++];
    if (currentLine === 0 && raw.startsWith('\ufeff')) raw = raw.slice(1);
    if (isComment(raw)) comments.push(trimSpace(raw.slice(1)));
    let first = '';
    try {
      first = processLine(d, raw, true);
    } catch (err) {
      fail(err, currentLine, 0);
    }
    currentLine++;
    const startLine = currentLine;
    let [line, ended] = d.trimContinuation(first);
    if (ended && line === '') continue;

    let emptyContinuation = false;
    while (!ended && i < lines.length) {
      const nextRaw = lines[i++];
      let cont = '';
      try {
        cont = processLine(d, nextRaw, false);
      } catch (err) {
        fail(err, currentLine, 0);
      }
      currentLine++;
      if (isComment(nextRaw)) continue;
      if (isEmptyContinuationLine(cont)) {
        emptyContinuation = true;
        continue;
      }
      const [piece, end] = d.trimContinuation(cont);
      ended = end;
      line += piece;
    }
    if (emptyContinuation) warnings.push('[WARNING]: Empty continuation line found in:\n    ' + line);

    let child: Node;
    try {
      child = newNodeFromLine(line, d, comments);
    } catch (err) {
      return fail(err, startLine, currentLine);
    }

    if (canContainHeredoc(child.value, child.json, child.sub)) {
      let headers: ReturnType<typeof heredocsFromLine> = [];
      try {
        headers = heredocsFromLine(line);
      } catch (err) {
        fail(err, startLine, currentLine);
      }
      for (const header of headers) {
        let content = '';
        let terminated = false;
        while (i < lines.length) {
          const body = lines[i++];
          currentLine++;
          let candidate = trimNewline(body);
          if (header.chomp) candidate = candidate.replace(/^\t+/, '');
          if (candidate === header.name) {
            terminated = true;
            break;
          }
          content += body;
        }
        if (!terminated) fail(new Error('unterminated heredoc'), startLine, currentLine);
        child.heredocs.push({ ...header, content });
      }
    }

    child.startLine = startLine;
    child.endLine = currentLine;
    children.push(child);
    comments = [];
  }

  if (warnings.length > 0)
    warnings.push('[WARNING]: Empty continuation lines will become errors in a future release.');
  if (children.length === 0)
    throw new DockerfileError('file with no instructions', { start: currentLine, end: currentLine });
  return { children, escapeToken: d.escapeToken, warnings, syntax: d.syntax, check: d.check };
}
