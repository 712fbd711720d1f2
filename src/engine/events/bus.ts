// The daemon's event stream (moby daemon/events): every transition is published in Docker's event
// shape; subscribers get them live, with filters; the last events are kept for `--since`.
import type { EventMessage, Labels } from '../api/types';
import { goMap } from '../api/go-map';
import type { Clock } from '../world/types';
import { eventMatches, type EventFilter } from './filter';

/** moby keeps this many events for replays (`docker events --since`). */
export const EVENTS_KEPT = 256;

export type EventType = EventMessage['Type'];

export interface EventInput {
  Type: EventType;
  Action: string;
  Actor: { ID: string; Attributes: Labels };
  /** Legacy `from` for containers (their image) and images. */
  from?: string;
}

export type EventListener = (event: EventMessage) => void;

export class EventBus {
  private readonly kept: EventMessage[] = [];
  private readonly listeners = new Set<{ listener: EventListener; filter: EventFilter | undefined }>();

  constructor(private readonly clock: Clock) {}

  publish(input: EventInput): EventMessage {
    const ms = this.clock.now();
    const legacy = input.Type === 'container' || input.Type === 'image';
    const event: EventMessage = {
      ...(legacy
        ? { status: input.Action, id: input.Actor.ID, ...(input.from ? { from: input.from } : {}) }
        : {}),
      Type: input.Type,
      Action: input.Action,
      Actor: { ID: input.Actor.ID, Attributes: goMap(input.Actor.Attributes) },
      scope: 'local',
      time: Math.floor(ms / 1000),
      timeNano: ms * 1e6,
    };
    this.kept.push(event);
    if (this.kept.length > EVENTS_KEPT) this.kept.shift();
    for (const { listener, filter } of [...this.listeners])
      if (!filter || eventMatches(event, filter)) listener(event);
    return event;
  }

  /** Live events from now on; returns the unsubscriber. */
  subscribe(listener: EventListener, filter?: EventFilter): () => void {
    const entry = { listener, filter };
    this.listeners.add(entry);
    return () => this.listeners.delete(entry);
  }

  /** Kept events between `since` and `until` (ms, inclusive), oldest first. */
  history(since: number, until = Number.POSITIVE_INFINITY, filter?: EventFilter): EventMessage[] {
    return this.kept.filter((e) => {
      const ms = e.timeNano / 1e6;
      return ms >= since && ms <= until && (!filter || eventMatches(e, filter));
    });
  }
}
