// Reads fixtures/real-docker.txt (recorded by fixtures/record.sh): the real engine's answer to each
// command line, with `Error response from daemon: ` and the CLI's own lines stripped.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const text = readFileSync(fileURLToPath(new URL('./fixtures/real-docker.txt', import.meta.url)), 'utf8');

interface Step {
  command: string;
  output: string[];
  exit: number;
}

const steps: Step[] = [];
for (const block of text.split(/^\$ docker /m).slice(1)) {
  const lines = block.split('\n');
  const command = lines[0];
  const exitLine = lines.findIndex((l) => /^\[exit \d+\]$/.test(l));
  steps.push({ command, output: lines.slice(1, exitLine), exit: Number(/\d+/.exec(lines[exitLine])![0]) });
}

/** The daemon's message for the n-th (0-based) recording of `command`, with `<ID>` replaced by `id`. */
export function daemonMessage(command: string, id = '<ID>', nth = 0): string {
  const found = steps.filter((s) => s.command === command)[nth];
  if (!found) throw new Error(`no recording for docker ${command}`);
  const line = found.output.find((l) => l.includes('Error response from daemon: '));
  if (!line) throw new Error(`docker ${command} printed no daemon error`);
  return line
    .slice(line.indexOf('Error response from daemon: ') + 'Error response from daemon: '.length)
    .replaceAll('<ID>', id);
}

export function recordedExit(command: string, nth = 0): number {
  return steps.filter((s) => s.command === command)[nth].exit;
}
