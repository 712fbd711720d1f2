import type { CommandSpec } from '../../command';
import { executeTemplate, parseTemplate } from '../../format/formatter';
import { CLIENT_VERSION } from '../../version';
import { clientInfoText, serverInfoText } from './info-text';
import { formatFlag } from '../format-flag';

export const systemInfoCommand: CommandSpec = {
  name: 'info',
  usage: '[OPTIONS]',
  short: 'Display system-wide information',
  aliases: 'docker system info, docker info',
  args: { max: 0 },
  flags: [formatFlag('json', 'f')],
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
