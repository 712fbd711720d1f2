// The docker CLI in the built app, in real headless Chromium: the page's own simulated engine pulls
// from the simulated Hub (fetched from /hub), runs containers, and `docker ps` reads them back.
import { describe, expect, it } from 'vitest';
import { AppPage, newContext } from './driver';
import { useBuiltApp } from './built-app';

const built = useBuiltApp();

describe('docker in the built app', () => {
  it('publishes nginx on a port that curl reaches from the host', async () => {
    const context = await newContext(built.browser);
    try {
      const app = await AppPage.open(context, built.url);
      const id = await app.run('docker run -d -p 8080:80 nginx', 60_000);
      expect(id[id.length - 1]).toMatch(/^[0-9a-f]{64}$/);
      expect(await app.run("docker ps --format '{{.Ports}}'")).toEqual([
        '0.0.0.0:8080->80/tcp, [::]:8080->80/tcp',
      ]);
      // nginx takes a moment to start, as on a real host.
      await app.run('sleep 1');
      expect(await app.run('curl -s localhost:8080 | grep title')).toEqual([
        '<title>Welcome to nginx!</title>',
      ]);
    } finally {
      await context.close();
    }
  });

  it('pulls, runs and lists containers typed into the terminal', async () => {
    const context = await newContext(built.browser);
    try {
      const app = await AppPage.open(context, built.url);
      const run = await app.run('docker run --rm busybox echo "salut élève"', 60_000);
      expect(run[0]).toBe("Unable to find image 'busybox:latest' locally");
      expect(run).toContain('Status: Downloaded newer image for busybox:latest');
      expect(run[run.length - 1]).toBe('salut élève');

      const id = (await app.run('docker run -d --name web busybox sleep 600', 30_000)).join('');
      expect(id).toMatch(/^[0-9a-f]{64}$/);
      // The terminal column is narrow: formats keep each row shorter than the screen.
      expect(await app.run("docker ps --format '{{.ID}} {{.Names}}'")).toEqual([`${id.slice(0, 12)} web`]);
      expect(await app.run("docker ps --format '{{.Command}}'")).toEqual(['"sleep 600"']);
      expect((await app.run("docker ps --format '{{.Status}}'"))[0]).toMatch(
        /^Up (Less than a second|\d+ seconds?)$/,
      );

      expect(await app.run("docker images --format '{{.Repository}}'")).toEqual(['busybox']);
      // dockerd 20.10's wording (recorded). Long lines wrap on screen: rows are read back as one line,
      // and a space at a row's end is lost in the join.
      expect((await app.run('docker rm web')).join('')).toMatch(
        new RegExp(
          `^Error response from daemon: You cannot remove a running container ?${id}\\. ?Stop the container before attempting removal or force remove$`,
        ),
      );
    } finally {
      await context.close();
    }
  });
});
