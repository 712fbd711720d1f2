import type { Source } from '../source';
import type { Diagnostic } from '../types';

export interface RuleOptions {
  /** Tags of a repository known to the (simulated) Hub, newest first, to suggest a pinned version. */
  tagsOf?: (repository: string) => readonly string[];
}

export type Rule = (src: Source, opts: RuleOptions) => Diagnostic[];
