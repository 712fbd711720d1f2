// mongod's structured log (MongoDB 4.4+): one JSON object a line, its fields padded as the server
// pads them: `{"t":{"$date":…},"s":"I",  "c":"NETWORK",  "id":23016,   "ctx":"listener",…}`.
import type { ProcessContext } from '../../engine/process/types';
import { formatUtc } from './dates';

export type Severity = 'I' | 'W' | 'E' | 'F';

export interface MongoLogEntry {
  s?: Severity;
  c: string;
  id: number;
  ctx: string;
  msg: string;
  attr?: Record<string, unknown>;
  tags?: string[];
}

export function mongoLogLine(ms: number, e: MongoLogEntry): string {
  const date = formatUtc(ms, '%Y-%m-%dT%H:%M:%S.%L+00:00');
  const c = `"${e.c}",`.padEnd(11);
  const id = `${e.id},`.padEnd(8);
  const rest = [`"ctx":${JSON.stringify(e.ctx)}`, `"msg":${JSON.stringify(e.msg)}`];
  if (e.attr) rest.push(`"attr":${JSON.stringify(e.attr)}`);
  if (e.tags) rest.push(`"tags":${JSON.stringify(e.tags)}`);
  return `{"t":{"$date":"${date}"},"s":"${e.s ?? 'I'}",  "c":${c} "id":${id} ${rest.join(',')}}\n`;
}

/** A logger writing to the process's stdout, as the image's mongod does. */
export function mongoLogger(ctx: ProcessContext): (e: MongoLogEntry) => void {
  return (e) => ctx.stdout.write(mongoLogLine(ctx.clock.now(), e));
}
