// Shareable addresses of a lesson and step: `?lesson=<slug>&step=<id>`. Other parameters of the
// address (e.g. `?lessons=<url>` naming a lesson pack) are kept as they are.

export interface Permalink {
  lesson?: string;
  step?: string;
}

export function readPermalink(href: string): Permalink {
  const params = new URL(href).searchParams;
  const lesson = params.get('lesson') || undefined;
  const step = (lesson && params.get('step')) || undefined;
  return { lesson, step };
}

/** `href` pointing at `link` (a missing lesson or step is removed from the address). */
export function withPermalink(href: string, link: Permalink): string {
  const url = new URL(href);
  url.searchParams.delete('lesson');
  url.searchParams.delete('step');
  if (link.lesson) {
    url.searchParams.set('lesson', link.lesson);
    if (link.step) url.searchParams.set('step', link.step);
  }
  return url.href;
}
