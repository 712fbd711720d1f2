// Typed engine errors, one class per kind, like moby's errdefs. Every engine operation throws these
// with Docker's exact message; the router maps them to HTTP status in exactly one place (statusOf),
// and the body is Docker's `{"message": "…"}`.

export type ErrorKind =
  | 'NotFound'
  | 'Conflict'
  | 'InvalidParameter'
  | 'NotModified'
  | 'Forbidden'
  | 'Unauthorized'
  | 'Unavailable'
  | 'NotImplemented'
  | 'System';

/** Base of every typed engine error; `message` is Docker's text, verbatim. */
export abstract class EngineError extends Error {
  abstract readonly kind: ErrorKind;
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** 404: `No such container: web`, `No such image: nginx:latest`, `network foo not found`. */
export class NotFound extends EngineError {
  readonly kind = 'NotFound' as const;
}

/** 409: name in use, removing a running container, image in use by a container. */
export class Conflict extends EngineError {
  readonly kind = 'Conflict' as const;
}

/** 400: bad request parameters, invalid reference format, bad JSON. */
export class InvalidParameter extends EngineError {
  readonly kind = 'InvalidParameter' as const;
}

/** 304: starting a started container, stopping a stopped one (Docker sends no body). */
export class NotModified extends EngineError {
  readonly kind = 'NotModified' as const;
}

/** 403: operation refused (e.g. removing a predefined network). */
export class Forbidden extends EngineError {
  readonly kind = 'Forbidden' as const;
}

/** 401: registry authentication failures. */
export class Unauthorized extends EngineError {
  readonly kind = 'Unauthorized' as const;
}

/** 503: the engine or a registry cannot be reached. */
export class Unavailable extends EngineError {
  readonly kind = 'Unavailable' as const;
}

/** 501: feature not implemented by this engine. */
export class NotImplemented extends EngineError {
  readonly kind = 'NotImplemented' as const;
}

/** 500: everything else (`cannot pause container …: …`, OCI runtime errors). */
export class System extends EngineError {
  readonly kind = 'System' as const;
}

const STATUS: Record<ErrorKind, number> = {
  NotFound: 404,
  Conflict: 409,
  InvalidParameter: 400,
  NotModified: 304,
  Forbidden: 403,
  Unauthorized: 401,
  Unavailable: 503,
  NotImplemented: 501,
  System: 500,
};

/** The one place where an error becomes an HTTP status. Untyped errors are 500, as in moby. */
export function statusOf(err: unknown): number {
  if (err instanceof EngineError) return STATUS[err.kind];
  return 500;
}

/** Docker's message for any thrown value. */
export function messageOf(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}

/** Docker's JSON error body: `{"message":"…"}`. */
export interface ErrorBody {
  message: string;
}

export function errorBody(err: unknown): ErrorBody {
  return { message: messageOf(err) };
}

/** Rebuilds a typed error from an HTTP status and Docker's message (used by clients of real engines). */
export function errorFromStatus(status: number, message: string): EngineError {
  switch (status) {
    case 404:
      return new NotFound(message);
    case 409:
      return new Conflict(message);
    case 400:
      return new InvalidParameter(message);
    case 304:
      return new NotModified(message);
    case 403:
      return new Forbidden(message);
    case 401:
      return new Unauthorized(message);
    case 503:
      return new Unavailable(message);
    case 501:
      return new NotImplemented(message);
    default:
      return new System(message);
  }
}

export function isNotFound(err: unknown): err is NotFound {
  return err instanceof NotFound;
}
export function isConflict(err: unknown): err is Conflict {
  return err instanceof Conflict;
}
export function isInvalidParameter(err: unknown): err is InvalidParameter {
  return err instanceof InvalidParameter;
}
export function isNotModified(err: unknown): err is NotModified {
  return err instanceof NotModified;
}
