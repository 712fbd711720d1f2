// What `docker events --format` runs its template on: the API's events.Message as the Go struct it is
// (`.Status`, `.ID`, `.From` read the legacy json fields `status`, `id`, `from`; `.Scope`, `.Time`,
// `.TimeNano` the lower-case ones), printed and marshalled in the struct's field order.

import type { EventMessage } from '../../client/api-types';
import { goPlainStruct } from './struct';
import type { GoStruct } from './template/values';

export function eventMessage(ev: EventMessage): GoStruct {
  const actor = goPlainStruct('events.Actor', [
    { name: 'ID', value: ev.Actor?.ID ?? '' },
    { name: 'Attributes', value: ev.Actor?.Attributes ?? null },
  ]);
  return goPlainStruct('*events.Message', [
    { name: 'Status', value: ev.status ?? '', json: 'status', omitEmpty: true },
    { name: 'ID', value: ev.id ?? '', json: 'id', omitEmpty: true },
    { name: 'From', value: ev.from ?? '', json: 'from', omitEmpty: true },
    { name: 'Type', value: ev.Type },
    { name: 'Action', value: ev.Action },
    { name: 'Actor', value: actor },
    { name: 'Scope', value: ev.scope ?? '', json: 'scope', omitEmpty: true },
    { name: 'Time', value: ev.time ?? 0, json: 'time', omitEmpty: true },
    { name: 'TimeNano', value: ev.timeNano ?? 0, json: 'timeNano', omitEmpty: true },
  ]);
}
