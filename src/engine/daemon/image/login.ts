// POST /auth — `docker login`: the daemon checks the credentials against the registry's token
// service (moby registry/auth.go) and answers `Login Succeeded`.
import { Unauthorized } from '../../api/errors';
import type { AuthConfig, AuthResponse } from '../../api/types';
import { RegistryClient } from '../../image/hub/client';
import { registryHost, transportFor } from './pull';
import type { ImageContext } from './context';

export async function login(ctx: ImageContext, auth: AuthConfig): Promise<AuthResponse> {
  const server = (auth.serveraddress ?? '').replace(/^https?:\/\//, '').replace(/\/.*$/, '');
  const domain = !server || server === 'index.docker.io' || server === 'registry-1.docker.io' || server === 'docker.io' ? 'docker.io' : server;
  const ref = { domain, path: '' };
  const client = new RegistryClient(transportFor(ctx, ref), '', [], auth);
  if (!auth.username || (await client.authenticate())) {
    throw new Unauthorized(`Get "https://${registryHost(ref)}/v2/": unauthorized: incorrect username or password`);
  }
  return { Status: 'Login Succeeded', IdentityToken: '' };
}
