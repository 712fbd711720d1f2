// The docker-archive layout shared by save and load: `manifest.json`, `<config hex>.json`,
// `<v1 id>/{VERSION,json,layer.tar}` and `repositories`.

export interface ArchiveManifestEntry {
  Config: string;
  RepoTags: string[] | null;
  Layers: string[];
}

export const enc = new TextEncoder();
export const dec = new TextDecoder();
