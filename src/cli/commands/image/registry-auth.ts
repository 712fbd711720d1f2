// The credentials `docker login` stored in the CLI's config.json, for the registry an image name
// points at (docker/cli's RetrieveAuthTokenFromImage): Docker Hub's key is its v1 index URL, any other
// registry's is its host name.
import type { Cli } from '../../cli';
import type { ImageRef } from '../../opts/reference';

const HUB_SERVER = 'https://index.docker.io/v1/';

/** The registry host of a repository name, or null for Docker Hub. */
function registryHost(ref: ImageRef): string | null {
  const first = ref.repo.split('/')[0]!;
  const hasDomain =
    ref.repo.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
  return hasDomain && first !== 'docker.io' && first !== 'index.docker.io' ? first : null;
}

export function registryAuthFor(
  cli: Cli,
  ref: ImageRef,
): { username: string; password: string; serveraddress: string } | undefined {
  const home = cli.proc.env.DOCKER_CONFIG || `${cli.proc.env.HOME || '/root'}/.docker`;
  const server = registryHost(ref) ?? HUB_SERVER;
  let auth: string | undefined;
  try {
    const config = JSON.parse(cli.proc.fs.readText(`${home}/config.json`)) as {
      auths?: Record<string, { auth?: string }>;
    };
    auth = config.auths?.[server]?.auth;
  } catch {
    return undefined;
  }
  if (!auth) return undefined;
  const [username, ...rest] = atob(auth).split(':');
  return { username: username!, password: rest.join(':'), serveraddress: server };
}
