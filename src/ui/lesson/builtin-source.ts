// The course shipped with Baleine (lessons/*/lesson.md) as a LessonSource. Each lesson file is its own
// lazy chunk: none of the course's text is in the page's initial JavaScript. Images beside a lesson
// (lessons/<slug>/schema.svg) are vite assets whose URLs are looked up when the lessons load.
import type { LessonFile } from '../../lessons';
import type { LessonSource } from '../../lessons/source';

const files = import.meta.glob<string>('../../../lessons/*/lesson.md', { query: '?raw', import: 'default' });
const images = import.meta.glob<string>('../../../lessons/*/*.{svg,png,jpg,webp}', { query: '?url', import: 'default' });

/** The URLs of the images in the lesson's folder, by file name. */
async function assetsOf(slug: string): Promise<Record<string, string>> {
  const prefix = `../../../lessons/${slug}/`;
  const entries = Object.entries(images).filter(([path]) => path.startsWith(prefix));
  return Object.fromEntries(await Promise.all(entries.map(async ([path, url]) => [path.slice(prefix.length), await url()])));
}

/** "../../../lessons/01-premiers-pas/lesson.md" → "01-premiers-pas". */
function slugOf(path: string): string {
  const parts = path.split('/');
  return parts[parts.length - 2];
}

export const builtinSource: LessonSource = {
  label: 'Cours Baleine',
  async load(): Promise<LessonFile[]> {
    const entries = Object.entries(files).sort(([a], [b]) => a.localeCompare(b));
    try {
      return await Promise.all(
        entries.map(async ([path, read]) => {
          const slug = slugOf(path);
          const [text, assets] = await Promise.all([read(), assetsOf(slug)]);
          return { slug, file: `lessons/${slug}/lesson.md`, text, assets };
        }),
      );
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      throw new Error(
        `Les leçons n’ont pas pu être chargées (${why}). Vérifiez la connexion puis rechargez la page.`,
      );
    }
  },
};
