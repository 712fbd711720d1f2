// Lesson Markdown to HTML for the pane: French typography; shell blocks become one button per command
// (a click pastes it into the terminal, see `data-command`); raw HTML is shown as text and links may
// only lead to http(s), mail or in-page addresses, since a lesson pack may come from anyone's URL.
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

const lessonMarked = new Marked({
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
      return `<a href="${escapeHtml(token.href)}"${title} target="_blank" rel="noopener noreferrer">${text}</a>`;
    },
  },
});

export function lessonHtml(markdown: string): string {
  return lessonMarked.parse(frenchTypography(markdown), { async: false });
}
