// The prune commands' `Are you sure you want to continue? [y/N] ` prompt.

import type { Cli } from '../cli';
import { readLine } from './read-line';

export async function confirm(cli: Cli, force: boolean, warning: string): Promise<boolean> {
  if (force) return true;
  cli.out(`${warning}\nAre you sure you want to continue? [y/N] `);
  const answer = ((await readLine(cli)) ?? '').trim().toLowerCase();
  return answer === 'y' || answer === 'yes';
}
