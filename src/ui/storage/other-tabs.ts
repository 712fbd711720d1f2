// Notices when Baleine is open in another tab of the same browser: both save their machine to the same
// store, so the last save wins. Uses BroadcastChannel (same origin only); absent, it does nothing.

export const OTHER_TAB_NOTICE =
  "Baleine est aussi ouverte dans un autre onglet de ce navigateur\u00a0: chaque onglet enregistre sa propre machine et le dernier enregistrement l'emporte. Travaillez de préférence dans un seul onglet.";

type Message = 'hello' | 'here';

/** Calls `onOther` when another tab is (or becomes) open; returns the stopper. */
export function watchOtherTabs(onOther: () => void, channelName = 'baleine-tabs'): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(channelName);
  channel.onmessage = (ev: MessageEvent<Message>) => {
    if (ev.data === 'hello') channel.postMessage('here' satisfies Message);
    if (ev.data === 'hello' || ev.data === 'here') onOther();
  };
  channel.postMessage('hello' satisfies Message);
  return () => channel.close();
}
