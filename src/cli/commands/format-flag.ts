// The --format flag as docker/cli declares it (cli/flags: formatting.go): one usage text for the
// commands that print one object (inspect, version, info, events) and one for those that print tables.

import type { FlagSpec } from '../flags';

const FORMAT_HELP = {
  json: "Format output using a custom template:\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates",
  table:
    "Format output using a custom template:\n'table':            Print output in table format with column headers (default)\n'table TEMPLATE':   Print output in table format using the given Go template\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates",
} as const;

/** `--format` (`-f` where the command gives it a shorthand), with the json or table help text. */
export function formatFlag(kind: keyof typeof FORMAT_HELP, short?: string): FlagSpec {
  return { name: 'format', ...(short ? { short } : {}), type: 'string', usage: FORMAT_HELP[kind] };
}
