// whoami(1), id(1), hostname(1), uname(1): identity of the process and the machine.

import type { Applet } from './lib/applet';
import { getopt, has } from './lib/getopt';
import { groupName, groups, parseUser, passwd, userName } from './lib/users';
import { quote } from './lib/quote';

export const whoami: Applet = async (t) => {
  const name = userName(t.ctx.fs, t.ctx.uid);
  if (name === undefined) {
    t.error(t.gnu ? `cannot find name for user ID ${t.ctx.uid}` : `unknown uid ${t.ctx.uid}`);
    return 1;
  }
  t.out(name + '\n');
  return 0;
};

export const id: Applet = async (t) => {
  const p = getopt(t, t.args, {
    short: 'ugGnr',
    long: [
      { name: 'user', key: 'u' },
      { name: 'group', key: 'g' },
      { name: 'groups', key: 'G' },
      { name: 'name', key: 'n' },
    ],
  });
  if (!p) return 1;
  const fs = t.ctx.fs;
  let uid = t.ctx.uid;
  let gid = t.ctx.gid;
  if (p.operands.length) {
    const who = p.operands[0];
    const u = parseUser(fs, who);
    const entry = passwd(fs).find((e) => e.uid === u);
    if (u === undefined || !entry) {
      t.error(t.gnu ? `${quote(who)}: no such user` : `unknown user ${who}`);
      return 1;
    }
    uid = u;
    gid = entry.gid;
  }
  const name = userName(fs, uid);
  const supplementary = [
    gid,
    ...groups(fs)
      .filter((g) => name && g.members.includes(name) && g.gid !== gid)
      .map((g) => g.gid),
  ];
  const label = (n: number, nm: string | undefined): string => (nm === undefined ? String(n) : `${n}(${nm})`);
  const names = has(p, 'n');
  if (has(p, 'u')) t.out((names ? (name ?? String(uid)) : String(uid)) + '\n');
  else if (has(p, 'g')) t.out((names ? (groupName(fs, gid) ?? String(gid)) : String(gid)) + '\n');
  else if (has(p, 'G'))
    t.out(supplementary.map((g) => (names ? (groupName(fs, g) ?? String(g)) : String(g))).join(' ') + '\n');
  else
    t.out(
      `uid=${label(uid, name)} gid=${label(gid, groupName(fs, gid))} groups=${supplementary.map((g) => label(g, groupName(fs, g))).join(',')}\n`,
    );
  return 0;
};

export const hostname: Applet = async (t) => {
  const p = getopt(t, t.args, { short: 'sfiI' });
  if (!p) return 1;
  if (has(p, 'i') || has(p, 'I')) {
    const addrs = t.ctx.net.addresses().filter((a) => has(p, 'i') || a !== '127.0.0.1');
    t.out(addrs.join(' ') + (has(p, 'I') ? ' ' : '') + '\n');
    return 0;
  }
  const name = t.ctx.hostname;
  t.out((has(p, 's') ? name.split('.')[0] : name) + '\n');
  return 0;
};

/** The simulated kernel: what Docker Desktop's and Debian 12's kernels look like to uname. */
export const KERNEL = {
  sysname: 'Linux',
  release: '6.1.0-18-amd64',
  version: '#1 SMP PREEMPT_DYNAMIC Debian 6.1.76-1 (2024-02-01)',
  machine: 'x86_64',
  os: 'GNU/Linux',
};

export const uname: Applet = async (t) => {
  const p = getopt(t, t.args, {
    short: 'asnrvmpio',
    long: [
      { name: 'all', key: 'a' },
      { name: 'kernel-name', key: 's' },
      { name: 'nodename', key: 'n' },
      { name: 'kernel-release', key: 'r' },
      { name: 'kernel-version', key: 'v' },
      { name: 'machine', key: 'm' },
      { name: 'operating-system', key: 'o' },
    ],
  });
  if (!p) return 1;
  const all = has(p, 'a');
  const want = (k: string): boolean => all || has(p, k);
  const parts: string[] = [];
  if (want('s') || p.opts.length === 0) parts.push(KERNEL.sysname);
  if (want('n')) parts.push(t.ctx.hostname);
  if (want('r')) parts.push(KERNEL.release);
  if (want('v')) parts.push(KERNEL.version);
  if (want('m')) parts.push(KERNEL.machine);
  if (has(p, 'p') && !all) parts.push(t.gnu ? 'unknown' : KERNEL.machine);
  if (has(p, 'i') && !all) parts.push(t.gnu ? 'unknown' : KERNEL.machine);
  if (want('o')) parts.push(KERNEL.os);
  t.out(parts.join(' ') + '\n');
  return 0;
};
