// The Engine API v1.41 JSON shapes, for the layers that talk to an engine through the client and may
// not import the engine (the docker CLI): one definition, the engine's, re-exported here.
export type * from '../engine/api/types';
export type { AttachSession, FilterArgs, PruneReport, StreamFrame } from './engine-client';
