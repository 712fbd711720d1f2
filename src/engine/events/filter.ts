// `docker events --filter` (moby daemon/events/filter.go): type, event, container, image, label,
// network, volume, daemon, scope. Values of one key are ORed (labels are ANDed), keys are ANDed.
import type { EventMessage } from '../api/types';
import { labelMatches } from '../container/labels';

/** Filter key → accepted values (the decoded `filters` query parameter). */
export type EventFilter = ReadonlyMap<string, readonly string[]>;

export const EVENT_FILTER_KEYS = [
  'container',
  'event',
  'image',
  'label',
  'network',
  'volume',
  'daemon',
  'type',
  'scope',
  'plugin',
  'node',
  'service',
  'secret',
  'config',
];

function anyOf(values: readonly string[] | undefined, test: (v: string) => boolean): boolean {
  return !values || values.length === 0 || values.some(test);
}

function actionName(action: string): string {
  const colon = action.indexOf(':');
  return colon < 0 ? action : action.slice(0, colon);
}

/**
 * moby's fuzzyMatchName: the actor's ID or name starts with the value, whatever the event's type
 * (recorded: `--filter volume=web` also lets through a network or container whose name starts with web).
 */
function actorMatches(e: EventMessage, v: string): boolean {
  const name = e.Actor.Attributes.name;
  return e.Actor.ID.startsWith(v) || (name !== undefined && name.startsWith(v));
}

export function eventMatches(e: EventMessage, filter: EventFilter): boolean {
  const attrs = e.Actor.Attributes;
  return (
    anyOf(filter.get('type'), (v) => e.Type === v) &&
    anyOf(filter.get('event'), (v) => e.Action === v || actionName(e.Action) === v) &&
    anyOf(filter.get('scope'), (v) => e.scope === v) &&
    anyOf(filter.get('container'), (v) => actorMatches(e, v)) &&
    anyOf(filter.get('network'), (v) => actorMatches(e, v)) &&
    anyOf(filter.get('volume'), (v) => actorMatches(e, v)) &&
    anyOf(
      filter.get('image'),
      (v) => attrs.image === v || (e.Type === 'image' && (e.Actor.ID.startsWith(v) || attrs.name === v)),
    ) &&
    (filter.get('label') ?? []).every((v) => labelMatches(v, attrs))
  );
}
