// Background jobs of one shell (`cmd &`, jobs, wait, fg).
import type { ChildProcess } from '../engine/process/types';

export interface Job {
  id: number;
  pid: number;
  child: ChildProcess;
  source: string;
  status: number | null;
  /** Completion already reported to the user (or the job was waited for). */
  reported: boolean;
}

/** How bash reports a job that a signal ended (strsignal(3)). */
const SIGNAL_STATES: Record<number, string> = {
  129: 'Hangup',
  130: 'Interrupt',
  131: 'Quit',
  134: 'Aborted',
  137: 'Killed',
  139: 'Segmentation fault',
  143: 'Terminated',
};

export class JobTable {
  private jobs: Job[] = [];

  add(child: ChildProcess, source: string): Job {
    const id = this.jobs.length ? Math.max(...this.jobs.map((j) => j.id)) + 1 : 1;
    const job: Job = { id, pid: child.pid, child, source, status: null, reported: false };
    this.jobs.push(job);
    child.wait().then((status) => (job.status = status));
    return job;
  }

  list(): Job[] {
    return [...this.jobs];
  }

  /** `%n`, `%%`, `%+`, `%-`, or a pid. */
  find(spec: string): Job | undefined {
    if (spec === '%%' || spec === '%+' || spec === '%') return this.jobs[this.jobs.length - 1];
    if (spec === '%-') return this.jobs[this.jobs.length - 2];
    if (/^%\d+$/.test(spec)) return this.jobs.find((j) => j.id === Number(spec.slice(1)));
    if (/^\d+$/.test(spec)) return this.jobs.find((j) => j.pid === Number(spec));
    if (spec.startsWith('%')) return this.jobs.find((j) => j.source.startsWith(spec.slice(1)));
    return undefined;
  }

  remove(job: Job): void {
    this.jobs = this.jobs.filter((j) => j !== job);
  }

  /** '+' for the current job, '-' for the previous one, ' ' otherwise. */
  mark(job: Job): string {
    const i = this.jobs.indexOf(job);
    if (i === this.jobs.length - 1) return '+';
    if (i === this.jobs.length - 2) return '-';
    return ' ';
  }

  /** bash's `[1]+  Done                    sleep 1` line. */
  format(job: Job, withAmp: boolean): string {
    const state =
      job.status === null ? 'Running' : job.status === 0 ? 'Done' : (SIGNAL_STATES[job.status] ?? `Exit ${job.status}`);
    const source = job.status === null && withAmp ? `${job.source} &` : job.source;
    return `[${job.id}]${this.mark(job)}  ${state.padEnd(24)}${source}`;
  }

  /** Finished jobs not reported yet; they are removed from the table. */
  takeFinished(): string[] {
    const lines: string[] = [];
    for (const job of this.jobs) if (job.status !== null && !job.reported) lines.push(this.format(job, false));
    this.jobs = this.jobs.filter((j) => j.status === null);
    return lines;
  }
}
