// COPY/ADD can only read the build context: `../x` is outside of it.

import { normalize } from '../../../fs/path';
import type { Diagnostic } from '../types';
import type { Rule } from './rule';

export const copyOutsideContext: Rule = (src) => {
  const out: Diagnostic[] = [];
  for (const { node, instruction: i } of src.nodes) {
    if (!i || (i.kind !== 'copy' && i.kind !== 'add')) continue;
    if (i.kind === 'copy' && i.from !== '') continue;
    for (const source of i.sources) {
      if (/^[a-z]+:\/\//i.test(source)) continue;
      const clean = normalize(source);
      if (clean !== '..' && !clean.startsWith('../')) continue;
      out.push({
        ...src.find(node, source),
        code: 'copy-outside-context',
        severity: 'error',
        message: `« ${source} » est hors du contexte de build : ${i.kind.toUpperCase()} ne voit que le dossier envoyé à docker build (le « . » de docker build .). Déplacez le fichier dans ce dossier, ou lancez le build depuis un dossier parent avec -f.`,
      });
    }
  }
  return out;
};
