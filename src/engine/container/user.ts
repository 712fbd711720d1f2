// `--user` / Config.User as runc resolves it against the container's /etc/passwd and /etc/group:
// `uid`, `uid:gid`, `name`, `name:group`; HOME from the passwd entry, `/` when there is none.
import { System } from '../api/errors';
import type { FileSystem } from '../fs/types';

export interface ResolvedUser {
  uid: number;
  gid: number;
  home: string;
}

interface Entry {
  name: string;
  id: number;
  gid: number;
  home: string;
}

function readTable(fs: FileSystem, path: string): Entry[] {
  let text = '';
  try {
    text = fs.readText(path);
  } catch {
    return [];
  }
  return text
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split(':'))
    .map((f) => ({ name: f[0], id: Number(f[2]), gid: Number(f[3]), home: f[5] ?? '' }));
}

export function resolveUser(fs: FileSystem, spec: string): ResolvedUser {
  const [userPart, groupPart] = spec.split(':', 2);
  const passwd = readTable(fs, '/etc/passwd');
  let uid = 0;
  let gid = 0;
  let home = '/';
  if (userPart) {
    const numeric = /^\d+$/.test(userPart);
    const entry = passwd.find((e) => (numeric ? e.id === Number(userPart) : e.name === userPart));
    if (!entry && !numeric)
      throw new System(`unable to find user ${userPart}: no matching entries in passwd file`);
    uid = numeric ? Number(userPart) : entry!.id;
    gid = entry ? entry.gid : uid === 0 ? 0 : uid;
    home = entry?.home || '/';
  } else {
    const root = passwd.find((e) => e.id === 0);
    home = root?.home || '/';
  }
  if (groupPart) {
    if (/^\d+$/.test(groupPart)) gid = Number(groupPart);
    else {
      const group = readTable(fs, '/etc/group').find((e) => e.name === groupPart);
      if (!group) throw new System(`unable to find group ${groupPart}: no matching entries in group file`);
      gid = group.id;
    }
  }
  return { uid, gid, home };
}
