import type { CommandSpec } from '../../command';
import { StatusError } from '../../errors';
import { Template } from '../../format/template/exec';
import { TemplateError } from '../../format/template/lexer';
import type { GoStruct } from '../../format/template/values';
import { tabwrite } from '../../format/tabwriter';
import { clientVersionInfo, serverVersionInfo, versionInfo } from './version-info';
import { VERSION_TEMPLATE, ansic } from './version-template';
import { formatFlag } from '../format-flag';

export const systemVersionCommand: CommandSpec = {
  name: 'version',
  usage: '[OPTIONS]',
  short: 'Show the Docker version information',
  args: { max: 0 },
  flags: [formatFlag('json', 'f')],
  async run(cli, _args, flags) {
    const format = flags.string('format');
    const tmpl = parseVersionTemplate(format === 'json' ? '{{json .}}' : format || VERSION_TEMPLATE);
    let server: GoStruct | null = null;
    let serverError: unknown = null;
    try {
      const v = await cli.client.version();
      for (const c of v.Components ?? [])
        if (c.Details?.BuildTime) c.Details.BuildTime = ansic(c.Details.BuildTime);
      server = serverVersionInfo(v);
    } catch (e) {
      serverError = e;
    }
    // prettyPrintVersion: what the template wrote before an error, then a newline, go out either way.
    let text = '';
    let templateError: TemplateError | null = null;
    try {
      text = tmpl.execute(versionInfo(clientVersionInfo(cli.context), server));
    } catch (e) {
      if (!(e instanceof TemplateError)) throw e;
      templateError = e;
      text = e.partial ?? '';
    }
    cli.out(format ? `${text}\n` : tabwrite(`${text}\n`, { minwidth: 20, padding: 1 }));
    if (serverError) throw serverError;
    if (templateError) throw new StatusError(templateError.message, 1);
    return 0;
  },
};

/** newVersionTemplate: a parse error reads `template parsing error: …` and exits 64. */
function parseVersionTemplate(source: string): Template {
  try {
    return Template.parse(source, 'version');
  } catch (e) {
    if (e instanceof TemplateError) throw new StatusError(`template parsing error: ${e.message}`, 64);
    throw e;
  }
}
