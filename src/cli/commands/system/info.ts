import type { CommandSpec } from '../../command';
import { executeTemplate, parseTemplate } from '../../format/formatter';
import { CLIENT_VERSION } from '../../version';
import { clientInfoText, serverInfoText } from './info-text';

export const systemInfoCommand: CommandSpec = {
  name: 'info',
  usage: '[OPTIONS]',
  short: 'Display system-wide information',
  aliases: 'docker system info, docker info',
  args: { max: 0 },
  flags: [
    {
      name: 'format',
      short: 'f',
      type: 'string',
      usage:
        "Format output using a custom template:\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates",
    },
  ],
  async run(cli, _args, flags) {
    const format = flags.string('format');
    if (format) {
      const info = await cli.client.info();
      const data = {
        ClientInfo: { Version: CLIENT_VERSION.Version, Context: 'default', Debug: false },
        ...info,
      };
      cli.out(`${executeTemplate(parseTemplate(format === 'json' ? '{{json .}}' : format), data)}\n`);
      return 0;
    }
    cli.out(clientInfoText(cli.context, false));
    cli.out('\n');
    const info = await cli.client.info();
    const { text, warnings } = serverInfoText(info);
    cli.out(text);
    for (const w of warnings) cli.err(`${w}\n`);
    return 0;
  },
};
