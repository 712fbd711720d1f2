// What the tab's iframe shows: the page's HTML made inert (no scripts, nothing fetched from the real
// network: a Content-Security-Policy that allows inline styles and data: images only), or a text
// response in a <pre>.

const POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; form-action 'none'";

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** Removes <script> elements and inline event handlers; the sandbox would block them anyway. */
function inert(html: string): string {
  return html
    .replace(/<script\b[\s\S]*?(<\/script\s*>|$)/gi, '')
    .replace(/\son[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '');
}

export function pageDocument(body: string, contentType: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${POLICY}"><meta charset="utf-8">`;
  const isHtml = contentType === '' ? /<html|<body|<!doctype/i.test(body) : /html/i.test(contentType);
  if (!isHtml) return `<!doctype html>${meta}<pre style="white-space:pre-wrap">${escapeHtml(body)}</pre>`;
  const clean = inert(body);
  return /<head[^>]*>/i.test(clean) ? clean.replace(/<head[^>]*>/i, (h) => `${h}${meta}`) : `${meta}${clean}`;
}
