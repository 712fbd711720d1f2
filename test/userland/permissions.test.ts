// Applets running as a user over AccessFs print Linux's permission errors.

import { describe, expect, it } from 'vitest';
import { AccessFs } from '../../src/engine/fs/access';
import { makeHost, run } from './helpers/context';

function asEleve() {
  const host = makeHost();
  host.writeFile('/etc/shadow', 'root:*:19000\n', { mode: 0o640, gid: 42 });
  host.chmod('/root', 0o700);
  return { host, fs: new AccessFs(host, { uid: 1000, gid: 1000, groups: [27] }) };
}

describe('permission errors', () => {
  it('cat, ls, rm, touch and mkdir report Permission denied', async () => {
    const { fs } = asEleve();
    const opts = { fs, uid: 1000, cwd: '/home/eleve' };
    expect(await run(['cat', '/etc/shadow'], opts)).toMatchObject({
      status: 1,
      stderr: 'cat: /etc/shadow: Permission denied\n',
    });
    expect(await run(['ls', '/root'], opts)).toMatchObject({
      status: 2,
      stderr: "ls: cannot open directory '/root': Permission denied\n",
    });
    expect(await run(['rm', '/etc/passwd'], opts)).toMatchObject({
      status: 1,
      stderr: "rm: cannot remove '/etc/passwd': Permission denied\n",
    });
    expect(await run(['touch', '/etc/x'], opts)).toMatchObject({
      status: 1,
      stderr: "touch: cannot touch '/etc/x': Permission denied\n",
    });
    expect(await run(['mkdir', '/opt2'], opts)).toMatchObject({
      status: 1,
      stderr: 'mkdir: cannot create directory \u2018/opt2\u2019: Permission denied\n',
    });
    expect(await run(['chmod', '777', '/etc/passwd'], opts)).toMatchObject({
      status: 1,
      stderr: "chmod: changing permissions of '/etc/passwd': Operation not permitted\n",
    });
  });

  it('files a user creates are theirs', async () => {
    const { fs, host } = asEleve();
    await run(['touch', 'mine'], { fs, uid: 1000, cwd: '/home/eleve' });
    await run(['mkdir', '-p', 'a/b'], { fs, uid: 1000, cwd: '/home/eleve' });
    expect(host.stat('/home/eleve/mine')).toMatchObject({ uid: 1000, gid: 1000 });
    expect(host.stat('/home/eleve/a/b')).toMatchObject({ uid: 1000, gid: 1000 });
    const ls = await run(['ls', '-l', '/home/eleve'], { fs, uid: 1000 });
    expect(ls.stdout).toContain(' eleve eleve ');
  });
});
