// A lesson pack published as a git repository: cloned with isomorphic-git into a file system the
// caller gives (LightningFS in the browser's IndexedDB, a temp folder in tests), updated by fetching
// the branch and moving it to what was fetched (a pull that always follows the teacher, even after a
// force-push: the student never edits these files). Lessons are read from the commit's tree, no
// checkout: `lessons/<slug>/lesson.md`, or `<slug>/lesson.md` at the root when there is no lessons/.
import git, { type HttpClient, type PromiseFsClient } from 'isomorphic-git';
import type { LessonFile } from './check';
import type { LessonSource } from './source';

/** What the source needs of a file system: isomorphic-git's, and enough to delete a broken clone. */
export type GitSourceFs = PromiseFsClient & {
  promises: {
    readdir(path: string): Promise<string[]>;
    lstat(path: string): Promise<{ isDirectory(): boolean }>;
    unlink(path: string): Promise<void>;
    rmdir(path: string): Promise<void>;
  };
};

export interface GitSourceOptions {
  /** The repository's address, e.g. https://forge.example/prof/cours-docker.git */
  url: string;
  /** A file system with node's promise API (node's fs, LightningFS). */
  fs: GitSourceFs;
  http: HttpClient;
  /** Where the clone lives in `fs`; one folder per pack (default: derived from the URL). */
  dir?: string;
  /** A CORS proxy for hosts that do not send CORS headers (https://cors.isomorphic-git.org style). */
  corsProxy?: string;
  /** A branch or tag; the remote's default branch otherwise. */
  ref?: string;
  /** Makes what was written durable (LightningFS keeps its file table in memory for a while). */
  flush?: () => Promise<void>;
}

const LESSON_PATH = /^(lessons\/)?([^/]+)\/lesson\.md$/;
/** Files beside a lesson that its Markdown may show, by extension → media type. */
const ASSET_TYPES: Record<string, string> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
};
const SHORT = 7;

/** "/packs/<the URL, made a folder name>". */
export function packDir(url: string): string {
  return `/packs/${url.replace(/^[a-z]+:\/\//i, '').replace(/[^a-zA-Z0-9._-]+/g, '_')}`;
}

export class GitLessonSource implements LessonSource {
  readonly label: string;
  private readonly dir: string;
  private commit: string | undefined;
  private cloned: Promise<void> | null = null;
  private readonly listeners = new Set<() => void>();
  /** Blob URLs of the lessons' images at their commit, revoked when another commit is read. */
  private assets: { commit: string; urls: Map<string, string> } | null = null;

  constructor(private readonly opts: GitSourceOptions) {
    this.label = opts.url;
    this.dir = opts.dir ?? packDir(opts.url);
  }

  /**
   * The lessons of the cloned commit (cloning first if this pack was never fetched here). A stored
   * copy that cannot be read (the browser lost part of it) is thrown away and cloned again.
   */
  async load(): Promise<LessonFile[]> {
    await this.ensureClone();
    try {
      return await this.read();
    } catch (damaged) {
      try {
        await removeTree(this.opts.fs, this.dir);
        this.cloned = null;
        await this.ensureClone();
        return await this.read();
      } catch (e) {
        throw new Error(
          `La copie du cours « ${this.opts.url} » enregistrée dans ce navigateur est illisible (${describe(damaged)}) et n’a pas pu être refaite (${describe(e)}).`,
        );
      }
    }
  }

  /**
   * Fetches the pack's branch and moves to its newest commit; subscribers reload when it changed.
   * Resolves with the short commit now shown. Rejects with a French message.
   */
  async update(): Promise<string> {
    await this.ensureClone();
    const { fs, http, url, corsProxy, ref } = this.opts;
    let fetched: string | null;
    try {
      const result = await git.fetch({ fs, http, dir: this.dir, url, corsProxy, ref, singleBranch: true, depth: 1, tags: false });
      fetched = result.fetchHead;
    } catch (e) {
      throw new Error(`Le dépôt « ${url} » n’a pas pu être mis à jour (${describe(e)}). Vérifiez la connexion.`);
    }
    const branch = await git.currentBranch({ fs, dir: this.dir, fullname: true });
    const before = await git.resolveRef({ fs, dir: this.dir, ref: 'HEAD' });
    if (fetched && fetched !== before) {
      await git.writeRef({ fs, dir: this.dir, ref: branch ?? 'HEAD', value: fetched, force: true });
      await this.opts.flush?.();
      this.commit = fetched;
      for (const listener of [...this.listeners]) listener();
    }
    return short(fetched ?? before);
  }

