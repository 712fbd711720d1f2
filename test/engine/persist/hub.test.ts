// The simulated Hub keeps what was pushed and the accounts `docker login` created across a reload.
import { describe, expect, it } from 'vitest';
import { machine, reload, sh } from './helpers';

describe('the Hub after a reload', () => {
  it('still serves pushed images and knows the account', async () => {
    const w = machine();
    await w.preload(['busybox']);
    await sh(
      w,
      'docker login -u eleve -p secret 2>/dev/null',
      "docker run --name msg busybox sh -c 'echo pousse > /message'",
      'docker commit msg eleve/message:1',
      'docker push eleve/message:1',
    );
    const id = await sh(w, "docker inspect --format '{{.Id}}' eleve/message:1");
    const fresh = reload(w);
    await sh(fresh, 'docker rm msg', 'docker rmi eleve/message:1');
    expect(await sh(fresh, 'docker pull -q eleve/message:1')).toBe('docker.io/eleve/message:1\n');
    expect(await sh(fresh, "docker inspect --format '{{.Id}}' eleve/message:1")).toBe(id);
    expect(await sh(fresh, 'docker run --rm eleve/message:1 cat /message')).toBe('pousse\n');
    const wrong = await fresh.host.run('docker login -u eleve -p autre');
    expect(wrong.exit).toBe(1);
    expect(wrong.stderr).toContain('unauthorized: incorrect username or password');
    expect(await sh(fresh, 'docker login -u eleve -p secret 2>/dev/null')).toBe('Login Succeeded\n');
  });
});
