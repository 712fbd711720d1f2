// `--chown=user:group` of COPY/ADD, resolved against the destination's /etc/passwd and /etc/group.

import type { FileSystem } from '../fs/types';

function lookup(fs: FileSystem, file: string, name: string): number | null {
  let text = '';
  try {
    text = fs.readText(file);
  } catch {
    return null;
  }
  for (const line of text.split('\n')) {
    const f = line.split(':');
    if (f[0] === name && f.length > 2) return Number(f[2]);
  }
  return null;
}

export interface Owner {
  uid: number;
  gid: number;
}

export function resolveChown(fs: FileSystem, spec: string): Owner | null {
  if (spec === '') return null;
  const [user, group] = spec.split(':', 2);
  const fail = (what: string) => new Error(`unable to convert uid/gid chown string to host mapping: ${what}`);
  let uid: number;
  if (/^\d+$/.test(user)) uid = Number(user);
  else {
    const found = lookup(fs, '/etc/passwd', user);
    if (found === null) throw fail(`can't find uid for user ${user}: no such user: ${user}`);
    uid = found;
  }
  let gid = uid;
  if (group !== undefined) {
    if (/^\d+$/.test(group)) gid = Number(group);
    else {
      const found = lookup(fs, '/etc/group', group);
      if (found === null) throw fail(`can't find gid for group ${group}: no such group: ${group}`);
      gid = found;
    }
  }
  return { uid, gid };
}
