import type { CommandSpec } from '../../command';
import { StatusError } from '../../errors';
import { eventMessage } from '../../format/events';
import { Template } from '../../format/template/exec';
import { TemplateError } from '../../format/template/lexer';
import type { GoStruct } from '../../format/template/values';
import { buildFilters } from '../../opts/filters';
import { formatFlag } from '../format-flag';

/** jsonmessage.RFC3339NanoFixed in UTC: `2026-11-23T09:10:36.123456789Z`. */
function rfc3339NanoFixed(timeNano: number): string {
  const ms = Math.floor(timeNano / 1e6);
  const nanos = String(Math.round(timeNano % 1e9)).padStart(9, '0');
  return `${new Date(ms).toISOString().slice(0, 19)}.${nanos}Z`;
}

/** docker/cli's events: a template that fails to parse or to run reads `Error parsing format: …`, exit 64. */
function formatError(e: unknown): never {
  if (e instanceof TemplateError) throw new StatusError(`Error parsing format: ${e.message}`, 64);
  throw e;
}

function eventsTemplate(source: string): Template {
  try {
    return Template.parse(source);
  } catch (e) {
    return formatError(e);
  }
}

function runEventsTemplate(tmpl: Template, ev: GoStruct): string {
  try {
    return tmpl.execute(ev);
  } catch (e) {
    return formatError(e);
  }
}

export const systemEventsCommand: CommandSpec = {
  name: 'events',
  usage: '[OPTIONS]',
  short: 'Get real time events from the server',
  aliases: 'docker system events, docker events',
  args: { max: 0 },
  flags: [
    { name: 'filter', short: 'f', type: 'filter', usage: 'Filter output based on conditions provided' },
    formatFlag('json'),
    { name: 'since', type: 'string', usage: 'Show all events created since timestamp' },
    { name: 'until', type: 'string', usage: 'Stream events until this timestamp' },
  ],
  async run(cli, _args, flags) {
    const format = flags.string('format');
    const tmpl = format ? eventsTemplate(format === 'json' ? '{{json .}}' : format) : null;
    const stream = cli.client.events({
      since: flags.string('since') || undefined,
      until: flags.string('until') || undefined,
      filters: buildFilters(flags.list('filter')),
    });
    for await (const ev of stream) {
      if (tmpl) {
        cli.out(`${runEventsTemplate(tmpl, eventMessage(ev))}\n`);
        continue;
      }
      const attrs = Object.entries(ev.Actor?.Attributes ?? {})
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => `${k}=${v}`);
      cli.out(
        `${rfc3339NanoFixed(ev.timeNano)} ${ev.Type} ${ev.Action} ${ev.Actor?.ID ?? ''}${attrs.length ? ` (${attrs.join(', ')})` : ''}\n`,
      );
    }
    return 0;
  },
};
