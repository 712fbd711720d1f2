// DELETE /images/{name} — moby daemon/images/image_delete.go (20.10): untag versus delete, the
// conflict rules (hard: child images, running containers; soft: other references, stopped
// containers) and the records `Untagged:` / `Deleted:` (image ID, then the released layer chains).
import { Conflict } from '../../api/errors';
import type { ImageDeleteResponseItem } from '../../api/types';
import { heldByBuildCache } from '../../builder/cache';
import { shortId } from '../../image/config';
import { familiarString, fullName, parseNormalizedNamed, withDefaultTag, type Reference } from '../../image/reference';
import type { ImageContext } from './context';

const CHILD = 1;
const RUNNING = 2;
const ACTIVE_REF = 4;
const STOPPED = 8;
const HARD = CHILD | RUNNING;
const SOFT = ACTIVE_REF | STOPPED;

interface DeleteConflict {
  hard: boolean;
  used: boolean;
  message: string;
}

export interface RemoveOptions {
  force?: boolean;
  /** Docker's `noprune=false` default: delete untagged parents too. */
  prune?: boolean;
}

function isImageIdPrefix(id: string, s: string): boolean {
  return id.startsWith(s) || id.slice(id.indexOf(':') + 1).startsWith(s);
}

function isSingleReference(refs: Reference[]): boolean {
  if (refs.length <= 1) return refs.length === 1;
  let single: Reference | null = null;
  const canonical = new Set<string>();
  for (const r of refs) {
    if (r.digest) canonical.add(fullName(r));
    else if (!single) single = r;
    else return false;
  }
  return canonical.size === 1 && canonical.has(fullName(single ?? refs[0]));
}

function conflictError(id: string, c: DeleteConflict): Conflict {
  return new Conflict(
    `conflict: unable to delete ${shortId(id)} (${c.hard ? 'cannot be forced' : 'must be forced'}) - ${c.message}`,
  );
}

function checkConflict(ctx: ImageContext, id: string, mask: number): DeleteConflict | null {
  if (mask & CHILD && ctx.store.children(id).length) {
    return { hard: true, used: false, message: 'image has dependent child images' };
  }
  const users = ctx.users.containersUsing(id);
  const running = users.find((c) => c.running);
  if (mask & RUNNING && running) {
    return { hard: true, used: true, message: `image is being used by running container ${shortId(running.id)}` };
  }
  if (mask & ACTIVE_REF && ctx.store.references(id).length) {
    return { hard: false, used: false, message: 'image is referenced in multiple repositories' };
  }
  const stopped = users.find((c) => !c.running);
  if (mask & STOPPED && stopped) {
    return { hard: false, used: true, message: `image is being used by stopped container ${shortId(stopped.id)}` };
  }
  return null;
}

function untag(ctx: ImageContext, id: string, ref: Reference, records: ImageDeleteResponseItem[]): void {
  ctx.store.deleteReference(ref);
  records.push({ Untagged: familiarString(ref) });
  ctx.event?.('untag', id);
}

export function removeImage(ctx: ImageContext, name: string, opts: RemoveOptions = {}): ImageDeleteResponseItem[] {
  const force = !!opts.force;
  const prune = opts.prune ?? true;
  const img = ctx.store.resolve(name);
  const id = img.id;
  const records: ImageDeleteResponseItem[] = [];
  let refs = ctx.store.references(id);
  let removedRepositoryRef = false;

  if (!isImageIdPrefix(id, name)) {
    if (!force && isSingleReference(refs)) {
      const user = ctx.users.containersUsing(id)[0];
      if (user) {
        throw new Conflict(
          `conflict: unable to remove repository reference "${name}" (must force) - container ${shortId(user.id)} is using its referenced image ${shortId(id)}`,
        );
      }
    }
    const parsed = parseNormalizedNamed(name, 'daemon');
    const ref = parsed.digest ? parsed : withDefaultTag(parsed);
    untag(ctx, id, ref, records);
    refs = ctx.store.references(id);
    if (!ref.digest && !refs.some((r) => !r.digest && fullName(r) === fullName(ref))) {
      const remaining: Reference[] = [];
      for (const r of refs) {
        if (r.digest && fullName(r) === fullName(ref)) untag(ctx, id, r, records);
        else remaining.push(r);
      }
      refs = remaining;
    }
    if (refs.length) return records;
    removedRepositoryRef = true;
  } else if (isSingleReference(refs)) {
    const mask = HARD | (force ? 0 : SOFT & ~ACTIVE_REF);
    const c = checkConflict(ctx, id, mask);
    if (c) throw conflictError(id, c);
    for (const r of refs) untag(ctx, id, r, records);
  }
  deleteHelper(ctx, id, records, force, prune, removedRepositoryRef);
  return records;
}

function deleteHelper(
  ctx: ImageContext,
  id: string,
  records: ImageDeleteResponseItem[],
  force: boolean,
  prune: boolean,
  quiet: boolean,
): void {
  const c = checkConflict(ctx, id, HARD | (force ? 0 : SOFT));
  if (c) {
    const dangling = ctx.store.references(id).length === 0 && ctx.store.children(id).length === 0;
    if (quiet && (!dangling || c.used)) return;
    throw conflictError(id, c);
  }
  const img = ctx.store.get(id)!;
  const parent = img.config.parent;
  for (const r of ctx.store.references(id)) untag(ctx, id, r, records);
  const chains = chainIds(ctx, img.config.rootfs.diff_ids);
  ctx.store.deleteImage(id);
  ctx.event?.('delete', id);
  records.push({ Deleted: id });
  const stillUsed = new Set<string>();
  for (const other of ctx.store.all()) for (const ch of chainIds(ctx, other.config.rootfs.diff_ids)) stillUsed.add(ch);
  const cached = heldByBuildCache(ctx.store);
  const diffIds = img.config.rootfs.diff_ids;
  for (let i = chains.length - 1; i >= 0 && !stillUsed.has(chains[i]) && !cached(diffIds[i]); i--) {
    records.push({ Deleted: chains[i] });
  }
  ctx.store.releaseUnusedLayers(cached);
  if (!prune || !parent || !ctx.store.get(parent)) return;
  deleteHelper(ctx, parent, records, false, true, true);
}

/** The layer store's chain IDs: chain(0) = diff(0), chain(n) = sha256(chain(n-1) + " " + diff(n)). */
export function chainIds(ctx: Pick<ImageContext, 'hasher'>, diffIds: readonly string[]): string[] {
  const out: string[] = [];
  for (const d of diffIds) {
    const prev = out[out.length - 1];
    out.push(prev ? `sha256:${ctx.hasher.sha256Sync(`${prev} ${d}`)}` : d);
  }
  return out;
}
