// Job control builtins: jobs, wait, fg, bg.
import type { Shell } from '../interpreter';

export function jobs(sh: Shell, argv: string[]): number {
  const pidsOnly = argv.includes('-p');
  for (const job of sh.jobs.list()) {
    sh.stdout.write(pidsOnly ? `${job.pid}\n` : sh.jobs.format(job, true) + '\n');
    if (job.status !== null) job.reported = true;
  }
  for (const j of sh.jobs.list()) if (j.status !== null) sh.jobs.remove(j);
  return 0;
}

export async function wait(sh: Shell, argv: string[]): Promise<number> {
  const specs = argv.slice(1);
  if (specs.length === 0) {
    for (const job of sh.jobs.list()) {
      await job.child.wait();
      sh.jobs.remove(job);
    }
    return 0;
  }
  let status = 0;
  for (const spec of specs) {
    const job = sh.jobs.find(spec);
    if (!job) {
      if (spec.startsWith('%')) sh.error(`wait: ${spec}: no such job`);
      else sh.error(`wait: pid ${spec} is not a child of this shell`);
      status = 127;
      continue;
    }
    status = await job.child.wait();
    sh.jobs.remove(job);
  }
  return status;
}

export async function fg(sh: Shell, argv: string[]): Promise<number> {
  const spec = argv[1] ?? '%%';
  const job = sh.jobs.find(spec);
  if (!job) {
    sh.error(`fg: ${argv[1] ?? 'current'}: no such job`);
    return 1;
  }
  sh.stdout.write(job.source + '\n');
  const own = sh.ctx.pgid;
  sh.ctx.setForegroundGroup?.(job.pid);
  try {
    const status = await job.child.wait();
    sh.jobs.remove(job);
    if (own !== undefined) sh.ctx.setForegroundGroup?.(own);
    sh.afterForeground(status);
    return status;
  } finally {
    if (own !== undefined) sh.ctx.setForegroundGroup?.(own);
  }
}

export function bg(sh: Shell, argv: string[]): number {
  const job = sh.jobs.find(argv[1] ?? '%%');
  if (!job) {
    sh.error(`bg: ${argv[1] ?? 'current'}: no such job`);
    return 1;
  }
  sh.stdout.write(`[${job.id}]${sh.jobs.mark(job)} ${job.source} &\n`);
  return 0;
}
