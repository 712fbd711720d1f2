// `baleine lessons serve DIR [--port N]`: the built app and DIR's lessons, reloaded in the page as
// soon as a file of DIR changes (src/server/lessons-serve.ts serves them).
import { existsSync, statSync } from 'node:fs';
import { loadAll } from '../../lessons/check';
import { formatLessonError } from '../../lessons/loader';
import { appDir, parsePort } from './serve';
import { readLessonFiles } from './lessons-files';
import { startLessonsServer } from '../lessons-serve';

const PORT = 5174;
const SERVE_USAGE = 'Usage : baleine lessons serve DOSSIER [--port N]';

export async function lessonsServe(args: string[]): Promise<number> {
  const positional = args.filter((a, i) => !a.startsWith('--port') && args[i - 1] !== '--port');
  if (positional.length !== 1) {
    process.stderr.write(`${SERVE_USAGE}\n`);
    return 2;
  }
  const [dir] = positional;
  let port: number;
  try {
    port = parsePort(args, PORT);
  } catch (e) {
    process.stderr.write(`baleine lessons serve : ${(e as Error).message}\n`);
    return 2;
  }
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    process.stderr.write(`baleine lessons serve : « ${dir} » n’est pas un dossier.\n`);
    return 1;
  }
  let appRoot: string;
  try {
    appRoot = appDir();
  } catch {
    process.stderr.write(
      'baleine lessons serve : l’application n’est pas construite (dist/app manque). Lancez d’abord « npm run build », puis relancez cette commande.\n',
    );
    return 1;
  }
  const report = () => lessonsReport(dir).then((text) => process.stdout.write(text));
  const server = await startLessonsServer({ dir, appRoot, port, onChange: () => void report() });
  process.stdout.write(
    `Aperçu des leçons de « ${dir} » : ${server.previewUrl}\nChaque modification d’un fichier du dossier recharge la leçon dans la page. Ctrl+C pour arrêter.\n`,
  );
  await report();
  await new Promise(() => {});
  return 0;
}

/** What the teacher reads after each save: every error as « fichier:ligne : message », then a count. */
export async function lessonsReport(dir: string): Promise<string> {
  const { lessons, errors } = loadAll(await readLessonFiles(dir));
  const count = `${lessons.length} leçon(s) valide(s)${errors.length > 0 ? `, ${errors.length} erreur(s)` : ''}.`;
  return [...errors.map(formatLessonError), count, ''].join('\n');
}
