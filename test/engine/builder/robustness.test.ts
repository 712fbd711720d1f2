// Whatever the student types, the editor's analysis answers: diagnose never throws, and the parser
// fails only with DockerfileError.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diagnose } from '../../../src/engine/builder/diagnostics/diagnose';
import { DockerfileError } from '../../../src/engine/builder/dockerfile/errors';
import { parseDockerfile } from '../../../src/engine/builder/dockerfile/instructions/parse';

const pieces = [
  'FROM ',
  'RUN ',
  'COPY ',
  'ADD ',
  'ENV ',
  'ARG ',
  'CMD ',
  'ENTRYPOINT ',
  'HEALTHCHECK ',
  'ONBUILD ',
  'SHELL ',
  'WORKDIR ',
  'LABEL ',
  'EXPOSE ',
  'VOLUME ',
  'USER ',
  'bogus ',
  '--from=',
  '--mount=type=cache,target=/x ',
  '<<EOF',
  '<<-"EOF"',
  'EOF',
  '[',
  ']',
  '"',
  "'",
  '\\',
  '`',
  '$',
  '${',
  '}',
  ':-',
  '=',
  ' AS ',
  '#',
  '# escape=`',
  '\n',
  '\n',
  '\t',
  ' ',
  'alpine',
  'a b',
  'é',
  '\r\n',
  '&&',
  'apt-get install',
  '../x',
  '1',
  '{',
  ',',
];

describe('robustness', () => {
  it('diagnose never throws and the parser fails only with DockerfileError', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.string(), (parts, noise) => {
        const text = parts.join('') + noise;
        expect(() => diagnose(text)).not.toThrow();
        try {
          parseDockerfile(text);
        } catch (err) {
          expect(err).toBeInstanceOf(DockerfileError);
        }
      }),
      { numRuns: 1500 },
    );
  });
});
