// The whole route table, in match order (specific paths before `{name:.*}` patterns of one method).
import type { Route } from '../router';
import { buildRoutes } from './build';
import { containerRoutes } from './containers';
import { execRoutes } from './exec';
import { imageRoutes } from './images';
import { networkRoutes } from './networks';
import { swarmRoutes } from './swarm';
import { systemRoutes } from './system';
import { volumeRoutes } from './volumes';

export const routes: readonly Route[] = [
  ...systemRoutes,
  ...containerRoutes,
  ...execRoutes,
  ...buildRoutes,
  ...imageRoutes,
  ...networkRoutes,
  ...volumeRoutes,
  ...swarmRoutes,
];
