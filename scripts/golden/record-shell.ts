// Records what real bash prints for every entry of the shell corpus (test/golden/shell/corpus) into
// test/golden/shell/<name>.json. Each entry runs in a fresh interactive `bash --posix` without job
// control or history expansion (what a student's terminal gives), in a sandbox directory that
// persists across the entries of one corpus file, with a fixed environment.
// Usage: npx tsx scripts/golden/record-shell.ts
import { spawnSync, execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusFiles, readCorpus, GOLDEN_DIR, SANDBOX, type GoldenEntry, type GoldenFile } from './shell-corpus';

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

const version = execFileSync('bash', ['--version'], { encoding: 'utf8' }).split('\n')[0];
for (const file of corpusFiles()) {
  rmSync(SANDBOX, { recursive: true, force: true });
  mkdirSync(SANDBOX, { recursive: true });
  const entries = readCorpus(file).map(record);
  const out: GoldenFile = { recordedWith: `${version}, --posix -i +m +H`, entries };
  const name = file.replace(/\.txt$/, '.json');
  writeFileSync(join(GOLDEN_DIR, name), JSON.stringify(out, null, 2) + '\n');
  process.stdout.write(`${name}: ${entries.length} entries\n`);
}
rmSync(SANDBOX, { recursive: true, force: true });
