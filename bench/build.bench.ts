// Builder benchmarks: parsing and diagnosing a large Dockerfile, and a 10-instruction build cold and
// fully cached on the simulated engine (wall time; the engine's own clock is virtual).
import type { Bench, Measurement } from './types';
import { parseDockerfile } from '../src/engine/builder/dockerfile/instructions/parse';
import { diagnose } from '../src/engine/builder/diagnostics/diagnose';
import { buildApp, world, write } from '../test/engine/builder/build/helpers';
import { median } from './stats';

function largeDockerfile(instructions: number): string {
  const lines = ['# syntax=docker/dockerfile:1', 'ARG BASE=debian:12', 'FROM ${BASE} AS base'];
  for (let i = 0; lines.length < instructions; i++) {
    lines.push(`ENV VAR_${i}="value ${i}" OTHER_${i}=x`);
    lines.push(`RUN apt-get update && apt-get install -y pkg${i} \\\n    && rm -rf /var/lib/apt/lists/*`);
    lines.push(`COPY --chown=app:app src/${i}/ /srv/app/${i}/`);
    lines.push(`LABEL org.example.step${i}="${i}"`);
  }
  lines.push('CMD ["node", "server.js"]');
  return lines.join('\n') + '\n';
}

const TEN = [
  'FROM busybox',
  'ARG VERSION=1',
  'ENV APP_HOME=/srv/app',
  'WORKDIR $APP_HOME',
  'COPY package.json .',
  'RUN cat package.json > deps.lock',
  'COPY src/ ./src/',
  'RUN ls src > files.txt',
  'EXPOSE 8080',
  'CMD ["cat", "files.txt"]',
  '',
].join('\n');

export const benches: Bench[] = [
  {
    name: 'parse + diagnose a 2,000-instruction Dockerfile',
    async run(): Promise<Measurement[]> {
      const text = largeDockerfile(2000);
      const parse: number[] = [];
      const diag: number[] = [];
      for (let i = 0; i < 7; i++) {
        let t = performance.now();
        parseDockerfile(text);
        parse.push(performance.now() - t);
        t = performance.now();
        diagnose(text);
        diag.push(performance.now() - t);
      }
      return [
        {
          name: 'parse 2,000 instructions (median)',
          value: median(parse),
          unit: 'ms',
          target: '< 50 ms',
          ok: median(parse) < 50,
        },
        {
          name: 'diagnose 2,000 instructions (median)',
          value: median(diag),
          unit: 'ms',
          target: '< 200 ms',
          ok: median(diag) < 200,
        },
      ];
    },
  },
  {
    name: '10-instruction build, cold then fully cached',
    async run(): Promise<Measurement[]> {
      const cold: number[] = [];
      const cached: number[] = [];
      for (let i = 0; i < 5; i++) {
        const w = world(i + 1);
        write(w, { Dockerfile: TEN, 'package.json': '{"name":"app"}\n', 'src/a.js': 'a', 'src/b.js': 'b' });
        let t = performance.now();
        const first = await buildApp(w);
        cold.push(performance.now() - t);
        t = performance.now();
        const second = await buildApp(w);
        cached.push(performance.now() - t);
        if (first.error || second.imageId !== first.imageId) throw new Error('build failed or cache missed');
      }
      return [
        {
          name: '10-instruction build, cold (median wall)',
          value: median(cold),
          unit: 'ms',
          target: '< 500 ms',
          ok: median(cold) < 500,
        },
        {
          name: '10-instruction build, fully cached (median wall)',
          value: median(cached),
          unit: 'ms',
          target: '< 100 ms',
          ok: median(cached) < 100,
        },
        { name: 'cold / cached', value: median(cold) / median(cached), unit: 'x' },
      ];
    },
  },
];
