// curl's -m/--max-time and --connect-timeout on the simulated clock, with curl 7.88's messages
// (recorded here: a listener that accepts and never answers, and one whose SYNs are dropped).
import { describe, expect, it } from 'vitest';
import { transcript } from '../../world/helpers';

describe('curl time limits', () => {
  it('ends a transfer the server never answers after -m seconds, exit 28', async () => {
    const [, , plain, silent, shown] = await transcript([
      `docker run -d --name mute -p 18095:80 -p 18096:81 -p 18097:82 busybox sh -c 'for p in 80 81 82; do sleep 1000 | nc -l -p $p & done; wait'`,
      'sleep 1',
      'curl -s -m 2 localhost:18095/; echo "exit=$?"',
      'curl -s -m 1 localhost:18096/ ; echo "exit=$?"',
      'curl -sS --max-time 0.5 localhost:18097/',
    ]);
    expect(plain!.stdout).toBe('exit=28\n');
    expect(silent!.stdout).toBe('exit=28\n');
    expect(shown).toMatchObject({ stderr: 'curl: (28) Operation timed out after 501 milliseconds with 0 bytes received\n', exit: 28 });
  });

  it('gives up a connection whose packets are dropped after --connect-timeout or -m', async () => {
    const [connect, max, both] = await transcript([
      'curl -sS --connect-timeout 1 http://10.255.255.1/',
      'curl -sS -m 2 http://10.255.255.1:8080/',
      'curl -sS -m 3 --connect-timeout 2 http://10.255.255.1/',
    ]);
    expect(connect).toMatchObject({
      stderr: 'curl: (28) Failed to connect to 10.255.255.1 port 80 after 1000 ms: Timeout was reached\n',
      exit: 28,
    });
    expect(max).toMatchObject({ stderr: 'curl: (28) Connection timed out after 2001 milliseconds\n', exit: 28 });
    expect(both!.stderr).toBe('curl: (28) Failed to connect to 10.255.255.1 port 80 after 2000 ms: Timeout was reached\n');
  });

  it('takes the time limits in seconds and refuses what is not a number', async () => {
    const [bad, ok] = await transcript(['curl -m abc http://x/', 'curl -s -m 5 -o /dev/null -w "%{http_code}" http://10.255.255.1/ ; echo " $?"']);
    expect(bad).toMatchObject({
      stderr: "curl: option -m: expected a proper numerical parameter\ncurl: try 'curl --help' or 'curl --manual' for more information\n",
      exit: 2,
    });
    expect(ok!.stdout).toBe(' 28\n');
  });
});
