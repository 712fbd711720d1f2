// `exec` in a container's shell replaces PID 1 (execve), as the real sh does.
import { describe, expect, it } from 'vitest';
import { transcript } from '../world/helpers';

/** The COMMAND column of `docker top … -o pid,args`. */
const commands = (out: string) =>
  out
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((l) => l.trim().split(/\s+/).slice(1).join(' '));

describe('exec in containers', () => {
  it('leaves the exec-ed command as the container PID 1', async () => {
    const [ps, , top, , , execTop] = await transcript([
      `docker run --rm busybox sh -c 'exec ps'`,
      `docker run -d --name ex busybox sh -c 'echo start; exec sleep 100'`,
      'docker top ex -o pid,args',
      `docker run -d --name ex2 busybox sleep 100`,
      `docker exec -d ex2 sh -c 'exec sleep 5'`,
      'docker top ex2 -o pid,args',
    ]);
    expect(ps!.stdout.split('\n').slice(1)).toEqual(['    1 root     ps', '']);
    expect(commands(top!.stdout)).toEqual(['sleep 100']);
    expect(commands(execTop!.stdout)).toEqual(['sleep 100', 'sleep 5']);
  });
});
