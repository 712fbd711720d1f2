// `baleine lessons check [DIR]`: validates the course and replays every solution on a fresh simulated
// world (src/lessons/check.ts holds the logic; this file reads the files and composes the worlds).
// `baleine lessons serve DIR` is in lessons-serve.ts.
import { checkLessons, type CheckEnvironment, type LessonFile } from '../../lessons/check';
import { formatLessonError } from '../../lessons/loader';
import { fileHubLoader } from '../hub-files';
import { nodeWorld } from '../machine';
import { VirtualClock, fastHop } from '../../engine/world/virtual-clock';
import { SeededRandom } from '../../engine/world/random';
import { readLessonFiles } from './lessons-files';
import { lessonsServe } from './lessons-serve';
import type { ServerCommand } from './types';

const SEED = 42;
const USAGE =
  'Usage : baleine lessons check [--json] [DOSSIER]\n        baleine lessons serve DOSSIER [--port N]';

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
  usage: 'lessons check [--json]|serve [DOSSIER]',
  summary: 'valide les leçons (check) ou les sert en aperçu rechargé à chaque modification (serve)',
  async run(args) {
    if (args[0] === 'serve') return lessonsServe(args.slice(1));
    // `--json`: the errors as a JSON array on stdout (for editors and CI), same exit codes.
    const json = args.includes('--json');
    const [sub, dir = 'lessons', ...extra] = args.filter((a) => a !== '--json');
    if (sub !== 'check' || extra.length > 0) {
      process.stderr.write(`${USAGE}\n`);
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
    if (json) {
      process.stdout.write(`${JSON.stringify(errors, null, 2)}\n`);
      return errors.length > 0 ? 1 : 0;
    }
    for (const e of errors) process.stderr.write(`${formatLessonError(e)}\n`);
    if (errors.length > 0) {
      process.stderr.write(`\n${errors.length} erreur(s) dans les leçons.\n`);
      return 1;
    }
    process.stdout.write(`${files.length} leçon(s) valides, toutes les solutions rejouées avec succès.\n`);
    return 0;
  },
};
