import { describe, expect, it } from 'vitest';
import { applyFix } from '../../../src/engine/builder/diagnostics/apply';
import { diagnose, type Diagnostic } from '../../../src/engine/builder/diagnostics/diagnose';

function only(text: string, code: string): Diagnostic {
  const found = diagnose(text).filter((d) => d.code === code);
  expect(found).toHaveLength(1);
  return found[0];
}
function fixed(text: string, code: string): string {
  const d = only(text, code);
  expect(d.fix).toBeDefined();
  return applyFix(text, d.fix!);
}
function codes(text: string): string[] {
  return diagnose(text).map((d) => d.code);
}

describe('diagnose: clean files', () => {
  it('reports nothing on a well-written Dockerfile', () => {
    const text = [
      'FROM node:22-alpine AS build',
      'WORKDIR /app',
      'COPY package*.json ./',
      'RUN npm ci',
      'COPY . .',
      'RUN npm run build',
      '',
      'FROM nginx:1.27-alpine',
      'COPY --from=build /app/dist /usr/share/nginx/html',
      'EXPOSE 80',
      'CMD ["nginx", "-g", "daemon off;"]',
      '',
    ].join('\n');
    expect(diagnose(text)).toEqual([]);
  });
});

describe('diagnose: errors', () => {
  it('unknown instruction with a suggestion and its quick fix, in French', () => {
    const d = only('FROM alpine:3.20\nRUNN echo hi\n', 'unknown-instruction');
    expect(d).toMatchObject({ startLine: 2, startColumn: 1, endColumn: 5, severity: 'error' });
    expect(d.message).toBe('Instruction inconnue : « RUNN ». Vouliez-vous dire « RUN » ?');
    expect(fixed('FROM alpine:3.20\nRUNN echo hi\n', 'unknown-instruction')).toBe(
      'FROM alpine:3.20\nRUN echo hi\n',
    );
  });

  it('reports several problems at once, even after a syntax error', () => {
    const text = 'FROM alpine:3.20\nENV PATH\nBOGUS x\nCMD ["a", 1]\nMAINTAINER moi\n';
    const ds = diagnose(text);
    expect(ds.map((d) => [d.code, d.startLine])).toEqual([
      ['syntax', 2],
      ['unknown-instruction', 3],
      ['syntax', 4],
      ['maintainer-deprecated', 5],
    ]);
    expect(ds[0].message).toBe(
      'ENV attend un nom et une valeur : ENV NOM=valeur. (Docker : « ENV must have two arguments »)',
    );
    expect(ds[2].message).toContain(
      'chaque élément du tableau doit être une chaîne entre guillemets doubles',
    );
  });

  it('explains other Docker errors in French, quoting Docker', () => {
    const d = only('FROM alpine:3.20\nCOPY app\n', 'invalid-instruction');
    expect(d.message).toBe(
      'COPY attend au moins une source et une destination : COPY <source>… <destination>. (Docker : « COPY requires at least two arguments, but only one was provided. Destination could not be determined »)',
    );
  });

  it('missing FROM, and an instruction before FROM', () => {
    expect(only('RUN echo hi\n', 'missing-from').message).toContain('RUN arrive avant le premier FROM');
    expect(codes('ARG V=1\nFROM alpine:$V\n')).toEqual([]);
    expect(only('# rien\n', 'empty-file').message).toContain('aucune instruction');
  });

  it('COPY of a path outside the context', () => {
    const d = only('FROM alpine:3.20\nCOPY ../secret.txt /app/\n', 'copy-outside-context');
    expect(d).toMatchObject({ startLine: 2, startColumn: 6, endColumn: 19, severity: 'error' });
    expect(d.message).toContain('« ../secret.txt » est hors du contexte de build');
    expect(codes('FROM alpine:3.20\nCOPY --from=build ../x /y\nCOPY a/../b /c\n')).toEqual([]);
  });
});

