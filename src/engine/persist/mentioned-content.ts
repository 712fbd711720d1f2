// The content a saved value may need, read without trusting its shape: every `sha256:` string found
// anywhere in it, as a layer key and as a blob key. For records set aside as damaged, whose content must
// outlive them even when contentKeys cannot read them.
import { blobKey, layerKey } from './format';

const DIGEST = /^sha256:[a-f0-9]{64}$/;

export function mentionedContentKeys(value: unknown): Set<string> {
  const keys = new Set<string>();
  const seen = new Set<object>();
  const visit = (v: unknown): void => {
    if (typeof v === 'string') {
      if (DIGEST.test(v)) keys.add(layerKey(v)).add(blobKey(v));
      return;
    }
    if (typeof v !== 'object' || v === null || seen.has(v) || ArrayBuffer.isView(v)) return;
    seen.add(v);
    for (const child of v instanceof Map ? [...v.keys(), ...v.values()] : Object.values(v)) visit(child);
  };
  visit(value);
  return keys;
}
