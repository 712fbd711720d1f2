// Lesson Markdown in the pane: clickable commands, French typography, nothing executable from a pack.
import { describe, expect, it } from 'vitest';
import { lessonHtml } from '../../src/ui/lesson/markdown';

describe('lessonHtml', () => {
  it('turns each line of a shell block into a command button', () => {
    const html = lessonHtml(
      'Essayez :\n\n```sh\ndocker run --name "a b" busybox\n# un commentaire\ndocker ps -a\n```\n',
    );
    expect(html).toContain('Essayez\u00a0:');
    expect(html).toContain('data-command="docker run --name &quot;a b&quot; busybox"');
    expect(html).toContain('data-command="docker ps -a"');
    expect(html).not.toContain('data-command="# un commentaire"');
    expect(html).toContain('<code class="comment"># un commentaire</code>');
  });

  it('leaves other code blocks as code', () => {
    const html = lessonHtml('```dockerfile\nFROM busybox\n```\n');
    expect(html).toContain('<pre><code class="language-dockerfile">FROM busybox');
    expect(html).not.toContain('data-command');
  });

  it('shows raw HTML as text and drops script links', () => {
    const html = lessonHtml(
      '<img src=x onerror=alert(1)>\n\n[ici](javascript:alert(1)) et [doc](https://docs.docker.com/)',
    );
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<a href="https://docs.docker.com/"');
  });
});
