// Programs that depend on the terminal, the clock or other processes.

import { describe, expect, it } from 'vitest';
import {
  ProcessExit,
  type OutputStream,
  type ProcessInfo,
  type Signal,
} from '../../src/engine/process/types';
import { VirtualClock } from '../../src/engine/world/virtual-clock';
import { busybox } from '../../src/userland/applets/busybox';
import { FakeTty, makeHost, makeContext, run, StringInput, T0 } from './helpers/context';
import { applets } from '../../src/userland/applets';

describe('ls on a terminal', () => {
  it('lays names out in columns that fit the terminal width, down then across', async () => {
    const fs = makeHost();
    fs.mkdir('/w');
    for (const n of ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf'])
      fs.writeFile(`/w/${n}`, '');
    const wide = await run(['ls', '/w'], { fs, stdoutTTY: true, tty: new FakeTty({ cols: 80, rows: 24 }) });
    expect(wide.stdout).toBe('alpha  bravo  charlie  delta  echo  foxtrot  golf\n');
    const narrow = await run(['ls', '/w'], { fs, stdoutTTY: true, tty: new FakeTty({ cols: 20, rows: 24 }) });
    // Recorded from GNU ls 9.1 (`ls -C -w 20`, `-w 30`) and BusyBox 1.35 (`busybox ls -C -w 30`).
    expect(narrow.stdout).toBe('alpha\t echo\nbravo\t foxtrot\ncharlie  golf\ndelta\n');
    const thirty = await run(['ls', '/w'], { fs, stdoutTTY: true, tty: new FakeTty({ cols: 30, rows: 24 }) });
    expect(thirty.stdout).toBe('alpha  charlie\techo\t golf\nbravo  delta\tfoxtrot\n');
    const bb = await run(['busybox', 'ls', '/w'], {
      fs,
      program: busybox,
      stdoutTTY: true,
      tty: new FakeTty({ cols: 30, rows: 24 }),
    });
    expect(bb.stdout.replace(/\x1b\[[0-9;]*m/g, '')).toBe(
      'alpha    delta    golf\nbravo    echo\ncharlie  foxtrot\n',
    );
  });

  it('colours with --color=auto only on a terminal; BusyBox colours by default on a terminal', async () => {
    const fs = makeHost();
    fs.mkdir('/w/d', { recursive: true });
    const tty = await run(['ls', '--color=auto', '/w'], { fs, stdoutTTY: true, tty: new FakeTty() });
    expect(tty.stdout).toBe('\x1b[0m\x1b[01;34md\x1b[0m\n');
    const pipe = await run(['ls', '--color=auto', '/w'], { fs });
    expect(pipe.stdout).toBe('d\n');
    const bb = await run(['busybox', 'ls', '/w'], {
      fs,
      program: busybox,
      stdoutTTY: true,
      tty: new FakeTty(),
    });
    expect(bb.stdout).toBe('\x1b[1;34md\x1b[m\n');
  });

  it('shows recent files with the time and old ones with the year', async () => {
    const clock = new VirtualClock({ start: T0 });
    const fs = makeHost(clock);
    fs.writeFile('/new', 'x');
    fs.writeFile('/old', 'y');
    fs.utimes('/old', 0, Date.UTC(2020, 5, 1));
    const r = await run(['ls', '-l', '/new', '/old'], { fs, clock });
    expect(r.stdout).toBe(
      '-rw-r--r-- 1 root root 1 Jan 15 10:30 /new\n-rw-r--r-- 1 root root 1 Jun  1  2020 /old\n',
    );
  });

  it('ls -l names owners from /etc/passwd and falls back to numbers', async () => {
    const fs = makeHost();
    fs.writeFile('/mine', '', { uid: 1000, gid: 1000 });
    fs.writeFile('/ghost', '', { uid: 4242, gid: 4242 });
    const r = await run(['ls', '-l', '/mine', '/ghost'], { fs });
    expect(r.stdout).toContain(' 4242  4242  ');
    expect(r.stdout).toContain(' eleve eleve ');
  });
});

describe('tail -f', () => {
  it('prints what is appended, on the process clock, until killed', async () => {
    const clock = new VirtualClock({ start: T0, auto: false });
    const fs = makeHost(clock);
    fs.writeFile('/log', 'one\n');
    const { ctx, stdout, stderr } = makeContext(['tail', '-f', '/log'], { fs, clock });
    const done = applets.tail(ctx).catch((e) => (e instanceof ProcessExit ? e.status : Promise.reject(e)));
    await new Promise((r) => setTimeout(r, 0));
    expect(stdout.text).toBe('one\n');
    fs.writeFile('/log', 'two\n', { append: true });
    clock.advance(1000);
    await new Promise((r) => setTimeout(r, 0));
    expect(stdout.text).toBe('one\ntwo\n');
    fs.writeFile('/log', 'new\n');
    clock.advance(1000);
    await new Promise((r) => setTimeout(r, 0));
    expect(stderr.text).toBe('tail: /log: file truncated\n');
    expect(stdout.text).toBe('one\ntwo\nnew\n');
    void done;
  });
});

describe('sleep and date use the process clock', () => {
  it('sleep 1m 30s advances the virtual clock by 90 s', async () => {
    const clock = new VirtualClock({ start: T0 });
    const r = await run(['sleep', '1m', '30s'], { clock });
    expect(r.status).toBe(0);
    expect(clock.now()).toBe(T0 + 90_000);
  });

  it('date prints the clock time in UTC with the default and custom formats', async () => {
    const clock = new VirtualClock({ start: T0 });
    expect((await run(['date'], { clock })).stdout).toBe('Mon Jan 15 10:30:00 UTC 2024\n');
    expect((await run(['date', '+%F %T %s'], { clock })).stdout).toBe(`2024-01-15 10:30:00 ${T0 / 1000}\n`);
    expect((await run(['date', '-d', 'yesterday', '+%A'], { clock })).stdout).toBe('Sunday\n');
    expect((await run(['date', '-I'], { clock })).stdout).toBe('2024-01-15\n');
  });
});

describe('processes', () => {
  const procs: ProcessInfo[] = [
    { pid: 1, ppid: 0, uid: 0, argv: ['/sbin/init'], state: 'S', startedAt: T0, tty: null },
    { pid: 1000, ppid: 1, uid: 1000, argv: ['-bash'], state: 'S', startedAt: T0, tty: 'pts/0' },
    { pid: 1042, ppid: 1000, uid: 1000, argv: ['sleep', '100'], state: 'S', startedAt: T0, tty: 'pts/0' },
  ];

  it('ps, ps aux, ps -ef and BusyBox ps list ctx.processes()', async () => {
    const opts = { processes: procs, uid: 1000, tty: new FakeTty() };
    expect((await run(['ps'], opts)).stdout).toBe(
      '  PID TTY          TIME CMD\n 1000 pts/0    00:00:00 -bash\n 1042 pts/0    00:00:00 sleep\n',
    );
    const aux = (await run(['ps', 'aux'], opts)).stdout.split('\n');
    expect(aux[0]).toBe('USER       PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND');
    expect(aux[3]).toBe('eleve     1042  0.0  0.0      0     0 pts/0    S    10:30   0:00 sleep 100');
    const ef = (await run(['ps', '-ef'], opts)).stdout.split('\n');
    expect(ef[0]).toBe('UID        PID  PPID  C STIME TTY          TIME CMD');
    expect(ef[1]).toBe('root         1     0  0 10:30 ?        00:00:00 /sbin/init');
    const bb = (await run(['busybox', 'ps'], { ...opts, program: busybox })).stdout.split('\n');
    expect(bb[0]).toBe('PID   USER     COMMAND');
    expect(bb[3]).toBe(' 1042 eleve    sleep 100');
  });

  it('kill sends signals by number and name, lists them, reports unknown pids', async () => {
    const killed: Array<[number, Signal]> = [];
    const opts = { processes: procs, killed };
    expect((await run(['kill', '1042'], opts)).status).toBe(0);
    expect((await run(['kill', '-9', '1042'], opts)).status).toBe(0);
    expect((await run(['kill', '-s', 'HUP', '1042'], opts)).status).toBe(0);
    expect((await run(['kill', '-SIGINT', '1042'], opts)).status).toBe(0);
    expect(killed).toEqual([
      [1042, 'SIGTERM'],
      [1042, 'SIGKILL'],
      [1042, 'SIGHUP'],
      [1042, 'SIGINT'],
    ]);
    expect(await run(['kill', '999'], opts)).toMatchObject({
      status: 1,
      stderr: 'kill: (999): No such process\n',
    });
    expect(await run(['busybox', 'kill', '999'], { ...opts, program: busybox })).toMatchObject({
      status: 1,
      stderr: "kill: can't kill pid 999: No such process\n",
    });
    expect(await run(['kill', '-s', 'FOO', '1'], opts)).toMatchObject({
      status: 1,
      stderr: 'kill: unknown signal name FOO\n',
    });
    expect((await run(['kill', '-l'], opts)).stdout.split('\n')[0]).toBe(
      'HUP INT QUIT ILL TRAP ABRT BUS FPE KILL USR1 SEGV USR2 PIPE ALRM TERM STKFLT',
    );
    expect((await run(['kill', '-l', '9'], opts)).stdout).toBe('KILL\n');
  });
});

describe('spawning', () => {
  it('xargs and find -exec run children through PATH', async () => {
    const fs = makeHost();
    fs.mkdir('/d');
    fs.writeFile('/d/a', 'A\n');
    fs.writeFile('/d/b', 'B\n');
    expect((await run(['xargs', 'cat'], { fs, stdin: '/d/a /d/b\n' })).stdout).toBe('A\nB\n');
    expect((await run(['find', '/d', '-type', 'f', '-exec', 'cat', '{}', ';'], { fs })).stdout).toBe(
      'A\nB\n',
    );
    const missing = await run(['xargs', 'nope'], { fs, stdin: 'x\n' });
    expect(missing).toMatchObject({ status: 127, stderr: 'xargs: nope: No such file or directory\n' });
    const failing = await run(['xargs', 'false'], { fs, stdin: 'x\n' });
    expect(failing.status).toBe(123);
  });

  it('which follows PATH and the executable bit', async () => {
    const fs = makeHost();
    expect((await run(['which', 'ls'], { fs })).stdout).toBe('/usr/bin/ls\n');
    fs.chmod('/usr/bin/ls', 0o644);
    expect(await run(['which', 'ls'], { fs })).toMatchObject({ stdout: '', status: 1 });
  });

  it('env runs a command with a modified environment', async () => {
    const r = await run(['env', '-u', 'HOME', 'GREETING=salut', 'printenv', 'GREETING', 'HOME']);
    expect(r).toMatchObject({ stdout: 'salut\n', status: 1 });
  });
});

describe('identity', () => {
  it('whoami and id read /etc/passwd and /etc/group', async () => {
    expect((await run(['whoami'], { uid: 1000 })).stdout).toBe('eleve\n');
    expect((await run(['id'], { uid: 1000 })).stdout).toBe(
      'uid=1000(eleve) gid=1000(eleve) groups=1000(eleve),27(sudo)\n',
    );
    expect((await run(['id', '-un'], { uid: 0 })).stdout).toBe('root\n');
    expect(await run(['id', 'nobodyx'])).toMatchObject({
      status: 1,
      stderr: 'id: \u2018nobodyx\u2019: no such user\n',
    });
    expect(await run(['whoami'], { uid: 555 })).toMatchObject({
      status: 1,
      stderr: 'whoami: cannot find name for user ID 555\n',
    });
  });

  it('hostname and uname describe the simulated machine', async () => {
    expect((await run(['hostname'])).stdout).toBe('baleine\n');
    expect((await run(['uname'])).stdout).toBe('Linux\n');
    expect((await run(['uname', '-a'])).stdout).toBe(
      'Linux baleine 6.1.0-18-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.76-1 (2024-02-01) x86_64 GNU/Linux\n',
    );
    expect((await run(['uname', '-m'])).stdout).toBe('x86_64\n');
  });
});

describe('disk and memory', () => {
  it('df reports what the files use; free reads /proc/meminfo', async () => {
    const fs = makeHost();
    const before = (await run(['df'], { fs })).stdout.split('\n')[1].split(/\s+/);
    fs.writeFile('/big', new Uint8Array(1024 * 1024));
    const after = (await run(['df'], { fs })).stdout.split('\n')[1].split(/\s+/);
    expect(Number(after[2]) - Number(before[2])).toBe(1024);
    fs.writeFile(
      '/proc/meminfo',
      'MemTotal:        4096000 kB\nMemFree:         1000000 kB\nMemAvailable:    3000000 kB\nBuffers:               0 kB\nCached:           500000 kB\nShmem:              1000 kB\nSReclaimable:          0 kB\nSwapTotal:             0 kB\nSwapFree:              0 kB\n',
    );
    const free = (await run(['free'], { fs })).stdout.split('\n');
    expect(free[0]).toBe('               total        used        free      shared  buff/cache   available');
    expect(free[1]).toBe('Mem:         4096000     2596000     1000000        1000      500000     3000000');
  });
});

describe('yes', () => {
  it('stops with SIGPIPE when the reader goes away', async () => {
    let writes = 0;
    const out: OutputStream = {
      isTTY: false,
      write() {
        if (++writes > 3) throw new ProcessExit(141, 'SIGPIPE');
      },
      drain: async () => {},
    };
    const { ctx } = makeContext(['yes']);
    const status = await applets.yes({ ...ctx, stdout: out }).catch((e) => (e as ProcessExit).status);
    expect(status).toBe(141);
  });
});

describe('rm -i', () => {
  it('asks before each removal and obeys the answers', async () => {
    const fs = makeHost();
    fs.writeFile('/a', 'x');
    fs.writeFile('/b', '');
    const r = await run(['rm', '-i', '/a', '/b'], { fs, stdin: new StringInput('y\nn\n') });
    expect(r.stderr).toBe("rm: remove regular file '/a'? rm: remove regular empty file '/b'? ");
    expect(fs.exists('/a')).toBe(false);
    expect(fs.exists('/b')).toBe(true);
  });
});

describe('busybox multi-call binary', () => {
  it('dispatches on argv[0] or on its first argument', async () => {
    const viaLink = await run(['/bin/echo', 'hi'], { program: busybox });
    expect(viaLink.stdout).toBe('hi\n');
    const viaArg = await run(['busybox', 'echo', 'hi'], { program: busybox });
    expect(viaArg.stdout).toBe('hi\n');
    const missing = await run(['busybox', 'nope'], { program: busybox });
    expect(missing).toMatchObject({ status: 127, stderr: 'nope: applet not found\n' });
    const list = await run(['busybox', '--list'], { program: busybox });
    expect(list.stdout.split('\n')).toContain('ls');
    expect(list.stdout.split('\n')).not.toContain('printenv');
    const err = await run(['busybox', 'ls', '/nope'], { program: busybox });
    expect(err).toMatchObject({ status: 1, stderr: 'ls: /nope: No such file or directory\n' });
  });

  it('names itself by applet even when invoked by path', async () => {
    const r = await run(['/bin/cat', '/nope'], { program: busybox });
    expect(r.stderr).toBe("cat: can't open '/nope': No such file or directory\n");
  });
});

void makeHost;
void T0;

describe('ls quoting on a terminal', () => {
  it('quotes names the shell would split and aligns the others (recorded from GNU ls 9.1 under script(1))', async () => {
    const fs = makeHost();
    fs.mkdir('/q');
    for (const n of ['mon fichier.txt', 'plain', "it's"]) fs.writeFile(`/q/${n}`, '');
    const tty = { stdoutTTY: true, tty: new FakeTty({ cols: 80, rows: 24 }), fs };
    expect((await run(['ls', '/q'], tty)).stdout).toBe("\"it's\"\t'mon fichier.txt'   plain\n");
    expect((await run(['ls', '-1', '/q'], tty)).stdout).toBe("\"it's\"\n'mon fichier.txt'\nplain\n");
    expect((await run(['ls', '-l', '/q'], tty)).stdout).toContain(' Jan 15 10:30  plain\n');
    expect((await run(['ls', '/q'], { fs })).stdout).toBe("it's\nmon fichier.txt\nplain\n");
  });
});

describe('df layout', () => {
  it('uses GNU df minimum column widths and BusyBox fixed columns (recorded on this machine)', async () => {
    const fs = makeHost();
    const gnu = (await run(['df', '-h'], { fs })).stdout.split('\n');
    expect(gnu[0]).toBe('Filesystem      Size  Used Avail Use% Mounted on');
    expect(gnu[1]).toMatch(/^\/dev\/vda1 {7,}\S+ +\S+ +\S+ +\d+% \/$/);
    expect(gnu[1].indexOf('G ')).toBe(19);
    const blocks = (await run(['df'], { fs })).stdout.split('\n');
    expect(blocks[0]).toBe('Filesystem     1K-blocks  Used Available Use% Mounted on');
    const bb = (await run(['busybox', 'df'], { fs, program: busybox })).stdout.split('\n');
    expect(bb[0]).toBe('Filesystem           1K-blocks      Used Available Use% Mounted on');
    expect(bb[1]).toMatch(/^overlay {13}\s*\d+\s+\d+\s+\d+\s+\d+% \/$/);
  });
});

describe('streaming stdin', () => {
  const endless = (chunk: string) => ({ isTTY: false, read: async () => chunk });
  it('head, grep -q and grep -l stop reading an endless input', async () => {
    expect((await run(['head', '-n', '2'], { stdin: endless('y\ny\n') })).stdout).toBe('y\ny\n');
    expect((await run(['head', '-c', '3'], { stdin: endless('yes\n') })).stdout).toBe('yes');
    expect((await run(['grep', '-q', 'y'], { stdin: endless('y\n') })).status).toBe(0);
    expect((await run(['grep', '-l', 'y'], { stdin: endless('y\n') })).stdout).toBe('(standard input)\n');
  });

  it('cat, grep, tr and sed write each chunk as it arrives', async () => {
    let release: () => void = () => {};
    let sent = false;
    const stdin = {
      isTTY: false,
      read: async () => {
        if (!sent) {
          sent = true;
          return 'alpha\nbeta\n';
        }
        await new Promise<void>((r) => (release = r));
        return null;
      },
    };
    for (const argv of [['cat'], ['grep', 'a'], ['tr', 'a-z', 'A-Z'], ['sed', 's/x/y/']]) {
      sent = false;
      const { ctx, stdout } = makeContext(argv, { stdin });
      const done = applets[argv[0]](ctx);
      await new Promise((r) => setTimeout(r, 0));
      // sed reads one line ahead (to know `$`), so the last line waits for the end of input.
      const expected = argv[0] === 'tr' ? 'ALPHA\nBETA\n' : argv[0] === 'sed' ? 'alpha\n' : 'alpha\nbeta\n';
      expect(stdout.text, argv.join(' ')).toBe(expected);
      release();
      expect(await done).toBe(0);
    }
  });
});

describe('clear and ls -i', () => {
  it('clear sends what ncurses clear and BusyBox clear send for xterm (recorded with od -c)', async () => {
    expect((await run(['clear'])).stdout).toBe('\x1b[H\x1b[2J\x1b[3J');
    expect((await run(['busybox', 'clear'], { program: busybox })).stdout).toBe('\x1b[H\x1b[J');
  });

  it('ls -i prints inode numbers aligned (GNU) or in 7 columns (BusyBox)', async () => {
    const fs = makeHost();
    fs.mkdir('/i');
    fs.writeFile('/i/a', '');
    fs.writeFile('/i/b', '');
    const ino = (p: string): number => fs.stat(p).ino;
    expect((await run(['ls', '-i', '/i'], { fs })).stdout).toBe(`${ino('/i/a')} a\n${ino('/i/b')} b\n`);
    const bb = await run(['busybox', 'ls', '-i', '/i'], { fs, program: busybox });
    expect(bb.stdout).toBe(`${String(ino('/i/a')).padStart(7)} a\n${String(ino('/i/b')).padStart(7)} b\n`);
    const long = (await run(['ls', '-li', '/i/a'], { fs })).stdout;
    expect(long.startsWith(`${ino('/i/a')} -rw-r--r-- 1 root root 0 `)).toBe(true);
  });
});
