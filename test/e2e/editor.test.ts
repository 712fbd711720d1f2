// The Dockerfile editor in the built app: open a host file in Monaco (a lazy chunk), write a
// Dockerfile, save with Ctrl+S, then build and run the image from the terminal.
import { describe, expect, it } from 'vitest';
import { AppPage, newContext } from './driver';
import { useBuiltApp } from './built-app';

const built = useBuiltApp();

describe('the editor pane', () => {
  it('edits a Dockerfile in Monaco, saves it, and the terminal builds and runs it', async () => {
    const context = await newContext(built.browser);
    try {
      const app = await AppPage.open(context, built.url);
      await app.waitForReady();
      const page = app.page;
      await page.getByLabel('Fichier de l’hôte à ouvrir').fill('/home/eleve/Dockerfile');
      await page.getByRole('button', { name: 'Ouvrir dans l’éditeur' }).click();
      const lines = page.locator('.monaco-editor .view-lines');
      await lines.waitFor({ timeout: 30_000 });
      await lines.click();
      // insertText avoids the completion widget catching Enter.
      await page.keyboard.insertText('FROM busybox\nRUN echo depuis-monaco > /salut\nCMD cat /salut\n');
      await page.keyboard.press('Control+s');
      await page.getByRole('status').filter({ hasText: 'Enregistré' }).waitFor();
      await page.screenshot({ path: '/tmp/editor.png' });

      expect(await app.run('cat Dockerfile')).toEqual([
        'FROM busybox',
        'RUN echo depuis-monaco > /salut',
        'CMD cat /salut',
      ]);
      await app.run('docker build -q -t monapp .', 60_000);
      expect(await app.run('docker run --rm monapp')).toEqual(['depuis-monaco']);
      await page.getByRole('button', { name: 'Fermer l’éditeur' }).click();
      await page.getByRole('region', { name: 'Leçon' }).waitFor();
    } finally {
      await context.close();
    }
  });
});
