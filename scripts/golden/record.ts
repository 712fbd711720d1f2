// Records golden transcripts against a real Docker engine (issue 7, fidelity harness).
// Usage: tsx scripts/golden/record.ts [SCENARIO...]   (default: every scripts/golden/scenarios/*.sh)
// Each scenario runs line by line in ONE persistent bash session (variables, cwd and `$?` carry over);
// each non-empty line not starting with `#` is a step whose stdout, stderr and exit status are stored
// in test/golden/<scenario>.json as `{"scenario", "recordedWith", "steps":[{cmd,stdout,stderr,exit}]}`,
// the same step shape `baleine transcript` prints.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

export interface Step {
  cmd: string;
  stdout: string;
  stderr: string;
  exit: number;
}

const ROOT = resolve(import.meta.dirname, '..', '..');
const SCENARIOS = join(ROOT, 'scripts', 'golden', 'scenarios');
const OUT = join(ROOT, 'test', 'golden');
const DONE = '__BALEINE_STEP_DONE__';

/** The steps of a scenario file: non-empty lines not starting with `#`. */
export function stepsOf(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));
}

class BashSession {
  private readonly proc = spawn('bash', ['--noprofile', '--norc'], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, PS1: '', DOCKER_CLI_HINTS: 'false', LC_ALL: 'C.UTF-8', HOME: '/root' },
    cwd: '/tmp',
  });
  private buffer = '';
  private waiters: Array<() => void> = [];

  constructor(private readonly dir: string) {
    this.proc.stdout.setEncoding('utf8');
    this.proc.stdout.on('data', (chunk: string) => {
      this.buffer += chunk;
      for (const w of this.waiters.splice(0)) w();
    });
  }

  async run(cmd: string): Promise<Step> {
    const out = join(this.dir, 'out');
    const err = join(this.dir, 'err');
    // The command runs in the current shell (a `{ }` group), so its state persists; stdin is empty.
    // `(exit N)` first restores the previous step's status, so `$?` means what it means in a terminal.
    this.proc.stdin.write(
      `(exit \${__baleine_status:-0})\n{\n${cmd}\n} >${out} 2>${err} </dev/null; __baleine_status=$?; echo "${DONE} $__baleine_status"\n`,
    );
    const status = await this.waitFor();
    return { cmd, stdout: readFileSync(out, 'utf8'), stderr: readFileSync(err, 'utf8'), exit: status };
  }

  private async waitFor(): Promise<number> {
    for (;;) {
      const m = new RegExp(`${DONE} (\\d+)\\n`).exec(this.buffer);
      if (m) {
        this.buffer = this.buffer.slice(m.index + m[0].length);
        return Number(m[1]);
      }
      await new Promise<void>((r) => this.waiters.push(r));
    }
  }

  close(): void {
    this.proc.stdin.end('exit\n');
  }
}

function docker(...args: string[]): string {
  try {
    return execFileSync('docker', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return '';
  }
}

/** Removes what earlier runs of the scenarios left behind: every golden object is named `g-…`. */
function cleanEngine(): void {
  const lines = (s: string) => s.split('\n').filter(Boolean);
  const containers = lines(docker('ps', '-aq', '--filter', 'name=^g-'));
  if (containers.length) docker('rm', '-f', '-v', ...containers);
  const networks = lines(docker('network', 'ls', '-q', '--filter', 'name=^g-'));
  if (networks.length) docker('network', 'rm', ...networks);
  const volumes = lines(docker('volume', 'ls', '-q', '--filter', 'name=^g-'));
  if (volumes.length) docker('volume', 'rm', '-f', ...volumes);
  const images = lines(docker('images', '--format', '{{.Repository}}:{{.Tag}}')).filter((r) =>
    r.startsWith('g-'),
  );
  if (images.length) docker('rmi', '-f', ...images);
  const foreign = lines(docker('ps', '-a', '--format', '{{.Names}}'));
  if (foreign.length) {
    process.stderr.write(
      `record-golden: warning: other containers exist (${foreign.join(', ')}); listings will include them\n`,
    );
  }
}

async function record(file: string): Promise<Step[]> {
  const dir = mkdtempSync(join(tmpdir(), 'baleine-golden-'));
  const session = new BashSession(dir);
  const steps: Step[] = [];
  try {
    for (const cmd of stepsOf(readFileSync(file, 'utf8'))) steps.push(await session.run(cmd));
  } finally {
    session.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return steps;
}

async function main(names: string[]): Promise<void> {
  const files = readdirSync(SCENARIOS)
    .filter((f) => f.endsWith('.sh'))
    .filter((f) => names.length === 0 || names.includes(basename(f, '.sh')))
    .sort();
  const engine = docker('version', '--format', '{{.Server.Version}} (API {{.Server.APIVersion}})').trim();
  const cli = docker('version', '--format', '{{.Client.Version}}').trim();
  let total = 0;
  for (const f of files) {
    cleanEngine();
    const scenario = basename(f, '.sh');
    const steps = await record(join(SCENARIOS, f));
    total += steps.length;
    const doc = { scenario, recordedWith: { cli: `docker ${cli}`, engine: `dockerd ${engine}` }, steps };
    writeFileSync(join(OUT, `${scenario}.json`), JSON.stringify(doc, null, 2) + '\n');
    process.stderr.write(`record-golden: ${scenario}: ${steps.length} steps\n`);
  }
  cleanEngine();
  process.stderr.write(`record-golden: ${total} steps in ${files.length} scenarios\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    process.stderr.write(`record-golden: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(1);
  });
}
