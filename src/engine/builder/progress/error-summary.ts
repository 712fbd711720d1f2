// What the build client prints after a failed build: the failing steps with their last output,
// the Dockerfile lines around the error, and the error itself.
//   ------
//    > [2/2] RUN exit 1:
//   ------
//   Dockerfile:2
//   --------------------
//      1 |     FROM busybox
//      2 | >>> RUN exit 1
//      3 |
//   --------------------
//   ERROR: failed to build: failed to solve: process "/bin/sh -c exit 1" did not complete successfully: exit code: 1

import type { LineRange } from '../dockerfile/errors';

export interface SourceInfo {
  /** Shown name (`Dockerfile`, `app.Dockerfile`). */
  filename: string;
  data: string;
  location: LineRange;
}

export interface FailedStep {
  name: string;
  /** Last output lines, each `0.253 text`. */
  logs: string[];
}

/** BuildKit's errdefs.Source.Print. */
export function sourceBlock(src: SourceInfo): string {
  const lines = src.data.split('\n');
  let start = src.location.start;
  let end = Math.max(src.location.end, start);
  if (start > lines.length || start < 1) return '';
  if (end > lines.length) end = lines.length;
  const pad = end === start ? 4 : 2;
  const first = start;
  for (let p = 0; p < pad;) {
    if (start > 1) {
      start--;
      p++;
    }
    if (end !== lines.length) {
      end++;
      p++;
    }
    p++;
  }
  let out = `${src.filename}:${first}\n--------------------\n`;
  for (let i = start; i <= end; i++) {
    const mark =
      i >= src.location.start && i <= Math.max(src.location.end, src.location.start) ? '>>>' : '   ';
    out += ` ${String(i).padStart(3)} | ${mark} ${lines[i - 1]}\n`;
  }
  return out + '--------------------\n';
}

/** The failing steps' output blocks (buildx's printErrorLogs). */
export function failedStepsBlock(steps: readonly FailedStep[]): string {
  let out = '';
  for (const s of steps) {
    out += '------\n';
    out += ` > ${s.name}:\n`;
    for (const l of s.logs) out += l + '\n';
    out += '------\n';
  }
  return out;
}

/** The final line, with the prefixes docker build (buildx) adds. */
export function errorLine(message: string): string {
  return `ERROR: failed to build: failed to solve: ${message}\n`;
}

export function failureReport(
  steps: readonly FailedStep[],
  source: SourceInfo | null,
  message: string,
): string {
  return failedStepsBlock(steps) + (source ? sourceBlock(source) : '') + errorLine(message);
}
