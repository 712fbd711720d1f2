// A container's /proc, ps and top read the same live process table, through the docker CLI.
import { describe, expect, it } from 'vitest';
import { transcript } from '../world/helpers';

/** PID → command of a process listing, without its header and without the lister itself. */
function listing(rows: string[], commandColumn: number, self: RegExp): Map<number, string> {
  const out = new Map<number, string>();
  for (const row of rows) {
    const cols = row.trim().split(/\s+/);
    const command = cols.slice(commandColumn).join(' ');
    if (row.trim() && !self.test(command)) out.set(Number(cols[0]), command);
  }
  return out;
}

describe('/proc, ps and top in a container', () => {
  it('shows the container command as PID 1 and moves with the clock', async () => {
    const steps = await transcript([
      'docker run -d --name sl busybox sleep 300',
      `docker exec sl sh -c "cat /proc/1/cmdline | tr '\\0' ' '"`,
      'docker exec sl cat /proc/uptime',
      'sleep 10',
      'docker exec sl cat /proc/uptime',
      'docker exec sl cat /proc/1/status',
      'docker exec sl readlink /proc/self',
      "docker exec -e GREETING=salut sl sh -c \"tr '\\0' '\\n' < /proc/self/environ | grep GREETING\"",
    ]);
    expect(steps[1].stdout).toBe('sleep 300 ');
    const before = Number(steps[2].stdout.split(' ')[0]);
    const after = Number(steps[4].stdout.split(' ')[0]);
    expect(after - before).toBeCloseTo(10, 1);
    expect(steps[5].stdout).toMatch(/^Name:\tsleep\n.*\nState:\tS \(sleeping\)\n.*\nPid:\t1\nPPid:\t0\n/s);
    expect(steps[6].stdout).toMatch(/^\d+\n$/);
    expect(steps[7].stdout).toBe('GREETING=salut\n');
  });

  it('ps and top list the same processes', async () => {
    const steps = await transcript([
      'docker run -d --name sl busybox sh -c "sleep 300 & sleep 400"',
      'docker exec sl top -b -n 1',
      'docker exec sl ps',
    ]);
    const top = steps[1].stdout;
    expect(top).toMatch(/^Mem: \d+K used, \d+K free, \d+K shrd, \d+K buff, \d+K cached\nCPU: {3}0% usr/);
    expect(top).toMatch(
      /\nLoad average: \d\.\d\d \d\.\d\d \d\.\d\d \d+\/\d+ \d+\n {2}PID {2}PPID USER {5}STAT {3}VSZ %VSZ %CPU COMMAND\n/,
    );
    const rows = top.split('COMMAND\n')[1];
    expect(rows).toMatch(/^ {4}1 {5}0 root {5}[RS] {4}\s*\d+ +\d+% +0% sh -c sleep 300 & sleep 400\n/);
    const fromTop = listing(rows.split('\n'), 7, /^top /);
    const fromPs = listing(steps[2].stdout.split('\n').slice(1), 2, /^ps$/);
    expect(fromTop.size).toBe(4);
    expect([...fromTop]).toEqual([...fromPs]);
  });

  it('top in procps layout where the image has procps', async () => {
    const steps = await transcript(['docker run --rm python top -b -n 1'], []);
    expect(steps[0].exit).toBe(0);
    expect(steps[0].stdout).toMatch(
      /^top - \d\d:\d\d:\d\d up \d+ min, {2}0 user, {2}load average: [\d.]+, [\d.]+, [\d.]+\nTasks: +1 total, +1 running, +0 sleeping, +0 stopped, +0 zombie\n/,
    );
    expect(steps[0].stdout).toMatch(
      /\n {2}PID USER {6}PR {2}NI {4}VIRT {4}RES {4}SHR S {2}%CPU {2}%MEM {5}TIME\+ COMMAND\n {4}1 root {6}20 {3}0 +\d+ +\d+ +\d+ R {3}0\.0 +[\d.]+ {3}0:00\.00 top\n$/,
    );
  });
});
