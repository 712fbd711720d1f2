// A tiny operation language applied identically to a real overlayfs mount and to Baleine's union view.

export type Op =
  | ['write', string, string]
  | ['append', string, string]
  | ['mkdir', string]
  | ['mkdirp', string]
  | ['unlink', string]
  | ['rmdir', string]
  | ['rmrf', string]
  | ['rename', string, string]
  | ['symlink', string, string]
  | ['link', string, string]
  | ['chmod', string, number]
  | ['chown', string, number, number];

/** The operations both sides provide; each throws an error carrying an errno `code`. */
export interface OpsFs {
  writeFile(path: string, data: string, append: boolean): void;
  mkdir(path: string, recursive: boolean): void;
  unlink(path: string): void;
  rmdir(path: string): void;
  rename(from: string, to: string): void;
  symlink(target: string, path: string): void;
  link(existing: string, path: string): void;
  chmod(path: string, mode: number): void;
  chown(path: string, uid: number, gid: number): void;
  lstatType(path: string): 'dir' | 'other';
  readdir(path: string): string[];
}

function rmrf(fs: OpsFs, path: string): void {
  if (fs.lstatType(path) === 'dir') {
    for (const name of fs.readdir(path)) rmrf(fs, `${path}/${name}`);
    fs.rmdir(path);
  } else fs.unlink(path);
}

/** Runs one op; returns 'ok' or the errno code. */
export function applyOp(fs: OpsFs, op: Op): string {
  try {
    switch (op[0]) {
      case 'write':
        fs.writeFile(op[1], op[2], false);
        break;
      case 'append':
        fs.writeFile(op[1], op[2], true);
        break;
      case 'mkdir':
        fs.mkdir(op[1], false);
        break;
      case 'mkdirp':
        fs.mkdir(op[1], true);
        break;
      case 'unlink':
        fs.unlink(op[1]);
        break;
      case 'rmdir':
        fs.rmdir(op[1]);
        break;
      case 'rmrf':
        rmrf(fs, op[1]);
        break;
      case 'rename':
        fs.rename(op[1], op[2]);
        break;
      case 'symlink':
        fs.symlink(op[1], op[2]);
        break;
      case 'link':
        fs.link(op[1], op[2]);
        break;
      case 'chmod':
        fs.chmod(op[1], op[2]);
        break;
      case 'chown':
        fs.chown(op[1], op[2], op[3]);
        break;
    }
    return 'ok';
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (!code) throw e;
    return code;
  }
}
