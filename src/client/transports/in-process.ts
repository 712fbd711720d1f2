// The in-process transport: calls the simulated engine's router directly (browser, tests, the
// simulated host's curl). Nothing is serialised beyond what the router itself does.
import type { ApiRequest, ApiResponse } from '../../engine/api/http';
import type { Transport } from '../transport';

export interface RequestHandler {
  handle(req: ApiRequest): Promise<ApiResponse>;
}

export class InProcessTransport implements Transport {
  constructor(private readonly router: RequestHandler) {}

  request(req: ApiRequest): Promise<ApiResponse> {
    return this.router.handle(req);
  }
}
