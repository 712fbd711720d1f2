// The embedded exercise's state: which lesson (and step) is open, the machine it runs on, its lesson
// session, and the events posted to the host page as steps complete. Commands from the host page
// (reset, load-lesson) arrive through handle().
import type { PtyMaster } from '../../engine/process/types';
import { LessonSession, ProgressStore } from '../../lessons';
import { readCourse, type Course } from './course';
import { memoryStorage } from './memory-storage';
import { planExercise } from './plan';
import { message, type InboundMessage, type OutboundMessage } from './protocol';
import { exerciseScore } from './score';
import { CompletionTracker } from './tracker';
import type { HostSession } from '../host/types';
import type { EmbedDeps } from './types';

export type EmbedPhase = 'loading' | 'ready' | 'error';

export class EmbedState {
  phase = $state<EmbedPhase>('loading');
  /** What went wrong, in French (phase 'error'). */
  error = $state<string | null>(null);
  session = $state.raw<LessonSession | null>(null);
  pty = $state.raw<PtyMaster | null>(null);
  /** The exercise asked for last (what reset() opens again). */
  current = $state.raw<{ lesson: string; step?: string } | null>(null);

  private lessons: Promise<Course> | null = null;
  private host: HostSession | null = null;
  /** Unsubscribes from the machine's command lines and engine events. */
  private unsubscribe: (() => void)[] = [];
  /** Each open() takes a ticket; an older one still running stops at its next await. */
  private ticket = 0;

  constructor(
    private readonly deps: EmbedDeps,
    private readonly post: (m: OutboundMessage) => void,
  ) {}

  /** Opens a lesson (or one of its steps) on a fresh machine. Never throws: failures set `error`. */
  async open(lesson: string, step?: string): Promise<void> {
    const ticket = ++this.ticket;
    this.current = { lesson, step };
    this.close();
    this.phase = 'loading';
    this.error = null;
    try {
      const { lessons, problems } = await this.course();
      const problem = problems.get(lesson);
      const plan = problem ?? planExercise(lessons, lesson, step);
      if (typeof plan === 'string') return this.fail(ticket, plan);
      const host = await this.deps.startHost();
      if (ticket !== this.ticket) return host.dispose();
      this.host = host;
      await host.preload(plan.world.preload);
      for (const line of plan.world.setup) {
        const r = await host.run(line);
        if (r.exit !== 0) return this.fail(ticket, `La préparation de l’exercice a échoué sur « ${line} » : ${r.stderr.trim()}`);
      }
      if (ticket !== this.ticket) return;
      // Every change of the exercise's progress may call for an event (steps, hints, quiz answers).
      const tracker = new CompletionTracker(lesson, plan.indexOf);
      const { store } = await ProgressStore.open(
        memoryStorage(() => {
          // A step checked on a machine already replaced (reset, load-lesson) is not news any more.
          if (ticket !== this.ticket) return;
          for (const m of tracker.update(session.views(), exerciseScore(plan.lesson, store))) this.post(m);
        }),
      );
      const session = new LessonSession(plan.lesson, {
        client: host.client,
        progress: store,
        readHostFile: (path) => host.readHostFile(path),
      });
      this.unsubscribe = [
        host.onCommandLine((line, exit) => {
          session.recordCommand(line, exit);
          void session.refresh();
        }),
        // A container that stops on its own changes the engine with no command line.
        host.onEngineChange?.(() => void session.refresh()) ?? (() => {}),
      ];
      this.session = session;
      this.pty = host.pty;
      this.phase = 'ready';
      this.post(message<OutboundMessage>(plan.step ? { type: 'ready', lesson, step: plan.step } : { type: 'ready', lesson }));
      await session.refresh();
    } catch (e) {
      this.fail(ticket, `L’exercice n’a pas pu démarrer (${e instanceof Error ? e.message : String(e)}).`);
    }
  }

  /** Shows a problem instead of an exercise (e.g. the page's address names no lesson). */
  showError(text: string): void {
    this.fail(++this.ticket, text);
  }

  /** Starts the current exercise again on a fresh machine. */
  reset(): Promise<void> {
    return this.current ? this.open(this.current.lesson, this.current.step) : Promise.resolve();
  }

  /** A command from the host page (already validated by parseInbound). */
  handle(command: InboundMessage): Promise<void> {
    if (command.type === 'reset') return this.reset();
    return this.open(command.lesson, command.step);
  }

  private course(): Promise<Course> {
    this.lessons ??= this.deps.loadLessons().then(readCourse);
    // A failed fetch is retried on the next open (reset).
    this.lessons.catch(() => (this.lessons = null));
    return this.lessons;
  }

  private fail(ticket: number, text: string): void {
    if (ticket !== this.ticket) return;
    this.close();
    this.phase = 'error';
    this.error = text;
  }

  private close(): void {
    for (const stop of this.unsubscribe) stop();
    this.unsubscribe = [];
    this.host?.dispose();
    this.host = null;
    this.session = null;
    this.pty = null;
  }
}
