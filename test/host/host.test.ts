import { describe, expect, it } from 'vitest';
import { createHost } from '../../src/host/host';
import { MemoryHistoryStore } from '../../src/shell/history';
import { VirtualClock } from '../../src/engine/world/virtual-clock';

function host(historyStore = new MemoryHistoryStore(), clock: 'virtual' | 'real' = 'virtual') {
  return createHost({ world: clock === 'virtual' ? { clock: new VirtualClock() } : undefined, historyStore });
}

/** Collects the screen and waits (in real time, a few ms) until it shows `text`. */
function screen(term: { onData(l: (d: string) => void): () => void }) {
  let all = '';
  term.onData((d) => (all += d));
  return {
    get text() {
      return all;
    },
    async until(text: string, from = 0): Promise<void> {
      for (let i = 0; i < 500; i++) {
        if (all.slice(from).includes(text)) return;
        await new Promise((r) => setTimeout(r, 5));
      }
      throw new Error(`screen never showed ${JSON.stringify(text)}; it shows ${JSON.stringify(all.slice(from))}`);
    },
    mark(): number {
      return all.length;
    },
  };
}

describe('host', () => {
  it('is a Debian 12 host with the student as user', async () => {
    const h = host();
    expect(h.fs.readText('/etc/hostname')).toBe('baleine\n');
    expect(h.fs.readText('/etc/os-release')).toContain('VERSION_ID="12"');
    expect(h.fs.readlink('/bin')).toBe('usr/bin');
    expect(h.fs.stat('/home/eleve').uid).toBe(1000);
    expect(h.fs.readText('/usr/bin/cat')).toBe('\x7fELF baleine:cat\n');
    const r = await h.run('echo $HOME $USER $LANG; pwd; echo $0');
    expect(r).toEqual({ stdout: '/home/eleve eleve C.UTF-8\n/home/eleve\nbash\n', stderr: '', exit: 0 });
  });

  it('runs programs from /usr/bin through the session, and keeps its state', async () => {
    const h = host();
    await h.run('cd /tmp && echo "élève" > f.txt');
    expect(await h.run('cat f.txt | wc -c')).toEqual({ stdout: '8\n', stderr: '', exit: 0 });
    expect((await h.run('foo')).stderr).toBe('bash: foo: command not found\n');
    expect((await h.run('echo $?')).stdout).toBe('127\n');
  });

  it('accepts injected programs', async () => {
    const h = host();
    h.addProgram('hello', async (ctx) => {
      ctx.stdout.write(`hello ${ctx.argv.slice(1).join(' ')}\n`);
      return 0;
    });
    expect((await h.run('hello world; command -v hello')).stdout).toBe('hello world\n/usr/bin/hello\n');
  });

  it('gives the terminal a prompt, runs typed lines and handles ^C', async () => {
    const h = host(new MemoryHistoryStore(), 'real');
    const term = h.openTerminal({ cols: 80, rows: 24 });
    const s = screen(term);
    await s.until('eleve@baleine:~$ ');
    let m = s.mark();
    term.write('echo "élève"\r');
    await s.until('élève\r\neleve@baleine:~$ ', m);
    m = s.mark();
    term.write('cd /tmp\r');
    await s.until('eleve@baleine:/tmp$ ', m);
    m = s.mark();
    term.write('sleep 100\r');
    await s.until('sleep 100\r\n', m);
    term.write('\x03');
    await s.until('^C\r\neleve@baleine:/tmp$ ', m);
    m = s.mark();
    term.write('echo $?\r');
    await s.until('130\r\n', m);
    m = s.mark();
    term.write('abc\x03');
    await s.until('abc^C\r\neleve@baleine:/tmp$ ', m);
    term.write('exit\r');
    expect(await term.exited).toBe(130);
  });

  it('edits lines: cursor keys, Ctrl-A/E/U/K/W, history, continuation prompts', async () => {
    const store = new MemoryHistoryStore(['echo old']);
    const h = host(store);
    const term = h.openTerminal();
    const s = screen(term);
    await s.until('$ ');
    let m = s.mark();
    term.write('eho é\x1b[D\x1b[D\x1b[D\x1b[Dc\x05!\r');
    await s.until('é!\r\n', m);
    m = s.mark();
    term.write('\x1b[A\r');
    await s.until('é!\r\n', m);
    m = s.mark();
    term.write('\x1b[A\x1b[A\x1b[A\r');
    await s.until('old\r\n', m);
    m = s.mark();
    term.write('garbage\x15echo one two\x17three\x01\x0b\recho "a\rb"\r');
    await s.until('a\r\nb\r\n', m);
    expect(s.text.slice(m)).toContain('> ');
    expect(store.load()).toEqual(['echo old', 'echo é!', 'echo old', 'echo "a\nb"']);
    m = s.mark();
    term.write('history 2\r');
    await s.until('echo "a\r\nb"\r\n', m);
    m = s.mark();
    term.write('\x04');
    expect(await term.exited).toBe(0);
  });

  it('completes commands and paths with Tab', async () => {
    const h = host();
    await h.run('mkdir -p /tmp/dossier && touch /tmp/dossier/fichier.txt');
    const term = h.openTerminal();
    const s = screen(term);
    await s.until('$ ');
    let m = s.mark();
    term.write('ech\t/tmp/dos\tfic\t\r');
    await s.until('/tmp/dossier/fichier.txt\r\n', m);
    expect(s.text.slice(m)).toContain('echo /tmp/dossier/fichier.txt');
    m = s.mark();
    h.completions.push({ complete: (req) => (req.words[0] === 'docker' ? ['ps', 'pull'].filter((c) => c.startsWith(req.words[req.words.length - 1])) : null) });
    term.write('docker p\t\t');
    await s.until('ps    pull\r\n', m);
    term.write('\x15exit\r');
    await term.exited;
  });

  it('runs a multi-line paste line by line', async () => {
    const h = host();
    const term = h.openTerminal();
    const s = screen(term);
    await s.until('$ ');
    const m = s.mark();
    term.write('A=1\recho $A\recho fin\r');
    await s.until('fin\r\n', m);
    expect(s.text.slice(m)).toContain('1\r\n');
  });

  it('reports background jobs before the prompt and brings them to the foreground', async () => {
    const h = host();
    const term = h.openTerminal();
    const s = screen(term);
    await s.until('$ ');
    let m = s.mark();
    term.write('sleep 5 &\r');
    await s.until('[1] ', m);
    await new Promise((r) => setTimeout(r, 50)); // the virtual clock runs the idle job out
    term.write('\r');
    await s.until('[1]+  Done                    sleep 5\r\n', m);
    m = s.mark();
    term.write('sleep 7 & kill %1\r');
    await s.until('$ ', m);
    await new Promise((r) => setTimeout(r, 20));
    term.write('\r');
    await s.until('[1]+  Terminated              sleep 7\r\n', m);
    m = s.mark();
    term.write('sleep 2 &\rfg\r');
    await s.until('sleep 2\r\neleve@baleine:~$ ', m);
  });
});
