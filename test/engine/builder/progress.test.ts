import { describe, expect, it } from 'vitest';
import { failureReport, sourceBlock } from '../../../src/engine/builder/progress/error-summary';
import { PlainPrinter, renderPlain } from '../../../src/engine/builder/progress/plain';
import { TtyDisplay } from '../../../src/engine/builder/progress/tty';
import type { SolveStatus } from '../../../src/engine/builder/progress/types';
import { formatBytes } from '../../../src/engine/builder/progress/units';

const T0 = 1_000_000;
const v = (digest: string, name: string, extra: Partial<SolveStatus['vertexes'][0]> = {}) => ({
  vertexes: [{ digest, name, cached: false, started: T0, ...extra }],
  statuses: [],
  logs: [],
});

describe('units', () => {
  it.each([
    [2, '2B'],
    [999, '999B'],
    [2340, '2.34kB'],
    [1_000_000, '1.00MB'],
    [3_620_000, '3.62MB'],
  ])('%d → %s', (n, s) => expect(formatBytes(n)).toBe(s));
});

describe('plain printer', () => {
  it('a step completed in the same tick is printed first; the interrupted one says "#N ..." and resumes', () => {
    const trace: SolveStatus[] = [
      v('a', '[1/2] RUN a'),
      { vertexes: [], statuses: [], logs: [{ vertex: 'a', stream: 1, data: 'one\n', timestamp: T0 + 250 }] },
      v('b', '[internal] load build context', { started: T0 + 300 }),
      v('b', '[internal] load build context', { started: T0 + 300, completed: T0 + 300 }),
      v('a', '[1/2] RUN a', { completed: T0 + 1500 }),
    ];
    expect(renderPlain(trace)).toBe(
      [
        '#1 [1/2] RUN a',
        '#1 ...',
        '',
        '#2 [internal] load build context',
        '#2 DONE 0.0s',
        '',
        '#1 [1/2] RUN a',
        '#1 0.250 one',
        '#1 DONE 1.5s',
        '',
      ].join('\n'),
    );
  });

  it('partial log lines are joined, errors and cached steps are marked', () => {
    const p = new PlainPrinter();
    let out = p.write(v('a', '[2/2] RUN x'));
    out += p.write({
      vertexes: [],
      statuses: [],
      logs: [{ vertex: 'a', stream: 2, data: 'no ', timestamp: T0 + 10 }],
    });
    out += p.write({
      vertexes: [],
      statuses: [],
      logs: [{ vertex: 'a', stream: 2, data: 'such\n', timestamp: T0 + 20 }],
    });
    out += p.write(
      v('a', '[2/2] RUN x', {
        completed: T0 + 400,
        error: 'process "/bin/sh -c x" did not complete successfully: exit code: 127',
      }),
    );
    out += p.write(v('c', '[1/2] COPY a b', { started: T0 + 500, completed: T0 + 500, cached: true }));
    out += p.end();
    expect(out).toBe(
      '#1 [2/2] RUN x\n#1 0.010 no such\n#1 ERROR: process "/bin/sh -c x" did not complete successfully: exit code: 127\n\n#2 [1/2] COPY a b\n#2 CACHED\n',
    );
    expect(p.failures()).toEqual([
      {
        name: '[2/2] RUN x',
        logs: ['0.010 no such'],
        error: 'process "/bin/sh -c x" did not complete successfully: exit code: 127',
      },
    ]);
  });
});

describe('error summary', () => {
  const dockerfile = 'FROM busybox\nRUN exit 1\n';
  it('prints the Dockerfile lines around the failing instruction, BuildKit style', () => {
    expect(sourceBlock({ filename: 'Dockerfile', data: dockerfile, location: { start: 2, end: 2 } })).toBe(
      'Dockerfile:2\n--------------------\n   1 |     FROM busybox\n   2 | >>> RUN exit 1\n   3 |     \n--------------------\n',
    );
  });

  it('assembles the failed steps, the source and the error line', () => {
    const text = failureReport(
      [{ name: '[2/2] RUN exit 1', logs: [] }],
      { filename: 'Dockerfile', data: dockerfile, location: { start: 2, end: 2 } },
      'process "/bin/sh -c exit 1" did not complete successfully: exit code: 1',
    );
    expect(text).toBe(
      '------\n > [2/2] RUN exit 1:\n------\nDockerfile:2\n--------------------\n   1 |     FROM busybox\n   2 | >>> RUN exit 1\n   3 |     \n--------------------\nERROR: failed to build: failed to solve: process "/bin/sh -c exit 1" did not complete successfully: exit code: 1\n',
    );
  });
});

describe('TTY display', () => {
  it('shows a header, timers and FINISHED at the end', () => {
    const d = new TtyDisplay({ description: 'docker:default' });
    d.update(v('a', '[internal] load build definition from Dockerfile', { completed: T0 + 20 }));
    d.update({
      vertexes: [],
      statuses: [
        {
          id: 'transferring dockerfile:',
          vertex: 'a',
          current: 95,
          total: 0,
          started: T0,
          completed: T0 + 20,
          timestamp: T0 + 20,
        },
      ],
      logs: [],
    });
    d.update(v('b', '[2/2] RUN make', { started: T0 + 100, completed: T0 + 1300, cached: false }));
    const frame = d.frame(T0 + 1400, 80, 24, true);
    const lines = frame.split('\n');
    expect(lines[0]).toMatch(/\[\+\] Building 1\.4s \(2\/2\) FINISHED +docker:default$/);
    expect(lines[0].replace(/^[\x1b[0-9A-Z]*\r/, '').length).toBe(79);
    expect(lines[1]).toBe(' => [internal] load build definition from Dockerfile'.padEnd(73) + '  0.0s');
    expect(lines[2]).toBe(' => => transferring dockerfile: 95B'.padEnd(73) + '  0.0s');
    expect(lines[3]).toBe(' => [2/2] RUN make'.padEnd(73) + '  1.2s');
  });

  it('shows the live output of a running step', () => {
    const d = new TtyDisplay();
    d.update(v('a', '[2/2] RUN make'));
    d.update({
      vertexes: [],
      statuses: [],
      logs: [{ vertex: 'a', stream: 1, data: 'gcc main.c\n', timestamp: T0 + 5 }],
    });
    expect(d.frame(T0 + 3000)).toContain(' => => # gcc main.c\n');
  });
});
