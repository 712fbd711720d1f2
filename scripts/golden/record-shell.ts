// Records what real bash prints for every entry of the shell corpus (test/golden/shell/corpus) into
// test/golden/shell/<name>.json. Each entry runs in a fresh interactive `bash --posix` without job
// control or history expansion (what a student's terminal gives), in a sandbox directory that
// persists across the entries of one corpus file, with a fixed environment. The busybox corpus
// (corpus-ash) runs each entry with `busybox sh -c` (the `sh` of busybox containers) into ash-<name>.json.
// Usage: npx tsx scripts/golden/record-shell.ts
import { spawnSync, execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusFiles, readCorpus, ASH_CORPUS_DIR, CORPUS_DIR, GOLDEN_DIR, SANDBOX, type GoldenEntry, type GoldenFile } from './shell-corpus';

const ENV = {
  HOME: '/home/eleve',
  USER: 'eleve',
  LOGNAME: 'eleve',
  SHELL: '/bin/bash',
  PATH: '/usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games',
  LANG: 'C.UTF-8',
  TERM: 'xterm-256color',
  PS1: '',
  PS2: '',
  HISTFILE: '/dev/null',
};

/** Lines an interactive bash without a terminal prints about itself, not about the entry. */
const BANNER = [/^bash: cannot set terminal process group \(-?\d+\): Inappropriate ioctl for device\n/, /^bash: no job control in this shell\n/];

function clean(stderr: string): string {
  let s = stderr;
  for (const re of BANNER) s = s.replace(re, '');
  // Interactive bash says "exit" (first, or last) when it leaves on `exit` or at the end of its
  // input; a session does not.
  return s.replace(/^exit\n/, '').replace(/exit\n$/, '');
}

function record(cmd: string): GoldenEntry {
  const r = spawnSync('bash', ['--posix', '--norc', '--noprofile', '--noediting', '+m', '+H', '-i'], {
    input: cmd + '\n',
    cwd: SANDBOX,
    env: ENV,
    encoding: 'utf8',
    timeout: 10_000,
  });
  return { cmd, stdout: r.stdout, stderr: clean(r.stderr), exit: r.status ?? 128 };
}

function recordAsh(cmd: string): GoldenEntry {
  const r = spawnSync('busybox', ['sh', '-c', cmd], { cwd: SANDBOX, env: { ...ENV, HOME: '/root', USER: 'root', LOGNAME: 'root' }, encoding: 'utf8', timeout: 10_000 });
  return { cmd, stdout: r.stdout, stderr: r.stderr, exit: r.status ?? 128 };
}

function recordDir(dir: string, prefix: string, recordedWith: string, run: (cmd: string) => GoldenEntry): void {
  for (const file of corpusFiles('.', dir)) {
    rmSync(SANDBOX, { recursive: true, force: true });
    mkdirSync(SANDBOX, { recursive: true });
    const entries = readCorpus(file, '.', dir).map(run);
    const out: GoldenFile = { recordedWith, entries };
    const name = prefix + file.replace(/\.txt$/, '.json');
    writeFileSync(join(GOLDEN_DIR, name), JSON.stringify(out, null, 2) + '\n');
    process.stdout.write(`${name}: ${entries.length} entries\n`);
  }
}

const bashVersion = execFileSync('bash', ['--version'], { encoding: 'utf8' }).split('\n')[0];
recordDir(CORPUS_DIR, '', `${bashVersion}, --posix -i +m +H`, record);
const busyboxVersion = execFileSync('busybox', [], { encoding: 'utf8' }).split('\n')[0];
recordDir(ASH_CORPUS_DIR, 'ash-', `${busyboxVersion}, sh -c`, recordAsh);
rmSync(SANDBOX, { recursive: true, force: true });
