// ListOpts validators that reject a flag value at parse time, as in docker's opts package.

import { quote } from '../go/strconv';
import { parseMount } from './mounts';

export function validateAttach(v: string): void {
  if (!['stdin', 'stdout', 'stderr'].includes(v.toLowerCase()))
    throw new Error('valid streams are STDIN, STDOUT and STDERR');
}

/** opts.ValidateExtraHost: `host:ip` or `host=ip`. */
export function validateExtraHost(v: string): void {
  const m = /^([^:=]+)[:=](.+)$/.exec(v);
  if (!m) throw new Error(`bad format for add-host: ${quote(v)}`);
}

export function validateMount(v: string): void {
  parseMount(v);
}
