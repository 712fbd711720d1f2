// --signal / --timeout (and the deprecated hidden --time) of stop and restart.

import { StatusError } from '../../errors';
import type { FlagSpec, ParsedFlags } from '../../flags';

export const TIME_FLAG: FlagSpec = {
  name: 'time',
  type: 'int',
  usage: 'Seconds to wait before killing the container (deprecated: use --timeout)',
  hidden: true,
  deprecated: 'use --timeout instead',
};

/** The flags stop and restart share, in docker/cli's order. */
export const STOP_FLAGS: FlagSpec[] = [
  TIME_FLAG,
  { name: 'signal', short: 's', type: 'string', usage: 'Signal to send to the container' },
  { name: 'timeout', short: 't', type: 'int', usage: 'Seconds to wait before killing the container' },
];

/** The request's signal and timeout; --time and --timeout together are a usage conflict. */
export function stopOptions(flags: ParsedFlags): { signal?: string; timeout?: number } {
  if (flags.isSet('time') && flags.isSet('timeout')) {
    throw new StatusError('conflicting options: cannot specify both --timeout and --time', 1);
  }
  const out: { signal?: string; timeout?: number } = {};
  if (flags.string('signal')) out.signal = flags.string('signal');
  if (flags.isSet('timeout')) out.timeout = flags.number('timeout');
  else if (flags.isSet('time')) out.timeout = flags.number('time');
  return out;
}
