// The simulated Hub keeps what was pushed and the accounts `docker login` created across a reload.
import { describe, expect, it } from 'vitest';
import { login } from '../../../src/engine/daemon/image/login';
import { pushImage } from '../../../src/engine/daemon/image/push';
import { machine, reload, sh } from './helpers';

const eleve = { username: 'eleve', password: 'secret' };

describe('the Hub after a reload', () => {
  it('still serves pushed images and knows the account', async () => {
    const w = machine();
    await w.preload(['busybox']);
    await login(w.images, eleve);
    await sh(
      w,
      "docker run --name msg busybox sh -c 'echo pousse > /message'",
      'docker commit msg eleve/message:1',
    );
    await pushImage(w.images, 'eleve/message:1', { auth: eleve });
    const id = await sh(w, "docker inspect --format '{{.Id}}' eleve/message:1");
    const fresh = reload(w);
    await sh(fresh, 'docker rm msg', 'docker rmi eleve/message:1');
    expect(await sh(fresh, 'docker pull -q eleve/message:1')).toBe('docker.io/eleve/message:1\n');
    expect(await sh(fresh, "docker inspect --format '{{.Id}}' eleve/message:1")).toBe(id);
    expect(await sh(fresh, 'docker run --rm eleve/message:1 cat /message')).toBe('pousse\n');
    await expect(login(fresh.images, { ...eleve, password: 'autre' })).rejects.toThrow(
      'unauthorized: incorrect username or password',
    );
    await expect(login(fresh.images, eleve)).resolves.toEqual({
      Status: 'Login Succeeded',
      IdentityToken: '',
    });
  });
});
