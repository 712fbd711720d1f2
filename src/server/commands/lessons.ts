// `baleine lessons check [DIR]`: validates the course and replays every solution on a fresh simulated
// world (src/lessons/check.ts holds the logic; this file reads the files and composes the worlds).
import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkLessons, type CheckEnvironment, type LessonFile } from '../../lessons/check';
import { formatLessonError } from '../../lessons/loader';
import { fileHubLoader } from '../hub-files';
import { nodeWorld } from '../machine';
import { VirtualClock, fastHop } from '../../engine/world/virtual-clock';
import { SeededRandom } from '../../engine/world/random';
import type { ServerCommand } from './types';

const SEED = 42;

export async function readLessonFiles(dir: string): Promise<LessonFile[]> {
  const entries = (await readdir(dir, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
  entries.sort();
  const files: LessonFile[] = [];
  for (const slug of entries) {
    const file = join(dir, slug, 'lesson.md');
    if (!existsSync(file)) continue;
    files.push({ slug, file, text: await readFile(file, 'utf8') });
  }
  return files;
}

export function nodeCheckEnvironment(): CheckEnvironment {
  const hub = fileHubLoader();
  return {
    async hubTags() {
      const catalog = await hub.catalog();
      return Object.fromEntries(
        Object.entries(catalog.repositories).map(([k, v]) => [k, Object.keys(v.tags)]),
      );
    },
    async newWorld() {
      const world = nodeWorld({
        clock: new VirtualClock({ hop: fastHop() }),
        random: new SeededRandom(SEED),
      });
      return {
        client: world.client,
        run: (line) => world.host.run(line),
        preload: (images) => world.preload(images),
        readHostFile: async (path) => {
          try {
            return new TextDecoder().decode(world.host.fs.readFile(path));
          } catch {
            return null;
          }
        },
      };
    },
  };
}

export const lessons: ServerCommand = {
  name: 'lessons',
  usage: 'lessons check [DOSSIER]',
  summary: 'valide les leçons et rejoue chaque solution sur un monde neuf',
  async run(args) {
    const [sub, dir = 'lessons', ...extra] = args;
    if (sub !== 'check' || extra.length > 0) {
      process.stderr.write('Usage : baleine lessons check [DOSSIER]\n');
      return 2;
    }
    let files: LessonFile[];
    try {
      files = await readLessonFiles(dir);
    } catch {
      process.stderr.write(`baleine lessons : impossible de lire le dossier « ${dir} ».\n`);
      return 1;
    }
    if (files.length === 0) {
      process.stderr.write(`baleine lessons : aucune leçon (DOSSIER/*/lesson.md) dans « ${dir} ».\n`);
      return 1;
    }
    const errors = await checkLessons(files, nodeCheckEnvironment());
    for (const e of errors) process.stderr.write(`${formatLessonError(e)}\n`);
    if (errors.length > 0) {
      process.stderr.write(`\n${errors.length} erreur(s) dans les leçons.\n`);
      return 1;
    }
    process.stdout.write(`${files.length} leçon(s) valides, toutes les solutions rejouées avec succès.\n`);
    return 0;
  },
};
