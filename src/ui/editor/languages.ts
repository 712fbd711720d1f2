// The Monaco language of a host file, from its name.

const BY_EXTENSION: Record<string, string> = {
  sh: 'shell',
  bash: 'shell',
  json: 'json',
  yml: 'yaml',
  yaml: 'yaml',
  js: 'javascript',
  mjs: 'javascript',
  ts: 'typescript',
  py: 'python',
  go: 'go',
  html: 'html',
  css: 'css',
  md: 'markdown',
  conf: 'ini',
  ini: 'ini',
  toml: 'ini',
  xml: 'xml',
  sql: 'sql',
  dockerfile: 'dockerfile',
};

export function languageOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (/^(Dockerfile|Containerfile)(\..+)?$/i.test(name) || /\.dockerfile$/i.test(name)) return 'dockerfile';
  if (name === '.dockerignore' || name.endsWith('.dockerignore')) return 'plaintext';
  const dot = name.lastIndexOf('.');
  return dot > 0 ? (BY_EXTENSION[name.slice(dot + 1).toLowerCase()] ?? 'plaintext') : 'plaintext';
}
