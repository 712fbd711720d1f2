// Entry point of embed.html (/embed): one exercise for a course site's iframe. The page talks to its
// parent through the postMessage protocol of embed/protocol.ts.
import './styles/global.css';
import { mount } from 'svelte';
import Embed from './embed/Embed.svelte';
import { EmbedState } from './embed/embed-state.svelte';
import { embedDeps } from './embed/deps';
import { acceptsCommand, parseEmbedParams, parseInbound, targetOrigin, type OutboundMessage } from './embed/protocol';
import { withPermalink } from './lesson/permalink';
import { TerminalSettings } from './terminal/terminal-settings.svelte';
import { ColorScheme } from './theme/color-scheme.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('#app manquant');

const params = parseEmbedParams(location.search);
const embedded = window.parent !== window;
const post = (m: OutboundMessage) => {
  if (embedded) window.parent.postMessage(m, targetOrigin(params.parentOrigin));
};
const state = new EmbedState(embedDeps(), post);

addEventListener('message', (event) => {
  if (!acceptsCommand(event, window.parent, params.parentOrigin)) return;
  const command = parseInbound(event.data);
  if (command) void state.handle(command);
});

const app = withPermalink(new URL('./', document.baseURI).href, {
  lesson: params.lesson ?? undefined,
  step: params.step ?? undefined,
});
mount(Embed, {
  target,
  props: { exercise: state, scheme: new ColorScheme(), settings: new TerminalSettings(), appUrl: app },
});

if (params.lesson) void state.open(params.lesson, params.step ?? undefined);
else state.showError('Aucune leçon indiquée : ajoutez « ?lesson=… » à l’adresse (par exemple « embed.html?lesson=01-premiers-pas »).');
