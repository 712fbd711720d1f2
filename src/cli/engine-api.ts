// What the docker CLI needs from an engine: the EngineClient's calls (src/client), in Docker Engine API
// v1.41 shapes whose one definition is the engine's (re-exported by src/client/api-types). The CLI never
// sees the engine. Errors: every call rejects with an ApiErrorLike (HTTP status + Docker's message).

import type { EngineClient } from '../client/engine-client';

export type * from '../client/api-types';

/** The EngineClient's public calls (a test double may implement them without a transport). */
export type EngineApi = { [K in keyof EngineClient]: EngineClient[K] };

export interface ApiErrorLike {
  status: number;
  message: string;
}

export function isApiError(e: unknown): e is ApiErrorLike {
  return (
    typeof e === 'object' && e !== null && typeof (e as ApiErrorLike).status === 'number' && 'message' in e
  );
}
