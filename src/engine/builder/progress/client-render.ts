// What `docker build` prints from the /build message stream (see ../backend.ts): BuildKit's plain or
// TTY progress, then the image ID with -q, or the error summary. Pure text; the CLI writes it.

import type { JsonMessage } from '../../api/types';
import type { LineRange } from '../dockerfile/errors';
import { failureReport } from './error-summary';
import { PlainPrinter } from './plain';
import { TtyDisplay } from './tty';
import type { SolveStatus } from './types';

export interface BuildOutcome {
  imageId: string | null;
  /** The error message (without "failed to solve: "), or null. */
  error: string | null;
  location: LineRange | null;
  dockerfile: string | null;
  source: string | null;
}

/** Reads the stream: calls `onStatus` for each progress update and returns how the build ended. */
export async function readBuildStream(
  messages: AsyncIterable<JsonMessage>,
  onStatus: (s: SolveStatus) => void,
): Promise<BuildOutcome> {
  const outcome: BuildOutcome = {
    imageId: null,
    error: null,
    location: null,
    dockerfile: null,
    source: null,
  };
  for await (const m of messages) {
    if (m.id === 'moby.buildkit.trace' && m.aux) onStatus(m.aux as unknown as SolveStatus);
    else if (m.id === 'moby.image.id' && m.aux) outcome.imageId = String(m.aux.ID);
    else if (m.id === 'moby.buildkit.error' && m.aux) {
      outcome.location = m.aux.location as LineRange;
      outcome.dockerfile = String(m.aux.dockerfile);
      outcome.source = String(m.aux.source);
    } else if (m.error) outcome.error = m.errorDetail?.message ?? m.error;
  }
  return outcome;
}

function failureText(printer: PlainPrinter, outcome: BuildOutcome): string {
  if (outcome.error === null) return '';
  const steps = printer.failures().map((f) => ({ name: f.name, logs: f.logs }));
  const source =
    outcome.location && outcome.source !== null
      ? { filename: outcome.dockerfile ?? 'Dockerfile', data: outcome.source, location: outcome.location }
      : null;
  return failureReport(steps, source, outcome.error);
}

export interface TtyRenderOptions {
  /** Terminal size. */
  width: number;
  height: number;
  /** ANSI colours. */
  color: boolean;
  /** Minimum engine-clock time between two redraws (BuildKit redraws every 100 ms). */
  intervalMs?: number;
}

/** `docker build` on a terminal: BuildKit's TTY view redrawn in place, the final view, then the summary. */
export async function renderTtyBuild(
  messages: AsyncIterable<JsonMessage>,
  write: (text: string) => void,
  opts: TtyRenderOptions,
): Promise<BuildOutcome> {
  const display = new TtyDisplay({ description: 'docker:default', color: opts.color });
  const printer = new PlainPrinter();
  const interval = opts.intervalMs ?? 100;
  let last = -Infinity;
  let now = 0;
  const outcome = await readBuildStream(messages, (s) => {
    display.update(s);
    printer.write(s);
    for (const t of [
      ...s.vertexes.map((v) => v.completed ?? v.started ?? 0),
      ...s.statuses.map((x) => x.timestamp),
      ...s.logs.map((l) => l.timestamp),
    ]) {
      now = Math.max(now, t);
    }
    if (now - last >= interval) {
      write(display.frame(now, opts.width, opts.height));
      last = now;
    }
  });
  printer.end();
  write(display.frame(now, opts.width, opts.height, true));
  write(warningSummary(printer.warnings));
  write(failureText(printer, outcome));
  return outcome;
}

/** buildx's summary of the checks' warnings, after the progress (empty when there are none). */
export function warningSummary(warnings: readonly string[]): string {
  if (warnings.length === 0) return '';
  const count = warnings.length === 1 ? '1 warning found' : `${warnings.length} warnings found`;
  return `\n ${count} (use docker --debug to expand):\n` + warnings.map((w) => ` - ${w}\n`).join('');
}

/** `docker build --progress=plain`: the whole text of a build (first line as buildx prints it). */
export async function renderPlainBuild(
  messages: AsyncIterable<JsonMessage>,
  write: (text: string) => void,
): Promise<BuildOutcome> {
  const printer = new PlainPrinter();
  write('#0 building with "default" instance using docker driver\n\n');
  const outcome = await readBuildStream(messages, (s) => write(printer.write(s)));
  write(printer.end());
  write(warningSummary(printer.warnings));
  write(failureText(printer, outcome));
  return outcome;
}
