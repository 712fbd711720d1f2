import { describe, expect, it } from 'vitest';
import { ASH } from '../../src/shell/dialect';
import { machine } from './helpers';

async function out(script: string) {
  const m = machine();
  return m.run(script);
}

describe('shell basics', () => {
  it('runs simple commands, lists and status', async () => {
    expect(await out('echo hello world')).toEqual({ stdout: 'hello world\n', stderr: '', exit: 0 });
    expect((await out('false; echo $?')).stdout).toBe('1\n');
    expect((await out('true && echo yes || echo no')).stdout).toBe('yes\n');
    expect((await out('false && echo yes || echo no')).stdout).toBe('no\n');
    expect((await out('! true; echo $?')).stdout).toBe('1\n');
  });

  it('reports unknown commands like bash and like ash', async () => {
    expect(await out('nope')).toEqual({ stdout: '', stderr: 'bash: nope: command not found\n', exit: 127 });
    const m = machine(ASH);
    expect(await m.run('nope')).toEqual({ stdout: '', stderr: 'sh: nope: not found\n', exit: 127 });
    expect(await m.run('fi')).toEqual({ stdout: '', stderr: 'sh: syntax error: unexpected "fi"\n', exit: 2 });
  });

  it('reports syntax errors with exit 2', async () => {
    expect(await out('fi')).toEqual({ stdout: '', stderr: "bash: syntax error near unexpected token `fi'\n", exit: 2 });
    expect((await out('echo "abc')).stderr).toBe("bash: unexpected EOF while looking for matching `\"'\n");
    expect((await out('if true; then')).stderr).toBe('bash: syntax error: unexpected end of file\n');
  });

  it('keeps state across runs of a session', async () => {
    const m = machine();
    await m.run('X=42; cd /tmp');
    expect((await m.run('echo $X; pwd')).stdout).toBe('42\n/tmp\n');
    await m.run('f() { echo "f:$1"; return 3; }');
    expect(await m.run('f a')).toEqual({ stdout: 'f:a\n', stderr: '', exit: 3 });
    expect((await m.run('echo $?')).stdout).toBe('3\n');
  });

  it('pipes between processes, with back-pressure and SIGPIPE', async () => {
    expect((await out('echo bonjour | upper')).stdout).toBe('BONJOUR\n');
    expect((await out('printf "a\\nb\\nc\\n" | cat | wcl')).stdout).toBe('3\n');
    expect((await out('yes | head1')).stdout).toBe('y\n');
    expect((await out('{ echo a; echo b; } | upper')).stdout).toBe('A\nB\n');
    expect((await out('false | true; echo $?')).stdout).toBe('0\n');
    expect((await out('set -o pipefail; false | true; echo $?')).stdout).toBe('1\n');
  });

  it('expands parameters', async () => {
    const script = [
      'unset U; E=; X=hello.tar.gz',
      'echo "${U:-def} ${E:-empty} ${E-set} ${X:+alt} ${#X}"',
      'echo ${X%.*} ${X%%.*} ${X#*.} ${X##*.}',
      'echo ${X/l/L} ${X//l/L} ${X:1:3} ${X: -2}',
      'echo ${N:=assigned} $N',
    ].join('\n');
    expect((await out(script)).stdout).toBe('def empty  alt 12\nhello.tar hello tar.gz gz\nheLlo.tar.gz heLLo.tar.gz ell gz\nassigned assigned\n');
    expect(await out('echo ${Q:?nope}')).toEqual({ stdout: '', stderr: 'bash: Q: nope\n', exit: 1 });
  });

  it('splits fields and honours quotes', async () => {
    expect((await out('A="a  b"; args $A "$A" \'$A\' \\$A')).stdout).toBe('<a><b><a  b><$A><$A>\n');
    expect((await out('set -- 1 "2 3" ""; args "$@"; args $@; args "$*"; echo $#')).stdout).toBe('<1><2 3><>\n<1><2><3>\n<1 2 3 >\n3\n');
    expect((await out('args "" a""b $\'x\\ty\'')).stdout).toBe('<><ab><x\ty>\n');
  });

  it('substitutes commands and arithmetic', async () => {
    expect((await out('echo "[$(echo hi; echo there)]" `echo back`')).stdout).toBe('[hi\nthere] back\n');
    expect((await out('echo $((1 + 2 * 3)) $((7 / 2)) $((2 ** 10)) $(( (1<2) ? 5 : 6 ))')).stdout).toBe('7 3 1024 5\n');
    expect((await out('i=0; while [ $i -lt 3 ]; do i=$((i+1)); done; echo $i')).stdout).toBe('3\n');
    expect(await out('echo $((1/0))')).toEqual({ stdout: '', stderr: 'bash: 1/0: division by 0 (error token is "0")\n', exit: 1 });
  });

  it('redirects to and from files, heredocs and here-strings', async () => {
    const m = machine();
    await m.run('echo one > f; echo two >> f; nope 2> err; echo both &> all');
    expect(m.fs.readText('/home/eleve/f')).toBe('one\ntwo\n');
    expect(m.fs.readText('/home/eleve/err')).toBe('bash: nope: command not found\n');
    expect((await m.run('cat < f')).stdout).toBe('one\ntwo\n');
    expect((await m.run('N=5\ncat <<EOF\nn=$N\n\\$N\nEOF\ncat <<\'E\'\n$N\nE')).stdout).toBe('n=5\n$N\n$N\n');
    expect((await m.run('upper <<< "abc"')).stdout).toBe('ABC\n');
    expect((await m.run('echo err >&2')).stderr).toBe('err\n');
    expect((await m.run('nope 2>&1')).stdout).toBe('bash: nope: command not found\n');
    expect(await m.run('cat < missing')).toEqual({ stdout: '', stderr: 'bash: missing: No such file or directory\n', exit: 1 });
  });

  it('runs control structures', async () => {
    const script = [
      'for x in a b c; do echo -n $x; done; echo',
      'for i in 1 2 3 4; do if [ $i = 2 ]; then continue; fi; [ $i = 4 ] && break; echo $i; done',
      'case hello.txt in *.md) echo md;; *.txt|*.text) echo text;; *) echo other;; esac',
      'n=0; until [ $n -ge 2 ]; do n=$((n+1)); done; echo $n',
      'if false; then echo a; elif true; then echo b; else echo c; fi',
      '(cd /tmp; pwd); pwd',
      'x=1; (x=2); echo $x',
    ].join('\n');
    expect((await out(script)).stdout).toBe('abc\n1\n3\ntext\n2\nb\n/tmp\n/home/eleve\n1\n');
  });

  it('globs against the filesystem', async () => {
    const m = machine();
    await m.run('touch_() { for f; do : > $f; done; }; touch_ a.txt b.txt c.md .hidden');
    expect((await m.run('echo *.txt; echo *; echo ?.md; echo [ab].*; echo none*')).stdout).toBe('a.txt b.txt\na.txt b.txt c.md\nc.md\na.txt b.txt\nnone*\n');
    expect((await m.run('echo "*.txt" \\*.txt')).stdout).toBe('*.txt *.txt\n');
  });

  it('exports to children and keeps prefix assignments temporary', async () => {
    const m = machine();
    expect((await m.run('A=1; getenv A; export A; getenv A; B=2 getenv B; getenv B')).stdout).toBe('(unset)\n1\n2\n(unset)\n');
  });

  it('supports set -e, local, shift, read, printf, test', async () => {
    expect(await out('set -e; echo a; false; echo b')).toEqual({ stdout: 'a\n', stderr: '', exit: 1 });
    expect((await out('set -e; false || true; if false; then :; fi; echo ok')).stdout).toBe('ok\n');
    expect((await out('x=g; f() { local x=l; echo $x; }; f; echo $x')).stdout).toBe('l\ng\n');
    expect((await out('set -- a b c; shift; echo $1 $#')).stdout).toBe('b 2\n');
    expect((await out('printf "a b\\nc d\\n" | while read x y; do echo "$y-$x"; done')).stdout).toBe('b-a\nd-c\n');
    expect((await out('printf "%s=%03d|%-4s|%x\\n" a 7 bc 255 b 8')).stdout).toBe('a=007|bc  |ff\nb=008|    |0\n');
    expect((await out('[ -d /tmp ] && [ ! -f /tmp ] && test 3 -lt 10 && echo yes')).stdout).toBe('yes\n');
    expect(await out('[ 1 -lt a ]')).toEqual({ stdout: '', stderr: 'bash: [: a: integer expression expected\n', exit: 2 });
  });

  it('runs background jobs with jobs and wait, on the virtual clock', async () => {
    const m = machine();
    const start = m.clock.now();
    const r = await m.run('sleep 5 & sleep 2 & jobs; wait; echo $?');
    expect(r.stdout).toBe('[1]-  Running                 sleep 5 &\n[2]+  Running                 sleep 2 &\n0\n');
    expect(m.clock.now() - start).toBe(5000);
  });

  it('cd errors and exit codes 126', async () => {
    const m = machine();
    expect(await m.run('cd /nope')).toEqual({ stdout: '', stderr: 'bash: cd: /nope: No such file or directory\n', exit: 1 });
    expect(await m.run('/tmp')).toEqual({ stdout: '', stderr: 'bash: /tmp: Is a directory\n', exit: 126 });
    await m.run('echo "echo from script \\$1" > s.sh');
    expect(await m.run('./s.sh')).toEqual({ stdout: '', stderr: 'bash: ./s.sh: Permission denied\n', exit: 126 });
    m.fs.chmod('/home/eleve/s.sh', 0o755);
    expect((await m.run('./s.sh arg')).stdout).toBe('from script arg\n');
    expect((await m.run('bash s.sh x; sh -c "echo \\$0 \\$1" zero one')).stdout).toBe('from script x\nzero one\n');
  });
});

