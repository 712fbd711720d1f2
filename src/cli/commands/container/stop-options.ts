// --signal / --timeout (and the deprecated hidden --time) of stop and restart.

import type { FlagSpec, ParsedFlags } from '../../flags';

export const TIME_FLAG: FlagSpec = {
  name: 'time',
  type: 'int',
  usage: 'Seconds to wait before killing the container (deprecated: use --timeout)',
  hidden: true,
  deprecated: 'use --timeout instead',
};

export function stopOptions(flags: ParsedFlags): { signal?: string; timeout?: number } {
  const out: { signal?: string; timeout?: number } = {};
  if (flags.string('signal')) out.signal = flags.string('signal');
  if (flags.isSet('timeout')) out.timeout = flags.number('timeout');
  else if (flags.isSet('time')) out.timeout = flags.number('time');
  return out;
}
