// A transport carries one Engine API request to an engine and brings its response back, as the
// plain values of src/engine/api/http.ts. In-process (the router itself) or HTTP (unix socket, TCP).
import type { ApiRequest, ApiResponse } from '../engine/api/http';

export type { ApiRequest, ApiResponse };

export interface Transport {
  request(req: ApiRequest): Promise<ApiResponse>;
}

/** No engine answers at `host` (`unix:///var/run/docker.sock`); the message is the docker CLI's. */
export class EngineUnreachable extends Error {
  override name = 'EngineUnreachable';
  constructor(readonly host: string) {
    super(`Cannot connect to the Docker daemon at ${host}. Is the docker daemon running?`);
  }
}
