import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTranscript, transcriptLines } from '../../src/server/commands/transcript';

function cli(args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  return new Promise((resolve) => {
    execFile('node_modules/.bin/tsx', ['src/server/main.ts', ...args], { cwd: process.cwd(), timeout: 60_000 }, (err, stdout, stderr) => {
      resolve({ stdout, stderr, code: err ? ((err as { code?: number }).code ?? 1) : 0 });
    });
  });
}

describe('baleine transcript', () => {
  it('keeps only command lines', () => {
    expect(transcriptLines('a\n\n# c\n  # d\nb\r\n   \n')).toEqual(['a', 'b']);
  });

  it('runs every line in one session on a virtual clock, deterministically', async () => {
    const lines = ['X=1; cd /tmp', 'echo $X $PWD', 'false', 'echo $?', 'sleep 3600', 'nope'];
    const started = Date.now();
    const steps = await runTranscript(lines, []);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(steps).toEqual([
      { cmd: 'X=1; cd /tmp', stdout: '', stderr: '', exit: 0 },
      { cmd: 'echo $X $PWD', stdout: '1 /tmp\n', stderr: '', exit: 0 },
      { cmd: 'false', stdout: '', stderr: '', exit: 1 },
      { cmd: 'echo $?', stdout: '1\n', stderr: '', exit: 0 },
      { cmd: 'sleep 3600', stdout: '', stderr: '', exit: 0 },
      { cmd: 'nope', stdout: '', stderr: 'bash: nope: command not found\n', exit: 127 },
    ]);
    expect(await runTranscript(lines, [])).toEqual(steps);
  });

  it('prints the JSON from the command line, and preloads images into the simulated engine', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'baleine-transcript-'));
    const file = join(dir, 'script.txt');
    writeFileSync(file, '# demo\necho "élève" | wc -c\nexit 3\necho after\n');
    const ok = await cli(['transcript', file]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual({
      steps: [
        { cmd: 'echo "élève" | wc -c', stdout: '8\n', stderr: '', exit: 0 },
        { cmd: 'exit 3', stdout: '', stderr: '', exit: 3 },
        { cmd: 'echo after', stdout: 'after\n', stderr: '', exit: 0 },
      ],
    });
    await expect(runTranscript(['true'], ['busybox:latest'])).rejects.toThrow('moteur Docker simulé');
    writeFileSync(file, "docker images --format '{{.Repository}}:{{.Tag}}'\ndocker run --rm busybox echo salut\n");
    const pre = await cli(['transcript', '--preload', 'busybox:latest', file]);
    expect(pre.stderr).toBe('');
    expect(pre.code).toBe(0);
    expect(JSON.parse(pre.stdout).steps.map((s: { stdout: string }) => s.stdout)).toEqual(['busybox:latest\n', 'salut\n']);
    const missing = await cli(['transcript', join(dir, 'absent.txt')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('introuvable');
  });
});
