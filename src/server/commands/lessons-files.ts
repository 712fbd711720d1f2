// Reads a lesson folder from disk: DIR/<slug>/lesson.md for each sub-folder, in folder order.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LessonFile } from '../../lessons/check';

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
