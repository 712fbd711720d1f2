// jsonmessage.DisplayJSONMessagesStream: pull/push/load progress. On a terminal each layer keeps its
// line and redraws in place (cursor up/down, clear line); elsewhere only lines without a progress bar
// are printed, one per message.

import type { JsonMessage } from '../../client/api-types';
import { humanSize } from './units';

export class JSONMessageError extends Error {}

function progressString(m: JsonMessage, width: number): string {
  const d = m.progressDetail ?? {};
  const current = d.current ?? 0;
  const total = d.total ?? 0;
  if (current <= 0 && total <= 0) return '';
  if (total <= 0) return humanSize(current).padStart(8);
  let pct = Math.trunc(Math.trunc((current / total) * 100) / 2);
  if (pct > 50) pct = 50;
  let bar = '';
  if (width > 110) bar = `[${'='.repeat(pct)}>${' '.repeat(Math.max(0, 50 - pct))}] `;
  let numbers = `${humanSize(current).padStart(8)}/${humanSize(total)}`;
  if (current > total) numbers = humanSize(current).padStart(8);
  return bar + numbers;
}

export interface ProgressWriter {
  write(text: string): void;
  isTerminal: boolean;
  width: number;
}

/** Renders a stream of messages; throws JSONMessageError with the daemon's error message. */
export async function displayJSONMessages(
  messages: AsyncIterable<JsonMessage>,
  out: ProgressWriter,
  onAux?: (aux: Record<string, unknown>) => void,
): Promise<void> {
  let ids = new Map<string, number>();
  for await (const m of messages) {
    if (m.errorDetail || m.error) throw new JSONMessageError(m.errorDetail?.message ?? m.error ?? '');
    if (m.aux) {
      onAux?.(m.aux);
      continue;
    }
    const hasProgress = m.progressDetail !== undefined;
    let diff = 0;
    if (m.id && hasProgress) {
      let line = ids.get(m.id);
      if (line === undefined) {
        line = ids.size;
        ids.set(m.id, line);
        if (out.isTerminal) out.write('\n');
      }
      diff = ids.size - line;
      if (out.isTerminal && diff > 0) out.write(`\x1b[${diff}A`);
    } else {
      ids = new Map();
    }
    display(m, out);
    if (m.id && out.isTerminal && diff > 0) out.write(`\x1b[${diff}B`);
  }
}

function display(m: JsonMessage, out: ProgressWriter): void {
  const bar = progressString(m, out.width);
  let endl = '';
  if (out.isTerminal && !m.stream && m.progressDetail !== undefined) {
    out.write('\x1b[2K\r');
    endl = '\r';
  } else if (m.progressDetail !== undefined && bar !== '') {
    return;
  }
  let s = '';
  if (m.id) s += `${m.id}: `;
  if (m.progressDetail !== undefined && out.isTerminal) s += `${m.status ?? ''} ${bar}${endl}`;
  else if (m.stream) s += `${m.stream}${endl}`;
  else s += `${m.status ?? ''}${endl}\n`;
  out.write(s);
}
