// One-way imports between the layers of src/ (DESIGN.md section 2), enforced by lint.
// Each layer lists the layers it may import; `server` may import anything.
import path from 'node:path';

export const ALLOWED = {
  engine: ['engine'],
  shell: ['shell', 'engine'],
  userland: ['userland', 'shell', 'engine'],
  host: ['host', 'userland', 'shell', 'engine'],
  client: ['client', 'engine'],
  cli: ['cli', 'client', 'host', 'userland', 'shell'],
  lessons: ['lessons', 'cli', 'client', 'host', 'userland', 'shell'],
  // The composition root: wires an engine, a host and the docker CLI into one simulated machine.
  world: ['world', 'cli', 'client', 'host', 'userland', 'shell', 'engine'],
  ui: ['ui', 'world', 'lessons', 'cli', 'client', 'host', 'userland', 'shell', 'engine'],
  server: ['server', 'world', 'ui', 'lessons', 'cli', 'client', 'host', 'userland', 'shell', 'engine'],
};

function layerOf(file, srcRoot) {
  const rel = path.relative(srcRoot, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  const top = rel.split(path.sep)[0];
  return top in ALLOWED ? top : null;
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports between src/ layers go one way (DESIGN.md §2).' },
    messages: {
      forbidden: "Layer '{{from}}' may not import layer '{{to}}' (allowed: {{allowed}}).",
    },
    schema: [],
  },
  create(context) {
    const file = context.filename ?? context.getFilename();
    const srcRoot = path.resolve(context.cwd ?? process.cwd(), 'src');
    const from = layerOf(path.resolve(file), srcRoot);
    if (!from) return {};
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = path.resolve(path.dirname(path.resolve(file)), source);
      const to = layerOf(target, srcRoot);
      if (!to || ALLOWED[from].includes(to)) return;
      context.report({ node, messageId: 'forbidden', data: { from, to, allowed: ALLOWED[from].join(', ') } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

export default { rules: { 'one-way-imports': rule } };
