// The simulated browser tab's state: the address bar, the page shown, the back history and the
// published ports offered as shortcuts. Pages are fetched through the host's network stack.
import type { EngineClient } from '../../client/engine-client';
import type { NetStack } from '../../engine/process/types';
import { parseUrl, resolveLocation } from '../../userland/net/url';
import { fetchPage, isLocal, normaliseAddress, type PageResult } from './fetch-page';
import { pageDocument } from './page-document';
import { publishedPorts, type PublishedPort } from './published-ports';

export interface BrowserHost {
  readonly client: EngineClient;
  readonly net?: NetStack;
}

export class BrowserTabState {
  address = $state('http://localhost:8080/');
  ports = $state<PublishedPort[]>([]);
  page = $state<PageResult | null>(null);
  loading = $state(false);
  private readonly history = $state<string[]>([]);
  /** Each load's number: a slow answer to an older request is dropped. */
  private generation = 0;

  constructor(private readonly host: BrowserHost) {}

  /** The iframe's srcdoc for the current page, or null when there is none. */
  get document(): string | null {
    return this.page?.kind === 'page' ? pageDocument(this.page.body, this.page.contentType) : null;
  }

  /** The HTTP error of the current page, in French (`Erreur HTTP 404 Not Found`), or null. */
  get httpError(): string | null {
    const p = this.page;
    return p?.kind === 'page' && p.status >= 400 ? `Erreur HTTP ${p.statusLine}` : null;
  }

  get canGoBack(): boolean {
    return this.history.length > 0;
  }

  async refreshPorts(): Promise<void> {
    try {
      this.ports = await publishedPorts(this.host.client);
    } catch {
      this.ports = [];
    }
  }

  async open(address: string = this.address): Promise<void> {
    const url = normaliseAddress(address);
    if (this.page) this.history.push(this.page.url);
    await this.load(url);
  }

  async reload(): Promise<void> {
    await this.load(this.page?.url ?? normaliseAddress(this.address));
  }

  async back(): Promise<void> {
    const previous = this.history.pop();
    if (previous !== undefined) await this.load(previous);
  }

  /** A link clicked in the page: relative links resolve against the page; only localhost is followed. */
  async follow(href: string): Promise<void> {
    if (/^[a-z][\w+.-]*:/i.test(href) && !/^https?:/i.test(href)) return;
    const from = parseUrl(this.page?.url ?? normaliseAddress(this.address));
    if (!from) return;
    const target = resolveLocation(from, href);
    if (!isLocal(target) && /^https?:/i.test(target)) {
      this.page = {
        kind: 'error',
        url: target,
        message: `Ce lien mène hors de la machine simulée (${target}) : le navigateur de Baleine ne visite que localhost.`,
      };
      return;
    }
    if (isLocal(target)) await this.open(target);
  }

  private async load(url: string): Promise<void> {
    const mine = ++this.generation;
    this.address = url;
    const net = this.host.net;
    if (!net) {
      this.page = { kind: 'error', url, message: 'La machine simulée n’est pas encore prête.' };
      return;
    }
    this.loading = true;
    try {
      const result = await fetchPage(net, url);
      if (mine !== this.generation) return;
      this.page = result;
      this.address = result.url;
    } finally {
      if (mine === this.generation) this.loading = false;
    }
  }
}
