// The whole engine survives a reload of the built app in headless Chromium: containers (a running one
// comes back per its restart policy), a committed and a built image, a volume with its file; a damaged
// engine record is reported in French and kept aside while the files stay; reset clears the engine.
import { describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { AppPage, corruptRecord, newContext, waitForSaved } from './driver';
import { useBuiltApp } from './built-app';

const built = useBuiltApp();

async function withApp(test: (app: AppPage, context: BrowserContext) => Promise<void>) {
  // Wide enough for each command line to stay on one row of the terminal.
  const context = await newContext(built.browser, { viewport: { width: 1920, height: 1080 } });
  try {
    await test(await AppPage.open(context, built.url), context);
  } finally {
    await context.close();
  }
}

const savedWith =
  (...words: string[]) =>
  (data: unknown) => {
    const text = JSON.stringify(data);
    return words.every((w) => text.includes(w));
  };

describe('the engine across reloads', () => {
  it('keeps containers, images and volumes; reset clears them', () =>
    withApp(async (app) => {
      await app.run('docker volume create donnees', 60_000);
      await app.run("docker run --name ecrit -v donnees:/d busybox sh -c 'echo bonjour>/d/f'", 60_000);
      await app.run('docker commit ecrit moi/ecrit');
      await app.run("mkdir ctx && printf 'FROM busybox\\nRUN echo construit > /c\\n' > ctx/Dockerfile");
      await app.run('docker build -q -t moi/construit ctx', 60_000);
      await app.run('docker run -d --name veille --restart always busybox sleep 600');
      await waitForSaved(app.page, 'engine', savedWith('moi/construit', 'donnees', '/veille'));
      const images = await app.run("docker images --format '{{.Repository}}:{{.Tag}} {{.ID}}'");

      await app.reload();
      expect(await app.run("docker ps -a --format '{{.Names}} {{.State}}'")).toEqual([
        'veille running',
        'ecrit exited',
      ]);
      expect(await app.run("docker images --format '{{.Repository}}:{{.Tag}} {{.ID}}'")).toEqual(images);
      expect(await app.run('docker volume ls -q')).toEqual(['donnees']);
      expect(await app.run('docker run --rm -v donnees:/d busybox cat /d/f')).toEqual(['bonjour']);
      expect(await app.run('docker run --rm moi/construit cat /c')).toEqual(['construit']);

      await app.page.getByRole('button', { name: 'Réinitialiser' }).click();
      await app.page.getByRole('dialog').getByRole('button', { name: 'Réinitialiser' }).click();
      await app.page.waitForFunction(
        () =>
          ![...document.querySelectorAll('.xterm-rows > div')].some((d) =>
            d.textContent?.includes('construit'),
          ),
        undefined,
        { timeout: 20_000, polling: 10 },
      );
      await app.waitForReady();
      expect(await app.run('docker images -q')).toEqual([]);
      await app.reload();
      expect(await app.run('docker ps -aq; docker images -q; docker volume ls -q')).toEqual([]);
    }));

  it('reports a damaged engine in French, keeps it aside, and keeps the files', () =>
    withApp(async (app) => {
      await app.run('touch garde-moi');
      await app.run('docker run --name avant busybox true', 60_000);
      await waitForSaved(app.page, 'engine', savedWith('/avant'));
      await waitForSaved(app.page, 'host-fs', savedWith('garde-moi'));
      await corruptRecord(app.page, 'engine', {
        format: 'baleine',
        kind: 'engine',
        version: 1,
        savedAt: 0,
        data: { format: 'baleine-engine', version: 99, state: {} },
      });
      await app.reload();
      const notice = await app.page.textContent('[data-testid="notice"]');
      expect(notice).toContain(
        "L'état de Docker enregistré dans ce navigateur (images, conteneurs, volumes, réseaux) était inutilisable (format d'une autre version de Baleine).",
      );
      expect(notice).toContain('quarantine/engine/');
      expect(notice).toContain('Docker a démarré à vide, vos fichiers et votre historique sont conservés.');
      expect(await app.run('docker ps -aq')).toEqual([]);
      expect(await app.run('ls garde-moi')).toEqual(['garde-moi']);
    }));
});
