// The embed's postMessage protocol, shared by the embedded page (embed.html, in the iframe) and by the
// host page's side (the <baleine-exercise> element, or any course site's own script).
//
// Every message, in both directions, is a plain object carrying `source: 'baleine'` and `version: 1`,
// so a host page can tell Baleine's messages from others' and refuse versions it does not know.
//   out (iframe → host page): ready, step-completed, lesson-completed
//   in  (host page → iframe): reset, load-lesson
// Incoming data is never trusted: parse* return null for anything malformed and never throw.

export const PROTOCOL_SOURCE = 'baleine';
export const PROTOCOL_VERSION = 1;

interface Envelope {
  source: typeof PROTOCOL_SOURCE;
  version: typeof PROTOCOL_VERSION;
}

/** How the student did on the exercise (counted over its steps). */
export interface ExerciseScore {
  /** Steps completed. */
  steps: number;
  /** Hints revealed, over all steps. */
  hintsUsed: number;
  /** Steps whose solution was shown. */
  solutionsShown: number;
  /** Quiz questions of the lesson: answered, answered correctly, total (0 when the exercise has no quiz). */
  quiz: { answered: number; correct: number; total: number };
}

export type OutboundMessage = Envelope &
  (
    | { type: 'ready'; lesson: string; step?: string }
    | { type: 'step-completed'; lesson: string; step: string; index: number }
    | { type: 'lesson-completed'; lesson: string; score: ExerciseScore }
  );

export type InboundMessage = Envelope & ({ type: 'reset' } | { type: 'load-lesson'; lesson: string; step?: string });

/** A message's body without its envelope (what the code building messages writes). */
export type Body<M> = M extends Envelope ? Omit<M, keyof Envelope> : never;

export function message<M extends OutboundMessage | InboundMessage>(body: Body<M>): M {
  return { source: PROTOCOL_SOURCE, version: PROTOCOL_VERSION, ...body } as M;
}

/** Lesson slugs are folder names (`01-premiers-pas`); step ids are the frontmatter's `id`. */
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

export function isName(value: unknown): value is string {
  return typeof value === 'string' && NAME.test(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function record(data: unknown): Record<string, unknown> | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const r = data as Record<string, unknown>;
  return r.source === PROTOCOL_SOURCE && r.version === PROTOCOL_VERSION ? r : null;
}

/** `step` is optional; when present it must be a valid name. */
function optionalStep(r: Record<string, unknown>): { ok: boolean; step?: string } {
  if (r.step === undefined) return { ok: true };
  return isName(r.step) ? { ok: true, step: r.step } : { ok: false };
}

/** A command sent by the host page to the iframe, or null when it is not a valid one. */
export function parseInbound(data: unknown): InboundMessage | null {
  try {
    const r = record(data);
    if (!r) return null;
    if (r.type === 'reset') return message<InboundMessage>({ type: 'reset' });
    if (r.type === 'load-lesson' && isName(r.lesson)) {
      const { ok, step } = optionalStep(r);
      if (!ok) return null;
      return message<InboundMessage>(step ? { type: 'load-lesson', lesson: r.lesson, step } : { type: 'load-lesson', lesson: r.lesson });
    }
    return null;
  } catch {
    // A hostile object (throwing getters, proxies) is just malformed.
    return null;
  }
}

function parseScore(data: unknown): ExerciseScore | null {
  if (typeof data !== 'object' || data === null) return null;
  const s = data as Record<string, unknown>;
  const q = s.quiz as Record<string, unknown> | null | undefined;
  if (!isCount(s.steps) || !isCount(s.hintsUsed) || !isCount(s.solutionsShown)) return null;
  if (typeof q !== 'object' || q === null || !isCount(q.answered) || !isCount(q.correct) || !isCount(q.total)) {
    return null;
  }
  return {
    steps: s.steps,
    hintsUsed: s.hintsUsed,
    solutionsShown: s.solutionsShown,
    quiz: { answered: q.answered, correct: q.correct, total: q.total },
  };
}

/** An event sent by the iframe to the host page, or null when it is not a valid one. */
export function parseOutbound(data: unknown): OutboundMessage | null {
  try {
    const r = record(data);
    if (!r || !isName(r.lesson)) return null;
    const lesson = r.lesson;
    if (r.type === 'ready') {
      const { ok, step } = optionalStep(r);
      if (!ok) return null;
      return message<OutboundMessage>(step ? { type: 'ready', lesson, step } : { type: 'ready', lesson });
    }
    if (r.type === 'step-completed' && isName(r.step) && isCount(r.index)) {
      return message<OutboundMessage>({ type: 'step-completed', lesson, step: r.step, index: r.index });
    }
    if (r.type === 'lesson-completed') {
      const score = parseScore(r.score);
      return score ? message<OutboundMessage>({ type: 'lesson-completed', lesson, score }) : null;
    }
    return null;
  } catch {
    return null;
  }
}

/**
 * The `?parent-origin=` parameter: an http(s) origin exactly as `location.origin` writes it
 * (`https://cours.example.org`, no path), or null when absent or invalid.
 */
export function parseOrigin(raw: string | null | undefined): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.origin === raw ? raw : null;
  } catch {
    return null;
  }
}

/**
 * Where the iframe posts its events: the declared parent origin, or '*' without one. The events are not
 * sensitive (a lesson slug, step ids, a score), so '*' lets a course embed with a bare iframe; a page
 * that wants them delivered to itself only passes `parent-origin`.
 */
export function targetOrigin(parentOrigin: string | null): string {
  return parentOrigin ?? '*';
}

/**
 * Whether the iframe obeys a command: it must come from the parent window, and from the declared
 * parent origin when there is one.
 */
export function acceptsCommand(
  event: { origin: string; source: unknown },
  parent: unknown,
  parentOrigin: string | null,
): boolean {
  return event.source === parent && (parentOrigin === null || event.origin === parentOrigin);
}

/** The embed page's URL for a lesson (and step) under `base` (the directory holding embed.html). */
export function embedUrl(base: string, lesson: string, opts: { step?: string; parentOrigin?: string } = {}): string {
  const url = new URL('embed.html', base.endsWith('/') ? base : base + '/');
  url.searchParams.set('lesson', lesson);
  if (opts.step) url.searchParams.set('step', opts.step);
  if (opts.parentOrigin) url.searchParams.set('parent-origin', opts.parentOrigin);
  return url.href;
}

/** The embed page's parameters, from its query string. */
export interface EmbedParams {
  lesson: string | null;
  step: string | null;
  parentOrigin: string | null;
}

export function parseEmbedParams(search: string): EmbedParams {
  const q = new URLSearchParams(search);
  const lesson = q.get('lesson');
  const step = q.get('step');
  return {
    lesson: isName(lesson) ? lesson : null,
    step: isName(step) ? step : null,
    parentOrigin: parseOrigin(q.get('parent-origin')),
  };
}
