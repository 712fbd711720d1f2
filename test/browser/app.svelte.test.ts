import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { flushSync, mount, unmount } from 'svelte';
import { IDBFactory } from 'fake-indexeddb';
import { MemFs } from '../../src/engine/fs/memfs';
import { utf8 } from '../../src/engine/api/http';
import { EngineClient } from '../../src/client/engine-client';
import type { Transport } from '../../src/client/transport';
import App from '../../src/ui/App.svelte';
import { AppState } from '../../src/ui/app.svelte';
import type { HostFactory, HostSeed, HostSession } from '../../src/ui/host/types';
import { BrowserStore } from '../../src/ui/storage/store';
import { ColorScheme } from '../../src/ui/theme/color-scheme.svelte';
import { TerminalSettings } from '../../src/ui/terminal/terminal-settings.svelte';
import { FakePty, until } from './fake-pty';

/** A host double: a FakePty plus a filesystem that is a list of file names. */
class FakeHostFactory implements HostFactory {
  readonly started: HostSeed[] = [];
  readonly sessions: (HostSession & { pty: FakePty; disposed: boolean })[] = [];
  parseFs(snapshot: unknown): unknown {
    if (!Array.isArray(snapshot)) throw new Error('pas une liste');
    return snapshot;
  }
  start(seed: HostSeed) {
    this.started.push(seed);
    const files = [...((seed.fs as string[] | undefined) ?? [])];
    const session = {
      pty: new FakePty(),
      fs: new MemFs(),
      disposed: false,
      snapshotFs: () => files,
      history: () => seed.history,
      // No engine behind this double: the lesson column's checks see an empty one.
      client: emptyEngine(),
      onCommandLine: () => () => {},
      run: async () => ({ stdout: '', stderr: '', exit: 0 }),
      preload: async () => {},
      readHostFile: async () => null,
      dispose() {
        this.disposed = true;
      },
    };
    this.sessions.push(session);
    return session;
  }
}

function emptyEngine(): HostSession['client'] {
  const transport: Transport = {
    request: async () => ({ status: 200, headers: { 'Content-Type': 'application/json' }, body: utf8('[]') }),
  };
  return new EngineClient(transport);
}

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
  document.body.innerHTML = '';
});

async function mountApp(openStore: () => ReturnType<typeof BrowserStore.open>) {
  const host = new FakeHostFactory();
  const app = new AppState({ loadHost: async () => host, openStore });
  const target = document.createElement('div');
  target.style.height = '720px';
  document.body.append(target);
  const component = mount(App, {
    target,
    props: { app, scheme: new ColorScheme(), settings: new TerminalSettings(null) },
  });
  cleanup = () => unmount(component);
  await app.start();
  flushSync();
  return { app, host };
}

