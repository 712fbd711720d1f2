// The built app in real headless Chromium: the terminal runs the host shell, keeps its state across
// reloads, and survives a damaged store.
import { describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { AppPage, PROMPT, corruptRecord, newContext, waitForSaved } from './driver';
import { useBuiltApp } from './built-app';

const built = useBuiltApp();

async function withApp(test: (app: AppPage, context: BrowserContext) => Promise<void>) {
  const context = await newContext(built.browser);
  try {
    await test(await AppPage.open(context, built.url), context);
  } finally {
    await context.close();
  }
}

describe('terminal in the built app', () => {
  it('runs a pipeline typed into the terminal', () =>
    withApp(async (app) => {
      expect(await app.run('echo bonjour | tr a-z A-Z')).toEqual(['BONJOUR']);
    }));

  it('renders and edits French accents', () =>
    withApp(async (app) => {
      expect(await app.run('echo "élève"')).toEqual(['élève']);
      // Edit inside the accented word: move left over `ve"`, delete the `è`, type it back.
      await app.type('echo "élève"');
      for (let i = 0; i < 3; i++) await app.press('ArrowLeft');
      await app.press('Backspace');
      await app.type('è');
      await app.press('Enter');
      await app.waitForReady();
      expect(await app.outputOfLast('echo "élève"')).toEqual(['élève']);
    }));

  it('interrupts a running command with Ctrl-C', () =>
    withApp(async (app) => {
      await app.type('sleep 100');
      await app.press('Enter');
      await app.page.waitForTimeout(300);
      expect(await app.promptCount()).toBe(1);
      await app.press('Control+c');
      await app.waitForReady(5000);
      expect(await app.screen()).toContain(`${PROMPT} sleep 100\n^C\n${PROMPT}`);
      expect(await app.run('echo $?')).toEqual(['130']);
    }));

  it('keeps the history across a reload', () =>
    withApp(async (app) => {
      await app.run('echo souvenir-42');
      await waitForSaved(
        app.page,
        'shell-history',
        (h) => Array.isArray(h) && h.includes('echo souvenir-42'),
      );
      await app.reload();
      await app.press('ArrowUp');
      await app.waitForText(`${PROMPT} echo souvenir-42`);
      await app.press('Enter');
      await app.waitForReady();
      expect(await app.outputOfLast('echo souvenir-42')).toEqual(['souvenir-42']);
    }));

  it('keeps a file created with touch across a reload', () =>
    withApp(async (app) => {
      await app.run('touch carnet.txt');
      await waitForSaved(app.page, 'host-fs', (fs) => JSON.stringify(fs).includes('carnet.txt'));
      await app.reload();
      expect(await app.run('ls')).toContain('carnet.txt');
    }));

  it('reports a corrupt store in French, keeps it aside and still works', () =>
    withApp(async (app) => {
      await corruptRecord(app.page, 'host-fs', {
        format: 'baleine',
        kind: 'host-fs',
        version: 1,
        data: 'abîmé',
      });
      await app.reload();
      const notice = await app.page.textContent('[data-testid="notice"]');
      expect(notice).toContain(
        'Les fichiers de votre machine enregistrés dans ce navigateur étaient inutilisables',
      );
      expect(notice).toContain('quarantine/host-fs/');
      expect(await app.run('echo toujours là')).toEqual(['toujours là']);
    }));

  it('runs pasted multi-line text line by line', () =>
    withApp(async (app) => {
      await app.focusTerminal();
      await app.page.evaluate((text) => {
        const data = new DataTransfer();
        data.setData('text/plain', text);
        const target = document.querySelector('.xterm-helper-textarea')!;
        target.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
        );
      }, 'echo un\necho deux\n');
      await app.waitForText('deux\neleve@baleine:~$');
      await app.waitForReady();
      expect(await app.outputOfLast('echo un')).toEqual(['un']);
      expect(await app.outputOfLast('echo deux')).toEqual(['deux']);
    }));

  it('completes a command name with Tab', () =>
    withApp(async (app) => {
      await app.type('ech');
      await app.press('Tab');
      await app.waitForText('$ echo ');
      await app.type('complété');
      await app.press('Enter');
      await app.waitForReady();
      expect(await app.outputOfLast('echo complété')).toEqual(['complété']);
    }));

  it('clears the screen with Ctrl-L', () =>
    withApp(async (app) => {
      await app.run('echo avant');
      await app.press('Control+l');
      // xterm scrolls the cleared screen into the scrollback; wait for the viewport to settle at the top.
      await app.page.waitForFunction(
        (prompt) => {
          const rows = [...document.querySelectorAll('.xterm-rows > div')].map((d) =>
            (d.textContent ?? '').replace(/\u00a0/g, ' ').trimEnd(),
          );
          return rows[0] === prompt && rows.slice(1).every((r) => r === '');
        },
        PROMPT,
        { timeout: 5000 },
      );
      expect(await app.screen()).toBe(PROMPT);
    }));

  it('reflows when the window narrows: programs see the new width', () =>
    withApp(async (app) => {
      await app.run('for i in $(seq 12); do touch document-$i; done');
      const wide = await app.run('ls');
      await app.type('clear');
      await app.press('Enter');
      await app.page.waitForFunction(
        () => !document.querySelector('.xterm-rows')?.textContent?.includes('document-'),
      );
      await app.waitForReady();
      await app.page.setViewportSize({ width: 1000, height: 720 });
      await app.page.waitForTimeout(200);
      const narrow = await app.run('ls');
      expect(wide.join(' ').split(/\s+/).sort()).toEqual(narrow.join(' ').split(/\s+/).sort());
      expect(narrow.length).toBeGreaterThan(wide.length);
    }));

  it('runs a full-screen program in raw mode on the same terminal', () =>
    withApp(async (app) => {
      await app.type('nano note.txt');
      await app.press('Enter');
      await app.waitForText('GNU nano');
      await app.type('Bonjour élève');
      await app.press('Control+o');
      await app.waitForText('File Name to Write: note.txt');
      await app.press('Enter');
      await app.waitForText('[ Wrote 1 line ]');
      await app.press('Control+x');
      await app.waitForReady();
      expect(await app.run('cat note.txt')).toEqual(['Bonjour élève']);
    }));

  it('opens a new shell in the same terminal after exit', () =>
    withApp(async (app) => {
      await app.run('cd /tmp');
      await app.type('exit');
      await app.press('Enter');
      await app.waitForText('[Session terminée : nouvelle session ouverte.]');
      await app.waitForReady();
      expect(await app.run('pwd')).toEqual(['/home/eleve']);
    }));

  it('warns when the app is open in two tabs of one browser', () =>
    withApp(async (first, context) => {
      const second = await AppPage.open(context, built.url);
      for (const page of [first.page, second.page]) {
        await page.waitForSelector('[data-testid="notice"]');
        expect(await page.textContent('[data-testid="notice"]')).toContain(
          'Baleine est aussi ouverte dans un autre onglet de ce navigateur',
        );
      }
    }));

  it('boots without errors in the console', async () => {
    const context = await newContext(built.browser);
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(built.url);
      await page.waitForSelector('.xterm-rows');
      await page.waitForFunction(() =>
        document.querySelector('.xterm-rows')?.textContent?.includes('eleve@baleine'),
      );
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('resets the machine after confirmation', () =>
    withApp(async (app) => {
      await app.run('touch a-effacer');
      expect(await app.run('ls a-effacer')).toEqual(['a-effacer']);
      await app.page.getByRole('button', { name: 'Réinitialiser' }).click();
      await app.page.getByRole('dialog').getByRole('button', { name: 'Réinitialiser' }).click();
      // The new machine starts on a clean screen: wait for the old lines to go, then for its prompt.
      await app.page.waitForFunction(
        () =>
          ![...document.querySelectorAll('.xterm-rows > div')].some((d) =>
            d.textContent?.includes('a-effacer'),
          ),
        undefined,
        { timeout: 20_000, polling: 10 },
      );
      await app.waitForReady();
      expect(await app.run('ls a-effacer')).toEqual([
        "ls: cannot access 'a-effacer': No such file or directory",
      ]);
    }));
});
