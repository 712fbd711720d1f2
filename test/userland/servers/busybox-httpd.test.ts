// BusyBox httpd details beside its recording (test/userland/net/fixtures/busybox-httpd.json), checked
// on the host's busybox 1.35: the peer as `IP:PORT` when bound to one IPv4 address, the default home
// `.`, the bad command lines.
import { describe, expect, it } from 'vitest';
import { busyboxContentType } from '../../../src/userland/servers/busybox-httpd';
import { transcript } from '../../world/helpers';

describe('BusyBox httpd', () => {
  it('bound to one address, logs the peer without the IPv6 mapping; serves the current directory by default', async () => {
    const steps = await transcript([
      `docker run -d --name bbweb busybox sh -c 'mkdir /srv && echo hi > /srv/i.html && cd /srv && httpd -f -v -p 127.0.0.1:8080'`,
      'sleep 1',
      'docker exec bbweb wget -q -O- http://127.0.0.1:8080/i.html',
      'docker logs bbweb',
      'docker exec bbweb wget -q -O- http://127.0.0.1:8080/nope',
    ]);
    expect(steps[2]!.stdout).toBe('hi\n');
    expect(steps[3]!.stderr).toMatch(/^127\.0\.0\.1:\d+: response:200\n$/);
    expect(steps[4]).toMatchObject({ stderr: 'wget: server returned error: HTTP/1.1 404 Not Found\n', exit: 1 });
  });

  it('refuses bad command lines as BusyBox does', async () => {
    const [invalid, missing, badPort] = await transcript([
      'docker run --rm busybox httpd -z',
      'docker run --rm busybox httpd -p',
      'docker run --rm busybox httpd -f -p abc',
    ]);
    expect(invalid!.stderr).toMatch(/^httpd: invalid option -- 'z'\nBusyBox v1\.35\.0 .*\n\nUsage: httpd /);
    expect(invalid!.stderr.endsWith('\t-d STRING\tURL decode STRING\n')).toBe(true);
    expect(missing!.stderr).toMatch(/^httpd: option requires an argument -- 'p'\n/);
    expect(badPort).toMatchObject({ stderr: "httpd: bad address 'abc'\n", exit: 1 });
  });

  it('types files by its own suffix table, case-sensitively, and leaves the others untyped', () => {
    expect(busyboxContentType('/www/a.html')).toBe('text/html');
    expect(busyboxContentType('/www/a.cpp')).toBe('text/plain');
    expect(busyboxContentType('/www/a.mov')).toBe('video/quicktime');
    expect(busyboxContentType('/www/a.json')).toBeUndefined();
    expect(busyboxContentType('/www/A.TXT')).toBeUndefined();
    expect(busyboxContentType('/www.d/noext')).toBeUndefined();
  });
});
