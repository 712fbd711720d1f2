import { describe, expect, it } from 'vitest';
import { loadContext } from '../../../src/engine/builder/context';
import { MemFs } from '../../../src/engine/fs/memfs';

function project(files: Record<string, string>): MemFs {
  const fs = new MemFs();
  for (const [path, content] of Object.entries(files)) {
    const parts = path.split('/');
    for (let i = 2; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      if (!fs.exists(dir)) fs.mkdir(dir);
    }
    fs.writeFile(path, content);
  }
  return fs;
}

describe('build context', () => {
  it('includes everything without a .dockerignore, parents before children', () => {
    const fs = project({
      '/app/Dockerfile': 'FROM a\n',
      '/app/src/index.js': 'x',
      '/app/package.json': '{}',
    });
    const ctx = loadContext(fs, '/app');
    expect([...ctx.entries.keys()]).toEqual(['Dockerfile', 'package.json', 'src', 'src/index.js']);
    expect(ctx.size).toBe(7 + 1 + 2);
  });

  it('honours .dockerignore with exceptions inside an ignored directory', () => {
    const fs = project({
      '/app/.dockerignore': 'node_modules\n*.log\ndocs\n!docs/keep.md\n',
      '/app/Dockerfile': 'FROM a\n',
      '/app/node_modules/x/index.js': 'x',
      '/app/debug.log': 'x',
      '/app/docs/keep.md': 'k',
      '/app/docs/drop.md': 'd',
      '/app/src/a.log': 'nested logs are not matched by *.log',
    });
    const ctx = loadContext(fs, '/app');
    expect([...ctx.entries.keys()].sort()).toEqual(
      ['.dockerignore', 'Dockerfile', 'docs', 'docs/keep.md', 'src', 'src/a.log'].sort(),
    );
  });

  it('prefers <Dockerfile>.dockerignore beside the Dockerfile', () => {
    const fs = project({
      '/app/.dockerignore': 'a.txt\n',
      '/app/build/app.Dockerfile': 'FROM a\n',
      '/app/build/app.Dockerfile.dockerignore': 'b.txt\n',
      '/app/a.txt': 'a',
      '/app/b.txt': 'b',
    });
    const ctx = loadContext(fs, '/app', { dockerfile: '/app/build/app.Dockerfile' });
    expect(ctx.entries.has('a.txt')).toBe(true);
    expect(ctx.entries.has('b.txt')).toBe(false);
    expect(ctx.patterns).toEqual(['b.txt']);
  });
});
