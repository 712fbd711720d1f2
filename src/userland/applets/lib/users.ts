// User and group names from the simulated /etc/passwd and /etc/group (as getpwuid/getgrgid read them).

import type { FileSystem } from '../../../engine/fs/types';

export interface PasswdEntry {
  name: string;
  uid: number;
  gid: number;
  home: string;
  shell: string;
}

export interface GroupEntry {
  name: string;
  gid: number;
  members: string[];
}

function lines(fs: FileSystem, path: string): string[][] {
  try {
    return fs
      .readText(path)
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => l.split(':'));
  } catch {
    return [];
  }
}

export function passwd(fs: FileSystem): PasswdEntry[] {
  return lines(fs, '/etc/passwd').map((f) => ({
    name: f[0],
    uid: Number(f[2]),
    gid: Number(f[3]),
    home: f[5] ?? '/',
    shell: f[6] ?? '',
  }));
}

export function groups(fs: FileSystem): GroupEntry[] {
  return lines(fs, '/etc/group').map((f) => ({
    name: f[0],
    gid: Number(f[2]),
    members: (f[3] ?? '').split(',').filter(Boolean),
  }));
}

export function userName(fs: FileSystem, uid: number): string | undefined {
  return passwd(fs).find((p) => p.uid === uid)?.name;
}

export function groupName(fs: FileSystem, gid: number): string | undefined {
  return groups(fs).find((g) => g.gid === gid)?.name;
}

/** A uid from a name or a number (chown, kill -u, find -user). */
export function parseUser(fs: FileSystem, spec: string): number | undefined {
  if (/^\d+$/.test(spec)) return Number(spec);
  return passwd(fs).find((p) => p.name === spec)?.uid;
}

export function parseGroup(fs: FileSystem, spec: string): number | undefined {
  if (/^\d+$/.test(spec)) return Number(spec);
  return groups(fs).find((g) => g.name === spec)?.gid;
}
