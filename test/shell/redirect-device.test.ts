// `< /dev/urandom` and `< /dev/zero`: the shell opens an endless device as a stream, so the classic
// password idiom ends when `head` has its bytes (the writer gets SIGPIPE), on the host and in a container.
import { describe, expect, it } from 'vitest';
import { createHost } from '../../src/host/host';
import { SeededRandom } from '../../src/engine/world/random';
import { VirtualClock } from '../../src/engine/world/virtual-clock';

function host() {
  return createHost({ world: { clock: new VirtualClock(), random: new SeededRandom(3) } });
}

describe('input redirection from an endless device', () => {
  it('tr -dc a-z0-9 < /dev/urandom | head -c 12 gives 12 characters', async () => {
    const r = await host().run('tr -dc a-z0-9 < /dev/urandom | head -c 12; echo');
    expect(r.exit).toBe(0);
    expect(r.stdout).toMatch(/^[a-z0-9]{12}\n$/);
  });

  it('head -c 4 < /dev/zero | od -An -tx1 reads zeros', async () => {
    const r = await host().run('head -c 4 < /dev/zero | od -An -tx1');
    expect(r.stdout).toBe(' 00 00 00 00\n');
  });

  it('a regular file still reads whole', async () => {
    const h = host();
    const r = await h.run("printf 'a\\nb\\n' > f; wc -l < f");
    expect(r.stdout).toBe('2\n');
  });
});

describe('a builtin writing to /dev/full', () => {
  it('prints the write error as bash and busybox sh do (recorded on Debian)', async () => {
    const h = host();
    expect(await h.run('echo x > /dev/full')).toEqual({
      stdout: '',
      stderr: 'bash: echo: write error: No space left on device\n',
      exit: 1,
    });
  });
});
