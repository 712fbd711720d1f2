// gosu USER-SPEC COMMAND [ARGS...]: runs COMMAND as another user (the official redis, postgres and
// mysql images step down from root with it). USER-SPEC is `user`, `uid`, `user:group` or `uid:gid`,
// looked up in the container's /etc/passwd and /etc/group.
import type { ProcessContext, Program } from '../../engine/process/types';
import { ExecError } from '../../engine/process/types';

interface Entry {
  name: string;
  id: number;
  gid?: number;
  home?: string;
}

function table(ctx: ProcessContext, path: string, kind: 'passwd' | 'group'): Entry[] {
  let text = '';
  try {
    text = ctx.fs.readText(path);
  } catch {
    return [];
  }
  return text
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split(':'))
    .map((f) =>
      kind === 'passwd'
        ? { name: f[0], id: Number(f[2]), gid: Number(f[3]), home: f[5] }
        : { name: f[0], id: Number(f[2]) },
    );
}

function lookup(entries: Entry[], spec: string): Entry | null {
  return (
    entries.find((e) => e.name === spec) ?? (/^\d+$/.test(spec) ? { name: spec, id: Number(spec) } : null)
  );
}

const USAGE = (self: string) =>
  `Usage: ${self} user-spec command [args]\n   eg: ${self} tianon bash\n       ${self} nobody:root bash -c 'whoami && id'\n       ${self} 1000:1 id\n\n${self} version: 1.16 (go1.19.8 on linux/amd64; gc)\n`;

export const gosu: Program = async (ctx) => {
  const self = ctx.argv[0]?.split('/').pop() || 'gosu';
  const [spec, ...command] = ctx.argv.slice(1);
  if (!spec || command.length === 0) {
    ctx.stderr.write(USAGE(self));
    return 1;
  }
  const [userPart, groupPart] = spec.split(':');
  const user = lookup(table(ctx, '/etc/passwd', 'passwd'), userPart);
  if (!user) {
    ctx.stderr.write(
      `error: failed switching to "${spec}": unable to find user ${userPart}: no matching entries in passwd file\n`,
    );
    return 1;
  }
  let gid = user.gid ?? user.id;
  if (groupPart !== undefined) {
    const group = lookup(table(ctx, '/etc/group', 'group'), groupPart);
    if (!group) {
      ctx.stderr.write(
        `error: failed switching to "${spec}": unable to find group ${groupPart}: no matching entries in group file\n`,
      );
      return 1;
    }
    gid = group.id;
  }
  const env = { ...ctx.env, HOME: user.home || ctx.env.HOME || '/' };
  try {
    // gosu execs the command (it becomes the container's PID 1 when gosu was); without a kernel
    // exec (test doubles), a child stands in.
    if (ctx.exec) return await ctx.exec(command, { uid: user.id, gid, env });
    return await ctx.spawn(command, { uid: user.id, gid, env }).wait();
  } catch (err) {
    if (!(err instanceof ExecError)) throw err;
    const why =
      err.code === 'ENOENT'
        ? 'executable file not found in $PATH'
        : err.code === 'EPERM'
          ? 'operation not permitted'
          : 'permission denied';
    ctx.stderr.write(`error: exec: "${command[0]}": ${why}\n`);
    return 1;
  }
};
