import { describe, expect, it } from 'vitest';
import { jq } from '../../../src/userland/net/jq';
import { makeContext } from '../helpers/context';

async function run(args: string[], stdin: string) {
  const { ctx, stdout, stderr } = makeContext(['jq', ...args], { stdin });
  const status = await jq(ctx);
  return { status, stdout: stdout.text, stderr: stderr.text };
}

const CONTAINERS = JSON.stringify([
  { Id: 'a1', Names: ['/web'], State: 'running', Ports: [{ PrivatePort: 80, PublicPort: 8080 }] },
  { Id: 'b2', Names: ['/db'], State: 'exited', Ports: [] },
]);

describe('jq', () => {
  it('follows paths, iterates, pipes and prints like jq 1.6', async () => {
    const doc = '{"a":[1,{"b":"x"}],"c":null}\n';
    expect((await run(['.a[1].b, (.a|length), (.c), keys'], doc)).stdout).toBe(
      '"x"\n2\nnull\n[\n  "a",\n  "c"\n]\n',
    );
    expect((await run(['-r', '.[].Names[0]'], CONTAINERS)).stdout).toBe('/web\n/db\n');
    expect(
      (await run(['-r', '.[] | select(.State == "running") | .Ports[0].PublicPort'], CONTAINERS)).stdout,
    ).toBe('8080\n');
    expect((await run(['-c', 'map({id: .Id, n: (.Ports | length)})'], CONTAINERS)).stdout).toBe(
      '[{"id":"a1","n":1},{"id":"b2","n":0}]\n',
    );
    expect((await run(['.["a"] // "none"', '-c'], '{"a":false}')).stdout).toBe('"none"\n');
    expect((await run(['.x'], '{"x":1} {"x":2}\n')).stdout).toBe('1\n2\n');
  });

  it("reports jq's errors and exit codes", async () => {
    expect(await run(['.a'], '[1,2]\n')).toEqual({
      status: 5,
      stdout: '',
      stderr: 'jq: error (at <stdin>:1): Cannot index array with string "a"\n',
    });
    expect(await run(['.[0]'], '{"a":1}\n')).toMatchObject({
      status: 5,
      stderr: 'jq: error (at <stdin>:1): Cannot index object with number\n',
    });
    expect(await run(['foo('], '1\n')).toEqual({
      status: 3,
      stdout: '',
      stderr:
        'jq: error: syntax error, unexpected $end (Unix shell quoting issues?) at <top-level>, line 1:\nfoo(\njq: 1 compile error\n',
    });
  });
});
