import type { CommandSpec } from '../../command';
import { tabwrite } from '../../format/tabwriter';

export const containerTopCommand: CommandSpec = {
  name: 'top',
  usage: 'CONTAINER [ps OPTIONS]',
  short: 'Display the running processes of a container',
  aliases: 'docker container top, docker top',
  args: { min: 1 },
  interspersed: false,
  flags: [],
  async run(cli, args) {
    const top = await cli.client.containerTop(args[0], args.slice(1).join(' ') || undefined);
    const rows = [top.Titles, ...top.Processes].map((r) => r.join('\t')).join('\n');
    cli.out(tabwrite(`${rows}\n`, { minwidth: 20, padding: 3 }));
    return 0;
  },
};
