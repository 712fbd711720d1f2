import type { ServerCommand } from './types';
import { serve } from './serve';
import { transcript } from './transcript';

/** Every `baleine` subcommand, in the order `baleine --help` lists them. */
export const commands: ServerCommand[] = [serve, transcript];
