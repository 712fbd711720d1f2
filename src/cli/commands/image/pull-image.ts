// Pulling an image through the API and showing its progress (shared by `docker pull` and the implicit
// pull of `docker run`/`docker create`).

import type { Cli } from '../../cli';
import type { ProgressWriter } from '../../format/progress';
import { parseReference } from '../../opts/reference';
import { showProgress } from '../show-progress';

export async function pullImage(cli: Cli, name: string, out: ProgressWriter | null): Promise<void> {
  const ref = parseReference(name);
  await showProgress(
    cli.client.imageCreate({ fromImage: ref.repo, tag: ref.digest || ref.tag || 'latest' }),
    out,
  );
}
