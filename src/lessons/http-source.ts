// A LessonSource over HTTP: the lessons a teacher serves with `baleine lessons serve DIR` (live preview).
// Reads BASE/index.json then BASE/<slug>/lesson.md, and follows BASE/events (Server-Sent Events, read
// with fetch so it works the same in the browser and in node): each « change » reloads the lessons.
// When the stream drops (the server restarted), it reconnects and reloads once, since files may have
// changed meanwhile. A lesson saved broken keeps its last good text beside the broken one, so the
// student still sees the previous version while the errors (file:line) are reported.
import type { LessonFile } from './check';
import { parseLesson } from './loader';
import type { LessonSource } from './source';

export const LESSONS_INDEX = 'index.json';
export const LESSONS_EVENTS = 'events';

/** BASE/index.json. */
export interface LessonIndex {
  /** In folder order; `file` is the path the teacher edits, printed in errors. */
  lessons: { slug: string; file: string }[];
}

export interface HttpSourceOptions {
  fetch?: typeof globalThis.fetch;
  /** Wait before reconnecting to a dropped event stream. */
  retryMs?: number;
}

const RETRY_MS = 1000;

/** `base` is an absolute URL (resolve `?lessons=` against the page's address first). */
export function httpLessonSource(base: string, opts: HttpSourceOptions = {}): LessonSource {
  const root = base.endsWith('/') ? base : `${base}/`;
  const get = opts.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const retryMs = opts.retryMs ?? RETRY_MS;

  /** The file's text; null when the server has no such file (a lesson removed since the index). */
  async function text(path: string): Promise<string | null> {
    let res: Response;
    try {
      res = await get(new URL(path, root), { cache: 'no-store' });
    } catch (e) {
      throw new Error(`Le serveur de leçons ${root} ne répond pas (${describe(e)}). Est-ce que « baleine lessons serve » tourne toujours ?`);
    }
    if (res.status === 404 && path !== LESSONS_INDEX) return null;
    if (!res.ok) throw new Error(`Le serveur de leçons ${root} a répondu ${res.status} pour « ${path} ».`);
    return res.text();
  }

  const lastGood = new Map<string, LessonFile>();

  return {
    label: root,
    async load(): Promise<LessonFile[]> {
      const index = parseIndex((await text(LESSONS_INDEX)) ?? '', root);
      const files = await Promise.all(
        index.lessons.map(async ({ slug, file }) => ({ slug, file, text: await text(`${encodeURIComponent(slug)}/lesson.md`) })),
      );
      return files.flatMap(({ slug, file, text: body }): LessonFile[] => {
        if (body === null) return [];
        const f = { slug, file, text: body, base: new URL(`${encodeURIComponent(slug)}/`, root).href };
        if (parseLesson(body, file, slug).ok) {
          lastGood.set(f.slug, f);
          return [f];
        }
        const good = lastGood.get(f.slug);
        return good ? [good, f] : [f];
      });
    },
    subscribe(onChange: () => void): () => void {
      const stop = new AbortController();
      void follow(get, new URL(LESSONS_EVENTS, root), stop.signal, retryMs, onChange);
      return () => stop.abort();
    },
  };
}

function parseIndex(raw: string, root: string): LessonIndex {
  const bad = new Error(`${root}${LESSONS_INDEX} n’est pas un index de leçons valide.`);
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    throw bad;
  }
  const index = data as Partial<LessonIndex> | null;
  const valid =
    Array.isArray(index?.lessons) &&
    index.lessons.every((l: unknown) => {
      const entry = l as { slug?: unknown; file?: unknown } | null;
      return typeof entry?.slug === 'string' && typeof entry.file === 'string';
    });
  if (!valid) throw bad;
  return index as LessonIndex;
}

/** Reads the event stream until `signal` aborts, reconnecting after drops. */
async function follow(
  get: typeof globalThis.fetch,
  url: URL,
  signal: AbortSignal,
  retryMs: number,
  onChange: () => void,
): Promise<void> {
  let connected = false;
  while (!signal.aborted) {
    try {
      const res = await get(url, { signal, cache: 'no-store', headers: { accept: 'text/event-stream' } });
      if (res.ok && res.body) {
        if (connected) onChange();
        connected = true;
        await readEvents(res.body, (event) => {
          if (event === 'change') onChange();
        });
      }
    } catch {
      // Dropped or refused: retry below, unless unsubscribed.
    }
    if (signal.aborted) return;
    await new Promise((ok) => setTimeout(ok, retryMs));
  }
}

/** Calls `onEvent` with the name of each Server-Sent Event of `body` (comments skipped). */
export async function readEvents(body: ReadableStream<Uint8Array>, onEvent: (event: string, data: string) => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true }).replace(/\r\n?/g, '\n');
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let event = 'message';
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith('event:')) event = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
      }
      if (data.length > 0 || event !== 'message') onEvent(event, data.join('\n'));
    }
  }
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
