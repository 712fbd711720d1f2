// The entry point: a router over an engine, serving plain request values.
import type { EngineBackend } from './backend';
import { Router } from './router';
import { routes } from './routes/index';

export function createRouter(backend: EngineBackend): Router {
  return new Router(backend, routes);
}
