// The embedded DNS server of user-defined networks, as the tools inside a container meet it: its TCP
// socket on 127.0.0.11 in netstat, the names nslookup gets from it, and what happens without it (the
// default bridge asks the host's resolvers; --network none reaches no server at all).
import { describe, expect, it } from 'vitest';
import { transcript } from '../../world/helpers';

describe('embedded DNS', () => {
  it('listens on 127.0.0.11 on user-defined networks only', async () => {
    const steps = await transcript([
      'docker network create nt-a >/dev/null',
      'docker run -d --name ww --network nt-a busybox nc -l -p 80 >/dev/null',
      'docker exec ww netstat -tln',
      'docker run -d --name bb busybox nc -l -p 80 >/dev/null',
      'docker exec bb netstat -tln',
    ]);
    const userNet = steps[2]!.stdout.split('\n');
    expect(userNet[2]).toMatch(/^tcp {8}0 {6}0 127\.0\.0\.11:(\d{5}) {8}0\.0\.0\.0:\* {15}LISTEN {6}$/);
    expect(Number(/:(\d+)/.exec(userNet[2]!)![1])).toBeGreaterThanOrEqual(32768);
    expect(userNet[3]).toBe(
      `tcp        0      0 ${'0.0.0.0:80'.padEnd(23)} ${'0.0.0.0:*'.padEnd(23)} LISTEN      `,
    );
    expect(steps[4]!.stdout).not.toContain('127.0.0.11');
  });

  it('answers nslookup by name, alias and short id; others ask the host resolvers or nobody', async () => {
    const steps = await transcript([
      'docker network create nt-a >/dev/null',
      'docker run -d --name web --network nt-a --network-alias www busybox sleep 100 >/dev/null',
      'docker run --rm --network nt-a busybox nslookup www',
      'docker run --rm busybox nslookup web',
      'docker run --rm --network none busybox nslookup web',
      'docker run --rm --network nt-a busybox nslookup',
    ]);
    expect(steps[2]).toMatchObject({
      exit: 0,
      stdout:
        'Server:\t\t127.0.0.11\nAddress:\t127.0.0.11:53\n\nNon-authoritative answer:\nName:\twww\nAddress: 172.18.0.2\n\nNon-authoritative answer:\n\n',
    });
    const server = /^nameserver (\S+)/m.exec(
      (await transcript(['docker run --rm busybox cat /etc/resolv.conf']))[0]!.stdout,
    )![1]!;
    expect(steps[3]).toMatchObject({
      exit: 1,
      stdout: `Server:\t\t${server}\nAddress:\t${server}:53\n\n${"** server can't find web: NXDOMAIN\n\n".repeat(2)}`,
    });
    expect(steps[4]).toMatchObject({
      exit: 1,
      stdout: ';; connection timed out; no servers could be reached\n\n',
    });
    expect(steps[5]).toMatchObject({ exit: 1, stdout: '' });
    expect(steps[5]!.stderr).toContain('Usage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]');
  });
});
