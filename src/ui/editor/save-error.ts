// Why a save failed, in French.

import { FsError } from '../../engine/fs/types';

const REASONS: Partial<Record<FsError['code'], string>> = {
  EACCES: 'permission refusée',
  EPERM: 'opération non permise',
  ENOENT: "le dossier n'existe plus",
  ENOTDIR: "un élément du chemin n'est pas un dossier",
  EISDIR: "c'est un dossier",
  EROFS: 'système de fichiers en lecture seule',
  ENOSPC: "plus d'espace disponible",
};

export function saveErrorMessage(path: string, err: unknown): string {
  const reason = err instanceof FsError ? (REASONS[err.code] ?? err.text) : String(err);
  return `Impossible d'enregistrer ${path} : ${reason}.`;
}
