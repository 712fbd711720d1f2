// The simulated python3 against the real CPython's recorded output (fixtures/cpython.json, written by
// record.ts), and through the docker CLI in the python image.
import { describe, expect, it } from 'vitest';
import { python } from '../../../src/userland/servers/python';
import { run, StringInput } from '../helpers/context';
import { replBanner } from '../../../src/userland/python/repl';

const REPL_BANNER = replBanner('3.12.7');
import { transcript } from '../../world/helpers';
import { CASES } from './cases';
import recorded from './fixtures/cpython.json';

const FIXTURES = recorded as Record<string, { stdout: string; stderr: string; status: number }>;

describe('python3 -c, compared with CPython', () => {
  for (const [name, code] of Object.entries(CASES)) {
    it(name, async () => {
      const r = await run(['python3', '-c', code], { program: python });
      const want = FIXTURES[name];
      expect({ stdout: r.stdout, stderr: r.stderr, status: r.status }).toEqual(
        want && { stdout: want.stdout, stderr: want.stderr, status: want.status },
      );
    });
  }
});

describe('python3 in containers', () => {
  it('runs code with its arguments, environment and files in the container FS', async () => {
    const code =
      'import os, sys; f = open("/tmp/n.txt", "w"); f.write(os.environ["WHO"]); f.close(); print("Bonjour", open("/tmp/n.txt").read(), sys.argv[1:])';
    const steps = await transcript(
      [
        `docker run --rm -e WHO=Zoé python python3 -c '${code}' un deux`,
        'docker run --rm python python3 -V',
        "docker run --rm python python3 -c 'print(1 +)'",
        'docker run --rm python python3 /absent.py',
      ],
      [],
    );
    expect(steps[0]).toMatchObject({ stdout: "Bonjour Zoé ['un', 'deux']\n", exit: 0 });
    expect(steps[1].stdout).toBe('Python 3.12.7\n');
    expect(steps[2]).toMatchObject({
      exit: 1,
      stderr: '  File "<string>", line 1\n    print(1 +)\n             ^\nSyntaxError: invalid syntax\n',
    });
    expect(steps[3]).toMatchObject({
      exit: 2,
      stderr: "python3: can't open file '/absent.py': [Errno 2] No such file or directory\n",
    });
  });

  it('shows the source line of a script in its traceback and exits 1', async () => {
    const steps = await transcript(
      [
        `docker run --rm python sh -c "printf 'def f():\\n    return {}[1]\\nf()\\n' > /a.py && python3 /a.py"`,
      ],
      [],
    );
    expect(steps[0].exit).toBe(1);
    expect(steps[0].stderr).toContain(
      'Traceback (most recent call last):\n  File "/a.py", line 3, in <module>\n    f()\n  File "/a.py", line 2, in f\n    return {}[1]\n',
    );
    expect(steps[0].stderr).toMatch(/KeyError: 1\n$/);
  });
});

describe('python3 on a terminal', () => {
  it('is the interactive interpreter: prompts, echoed values, blocks, tracebacks, exit()', async () => {
    const lines = [
      '1 + 1',
      'x = [1, 2]',
      'x',
      'for i in x:',
      '    print(i * 10)',
      '',
      'None',
      '1 / 0',
      "'still here'",
      'exit(4)',
      'print(1)',
    ];
    const r = await run(['python3'], {
      program: python,
      stdin: new StringInput(
        lines.map((l) => `${l}\n`),
        true,
      ),
    });
    expect(r.status).toBe(4);
    expect(r.stdout).toBe("2\n[1, 2]\n10\n20\n'still here'\n");
    expect(r.stderr).toBe(
      `${REPL_BANNER}>>> >>> >>> >>> ... ... >>> >>> Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\nZeroDivisionError: division by zero\n>>> >>> `,
    );
  });

  it('leaves at end of input', async () => {
    const r = await run(['python3'], { program: python, stdin: new StringInput([], true) });
    expect(r).toEqual({ stdout: '', stderr: `${REPL_BANNER}>>> \n`, status: 0 });
  });
});

describe('datetime and random', () => {
  it('datetime.now() reads the simulated clock; random is reproducible once seeded', async () => {
    const code = [
      'from datetime import datetime',
      'import random',
      'd = datetime.now()',
      'print(d, d.year, d.isoformat(), d.strftime("%d/%m/%Y %H:%M"))',
      'random.seed(7)',
      'a = [random.randint(1, 6) for _ in range(5)]',
      'random.seed(7)',
      'b = [random.randint(1, 6) for _ in range(5)]',
      'print(a == b, all(1 <= x <= 6 for x in a), random.choice(["pile"]))',
    ].join('\n');
    const r = await run(['python3', '-c', code], { program: python });
    expect(r.stdout).toBe('2024-01-15 10:30:00 2024 2024-01-15T10:30:00 15/01/2024 10:30\nTrue True pile\n');
  });
});