describe('App layout', () => {
  it('shows the lesson, the terminal and the views area, in French, with landmarks', async () => {
    await mountApp(() => BrowserStore.open(new IDBFactory()));
    expect(document.querySelector('h1')?.textContent).toBe('Baleine');
    expect(document.querySelector('main')).not.toBeNull();
    // The lesson column is a lazy chunk: the welcome and the list of lessons come with it.
    await until(() => document.querySelector('.lesson-list li'));
    const headings = [...document.querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings).toEqual(expect.arrayContaining(['Bienvenue\u00a0!', 'Leçons', 'Terminal', 'Visualisations']));
    expect(document.body.textContent).toContain('echo bonjour | tr a-z A-Z');
    expect(document.querySelector('.xterm')).not.toBeNull();
  });

  it('offers a skip link first that puts the focus in the terminal', async () => {
    await mountApp(() => BrowserStore.open(new IDBFactory()));
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement?.textContent).toBe('Aller au terminal');
    await userEvent.keyboard('{Enter}');
    await until(() => document.activeElement?.closest('.xterm'));
  });

  it('restores the saved files and history into the host it starts', async () => {
    const factory = new IDBFactory();
    const { store } = await BrowserStore.open(factory);
    await store!.write('host-fs', ['/home/eleve/notes.txt']);
    await store!.write('shell-history', ['touch notes.txt']);
    store!.close();
    const { host, app } = await mountApp(() => BrowserStore.open(factory));
    expect(host.started).toEqual([{ fs: ['/home/eleve/notes.txt'], history: ['touch notes.txt'] }]);
    expect(app.notices).toEqual([]);
  });

  it('reports a damaged store in French and starts clean', async () => {
    const factory = new IDBFactory();
    const { store } = await BrowserStore.open(factory);
    await store!.write('host-fs', { pas: 'une liste' });
    store!.close();
    const { host } = await mountApp(() => BrowserStore.open(factory));
    expect(host.started).toEqual([{ fs: undefined, history: [] }]);
    const notice = await until(() => document.querySelector('[data-testid="notice"]'));
    expect(notice.textContent).toContain(
      'Les fichiers de votre machine enregistrés dans ce navigateur étaient inutilisables',
    );
    expect(notice.textContent).toContain('mis de côté');
    (notice.querySelector('button') as HTMLButtonElement).click();
    flushSync();
    expect(document.querySelector('[data-testid="notice"]')).toBeNull();
  });

  it('runs without persistence, and says so, when IndexedDB is unavailable', async () => {
    const { host } = await mountApp(() => BrowserStore.open(undefined));
    expect(host.sessions).toHaveLength(1);
    expect(document.querySelector('[data-testid="notice"]')?.textContent).toContain('sans sauvegarde');
  });

  it('says so in French when the host cannot boot', async () => {
    const host = new FakeHostFactory();
    host.start = () => {
      throw new Error('noyau absent');
    };
    const app = new AppState({
      loadHost: async () => host,
      openStore: () => BrowserStore.open(new IDBFactory()),
    });
    await app.start();
    expect(app.session).toBeNull();
    expect(app.notices.map((n) => n.text)).toEqual([
      "La machine simulée n'a pas pu démarrer (noyau absent). Rechargez la page\u00a0; si cela recommence, signalez-le.",
    ]);
  });

  it('says so in French when the machine cannot be loaded', async () => {
    const app = new AppState({
      loadHost: () => Promise.reject(new Error('Failed to fetch dynamically imported module')),
      openStore: () => BrowserStore.open(new IDBFactory()),
    });
    await app.start();
    expect(app.session).toBeNull();
    expect(app.notices.map((n) => n.text)).toEqual([
      "La machine simulée n'a pas pu être chargée (Failed to fetch dynamically imported module). Vérifiez la connexion puis rechargez la page.",
    ]);
  });

  it('starts clean, and keeps the snapshot aside, when the host cannot boot from it', async () => {
    const factory = new IDBFactory();
    const { store } = await BrowserStore.open(factory);
    await store!.write('host-fs', ['/etc/inittab']);
    store!.close();
    const host = new FakeHostFactory();
    const start = host.start.bind(host);
    host.start = (seed) => {
      if (seed.fs !== undefined) throw new Error('init introuvable');
      return start(seed);
    };
    const app = new AppState({ loadHost: async () => host, openStore: () => BrowserStore.open(factory) });
    await app.start();
    expect(host.started).toEqual([{ fs: undefined, history: [] }]);
    await until(() => app.notices.length > 0);
    expect(app.notices[0].text).toContain('(démarrage impossible (init introuvable))');
    const reopened = (await BrowserStore.open(factory)).store!;
    expect(await reopened.quarantined()).toHaveLength(1);
  });

  it('shows a repeated problem once', async () => {
    const { app } = await mountApp(() => BrowserStore.open(new IDBFactory()));
    app.notify("Impossible d'enregistrer votre travail dans ce navigateur (quota dépassé).");
    app.notify("Impossible d'enregistrer votre travail dans ce navigateur (quota dépassé).");
    flushSync();
    expect(document.querySelectorAll('[data-testid="notice"]')).toHaveLength(1);
  });

  it('resets the host only after confirmation', async () => {
    const factory = new IDBFactory();
    const { host } = await mountApp(() => BrowserStore.open(factory));
    const resetButton = [...document.querySelectorAll('button')].find(
      (b) => b.textContent === 'Réinitialiser',
    )!;
    resetButton.click();
    flushSync();
    const dialog = document.querySelector('dialog')!;
    expect(dialog.open).toBe(true);
    [...dialog.querySelectorAll('button')].find((b) => b.textContent === 'Annuler')!.click();
    flushSync();
    expect(dialog.open).toBe(false);
    expect(host.sessions).toHaveLength(1);

    resetButton.click();
    flushSync();
    [...dialog.querySelectorAll('button')].find((b) => b.textContent === 'Réinitialiser')!.click();
    await until(() => host.sessions.length === 2);
    expect(host.sessions[0].disposed).toBe(true);
    expect(host.started[1]).toEqual({ fs: undefined, history: [] });
  });
});

describe('terminal settings', () => {
  it('turns on xterm screen reader mode from the checkbox and remembers it', async () => {
    const saved = new Map<string, string>();
    const storage = {
      getItem: (k: string) => saved.get(k) ?? null,
      setItem: (k: string, v: string) => void saved.set(k, v),
    };
    const settings = new TerminalSettings(storage);
    const host = new FakeHostFactory();
    const app = new AppState({ loadHost: async () => host, openStore: () => BrowserStore.open(undefined) });
    const target = document.createElement('div');
    document.body.append(target);
    const component = mount(App, { target, props: { app, scheme: new ColorScheme(), settings } });
    cleanup = () => unmount(component);
    await app.start();
    flushSync();
    expect(document.querySelector('.xterm-accessibility')).toBeNull();
    const box = [...document.querySelectorAll('label')].find((l) =>
      l.textContent?.includes('Mode lecteur d’écran'),
    )!;
    box.querySelector('input')!.click();
    flushSync();
    await until(() => document.querySelector('.xterm-accessibility'));
    expect(new TerminalSettings(storage).screenReader).toBe(true);
  });
});
