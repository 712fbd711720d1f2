import { describe, expect, it } from 'vitest';
import { dump } from '../../../../src/engine/builder/dockerfile/ast';
import { DockerfileError } from '../../../../src/engine/builder/dockerfile/errors';
import { parse } from '../../../../src/engine/builder/dockerfile/parser';

const d = (text: string) => dump(parse(text));

describe('parser: heredocs', () => {
  it('reads a RUN heredoc body up to its delimiter', () => {
    const r = parse('FROM busybox\nRUN <<EOF\necho hi\necho there\nEOF\nRUN true\n');
    expect(r.children.map((c) => c.value)).toEqual(['FROM', 'RUN', 'RUN']);
    const run = r.children[1];
    expect(run.args).toEqual(['<<EOF']);
    expect(run.heredocs).toEqual([
      { name: 'EOF', fileDescriptor: 0, expand: true, chomp: false, content: 'echo hi\necho there\n' },
    ]);
    expect([run.startLine, run.endLine]).toEqual([2, 5]);
    expect(r.children[2].startLine).toBe(6);
  });

  it('handles <<- (tab stripping of the delimiter), quoted delimiters and several heredocs on one line', () => {
    const r = parse('FROM a\nCOPY <<-"ONE" <<\'TWO\' /dest/\n\tfirst\n\tONE\nsecond $X\nTWO\n');
    const copy = r.children[1];
    expect(copy.args).toEqual(['<<-"ONE"', "<<'TWO'", '/dest/']);
    expect(copy.heredocs.map((h) => [h.name, h.chomp, h.expand, h.content])).toEqual([
      ['ONE', true, false, '\tfirst\n'],
      ['TWO', false, false, 'second $X\n'],
    ]);
  });

  it('reads a file descriptor prefix and keeps unquoted delimiters expandable', () => {
    const run = parse('FROM a\nRUN 3<<FILE cat /dev/fd/3\nx\nFILE\n').children[1];
    expect(run.heredocs[0]).toMatchObject({ name: 'FILE', fileDescriptor: 3, expand: true });
  });

  it('does not look for heredocs in exec form or in other instructions', () => {
    const r = parse('FROM a\nRUN ["echo", "<<EOF"]\nCMD cat <<EOF\nEOF\n');
    expect(r.children[1].heredocs).toEqual([]);
    expect(d('FROM a\nRUN ["echo", "<<EOF"]\nCMD cat <<EOF\n')).toBe(
      '(from "a")\n(run "echo" "<<EOF")\n(cmd "cat <<EOF")',
    );
  });

  it('fails on an unterminated heredoc with its lines', () => {
    expect(() => parse('FROM a\nRUN <<EOF\necho\n')).toThrow('unterminated heredoc');
    try {
      parse('FROM a\nRUN <<EOF\necho\n');
    } catch (err) {
      expect((err as DockerfileError).location).toEqual({ start: 2, end: 3 });
    }
  });

  it('finds heredocs inside ONBUILD', () => {
    const n = parse('FROM a\nONBUILD RUN <<EOF\necho\nEOF\n').children[1];
    expect(n.heredocs.map((h) => h.content)).toEqual(['echo\n']);
  });
});

describe('parser: directives and escapes', () => {
  it('uses a backtick escape token for continuations, and keeps backslashes literal', () => {
    expect(d('# escape=`\nFROM a\nRUN dir c:\\ `\n  && echo ok\n')).toBe(
      '(from "a")\n(run "dir c:\\\\   && echo ok")',
    );
    expect(parse('# escape=`\nFROM a\n').escapeToken).toBe('`');
  });

  it('ignores a directive after a comment or a blank line', () => {
    expect(parse('# hello\n# escape=`\nFROM a\n').escapeToken).toBe('\\');
    expect(parse('\n# escape=`\nFROM a\n').escapeToken).toBe('\\');
  });

  it('records # syntax= and rejects a repeated directive or a bad escape token', () => {
    expect(parse('# syntax=docker/dockerfile:1\nFROM a\n').syntax).toBe('docker/dockerfile:1');
    expect(() => parse('# escape=`\n# escape=\\\nFROM a\n')).toThrow(
      'only one escape parser directive can be used',
    );
    expect(() => parse('# escape=x\nFROM a\n')).toThrow("invalid escape token 'x' does not match ` or \\");
  });

  it('strips a UTF-8 BOM and CRLF line endings', () => {
    expect(d('\ufeffFROM a\r\nRUN echo \\\r\n  hi\r\n')).toBe('(from "a")\n(run "echo   hi")');
  });

  it('warns about empty continuation lines like BuildKit', () => {
    const r = parse('FROM a\nRUN echo \\\n\n  hi\n');
    expect(r.warnings[0]).toBe('[WARNING]: Empty continuation line found in:\n    RUN echo   hi');
    expect(r.warnings[1]).toBe('[WARNING]: Empty continuation lines will become errors in a future release.');
  });

  it('keeps comments above an instruction and line numbers of multi-line instructions', () => {
    const r = parse('# base image\nFROM a\n\nRUN a \\\n  b \\\n  c\nCMD x\n');
    expect(r.children[0].prevComment).toEqual(['base image']);
    expect(r.children.map((c) => [c.startLine, c.endLine])).toEqual([
      [2, 2],
      [4, 6],
      [7, 7],
    ]);
  });
});

describe('parser: arguments', () => {
  it('keeps keyword case (the dump lowercases), flags, ARG words with quotes', () => {
    const r = parse('from --platform=linux/amd64 alpine AS build\nArg a="1 2" b\n');
    expect(r.children[0].value).toBe('from');
    expect(r.children[0].flags).toEqual(['--platform=linux/amd64']);
    expect(r.children[0].args).toEqual(['alpine', 'AS', 'build']);
    expect(r.children[1].args).toEqual(['a="1 2"', 'b']);
  });

  it('fails on a key=value LABEL with a bare word, with its line', () => {
    try {
      parse('FROM a\nLABEL a=b c\n');
      expect.unreachable();
    } catch (err) {
      expect((err as DockerfileError).message).toBe(
        'Syntax error - can\'t find = in "c". Must be of the form: name=value',
      );
      expect((err as DockerfileError).location).toEqual({ start: 2, end: 2 });
    }
  });

  it('parses unknown keywords without arguments (rejected later)', () => {
    expect(d('FROM a\nBOGUS x y\n')).toBe('(from "a")\n(bogus)');
  });
});
