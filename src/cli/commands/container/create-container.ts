// Creating a container as run/create do: the request from the flags, the implicit pull when the image
// is missing (`Unable to find image 'x:latest' locally` then the pull progress on stderr), warnings.

import type { Cli } from '../../cli';
import { isApiError } from '../../engine-api';
import { StatusError } from '../../errors';
import type { ParsedFlags } from '../../flags';
import { buildCreateRequest } from '../../opts/container-config';
import { parseReference, withDefaultTag } from '../../opts/reference';
import { pullImage } from '../image/pull-image';

export async function createContainer(
  cli: Cli,
  flags: ParsedFlags,
  args: string[],
  detach: boolean,
): Promise<{ id: string; tty: boolean; stdin: boolean; autoRemove: boolean }> {
  parseReference(args[0]);
  const req = buildCreateRequest(
    flags,
    args,
    { fs: cli.proc.fs, cwd: cli.proc.cwd, env: cli.proc.env },
    detach,
  );
  if (!['always', 'missing', 'never'].includes(req.pull)) {
    throw new Error(`invalid pull option: '${req.pull}': must be one of "always", "missing" or "never"`);
  }
  const pull = async () => {
    await pullImage(
      cli,
      req.image,
      flags.bool('quiet') ? null : { write: cli.err, isTerminal: cli.proc.stderr.isTTY, width: cli.width() },
    );
  };
  if (req.pull === 'always') await pull();
  let created;
  try {
    created = await cli.client.containerCreate(req.body, { name: req.name, platform: req.platform });
  } catch (e) {
    if (!(isApiError(e) && e.status === 404 && /^No such image/i.test(e.message)) || req.pull === 'never')
      throw e;
    cli.err(`Unable to find image '${withDefaultTag(req.image)}' locally\n`);
    try {
      await pull();
    } catch (pullError) {
      if (pullError instanceof StatusError) throw new Error(pullError.message);
      throw pullError;
    }
    created = await cli.client.containerCreate(req.body, { name: req.name, platform: req.platform });
  }
  for (const w of created.Warnings ?? []) cli.err(`WARNING: ${w}\n`);
  const cidfile = flags.string('cidfile');
  if (cidfile) {
    const path = cidfile.startsWith('/') ? cidfile : `${cli.proc.cwd.replace(/\/$/, '')}/${cidfile}`;
    if (cli.proc.fs.exists(path))
      throw new Error(
        `container ID file found, make sure the other container isn't running or delete ${cidfile}`,
      );
    cli.proc.fs.writeFile(path, created.Id);
  }
  return {
    id: created.Id,
    tty: Boolean(req.body.Tty),
    stdin: Boolean(req.body.AttachStdin),
    autoRemove: Boolean(req.body.HostConfig?.AutoRemove),
  };
}
