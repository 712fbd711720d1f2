import type { ServerCommand } from './types';
import { serve } from './serve';

/** Every `baleine` subcommand, in the order `baleine --help` lists them. */
export const commands: ServerCommand[] = [serve];
