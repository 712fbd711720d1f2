// gosu steps down from root inside a container (the official database images use it).
import { describe, expect, it } from 'vitest';
import { transcript } from './helpers';

const INSTALL = "printf '\\177ELF baleine:gosu\\n' > /bin/gosu && chmod +x /bin/gosu";

describe('gosu in a container', () => {
  it('runs the command as the user, and says so when the user is unknown', async () => {
    const steps = await transcript([
      `docker run --rm busybox sh -c "${INSTALL} && gosu nobody id -u && gosu 1234:5 id"`,
      `docker run --rm busybox sh -c "${INSTALL} && gosu ghost true"`,
      `docker run --rm busybox sh -c "${INSTALL} && gosu"`,
    ]);
    expect(steps[0].exit).toBe(0);
    expect(steps[0].stdout).toMatch(/^65534\nuid=1234 gid=5\b/);
    expect(steps[1]).toMatchObject({
      exit: 1,
      stderr:
        'error: failed switching to "ghost": unable to find user ghost: no matching entries in passwd file\n',
    });
    expect(steps[2].exit).toBe(1);
    expect(steps[2].stderr).toMatch(/^Usage: gosu user-spec command \[args\]\n/);
  });
});