describe('diagnose: advice with quick fixes', () => {
  it('JSON form with single quotes', () => {
    const text = "FROM alpine:3.20\nCMD ['echo', 'bonjour']\n";
    expect(codes(text)).toContain('json-form');
    expect(fixed(text, 'json-form')).toBe('FROM alpine:3.20\nCMD ["echo", "bonjour"]\n');
  });

  it('apt-get install without -y', () => {
    const text = 'FROM debian:12\nRUN apt-get update && apt-get install curl\n';
    expect(fixed(text, 'apt-get-yes')).toBe(
      'FROM debian:12\nRUN apt-get update && apt-get install -y curl\n',
    );
    expect(codes('FROM debian:12\nRUN apt-get update && apt-get install -qy curl\n')).toEqual([]);
    expect(codes('FROM debian:12\nRUN apt-get update && apt-get --yes install curl\n')).toEqual([]);
  });

  it('apt-get update alone in its RUN, merged with the next install', () => {
    const text = 'FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl\nCMD ["curl"]\n';
    expect(fixed(text, 'apt-get-update-alone')).toBe(
      'FROM debian:12\nRUN apt-get update && apt-get install -y curl\nCMD ["curl"]\n',
    );
  });

  it('untagged and latest base images; a fix when the Hub knows tags', () => {
    expect(only('FROM node\n', 'base-image-tag').message).toContain('Docker prendra « node:latest »');
    expect(only('FROM node:latest\n', 'base-image-tag').message).toContain(
      "« latest » n'est pas une version",
    );
    const ds = diagnose('FROM node\n', {
      tagsOf: (repo) => (repo === 'node' ? ['latest', '22-alpine'] : []),
    });
    expect(applyFix('FROM node\n', ds[0].fix!)).toBe('FROM node:22-alpine\n');
    expect(codes('FROM scratch\nFROM alpine:3.20 AS base\nFROM base\nFROM busybox@sha256:abc\n')).toEqual([]);
  });

  it('layer cache: copy package.json and install before the sources', () => {
    const text = 'FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nRUN npm install\nCMD ["node", "server.js"]\n';
    const d = only(text, 'cache-order');
    expect(d.message).toContain('Copiez package.json avant le reste des sources');
    expect(applyFix(text, d.fix!)).toBe(
      'FROM node:22-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm install\nCOPY . .\nCMD ["node", "server.js"]\n',
    );
    const py = 'FROM python:3.12-slim\nCOPY . /srv\nRUN pip install -r requirements.txt\n';
    expect(fixed(py, 'cache-order')).toBe(
      'FROM python:3.12-slim\nCOPY requirements.txt /srv\nRUN pip install -r requirements.txt\nCOPY . /srv\n',
    );
  });

  it('RUN cd instead of WORKDIR', () => {
    const text = 'FROM alpine:3.20\nRUN cd /app && make\n';
    expect(fixed(text, 'run-cd')).toBe('FROM alpine:3.20\nWORKDIR /app\nRUN make\n');
    expect(fixed('FROM alpine:3.20\nRUN cd /app\n', 'run-cd')).toBe('FROM alpine:3.20\nWORKDIR /app\n');
  });

  it('shell-form CMD/ENTRYPOINT, converted to exec form when that is safe', () => {
    expect(fixed('FROM node:22\nCMD node server.js\n', 'shell-form-cmd')).toBe(
      'FROM node:22\nCMD ["node", "server.js"]\n',
    );
    const piped = only('FROM node:22\nENTRYPOINT node server.js | tee log\n', 'shell-form-cmd');
    expect(piped.fix).toBeUndefined();
  });

  it('MAINTAINER deprecated, legacy ENV form', () => {
    expect(fixed('FROM alpine:3.20\nMAINTAINER Jeanne <j@example.fr>\n', 'maintainer-deprecated')).toBe(
      'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Jeanne <j@example.fr>"\n',
    );
    expect(fixed('FROM alpine:3.20\nENV APP_HOME /srv/app\n', 'legacy-key-value')).toBe(
      'FROM alpine:3.20\nENV APP_HOME=/srv/app\n',
    );
    expect(fixed('FROM alpine:3.20\nENV GREETING bonjour le monde\n', 'legacy-key-value')).toBe(
      'FROM alpine:3.20\nENV GREETING="bonjour le monde"\n',
    );
  });
});

describe("diagnose: BuildKit's checks in French", () => {
  it('FROM/AS casing and stage name casing, with fixes', () => {
    const text = 'FROM alpine:3.20 as Build\nRUN true\n';
    expect(fixed(text, 'FromAsCasing')).toBe('FROM alpine:3.20 AS Build\nRUN true\n');
    expect(only(text, 'StageNameCasing').message).toContain('écrivez-le en minuscules');
    expect(fixed(text, 'StageNameCasing')).toBe('FROM alpine:3.20 as build\nRUN true\n');
  });

  it('undefined ARG in FROM fixed to the declared one; relative WORKDIR made absolute', () => {
    const text = 'ARG VERSION=3.20\nFROM alpine:$VERSON\nWORKDIR app\n';
    expect(only(text, 'UndefinedArgInFrom').message).toBe(
      "FROM utilise $VERSON, qu'aucun ARG ne déclare avant le premier FROM (vouliez-vous dire $VERSION ?).",
    );
    expect(fixed(text, 'UndefinedArgInFrom')).toBe('ARG VERSION=3.20\nFROM alpine:$VERSION\nWORKDIR app\n');
    expect(fixed(text, 'WorkdirRelativePath')).toBe('ARG VERSION=3.20\nFROM alpine:$VERSON\nWORKDIR /app\n');
  });

  it('a useless earlier CMD is removed; secrets and protocol case are explained', () => {
    const text = 'FROM alpine:3.20\nENV DB_PASSWORD=x\nEXPOSE 53/UDP\nCMD ["a"]\nCMD ["b"]\n';
    expect(fixed(text, 'MultipleInstructionsDisallowed')).toBe(
      'FROM alpine:3.20\nENV DB_PASSWORD=x\nEXPOSE 53/UDP\nCMD ["b"]\n',
    );
    expect(only(text, 'SecretsUsedInArgOrEnv').message).toContain('RUN --mount=type=secret');
    expect(fixed(text, 'ExposeProtoCasing')).toBe(
      'FROM alpine:3.20\nENV DB_PASSWORD=x\nEXPOSE 53/udp\nCMD ["a"]\nCMD ["b"]\n',
    );
  });

  it('instruction casing follows the majority', () => {
    expect(fixed('FROM alpine:3.20\nrun true\nCMD ["x"]\n', 'ConsistentInstructionCasing')).toBe(
      'FROM alpine:3.20\nRUN true\nCMD ["x"]\n',
    );
  });
});
