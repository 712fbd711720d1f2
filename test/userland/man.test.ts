import { describe, expect, it } from 'vitest';
import { run, FakeTty } from './helpers/context';
import { MAN_PAGES } from '../../src/userland/man';
import { APPLETS } from '../../src/userland/applets/table';

describe('man', () => {
  it('renders a French page with NOM, SYNOPSIS, DESCRIPTION and OPTIONS', async () => {
    const r = await run(['man', 'ls']);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^LS\(1\) +Commandes utilisateur +LS\(1\)$/);
    expect(lines[0].length).toBe(80);
    expect(lines).toContain('NOM');
    expect(lines).toContain("       ls - afficher le contenu d'un répertoire");
    expect(r.stdout).toContain('       -a, --all\n              inclure les fichiers cachés');
    expect(lines.every((l) => [...l].length <= 80)).toBe(true);
  });

  it('wraps to the terminal and puts headings in bold on a terminal', async () => {
    const r = await run(['man', 'grep'], { tty: new FakeTty({ cols: 60, rows: 20 }), stdoutTTY: true });
    expect(r.stdout).toContain('\x1b[1mDESCRIPTION\x1b[0m');
    expect(
      r.stdout
        .replace(/\x1b\[[0-9;]*m/g, '')
        .split('\n')
        .every((l) => [...l].length <= 60),
    ).toBe(true);
  });

  it('says in French when a page is missing or none is asked for', async () => {
    expect(await run(['man', 'zzz'])).toMatchObject({
      status: 16,
      stderr: "Il n'y a pas de page de manuel pour zzz.\n",
    });
    expect(await run(['man'])).toMatchObject({
      status: 1,
      stderr: 'Quelle page de manuel voulez-vous ?\nPar exemple, essayez « man man ».\n',
    });
  });

  it('every page documents an installed program and options of real flags', () => {
    for (const [name, page] of MAN_PAGES) {
      expect(APPLETS[name], name).toBeDefined();
      expect(page.summary.length).toBeGreaterThan(5);
      expect(page.synopsis[0].startsWith(name)).toBe(true);
    }
    expect(MAN_PAGES.size).toBeGreaterThanOrEqual(30);
  });
});
