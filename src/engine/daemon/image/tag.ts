// POST /images/{name}/tag — moby daemon/images/image_tag.go.
import { InvalidParameter } from '../../api/errors';
import { rfc3339Nano } from '../../image/config';
import { familiarString, parseNormalizedNamed, withDefaultTag, type Reference } from '../../image/reference';
import type { ImageContext } from './context';

const TAG = /^[\w][\w.-]{0,127}$/;

/** Parses `repo` + `tag` as the tag route does (daemon wording). */
export function parseRepoTag(repo: string, tag = ''): Reference {
  const ref = parseNormalizedNamed(repo, 'daemon');
  if (ref.digest) throw new InvalidParameter('refusing to create a tag with a digest reference');
  if (tag === '') return withDefaultTag(ref);
  if (!TAG.test(tag)) throw new InvalidParameter(`invalid tag format`);
  return { ...ref, tag };
}

/** Tags the image `name` as `repo:tag`; returns the new familiar reference. */
export function tagImage(ctx: ImageContext, name: string, repo: string, tag?: string): string {
  const img = ctx.store.resolve(name);
  const ref = parseRepoTag(repo, tag);
  ctx.store.setReference(ref, img.id, rfc3339Nano(ctx.clock.now()));
  const familiar = familiarString(ref);
  ctx.event?.('tag', img.id, familiar);
  return familiar;
}
