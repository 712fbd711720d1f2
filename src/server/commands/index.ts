import type { ServerCommand } from './types';
import { serve } from './serve';
import { createTranscriptCommand } from './transcript';
import { nodeWorld } from '../machine';
import { lessons } from './lessons';
import { createEngineCommand } from './engine';
import { RealClock } from '../../engine/world/real-clock';
import { CryptoRandom } from '../../engine/world/random';

const transcript = createTranscriptCommand({ machine: nodeWorld });
// A live engine on real time: the real docker CLI and curl drive it through the socket.
const engine = createEngineCommand({
  engine: async () => nodeWorld({ clock: new RealClock(), random: new CryptoRandom() }).router,
});

/** Every `baleine` subcommand, in the order `baleine --help` lists them. */
export const commands: ServerCommand[] = [serve, transcript, engine, lessons];
