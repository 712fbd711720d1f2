// FROM without a tag (or with `latest`) gives builds that change when the image is updated.

import type { Diagnostic } from '../types';
import type { Rule } from './rule';

/** Repository and tag of an image reference (`tag` null when absent; digest references give null). */
function splitReference(ref: string): { repository: string; tag: string | null } | null {
  if (ref.includes('@')) return null;
  const slash = ref.lastIndexOf('/');
  const colon = ref.lastIndexOf(':');
  if (colon > slash) return { repository: ref.slice(0, colon), tag: ref.slice(colon + 1) };
  return { repository: ref, tag: null };
}

export const baseImageTag: Rule = (src, opts) => {
  const out: Diagnostic[] = [];
  const stageNames = new Set<string>();
  for (const { node, instruction: i } of src.nodes) {
    if (!i || i.kind !== 'from') continue;
    const base = i.baseName;
    const known = stageNames.has(base.toLowerCase());
    if (i.stageName) stageNames.add(i.stageName);
    if (known || base === 'scratch' || base.includes('$')) continue;
    const ref = splitReference(base);
    if (!ref || (ref.tag !== null && ref.tag !== 'latest')) continue;
    const range = src.find(node, base);
    const shown = ref.tag === null ? `${base}:latest` : base;
    const pinned = opts.tagsOf?.(ref.repository).find((t) => t !== 'latest');
    const diag: Diagnostic = {
      ...range,
      code: 'base-image-tag',
      severity: 'warning',
      message:
        ref.tag === null
          ? `Image sans tag : Docker prendra « ${shown} », qui change à chaque nouvelle version. Indiquez une version précise pour des builds reproductibles.`
          : `« latest » n'est pas une version : l'image peut changer d'un build à l'autre. Indiquez une version précise pour des builds reproductibles.`,
    };
    if (pinned) {
      diag.fix = {
        title: `Utiliser ${ref.repository}:${pinned}`,
        edits: [{ range, text: `${ref.repository}:${pinned}` }],
      };
    }
    out.push(diag);
  }
  return out;
};
