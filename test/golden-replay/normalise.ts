// What legitimately differs between a recording on real Docker and a replay on the simulator:
// ids, digests, times, durations, sizes, random ports. Both sides go through the same rules.
export interface Step {
  cmd: string;
  stdout: string;
  stderr: string;
  exit: number;
}

const RULES: Array<[RegExp, string]> = [
  // digests and ids (full, then short forms embedded in text)
  [/sha256:[0-9a-f]{64}/g, 'sha256:<digest>'],
  [/\b[0-9a-f]{64}\b/g, '<id>'],
  [/\b[0-9a-f]{12}\b/g, '<short-id>'],
  // RFC 3339 timestamps and `date` outputs
  [/\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})/g, '<time>'],
  [/\b\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d+)?( [+-]\d{4} [A-Z]+)?/g, '<time>'],
  // human durations as docker prints them
  [
    /\b(Less than a second|About a minute|About an hour|\d+ (seconds?|minutes?|hours?|days?|weeks?|months?|years?))( ago)?/g,
    '<duration>$3',
  ],
  [/\bUp <duration>( \(Paused\))?/g, 'Up <duration>$1'],
  // sizes: 1.98MB, 4.26kB, 12B, 1.2GiB
  [/\b\d+(\.\d+)?\s?(B|kB|KB|MB|GB|TB|KiB|MiB|GiB)\b/g, '<size>'],
  // ephemeral host ports (Docker's range 32768–60999 on this machine)
  [/:(3[2-9]\d{3}|[45]\d{4}|60\d{3})\b/g, ':<port>'],
];

/**
 * Masks what legitimately differs. When a masked value had a variable width (a duration, a size, a
 * time) it shifts the columns of Docker's tables, so the padding is collapsed in that output too.
 */
export function normaliseText(s: string): string {
  let out = s;
  for (const [re, to] of RULES) out = out.replace(re, to);
  if (/<duration>|<size>|<time>/.test(out)) out = out.replace(/ {2,}/g, '  ').replace(/ +$/gm, '');
  return out;
}

export function normaliseStep(s: Step): Step {
  return { cmd: s.cmd, stdout: normaliseText(s.stdout), stderr: normaliseText(s.stderr), exit: s.exit };
}

export type Verdict =
  | { match: true }
  | { match: false; field: 'cmd' | 'stdout' | 'stderr' | 'exit'; expected: string; actual: string };

export function compareSteps(recorded: Step, replayed: Step | undefined): Verdict {
  if (!replayed) return { match: false, field: 'cmd', expected: recorded.cmd, actual: '<no step replayed>' };
  const a = normaliseStep(recorded);
  const b = normaliseStep(replayed);
  for (const field of ['cmd', 'stdout', 'stderr', 'exit'] as const) {
    if (String(a[field]) !== String(b[field]))
      return { match: false, field, expected: String(a[field]), actual: String(b[field]) };
  }
  return { match: true };
}
