// apk and apt-get in containers and builds: what they print, what they install, and python3 after.
import { describe, expect, it } from 'vitest';
import { transcript } from '../../world/helpers';
import { aptSize } from '../../../src/userland/packages/apt-get';

/** Runs `lines` after a quiet pull of `image` (the pull's progress is not what is tested). */
async function pulled(image: string, lines: string[]) {
  return (await transcript([`docker pull -q ${image}`, ...lines], [])).slice(1);
}

describe('apk', () => {
  it('installs python3 with its dependencies, then python3 runs; unknown packages fail', async () => {
    const steps = await pulled('alpine', [
      'docker run --name al alpine sh -c "apk add --no-cache python3 && python3 -V && apk add python3 && apk add nope"',
      'docker diff al',
    ]);
    const [run] = steps;
    expect(run.exit).toBe(1);
    expect(run.stdout).toMatch(
      /^fetch https:\/\/dl-cdn\.alpinelinux\.org\/alpine\/v3\.20\/main\/x86_64\/APKINDEX\.tar\.gz\nfetch https:\/\/dl-cdn\.alpinelinux\.org\/alpine\/v3\.20\/community\/x86_64\/APKINDEX\.tar\.gz\n\(1\/12\) Installing libbz2 \(1\.0\.8-r6\)\n/,
    );
    expect(run.stdout).toContain(
      '(12/12) Installing python3 (3.12.7-r0)\nExecuting busybox-1.36.1-r29.trigger\nOK: ',
    );
    expect(run.stdout).toContain('Python 3.12.7\n');
    // Already installed: nothing to fetch from a cached index (none kept with --no-cache), nothing installed.
    expect(run.stdout).toMatch(/Python 3\.12\.7\nfetch [^\n]+\nfetch [^\n]+\nOK: \d+ MiB in 26 packages\n$/);
    expect(run.stderr).toBe(
      'ERROR: unable to select packages:\n  nope (no such package):\n    required by: world[nope]\n',
    );
    expect(steps[1].stdout).toContain('A /usr/bin/python3.12\n');
    expect(steps[1].stdout).toContain('C /lib/apk/db/installed\n');
  });

  it('refuses a user other than root', async () => {
    const [run] = await pulled('alpine', ['docker run --rm -u 1000 alpine apk add curl']);
    expect(run).toMatchObject({
      exit: 99,
      stderr:
        'ERROR: Unable to lock database: Permission denied\nERROR: Failed to open apk database: Permission denied\n',
    });
  });
});

describe('apt-get', () => {
  it('knows no package before update, asks before installing, installs with -y', async () => {
    const [run] = await pulled('debian', [
      'docker run --rm debian sh -c "apt-get install -y python3; apt-get update > /dev/null && apt-get install python3 < /dev/null; apt-get install -y python3 > /dev/null && python3 -V"',
    ]);
    expect(run.stderr).toContain('E: Unable to locate package python3\n');
    expect(run.stdout).toMatch(
      /^Reading package lists\.\.\.\nBuilding dependency tree\.\.\.\nReading state information\.\.\.\nReading package lists\.\.\.\n/,
    );
    expect(run.stdout).toContain(
      'The following NEW packages will be installed:\n  libexpat1 libpython3.11-minimal libpython3.11-stdlib media-types python3\n  python3.11 python3.11-minimal\n0 upgraded, 7 newly installed, 0 to remove and 0 not upgraded.\n',
    );
    expect(run.stdout).toContain('Do you want to continue? [Y/n] Abort.\n');
    expect(run.stdout).toMatch(/Python 3\.11\.2\n$/);
    expect(run.exit).toBe(0);
  });

  it('formats sizes as APT does', () => {
    expect([2468, 99_900, 151_000, 8_789_000, 26_000_000].map(aptSize)).toEqual([
      '2468 B',
      '99.9 kB',
      '151 kB',
      '8789 kB',
      '26.0 MB',
    ]);
  });
});

describe('in a build', () => {
  it('RUN apk add python3, then the image runs a Python app', async () => {
    const steps = await pulled('alpine', [
      `mkdir app && cd app && printf 'FROM alpine\\nRUN apk add --no-cache python3\\nCOPY app.py /app.py\\nCMD ["python3", "/app.py"]\\n' > Dockerfile && printf 'import os\\nprint("Bonjour", os.getenv("NOM", "inconnu"))\\n' > app.py`,
      'docker build -q -t monapp .',
      'docker run --rm -e NOM=Léa monapp',
      'docker run --rm monapp python3 -V',
    ]);
    expect(steps[1]).toMatchObject({ exit: 0, stderr: '' });
    expect(steps[2]).toMatchObject({ stdout: 'Bonjour Léa\n', exit: 0 });
    expect(steps[3].stdout).toBe('Python 3.12.7\n');
  });
});
