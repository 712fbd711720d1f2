// Which lessons the page's address asks for: `?lessons=<url>` (a folder served by `baleine lessons
// serve`, reloaded live) or `?pack=<git url>` (a lesson pack cloned in the browser, with an optional
// `&proxy=<CORS proxy>`). Neither: the built-in course. The sources' code is loaded only when asked.
import type { LessonSource } from '../../../lessons/source';

export type SourceRequest =
  { kind: 'served'; url: string } | { kind: 'pack'; url: string; corsProxy?: string };

const PARAMS = ['lessons', 'pack', 'proxy'];

/** The request in `href`, with `?lessons=` resolved against the page (it may be a path like /lessons/). */
export function sourceRequest(href: string): SourceRequest | null {
  const page = new URL(href);
  const params = page.searchParams;
  const served = params.get('lessons');
  if (served) return { kind: 'served', url: new URL(served, page).href };
  const pack = params.get('pack');
  if (pack) {
    const proxy = params.get('proxy');
    return proxy ? { kind: 'pack', url: pack, corsProxy: proxy } : { kind: 'pack', url: pack };
  }
  return null;
}

/** `href` asking for `request` (null: the built-in course), other parameters kept. */
export function withSourceRequest(href: string, request: SourceRequest | null): string {
  const url = new URL(href);
  for (const p of PARAMS) url.searchParams.delete(p);
  if (request?.kind === 'served') url.searchParams.set('lessons', request.url);
  if (request?.kind === 'pack') {
    url.searchParams.set('pack', request.url);
    if (request.corsProxy) url.searchParams.set('proxy', request.corsProxy);
  }
  return url.href;
}

async function openSource(request: SourceRequest): Promise<LessonSource> {
  try {
    if (request.kind === 'served') {
      const { httpLessonSource } = await import('../../../lessons/http-source');
      return httpLessonSource(request.url);
    }
    const { browserGitSource } = await import('./browser-git');
    return browserGitSource(request.url, request.corsProxy);
  } catch (e) {
    throw new Error(
      `Le code de chargement des cours n’a pas pu être téléchargé (${e instanceof Error ? e.message : String(e)}).`,
    );
  }
}

/**
 * The source `request` asks for, at once: its code (isomorphic-git for a pack) is fetched by the first
 * load(), so the app can choose it before its first render and still open the permalink's lesson.
 */
export function lazySource(request: SourceRequest): LessonSource {
  let opened: Promise<LessonSource> | null = null;
  let real: LessonSource | null = null;
  const open = () =>
    (opened ??= openSource(request).then(
      (s) => (real = s),
      (e: unknown) => {
        opened = null; // the next load() tries again
        throw e;
      },
    ));
  const source: LessonSource & Partial<UpdatableSource> = {
    label: request.url,
    load: async () => (await open()).load(),
    revision: () => real?.revision?.(),
    subscribe(onChange) {
      let stop: (() => void) | undefined;
      let stopped = false;
      void open().then(
        (s) => {
          if (!stopped) stop = s.subscribe?.(onChange);
        },
        () => {},
      );
      return () => {
        stopped = true;
        stop?.();
      };
    },
  };
  if (request.kind === 'pack') {
    source.update = async () => {
      const s = await open();
      if (!isUpdatable(s)) throw new Error('Ce cours ne se met pas à jour.');
      return s.update();
    };
  }
  return source;
}

/** A source the student can bring up to date (a git pack): resolves with the revision shown. */
export interface UpdatableSource extends LessonSource {
  update(): Promise<string>;
}

export function isUpdatable(source: LessonSource): source is UpdatableSource {
  return typeof (source as Partial<UpdatableSource>).update === 'function';
}
