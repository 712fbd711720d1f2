// <baleine-exercise lesson="01-premiers-pas" step="hello" src-base="https://baleine.example/">: a Baleine
// exercise in any page. The element creates the iframe (embed.html under src-base, by default the folder
// this script was loaded from), sizes it, re-dispatches its messages as DOM events (`baleine:ready`,
// `baleine:step-completed`, `baleine:lesson-completed`, the message in `event.detail`) and exposes
// `reset()` and `loadLesson(slug, step?)`. No framework: built alone to baleine-exercise.js (a classic
// script, so it loads from another origin without CORS).
import { embedUrl, isName, message, parseOutbound, type InboundMessage, type OutboundMessage } from './protocol';

/** The folder of this script, read while it runs (document.currentScript is null afterwards). */
const scriptBase = (() => {
  const script = typeof document === 'undefined' ? null : document.currentScript;
  return script instanceof HTMLScriptElement && script.src ? new URL('.', script.src).href : null;
})();

const DEFAULT_HEIGHT = '36rem';

/** `600` means pixels; any other CSS length is used as is. */
function cssLength(value: string | null): string {
  if (!value) return DEFAULT_HEIGHT;
  return /^\d+(\.\d+)?$/.test(value) ? `${value}px` : value;
}

export class BaleineExercise extends HTMLElement {
  static readonly observedAttributes = ['lesson', 'step', 'src-base', 'height'];

  private readonly frame: HTMLIFrameElement;
  /** Commands sent before the iframe said it is ready wait here. */
  private pending: InboundMessage[] = [];
  private ready = false;
  /** Set while loadLesson() mirrors its arguments in the attributes (the iframe is told, not reloaded). */
  private mirroring = false;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent =
      ':host{display:block;height:var(--baleine-height);min-height:20rem}' +
      'iframe{display:block;width:100%;height:100%;border:1px solid #c9d3dd;border-radius:8px;box-sizing:border-box}';
    this.frame = document.createElement('iframe');
    this.frame.setAttribute('allow', 'clipboard-read; clipboard-write');
    root.append(style, this.frame);
  }

  get lesson(): string | null {
    return this.getAttribute('lesson');
  }

  get step(): string | null {
    return this.getAttribute('step');
  }

  connectedCallback(): void {
    addEventListener('message', this.onMessage);
    this.style.setProperty('--baleine-height', cssLength(this.getAttribute('height')));
    this.load();
  }

  disconnectedCallback(): void {
    removeEventListener('message', this.onMessage);
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === 'height') this.style.setProperty('--baleine-height', cssLength(value));
    else if (old !== value && this.isConnected && !this.mirroring) this.load();
  }

  /** Gives the student a fresh machine and a fresh start on the exercise. */
  reset(): void {
    this.send(message<InboundMessage>({ type: 'reset' }));
  }

  /** Switches the exercise to another lesson (and step) without reloading the page in the iframe. */
  loadLesson(slug: string, step?: string): void {
    if (!isName(slug) || (step !== undefined && !isName(step))) {
      throw new TypeError(`baleine-exercise : leçon ou étape invalide (« ${slug} », « ${String(step)} »).`);
    }
    this.mirroring = true;
    try {
      this.setAttribute('lesson', slug);
      if (step) this.setAttribute('step', step);
      else this.removeAttribute('step');
    } finally {
      this.mirroring = false;
    }
    this.send(message<InboundMessage>(step ? { type: 'load-lesson', lesson: slug, step } : { type: 'load-lesson', lesson: slug }));
  }

  private base(): string {
    return this.getAttribute('src-base') ?? scriptBase ?? new URL('.', location.href).href;
  }

  private load(): void {
    const lesson = this.lesson;
    if (!lesson || !isName(lesson)) return;
    const step = this.step;
    const parentOrigin = location.origin === 'null' ? undefined : location.origin;
    this.ready = false;
    this.frame.title = `Exercice Baleine : ${lesson}`;
    this.frame.src = embedUrl(new URL(this.base(), location.href).href, lesson, {
      step: step && isName(step) ? step : undefined,
      parentOrigin,
    });
  }

  private send(command: InboundMessage): void {
    const target = this.frame.contentWindow;
    if (!this.ready || !target) {
      this.pending.push(command);
      return;
    }
    target.postMessage(command, new URL(this.frame.src).origin);
  }

  private readonly onMessage = (event: MessageEvent): void => {
    if (event.source !== this.frame.contentWindow || !this.frame.src) return;
    if (event.origin !== new URL(this.frame.src).origin) return;
    const msg: OutboundMessage | null = parseOutbound(event.data);
    if (!msg) return;
    if (msg.type === 'ready') {
      this.ready = true;
      const queued = this.pending;
      this.pending = [];
      for (const c of queued) this.send(c);
    }
    this.dispatchEvent(new CustomEvent(`baleine:${msg.type}`, { detail: msg, bubbles: true, composed: true }));
  };
}

if (typeof customElements !== 'undefined' && !customElements.get('baleine-exercise')) {
  customElements.define('baleine-exercise', BaleineExercise);
}
