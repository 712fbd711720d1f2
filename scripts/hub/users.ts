// Accounts that an image's `groupadd`/`useradd` step adds: the layer of that step carries the base
// layer's /etc/passwd, /etc/group and /etc/shadow with the new entries appended, as the real
// commands rewrite those files (a layer replaces a file whole, so the base entries must stay).
import type { Node } from './tree';
import { file } from './tree';

export interface Account {
  name: string;
  uid: number;
  gid: number;
  /** The GECOS field (`useradd --comment`); empty by default. */
  comment?: string;
  home: string;
  shell: string;
}

/** Days since the epoch written by useradd into /etc/shadow's "last change" field. */
const LAST_CHANGE = 19993;

function baseText(base: Node[], path: string): string {
  const n = base.find((b) => b.path === path);
  return n?.type === 'file' ? n.content : '';
}

/** The /etc/passwd, /etc/group and /etc/shadow of `base` plus `accounts` (one group each, same id and name). */
export function withAccounts(base: Node[], accounts: Account[]): Node[] {
  const passwd = accounts.map(
    (a) => `${a.name}:x:${a.uid}:${a.gid}:${a.comment ?? ''}:${a.home}:${a.shell}\n`,
  );
  const group = accounts.map((a) => `${a.name}:x:${a.gid}:\n`);
  const shadow = accounts.map((a) => `${a.name}:!:${LAST_CHANGE}::::::\n`);
  return [
    file('/etc/passwd', baseText(base, '/etc/passwd') + passwd.join('')),
    file('/etc/group', baseText(base, '/etc/group') + group.join('')),
    file('/etc/shadow', baseText(base, '/etc/shadow') + shadow.join(''), 0o640),
  ];
}
