// `baleine transcript [--preload IMAGE...] FILE`: runs each command line of FILE in one persistent
// simulated host session (virtual clock, fixed seed) and prints {"steps":[{cmd,stdout,stderr,exit}]}.
// The fidelity checks depend on this output: keep it stable.
import { readFile } from 'node:fs/promises';
import { createHost, type Host } from '../../host/host';
import { VirtualClock, fastHop } from '../../engine/world/virtual-clock';
import { SeededRandom } from '../../engine/world/random';
import type { Clock, Random } from '../../engine/world/types';
import type { ServerCommand } from './types';

export const TRANSCRIPT_SEED = 42;

export interface TranscriptStep {
  cmd: string;
  stdout: string;
  stderr: string;
  exit: number;
}

export interface TranscriptMachine {
  host: Host;
  /** Makes images present locally without pull output; absent when no engine is wired. */
  preload?: (images: string[]) => Promise<void>;
}

export interface TranscriptWiring {
  /** Builds the simulated machine on the transcript's clock and seed (default: a bare host). */
  machine?: (world: { clock: Clock; random: Random }) => TranscriptMachine;
}

/** The lines a transcript runs: non-empty, not comments. */
export function transcriptLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.replace(/\r$/, ''))
    .filter((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));
}

export async function runTranscript(
  lines: string[],
  images: string[],
  wiring: TranscriptWiring = {},
): Promise<TranscriptStep[]> {
  const clock = new VirtualClock({ hop: fastHop() });
  const random = new SeededRandom(TRANSCRIPT_SEED);
  const machine: TranscriptMachine = wiring.machine
    ? wiring.machine({ clock, random })
    : { host: createHost({ world: { clock, random } }) };
  const { host } = machine;
  if (images.length > 0) {
    if (!machine.preload) throw new PreloadUnavailable(images);
    await machine.preload(images);
  }
  const steps: TranscriptStep[] = [];
  for (const cmd of lines) {
    const r = await host.run(cmd);
    steps.push({ cmd, stdout: r.stdout, stderr: r.stderr, exit: r.exit });
  }
  return steps;
}

export class PreloadUnavailable extends Error {
  constructor(readonly images: string[]) {
    super(
      `--preload ${images.join(' ')} : le moteur Docker simulé n'est pas encore disponible dans ce binaire, ` +
        'impossible de précharger des images.',
    );
  }
}

function parseArgs(args: string[]): { file: string; images: string[] } | string {
  const images: string[] = [];
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--preload') {
      const image = args[++i];
      if (!image) return 'l’option --preload attend un nom d’image';
      images.push(image);
    } else if (a.startsWith('--preload=')) images.push(a.slice('--preload='.length));
    else if (a.startsWith('-') && a !== '-') return `option inconnue « ${a} »`;
    else files.push(a);
  }
  if (files.length !== 1) return 'il faut exactement un fichier de commandes';
  return { file: files[0], images };
}

export function createTranscriptCommand(wiring: TranscriptWiring = {}): ServerCommand {
  return {
    name: 'transcript',
    usage: 'transcript [--preload IMAGE...] FICHIER',
    summary: 'exécute un script dans l’hôte simulé et affiche le résultat de chaque commande en JSON',
    async run(args) {
      const parsed = parseArgs(args);
      if (typeof parsed === 'string') {
        process.stderr.write(
          `baleine transcript : ${parsed}.\nUsage : baleine transcript [--preload IMAGE...] FICHIER\n`,
        );
        return 2;
      }
      let text: string;
      try {
        text = parsed.file === '-' ? await readStdin() : await readFile(parsed.file, 'utf8');
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        process.stderr.write(
          `baleine transcript : impossible de lire « ${parsed.file} »${code === 'ENOENT' ? ' : fichier introuvable' : ''}.\n`,
        );
        return 1;
      }
      try {
        const steps = await runTranscript(transcriptLines(text), parsed.images, wiring);
        process.stdout.write(JSON.stringify({ steps }) + '\n');
        return 0;
      } catch (err) {
        if (err instanceof PreloadUnavailable) {
          process.stderr.write(`baleine transcript : ${err.message}\n`);
          return 2;
        }
        throw err;
      }
    },
  };
}

async function readStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text;
}