describe('brace expansion', () => {
  it('expands alternatives depth first and sequences, in bash only', async () => {
    expect((await out('echo {a{1,2},b} x{,y}'))).toEqual({ stdout: 'a1 a2 b x xy\n', stderr: '', exit: 0 });
    expect((await out('echo {3..1} {a..c..2} {08..10}')).stdout).toBe('3 2 1 a c 08 09 10\n');
    expect((await machine(ASH).run('echo {a,b}')).stdout).toBe('{a,b}\n');
  });
});

describe('kill and dynamic variables', () => {
  it('kills jobs by spec and reports bash errors', async () => {
    const m = machine();
    const r = await m.run('sleep 100 & kill %1; wait %1; echo $?; kill %3; kill 99999; kill');
    expect(r.stdout).toBe('143\n');
    expect(r.stderr).toBe(
      `[1] ${r.stderr.match(/^\[1\] (\d+)/)![1]}\nbash: kill: %3: no such job\nbash: kill: (99999) - No such process\nbash: kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]\n`,
    );
    expect((await m.run('sleep 100 & kill -9 $!; wait $!; echo $?')).stdout).toBe('137\n');
  });

  it('has RANDOM, SECONDS, UID and HOSTNAME in bash', async () => {
    const m = machine();
    const r = await m.run('a=$RANDOM; b=$RANDOM; [ "$a" != "$b" ] && [ $a -lt 32768 ] && echo ok; echo $UID $HOSTNAME; sleep 3; echo $SECONDS');
    expect(r.stdout).toBe('ok\n1000 baleine\n3\n');
  });
});

describe('time', () => {
  it('reports the elapsed virtual time of a pipeline on stderr', async () => {
    expect(await out('time sleep 2')).toEqual({ stdout: '', stderr: '\nreal\t0m2.000s\nuser\t0m0.000s\nsys\t0m0.000s\n', exit: 0 });
  });
});
