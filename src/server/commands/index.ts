import type { ServerCommand } from './types';
import { serve } from './serve';
import { createTranscriptCommand } from './transcript';
import { nodeWorld } from '../machine';
import { lessons } from './lessons';

const transcript = createTranscriptCommand({ machine: nodeWorld });

/** Every `baleine` subcommand, in the order `baleine --help` lists them. */
export const commands: ServerCommand[] = [serve, transcript, lessons];
