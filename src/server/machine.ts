// The simulated machine as node runs it (transcripts, lesson checks, the engine socket): the world of
// src/world with the Hub's data read from files.
import { createWorld, type SimWorld } from '../world/world';
import type { Clock, Random } from '../engine/world/types';
import { fileHubLoader } from './hub-files';

export function nodeWorld(world: { clock: Clock; random: Random }): SimWorld {
  return createWorld({ ...world, hub: fileHubLoader() });
}
