// BuildKit's own parser testfiles (../shared/conformance/dockerfile-parser): every positive case must
// dump byte for byte like the `result` file; every negative case must fail.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { dump } from '../../../../src/engine/builder/dockerfile/ast';
import { parse } from '../../../../src/engine/builder/dockerfile/parser';

const ROOT = resolve(__dirname, '../../../../../shared/conformance/dockerfile-parser');
const positive = readdirSync(join(ROOT, 'testfiles')).sort();
const negative = readdirSync(join(ROOT, 'testfiles-negative')).sort();

function read(path: string): string {
  return readFileSync(path, 'utf8').replace(/\r\n/g, '\n');
}

function tryDump(dir: string): string {
  try {
    return dump(parse(read(join(dir, 'Dockerfile')))) + '\n';
  } catch (err) {
    return `ERROR: ${(err as Error).message}`;
  }
}

describe('Dockerfile parser conformance (BuildKit testfiles)', () => {
  it('passes every case', () => {
    const failures: string[] = [];
    for (const name of positive) {
      const dir = join(ROOT, 'testfiles', name);
      if (tryDump(dir) !== read(join(dir, 'result'))) failures.push(name);
    }
    for (const name of negative) {
      if (!tryDump(join(ROOT, 'testfiles-negative', name)).startsWith('ERROR: '))
        failures.push(`negative/${name}`);
    }
    const total = positive.length + negative.length;
    console.log(`dockerfile-parser conformance: ${total - failures.length}/${total} cases pass`);
    expect(failures).toEqual([]);
    expect(total).toBe(37);
  });

  it.each(positive)('positive %s', (name) => {
    const dir = join(ROOT, 'testfiles', name);
    expect(tryDump(dir)).toBe(read(join(dir, 'result')));
  });

  it.each([
    ['empty_dockerfile', 'file with no instructions'],
    ['only_comments', 'file with no instructions'],
    ['env_no_value', 'ENV must have two arguments'],
    ['shykes-nested-json', 'when using JSON array syntax, arrays must be comprised of strings only'],
  ])('negative %s fails with BuildKit message', (name, message) => {
    expect(tryDump(join(ROOT, 'testfiles-negative', name))).toBe(`ERROR: ${message}`);
  });
});
