// Lesson Markdown to HTML for the pane: French typography; shell blocks become one button per command
// (a click pastes it into the terminal, see `data-command`); raw HTML is shown as text and links may
// only lead to http(s), mail or in-page addresses, since a lesson pack may come from anyone's URL.
// Relative links and images (« ![schéma](schema.svg) ») lead to the lesson's own folder (see LessonLinks).
import { Marked, type Tokens } from 'marked';
import { frenchTypography } from '../../lessons';

const SHELL = new Set(['sh', 'bash', 'shell', 'console']);

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function commandBlock(text: string): string {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const items = lines.map((line) =>
    line.trimStart().startsWith('#')
      ? `<li><code class="comment">${escapeHtml(line)}</code></li>`
      : `<li><button type="button" class="command" data-command="${escapeHtml(line)}" title="Copier dans le terminal"><code>${escapeHtml(line)}</code></button></li>`,
  );
  return `<ul class="commands" aria-label="Commandes à copier dans le terminal">${items.join('')}</ul>\n`;
}

function safeHref(href: string): boolean {
  return /^(https?:|mailto:|#|\.{0,2}\/|[^:]*$)/i.test(href.trim());
}

/** Where a lesson's relative addresses lead: `Lesson.base` and `Lesson.assets`. */
export interface LessonLinks {
  base?: string;
  assets?: Record<string, string>;
}

const FOLDER = 'http://lesson.invalid/folder/';

/** A relative address of the lesson (« schema.svg », « ./img/a.png ») as its source serves it; others unchanged. */
export function resolveLessonUrl(href: string, links: LessonLinks): string {
  if (/^([a-z][a-z0-9+.-]*:|#|\/)/i.test(href.trim())) return href;
  const path = new URL(href, FOLDER).pathname;
  if (path.startsWith('/folder/')) {
    const asset = links.assets?.[safeDecode(path.slice('/folder/'.length))];
    if (asset !== undefined) return asset;
  }
  return links.base ? new URL(href, links.base).href : href;
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function lessonMarked(links: LessonLinks): Marked {
  return new Marked({
    renderer: {
      code(token: Tokens.Code) {
        return SHELL.has(token.lang ?? '') ? commandBlock(token.text) : false;
      },
      html(token: Tokens.HTML | Tokens.Tag) {
        return escapeHtml(token.text);
      },
      link(token: Tokens.Link) {
        const text = this.parser.parseInline(token.tokens);
        if (!safeHref(token.href)) return text;
        const title = token.title ? ` title="${escapeHtml(token.title)}"` : '';
        return `<a href="${escapeHtml(resolveLessonUrl(token.href, links))}"${title} target="_blank" rel="noopener noreferrer">${text}</a>`;
      },
      image(token: Tokens.Image) {
        if (!safeHref(token.href)) return escapeHtml(token.text);
        const title = token.title ? ` title="${escapeHtml(token.title)}"` : '';
        return `<img src="${escapeHtml(resolveLessonUrl(token.href, links))}" alt="${escapeHtml(token.text)}"${title}>`;
      },
    },
  });
}

/** `links`: the lesson's (its `base` and `assets`), so that its relative images and links reach its folder. */
export function lessonHtml(markdown: string, links: LessonLinks = {}): string {
  return lessonMarked(links).parse(frenchTypography(markdown), { async: false });
}
