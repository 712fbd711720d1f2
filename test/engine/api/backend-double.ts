// A test double of EngineBackend: each method is answered by the test's override, or throws
// NotImplemented; every call is recorded (name and arguments) so routing can be asserted.
import type { EngineBackend } from '../../../src/engine/api/backend';
import { NotImplemented } from '../../../src/engine/api/errors';

export interface Call {
  method: string;
  args: unknown[];
}

export function backendDouble(overrides: Partial<EngineBackend> = {}): {
  backend: EngineBackend;
  calls: Call[];
} {
  const calls: Call[] = [];
  const backend = new Proxy({} as EngineBackend, {
    get(_t, prop: string) {
      if (prop === 'then') return undefined;
      return (...args: unknown[]) => {
        calls.push({ method: prop, args });
        const impl = (overrides as Record<string, ((...a: unknown[]) => unknown) | undefined>)[prop];
        if (impl) return impl(...args);
        if (prop === 'now') return 1_700_000_000;
        return Promise.reject(new NotImplemented(`${prop} is not implemented`));
      };
    },
  });
  return { backend, calls };
}
