// Relative images and links of a lesson lead to the lesson's folder as its source serves it.
import { describe, expect, it } from 'vitest';
import { lessonHtml, resolveLessonUrl } from '../../src/ui/lesson/markdown';

describe('lesson Markdown assets', () => {
  it('resolves a relative image against the assets first, then the folder URL', () => {
    const links = { base: 'https://ecole.test/lessons/03-x/', assets: { 'schema.svg': 'blob:https://app/1', 'img/é t.png': '/assets/e-123.png' } };
    expect(resolveLessonUrl('schema.svg', links)).toBe('blob:https://app/1');
    expect(resolveLessonUrl('./schema.svg', links)).toBe('blob:https://app/1');
    expect(resolveLessonUrl('img/%C3%A9%20t.png', links)).toBe('/assets/e-123.png');
    expect(resolveLessonUrl('autre.png', links)).toBe('https://ecole.test/lessons/03-x/autre.png');
    expect(resolveLessonUrl('../04-y/lesson.md', links)).toBe('https://ecole.test/lessons/04-y/lesson.md');
    expect(resolveLessonUrl('https://docs.docker.com/x.png', links)).toBe('https://docs.docker.com/x.png');
    expect(resolveLessonUrl('#etape', links)).toBe('#etape');
    expect(resolveLessonUrl('schema.svg', {})).toBe('schema.svg');
  });

  it('renders the image with its resolved address and escaped text', () => {
    const html = lessonHtml('![Schéma des "couches"](schema.svg "Les couches")', { assets: { 'schema.svg': '/assets/schema-abc.svg' } });
    expect(html).toContain('<img src="/assets/schema-abc.svg" alt="Schéma des &quot;couches&quot;" title="Les couches">');
  });

  it('shows the text of an image whose address is not allowed', () => {
    const html = lessonHtml('![piège](javascript:alert(1))');
    expect(html).not.toContain('<img');
    expect(html).toContain('piège');
  });

  it('resolves relative links too', () => {
    expect(lessonHtml('[le fichier](donnees.txt)', { base: 'https://ecole.test/l/01/' })).toContain('href="https://ecole.test/l/01/donnees.txt"');
  });
});
