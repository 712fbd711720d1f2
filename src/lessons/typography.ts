// French typography for lesson text: a narrow no-break space (U+202F) before ; ! ? and a no-break
// space (U+00A0) before : and inside « », except in Markdown code (fenced blocks and `spans`) and URLs.

const NNBSP = '\u202f';
const NBSP = '\u00a0';

export function frenchTypography(markdown: string): string {
  let fenced = false;
  return markdown
    .split('\n')
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) {
        fenced = !fenced;
        return line;
      }
      if (fenced) return line;
      return line
        .split(/(`[^`]*`)/)
        .map((part, i) => (i % 2 === 1 ? part : prose(part)))
        .join('');
    })
    .join('\n');
}

function prose(text: string): string {
  return text
    .replace(/ ([;!?])/g, `${NNBSP}$1`)
    .replace(/ :(?=\s|$)/g, `${NBSP}:`)
    .replace(/« /g, `«${NBSP}`)
    .replace(/ »/g, `${NBSP}»`);
}
