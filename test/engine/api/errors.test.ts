import { describe, expect, it } from 'vitest';
import {
  Conflict,
  EngineError,
  Forbidden,
  InvalidParameter,
  NotFound,
  NotModified,
  System,
  Unauthorized,
  Unavailable,
  errorBody,
  errorFromStatus,
  statusOf,
} from '../../../src/engine/api/errors';

describe('engine errors', () => {
  it('maps each kind to its HTTP status in one place', () => {
    expect(statusOf(new NotFound('No such container: x'))).toBe(404);
    expect(statusOf(new Conflict('c'))).toBe(409);
    expect(statusOf(new InvalidParameter('p'))).toBe(400);
    expect(statusOf(new NotModified(''))).toBe(304);
    expect(statusOf(new Forbidden('f'))).toBe(403);
    expect(statusOf(new Unauthorized('u'))).toBe(401);
    expect(statusOf(new Unavailable('u'))).toBe(503);
    expect(statusOf(new System('s'))).toBe(500);
    expect(statusOf(new Error('plain'))).toBe(500);
    expect(statusOf('string')).toBe(500);
  });

  it('keeps Docker message verbatim in the JSON body', () => {
    const err = new NotFound('No such container: web');
    expect(err.message).toBe('No such container: web');
    expect(err.name).toBe('NotFound');
    expect(errorBody(err)).toEqual({ message: 'No such container: web' });
  });

  it('round-trips status to kind', () => {
    for (const status of [404, 409, 400, 304, 403, 401, 503, 500]) {
      const e = errorFromStatus(status, 'm');
      expect(e).toBeInstanceOf(EngineError);
      expect(statusOf(e)).toBe(status);
    }
  });
});
