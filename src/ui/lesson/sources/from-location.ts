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

export async function openSource(request: SourceRequest): Promise<LessonSource> {
  if (request.kind === 'served') {
    const { httpLessonSource } = await import('../../../lessons/http-source');
    return httpLessonSource(request.url);
  }
  const { browserGitSource } = await import('./browser-git');
  return browserGitSource(request.url, request.corsProxy);
}

/** A source the student can bring up to date (a git pack): resolves with the revision shown. */
export interface UpdatableSource extends LessonSource {
  update(): Promise<string>;
}

export function isUpdatable(source: LessonSource): source is UpdatableSource {
  return typeof (source as Partial<UpdatableSource>).update === 'function';
}
