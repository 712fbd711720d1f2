// Routes of the swarm objects and plugins (moby api/server/router/{swarm,plugin}). The simulated
// engine is a single node that never joins a swarm and has no plugin installed, so it answers as such
// a dockerd does: every swarm object is unavailable, no plugin is found.
import { NotFound, Unavailable } from '../errors';
import { json } from '../respond';
import type { Route } from '../router';

const NOT_A_MANAGER =
  'This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.';

function notAManager(): never {
  throw new Unavailable(NOT_A_MANAGER);
}

const SWARM_PATHS = ['/swarm', '/nodes', '/services', '/tasks', '/secrets', '/configs'];

export const swarmRoutes: Route[] = [
  ...SWARM_PATHS.map((path): Route => ({ method: 'GET', path, handler: async () => notAManager() })),
  ...SWARM_PATHS.slice(1).map((path): Route => ({
    method: 'GET',
    path: `${path}/{id}`,
    handler: async () => notAManager(),
  })),
  { method: 'GET', path: '/plugins', handler: async () => json(200, []) },
  {
    method: 'GET',
    path: '/plugins/{name:.*}/json',
    handler: async ({ params }) => {
      throw new NotFound(`plugin "${params.name}" not found`);
    },
  },
];