  revision(): string | undefined {
    return this.commit && short(this.commit);
  }

  /** Called after an update() that brought a new commit. */
  subscribe(onChange: () => void): () => void {
    this.listeners.add(onChange);
    return () => this.listeners.delete(onChange);
  }

  private async read(): Promise<LessonFile[]> {
    const { fs } = this.opts;
    const oid = await git.resolveRef({ fs, dir: this.dir, ref: 'HEAD' });
    this.commit = oid;
    const all = await git.listFiles({ fs, dir: this.dir, ref: oid });
    const paths = all.filter((p) => LESSON_PATH.test(p));
    const nested = paths.filter((p) => p.startsWith('lessons/'));
    const chosen = (nested.length > 0 ? nested : paths).sort();
    const folders = chosen.map(folderOf);
    const urls = await this.assetUrls(oid, all.filter((p) => folders.some((folder) => p.startsWith(folder))));
    const decoder = new TextDecoder();
    return Promise.all(
      chosen.map(async (file) => {
        const { blob } = await git.readBlob({ fs, dir: this.dir, oid, filepath: file });
        const folder = folderOf(file);
        const assets = Object.fromEntries([...urls].filter(([p]) => p.startsWith(folder)).map(([p, url]) => [p.slice(folder.length), url]));
        return { slug: LESSON_PATH.exec(file)![2], file, text: decoder.decode(blob), assets };
      }),
    );
  }

  /**
   * A blob URL for each image among `paths` (path in the repository → URL), made once per commit: the
   * previous commit's are revoked. Empty where the platform has no blob URLs.
   */
  private async assetUrls(oid: string, paths: string[]): Promise<Map<string, string>> {
    if (this.assets?.commit === oid) return this.assets.urls;
    const urls = new Map<string, string>();
    if (typeof URL.createObjectURL === 'function') {
      for (const path of paths) {
        const type = ASSET_TYPES[path.slice(path.lastIndexOf('.') + 1).toLowerCase()];
        if (!type) continue;
        const { blob } = await git.readBlob({ fs: this.opts.fs, dir: this.dir, oid, filepath: path });
        urls.set(path, URL.createObjectURL(new Blob([new Uint8Array(blob)], { type })));
      }
    }
    for (const url of this.assets?.urls.values() ?? []) URL.revokeObjectURL(url);
    this.assets = { commit: oid, urls };
    return urls;
  }

  private ensureClone(): Promise<void> {
    this.cloned ??= this.cloneIfAbsent().catch((e: unknown) => {
      this.cloned = null; // a later load() tries again
      throw e;
    });
    return this.cloned;
  }

  private async cloneIfAbsent(): Promise<void> {
    const { fs, http, url, corsProxy, ref } = this.opts;
    try {
      await git.resolveRef({ fs, dir: this.dir, ref: 'HEAD' });
      return; // cloned on an earlier visit: shown as it was, until update()
    } catch {
      // not cloned yet
    }
    try {
      await git.clone({ fs, http, dir: this.dir, url, corsProxy, ref, singleBranch: true, depth: 1, noCheckout: true, noTags: true });
      await this.opts.flush?.();
    } catch (e) {
      throw new Error(
        `Le dépôt « ${url} » n’a pas pu être cloné (${describe(e)}). Vérifiez l’adresse ; un dépôt hébergé sur un autre site doit autoriser CORS, ou passer par un proxy CORS.`,
      );
    }
  }
}

/** Deletes a folder and everything in it. */
async function removeTree(fs: GitSourceFs, path: string): Promise<void> {
  const p = fs.promises;
  for (const name of await p.readdir(path)) {
    const child = `${path}/${name}`;
    if ((await p.lstat(child)).isDirectory()) await removeTree(fs, child);
    else await p.unlink(child);
  }
  await p.rmdir(path);
}

/** "lessons/01-x/lesson.md" → "lessons/01-x/". */
function folderOf(file: string): string {
  return file.slice(0, -'lesson.md'.length);
}

function short(oid: string): string {
  return oid.slice(0, SHORT);
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
