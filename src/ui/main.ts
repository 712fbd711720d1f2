// Entry point: the app state (host + browser storage), the colour scheme, the Svelte tree.
import './styles/global.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { AppState } from './app.svelte';
import { OTHER_TAB_NOTICE, watchOtherTabs } from './storage/other-tabs';
import { BrowserStore } from './storage/store';
import { TerminalSettings } from './terminal/terminal-settings.svelte';
import { ColorScheme } from './theme/color-scheme.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('#app manquant');

// The machine is a separate chunk, fetched at once, while the page paints (see AppDeps.loadHost).
const host = import('./host/host-factory').then((m) => m.hostFactory);
const app = new AppState({ loadHost: () => host, openStore: () => BrowserStore.open(globalThis.indexedDB) });
const scheme = new ColorScheme();
mount(App, { target, props: { app, scheme, settings: new TerminalSettings() } });
void app.start();
watchOtherTabs(() => app.notify(OTHER_TAB_NOTICE));

// Save what is pending when the tab is hidden or closed (the debounce may not have fired yet).
addEventListener('pagehide', () => void app.flush());
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') void app.flush();
});
