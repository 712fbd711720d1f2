// formatter.ImageContext (`docker images`) and the history context.

import type { ImageHistoryItem, ImageSummary } from '../../client/api-types';
import { goStruct, truncateId } from './struct';
import type { GoStruct } from './template/values';
import { goTimeString, humanDuration, humanSize } from './units';

export const IMAGE_TABLE = '{{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}';
export const IMAGE_HEADERS: Record<string, string> = {
  Repository: 'REPOSITORY',
  Tag: 'TAG',
  ID: 'IMAGE ID',
  Digest: 'DIGEST',
  CreatedSince: 'CREATED',
  CreatedAt: 'CREATED AT',
  Size: 'SIZE',
  Containers: 'CONTAINERS',
  SharedSize: 'SHARED SIZE',
  UniqueSize: 'UNIQUE SIZE',
  VirtualSize: 'VIRTUAL SIZE',
};

/** One row per repository:tag of each image (`<none>` for dangling ones). */
export function imageContexts(images: ImageSummary[], trunc: boolean, now: number): GoStruct[] {
  const rows: GoStruct[] = [];
  for (const img of images) {
    const tags = img.RepoTags && img.RepoTags.length > 0 ? img.RepoTags : null;
    const pairs: Array<[string, string, string]> = [];
    if (tags) {
      for (const t of tags) {
        const i = t.lastIndexOf(':');
        const repo = t.slice(0, i);
        const digest = (img.RepoDigests ?? []).find((d) => d.startsWith(`${repo}@`));
        pairs.push([
          repo === '<none>' ? '<none>' : repo,
          t.slice(i + 1),
          digest ? digest.slice(repo.length + 1) : '<none>',
        ]);
      }
    } else if (img.RepoDigests && img.RepoDigests.length > 0) {
      for (const d of img.RepoDigests) {
        const i = d.indexOf('@');
        pairs.push([d.slice(0, i), '<none>', d.slice(i + 1)]);
      }
    } else pairs.push(['<none>', '<none>', '<none>']);
    for (const [repo, tag, digest] of pairs) {
      rows.push(
        goStruct('*formatter.ImageContext', {
          Repository: () => repo,
          Tag: () => tag,
          ID: () => (trunc ? truncateId(img.Id) : img.Id),
          Digest: () => digest,
          CreatedSince: () => `${humanDuration(now - img.Created * 1000)} ago`,
          CreatedAt: () => goTimeString(img.Created * 1000),
          Size: () => humanSize(img.Size, 3),
          Containers: () => (img.Containers < 0 ? 'N/A' : String(img.Containers)),
          SharedSize: () => (img.SharedSize < 0 ? 'N/A' : humanSize(img.SharedSize, 3)),
          UniqueSize: () => (img.SharedSize < 0 ? 'N/A' : humanSize(img.Size - img.SharedSize, 3)),
          VirtualSize: () => humanSize(img.VirtualSize ?? img.Size),
        }),
      );
    }
  }
  return rows;
}

export const HISTORY_TABLE = '{{.ID}}\t{{.CreatedSince}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}';
export const HISTORY_HEADERS: Record<string, string> = {
  ID: 'IMAGE',
  CreatedSince: 'CREATED',
  CreatedAt: 'CREATED AT',
  CreatedBy: 'CREATED BY',
  Size: 'SIZE',
  Comment: 'COMMENT',
};

export function historyContext(h: ImageHistoryItem, trunc: boolean, human: boolean, now: number): GoStruct {
  return goStruct('*formatter.historyContext', {
    ID: () => (h.Id === '<missing>' ? h.Id : trunc ? truncateId(h.Id) : h.Id),
    CreatedSince: () =>
      human
        ? `${humanDuration(now - h.Created * 1000)} ago`
        : new Date(h.Created * 1000).toISOString().replace('.000Z', 'Z'),
    CreatedAt: () => new Date(h.Created * 1000).toISOString().replace('.000Z', 'Z'),
    CreatedBy: () => {
      const by = h.CreatedBy.replace(/\t/g, ' ');
      return trunc && [...by].length > 45 ? [...by].slice(0, 44).join('') + '…' : by;
    },
    Size: () => (human ? humanSize(h.Size, 3) : String(h.Size)),
    Comment: () => h.Comment,
  });
}
