// `docker build` on the engine, as BuildKit runs a Dockerfile: load the definition, resolve base
// images, run the target stage and the stages it needs, step by step with a cache, and export the
// image. Progress is a stream of SolveStatus updates (progress/types.ts) for the CLI to render.

import type { Daemon } from '../daemon/daemon';
import { MemFs } from '../fs/memfs';
import { join, normalize } from '../fs/path';
import type { ImageRecord } from '../image/store';
import { parseNormalizedNamed, referenceString, withDefaultTag, familiarName } from '../image/reference';
import type { Layer } from '../layer/layer';
import { RwLayer } from '../layer/rwlayer';
import { UnionFs } from '../layer/union';
import type { NetStack } from '../process/types';
import { buildCacheFor, type BuildCache } from './cache';
import { resolveChown } from './chown';
import { resolveUser } from '../container/user';
import { ignoreFileFor, type BuildContext } from './context';
import { performCopy, resolveSources, SourceNotFound, sourcesChecksum } from './copy';
import { DockerfileError } from './dockerfile/errors';
import { parseHeredoc, chompHeredocContent } from './dockerfile/heredoc';
import { parseInstruction, parseDockerfile } from './dockerfile/instructions/parse';
import type {
  Command,
  CopyInstruction,
  AddInstruction,
  RunInstruction,
} from './dockerfile/instructions/types';
import { parse } from './dockerfile/parser';
import { ShellLex } from './dockerfile/shell-lex';
import { BuildError } from './errors';
import { HISTORY_COMMENT, imageConfigOf } from './export';
import { lintDockerfile, lintShort, lintViolation, parseCheckDirective } from './lint';
import { rfc3339Nano } from '../image/config';
import { applyMetadata, shellArgs } from './metadata';
import { planBuild, type BuildPlan, type PlannedStage } from './plan';
import { ProgressRecorder, type VertexHandle } from './progress/recorder';
import type { ProgressListener, SolveStatus } from './progress/types';
import { runStep, type RunMountSpec } from './run';
import { contextTree, fsTree, walkTree, type SourceTree } from './source-tree';
import { stateFromImage, stateFromStage, type StageState } from './state';

export interface BuildOptions {
  context: BuildContext;
  /** The Dockerfile's text; null when the context has no file by that name (the build then fails after its transfer, as BuildKit's frontend does). */
  dockerfile: string | null;
  /** Its name as shown (`Dockerfile`, `app.Dockerfile`). */
  dockerfileName?: string;
  /** Absolute path of the Dockerfile in the context's filesystem (for `<name>.dockerignore`). */
  dockerfilePath?: string;
  /** `-t` references. */
  tags?: string[];
  buildArgs?: Record<string, string>;
  target?: string;
  noCache?: boolean;
  /** `--label`: added to the image's labels. */
  labels?: Record<string, string>;
  /** `--pull`: resolve base images from the registry even when present. */
  pull?: boolean;
}

/** Simulated durations (ms on the engine clock) of the work the builder does. */
export interface BuildTimings {
  transfer: number;
  runStart: number;
  copy: number;
  exportLayers: number;
  /** Bytes per ms moved by COPY and the context transfer. */
  throughput: number;
}

export const DEFAULT_TIMINGS: BuildTimings = {
  transfer: 0,
  runStart: 180,
  copy: 30,
  exportLayers: 60,
  throughput: 200_000,
};

export interface BuildDeps {
  daemon: Daemon;
  /** The build cache (default: the daemon's). */
  cache?: BuildCache;
  /** Pulls an image reference from the registry into the store; returns its ID. */
  pullImage?: (ref: string) => Promise<string>;
  /** Network of RUN steps (default: loopback only). */
  net?: () => NetStack;
  timings?: Partial<BuildTimings>;
}

export interface BuildResult {
  imageId: string;
  /** Every progress update, in order. */
  trace: SolveStatus[];
}

/** How BuildKit reports an image the registry does not have (or refuses). */
const PULL_DENIED =
  'pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed';

/** What BuildKit reports transferring when the file asked for is absent. */
const EMPTY_TRANSFER = 2;

const RAW = (escape: string) => new ShellLex({ escapeToken: escape, rawQuotes: true, skipUnsetEnv: true });

function uppercaseCmd(s: string): string {
  const sp = s.indexOf(' ');
  return sp < 0 ? s.toUpperCase() : s.slice(0, sp).toUpperCase() + s.slice(sp);
}

function fullRef(name: string): string {
  return referenceString(withDefaultTag(parseNormalizedNamed(name, 'daemon')));
}

function randomId(d: Daemon, n: number): string {
  const chars = 'abcdefghijklmnopqrstuvwxyz0123456789';
  let s = '';
  for (const b of d.random.bytes(n)) s += chars[b % chars.length];
  return s;
}

class Builder {
  private readonly rec: ProgressRecorder;
  private readonly cache: BuildCache;
  private readonly timings: BuildTimings;
  private lex: ShellLex;
  private readonly tree: SourceTree;
  private contextVertexDone = false;
  private readonly images = new Map<PlannedStage, ImageRecord>();
  private readonly pulled = new Set<PlannedStage>();
  private readonly finals = new Map<PlannedStage, StageState>();
  /** Layers this build made (cache misses): only they cost time to export. */
  private readonly fresh = new Set<Layer>();
  private escape = '\\';
  private plan: BuildPlan | null = null;

  constructor(
    private readonly deps: BuildDeps,
    private readonly opts: BuildOptions,
    listener: ProgressListener,
  ) {
    const d = deps.daemon;
    this.rec = new ProgressRecorder(d.clock, listener);
    this.cache = deps.cache ?? buildCacheFor(d.images);
    this.timings = { ...DEFAULT_TIMINGS, ...deps.timings };
    this.lex = new ShellLex();
    this.tree = contextTree(opts.context);
  }

  get trace(): SolveStatus[] {
    return this.rec.trace;
  }

  private async wait(ms: number): Promise<void> {
    if (ms <= 0) return;
    await new Promise<void>((resolve) => this.deps.daemon.clock.setTimer(Math.round(ms), resolve));
  }

  private expander(state: StageState) {
    const lex = new ShellLex({ escapeToken: this.escape });
    return (word: string) => lex.processWord(word, state.env);
  }

  private prefix(planned: PlannedStage, state: StageState, text: string, onbuild = false): string {
    if (state.cmdTotal === 0) return text;
    state.cmdIndex++;
    const width = Math.floor(1 + Math.log10(state.cmdTotal));
    const name = planned.displayName ? planned.displayName + ' ' : '';
    return `[${name}${String(state.cmdIndex).padStart(width)}/${state.cmdTotal}] ${onbuild ? 'ONBUILD ' : ''}${text}`;
  }

  async run(): Promise<string> {
    const { opts } = this;
    const name = opts.dockerfileName ?? 'Dockerfile';
    const def = this.rec.start(`[internal] load build definition from ${name}`);
    const size = opts.dockerfile === null ? EMPTY_TRANSFER : new TextEncoder().encode(opts.dockerfile).length;
    def.status('transferring dockerfile:', size);
    await this.wait(this.timings.transfer + size / this.timings.throughput);
    def.completeStatus('transferring dockerfile:', size);
    if (opts.dockerfile === null) {
      def.done();
      throw new BuildError(`failed to read dockerfile: open ${name}: no such file or directory`);
    }

    let df;
    try {
      df = parseDockerfile(opts.dockerfile);
    } catch (err) {
      def.done();
      if (err instanceof DockerfileError) throw new BuildError(err.message, err.location);
      throw err;
    }
    const parsed = parse(opts.dockerfile);
    let check;
    try {
      check = parseCheckDirective(parsed.check);
    } catch (err) {
      def.done();
      throw new BuildError(`failed to parse check options: ${(err as Error).message}`);
    }
    const warnings = lintDockerfile(parsed, df);
    for (const w of warnings) def.warn(lintShort(w), w.url);
    def.done();
    if (check.error && warnings.length > 0) throw new BuildError(lintViolation(warnings));
    this.escape = df.escapeToken;
    this.lex = new ShellLex({ escapeToken: df.escapeToken });
    const plan = planBuild(df, { buildArgs: opts.buildArgs ?? {}, target: opts.target, lex: this.lex });
    this.plan = plan;

    await this.loadMetadata(plan.order);
    await this.loadDockerignore();
    this.checkConversion(plan);
    for (const s of plan.order) if (this.images.has(s) && !s.baseStage) this.startFrom(s);

    for (const s of plan.order) await this.buildStage(s, plan.globalArgs);
    return this.exportImage(this.finals.get(plan.target)!);
  }

  private imageBase(s: PlannedStage): boolean {
    return !s.baseStage && s.baseName !== 'scratch';
  }

  private async loadMetadata(order: PlannedStage[]): Promise<void> {
    const seen = new Map<string, ImageRecord>();
    for (const s of order) {
      if (!this.imageBase(s)) continue;
      let ref: string;
      try {
        ref = fullRef(s.baseName);
      } catch (err) {
        throw new BuildError(
          `failed to parse stage name "${s.baseName}": ${(err as Error).message}`,
          s.stage.location,
        );
      }
      const known = seen.get(ref);
      if (known) {
        this.images.set(s, known);
        continue;
      }
      const v = this.rec.start(`[internal] load metadata for ${ref}`);
      let image = this.opts.pull ? undefined : this.deps.daemon.images.find(ref);
      if (!image) {
        try {
          if (!this.deps.pullImage) throw new Error(PULL_DENIED);
          const id = await this.deps.pullImage(ref);
          image = this.deps.daemon.images.resolve(id);
          this.pulled.add(s);
        } catch (err) {
          const reason = (err as Error).name === 'NotFound' ? PULL_DENIED : (err as Error).message;
          v.fail(reason);
          throw new BuildError(
            `${s.baseName}: failed to resolve source metadata for ${ref}: ${reason}`,
            s.stage.location,
          );
        }
      }
      v.done();
      seen.set(ref, image);
      this.images.set(s, image);
    }
  }

  private async loadDockerignore(): Promise<void> {
    const ctx = this.opts.context;
    const v = this.rec.start('[internal] load .dockerignore');
    const file = ignoreFileFor(ctx.fs, ctx.root, this.opts.dockerfilePath);
    const bytes = file ? ctx.fs.stat(file).size : EMPTY_TRANSFER;
    v.status('transferring context:', bytes);
    await this.wait(this.timings.transfer + bytes / this.timings.throughput);
    v.completeStatus('transferring context:', bytes);
    v.done();
  }

  private fromVertices = new Map<PlannedStage, { state: StageState; vertex: VertexHandle }>();

  /** Starts the FROM step of an image-based stage (its number comes first in the stage). */
  private startFrom(s: PlannedStage): void {
    const image = this.images.get(s)!;
    const state = stateFromImage(image, this.cache.key('', { from: image.id }));
    state.cmdTotal = s.cmdTotal + (image.config.config.OnBuild?.length ?? 0);
    state.displayName = s.displayName;
    const ref = parseNormalizedNamed(fullRef(s.baseName), 'daemon');
    const digest = this.deps.daemon.images
      .repoDigests(image.id)
      .find((d) => d.startsWith(familiarName(ref) + '@'))
      ?.split('@')[1];
    const shown = referenceString(withDefaultTag(ref)) + (digest ? `@${digest}` : '');
    const vertex = this.rec.start(this.prefix(s, state, `FROM ${shown}`));
    if (this.pulled.has(s)) {
      if (digest) {
        vertex.status(`resolve ${shown}`);
        vertex.completeStatus(`resolve ${shown}`);
      }
      for (const l of image.layers) {
        const id = l.diffId;
        vertex.status(id, l.size, l.size);
        vertex.completeStatus(id, l.size);
      }
      for (const l of image.layers) {
        vertex.status(`extracting ${l.diffId}`);
        vertex.completeStatus(`extracting ${l.diffId}`);
      }
    }
    vertex.done();
    this.fromVertices.set(s, { state, vertex });
  }

  private async buildStage(s: PlannedStage, globalArgs: Map<string, string>): Promise<void> {
    let state: StageState;
    let triggers: Command[] = [];
    if (s.baseStage) {
      state = stateFromStage(this.finals.get(s.baseStage)!);
      state.cmdTotal = s.cmdTotal;
      state.displayName = s.displayName;
    } else if (s.baseName === 'scratch') {
      state = stateFromImage(null, this.cache.key('', 'scratch'));
      state.cmdTotal = s.cmdTotal;
      state.displayName = s.displayName;
    } else {
      state = this.fromVertices.get(s)!.state;
      triggers = this.triggersOf(s);
    }
    for (const t of triggers) await this.dispatch(s, state, t, globalArgs, true);
    for (const c of s.commands) await this.dispatch(s, state, c, globalArgs, false);
    this.finals.set(s, state);
  }

  /** The ONBUILD triggers of a stage's base image, placed at its FROM line. */
  private triggersOf(s: PlannedStage): Command[] {
    const image = s.baseStage ? undefined : this.images.get(s);
    return (image?.config.config.OnBuild ?? []).map((expr) => {
      const node = parse(expr).children[0];
      node.startLine = s.stage.location.start;
      node.endLine = s.stage.location.end;
      return parseInstruction(node) as Command;
    });
  }

  /**
   * BuildKit converts the whole Dockerfile before it runs any step: what the conversion refuses (a
   * COPY's destination, an invalid EXPOSE…) fails the build before the first FROM. Runs the metadata
   * instructions on throwaway states to expand each instruction as conversion does.
   */
  private checkConversion(plan: BuildPlan): void {
    const finals = new Map<PlannedStage, StageState>();
    for (const s of plan.order) {
      const state = s.baseStage
        ? stateFromStage(finals.get(s.baseStage)!)
        : stateFromImage(this.images.get(s) ?? null, '');
      for (const c of [...this.triggersOf(s), ...s.commands]) {
        atInstruction(c, () => {
          const expand = this.expander(state);
          if (c.kind === 'arg') this.dispatchArg(state, c, plan.globalArgs);
          else if (c.kind === 'copy' || c.kind === 'add') checkCopy(c, expand);
          else if (c.kind !== 'run' && c.kind !== 'workdir') applyMetadata(state, c, expand);
        });
      }
      finals.set(s, state);
    }
  }

  /** A history entry; `created` (ms) for layer steps: when their layer was made (cached or not). */
  private history(state: StageState, createdBy: string, layer: boolean, created?: number): void {
    state.history.push({
      created: created === undefined ? '' : rfc3339Nano(created),
      created_by: createdBy,
      comment: HISTORY_COMMENT,
      ...(layer ? {} : { empty_layer: true }),
    });
  }

  private async dispatch(
    s: PlannedStage,
    state: StageState,
    c: Command,
    globalArgs: Map<string, string>,
    onbuild: boolean,
  ): Promise<void> {
    const expand = this.expander(state);
    return atInstruction(c, async () => {
      switch (c.kind) {
        case 'arg':
          return this.dispatchArg(state, c, globalArgs);
        case 'run':
          return await this.dispatchRun(s, state, c, onbuild);
        case 'copy':
        case 'add':
          return await this.dispatchCopy(s, state, c, onbuild);
        case 'workdir':
          return await this.dispatchWorkdir(s, state, expand(c.path), c.code, onbuild);
        default: {
          const createdBy = applyMetadata(state, c, expand);
          if (createdBy !== null) this.history(state, createdBy, false);
        }
      }
    });
  }

  private dispatchArg(
    state: StageState,
    c: Extract<Command, { kind: 'arg' }>,
    globalArgs: Map<string, string>,
  ): void {
    const parts: string[] = [];
    const buildArgs = this.opts.buildArgs ?? {};
    for (const a of c.args) {
      let value: string | null = null;
      if (a.key in buildArgs) value = buildArgs[a.key];
      else if (a.value !== null) value = this.expander(state)(a.value);
      else if (globalArgs.has(a.key)) value = globalArgs.get(a.key)!;
      if (value !== null) state.env.set(a.key, value);
      state.buildArgs.push({ key: a.key, value });
      parts.push(value !== null ? `${a.key}=${value}` : a.key);
    }
    this.history(state, 'ARG ' + parts.join(' '), false);
  }

  private stepName(s: PlannedStage, state: StageState, code: string, raw: boolean, onbuild: boolean): string {
    const lex = raw ? RAW(this.escape) : new ShellLex({ escapeToken: this.escape });
    let text = code;
    try {
      text = lex.processWord(code, state.env);
    } catch {
      // BuildKit shows the instruction as written when it cannot be expanded
    }
    return this.prefix(s, state, uppercaseCmd(text), onbuild);
  }

  /** Runs a filesystem step through the cache; `work` produces the RW layer of a cache miss. */
  private async fsStep(
    state: StageState,
    vertex: VertexHandle,
    definition: unknown,
    description: string,
    work: () => Promise<RwLayer>,
  ): Promise<{ layer: Layer | null; createdAt: number }> {
    const d = this.deps.daemon;
    const key = this.cache.key(state.cacheKey, definition);
    const hit = this.opts.noCache ? undefined : this.cache.get(key, d.clock.now());
    let record;
    if (hit) {
      vertex.cached();
      record = hit;
    } else {
      const rw = await work();
      const layer = rw.isEmpty ? null : d.images.addLayer(rw.freeze(d.world.hasher));
      if (layer) this.fresh.add(layer);
      const parents = [...state.layers];
      record = { layer, parents, createdAt: d.clock.now(), lastUsedAt: d.clock.now(), description };
      this.cache.set(key, record);
      vertex.done();
    }
    state.cacheKey = key;
    if (record.layer) state.layers.push(record.layer);
    return { layer: record.layer, createdAt: record.createdAt };
  }

  private runArgs(state: StageState, c: RunInstruction): { args: string[]; name: string } {
    let args = [...c.cmdLine];
    let name = c.code;
    if (c.files.length > 0) {
      const doc = parseHeredoc(args[0] ?? '');
      if (doc && args.length === 1) {
        const data = c.files[0].chomp ? chompHeredocContent(c.files[0].data) : c.files[0].data;
        args = [data];
        const lines = c.files[0].data.trim().replace(/\r\n/g, '\n').split('\n');
        name += ` (${lines[0]}${lines.length > 1 ? '...' : ''})`;
      } else {
        args = [args[0] + c.files.map((f) => '\n' + f.data + f.name).join('')];
      }
    }
    if (c.prependShell) args = shellArgs(state, args);
    return { args, name };
  }

  /** The filesystems of `RUN --mount=…` (bind from the context or a stage, cache, tmpfs). */
  private runMounts(
    s: PlannedStage,
    state: StageState,
    c: RunInstruction,
  ): { spec: RunMountSpec; checksum: string }[] {
    const d = this.deps.daemon;
    const expand = this.expander(state);
    const out: { spec: RunMountSpec; checksum: string }[] = [];
    for (const m of c.mounts) {
      const target = expand(m.target);
      if (m.type === 'bind') {
        const source = expand(m.source || '/');
        const rel = normalize('/' + source).slice(1);
        if (m.from) {
          const { fs, key } = this.stageFs(s, m.from);
          out.push({ spec: { target, fs, source: '/' + rel, readOnly: m.readOnly }, checksum: key + rel });
        } else {
          const ctx = this.opts.context;
          const resolved = resolveSources(this.tree, [rel || '.']);
          out.push({
            spec: { target, fs: ctx.fs, source: rel ? join(ctx.root, rel) : ctx.root, readOnly: m.readOnly },
            checksum: sourcesChecksum(this.tree, resolved, d.world.hasher),
          });
        }
      } else if (m.type === 'cache') {
        const id = m.cacheId || target;
        const fs = this.cache.cacheMount(id, () => {
          const mem = new MemFs({ clock: d.clock });
          mem.chmod('/', m.mode ?? 0o755);
          mem.chown('/', m.uid ?? 0, m.gid ?? 0);
          return mem;
        });
        out.push({ spec: { target, fs, source: '/', readOnly: m.readOnly }, checksum: `cache:${id}` });
      } else if (m.type === 'tmpfs') {
        out.push({
          spec: { target, fs: new MemFs({ clock: d.clock }), source: '/', readOnly: false },
          checksum: 'tmpfs',
        });
      }
    }
    return out;
  }

  private runCommandString(state: StageState, args: string[]): string {
    const env: string[] = [];
    const index = new Map<string, number>();
    for (const a of state.buildArgs) {
      const v = state.env.get(a.key) ?? a.value ?? '';
      if (index.has(a.key)) env[index.get(a.key)!] = `${a.key}=${v}`;
      else {
        index.set(a.key, env.length);
        env.push(`${a.key}=${v}`);
      }
    }
    const prefix = env.length ? [`|${env.length}`, ...env] : [];
    return [...prefix, ...args].join(' ');
  }

  private async dispatchRun(
    s: PlannedStage,
    state: StageState,
    c: RunInstruction,
    onbuild: boolean,
  ): Promise<void> {
    const { args, name } = this.runArgs(state, c);
    const vertex = this.rec.start(this.stepName(s, state, name, true, onbuild));
    const d = this.deps.daemon;
    const mounts = this.runMounts(s, state, c);
    const definition = {
      op: 'run',
      mountChecksums: mounts.map((m) => m.checksum),
      args,
      env: [...state.env].map(([k, v]) => `${k}=${v}`),
      cwd: state.config.WorkingDir || '/',
      user: state.config.User ?? '',
      network: c.network,
      mounts: c.mounts,
    };
    const step = await this.fsStep(state, vertex, definition, `RUN ${args.join(' ')}`, async () => {
      await this.wait(this.timings.runStart);
      const outcome = await runStep(
        { kernel: d.kernel, clock: d.clock, net: this.deps.net, programs: d.containerPrograms },
        {
          args,
          mounts: mounts.map((m) => m.spec),
          env: state.env,
          workdir: state.config.WorkingDir || '/',
          user: state.config.User ?? '',
          layers: state.layers,
          initLayer: d.initLayer,
        },
        (stream, data) => vertex.log(stream, data),
      );
      if (outcome.error) {
        vertex.fail(outcome.error);
        throw new BuildError(outcome.error, c.location);
      }
      return outcome.rw;
    });
    this.history(
      state,
      `RUN ${this.runCommandString(state, args)} # buildkit`,
      step.layer !== null,
      step.createdAt,
    );
  }

  /** `[internal] load build context`: transfers the context paths that COPY/ADD of the build use. */
  private async contextVertex(): Promise<void> {
    if (this.contextVertexDone) return;
    this.contextVertexDone = true;
    const v = this.rec.start('[internal] load build context');
    const size = this.contextBytes();
    v.status('transferring context:', size);
    await this.wait(this.timings.transfer + size / this.timings.throughput);
    v.completeStatus('transferring context:', size);
    v.done();
  }

  private contextBytes(): number {
    const lex = new ShellLex({ escapeToken: this.escape, skipUnsetEnv: true });
    const files = new Set<string>();
    for (const s of this.plan?.order ?? []) {
      for (const c of s.commands) {
        if ((c.kind !== 'copy' && c.kind !== 'add') || (c.kind === 'copy' && c.from)) continue;
        for (const src of c.sources) {
          try {
            for (const r of resolveSources(this.tree, [lex.processWord(src, new Map())])) {
              for (const m of r.matches) for (const p of walkTree(this.tree, m)) files.add(p);
            }
          } catch {
            // a source that does not resolve fails its own step later
          }
        }
      }
    }
    let size = 0;
    for (const p of files) {
      const st = this.tree.stat(p, false);
      if (st && (st.type === 'file' || st.type === 'symlink')) size += st.size;
    }
    return size;
  }

  /** The filesystem of the stage (or image) a `--from` names, and its cache key. */
  private stageFs(s: PlannedStage, from: string): { fs: UnionFs; tree: SourceTree; key: string } {
    const dep = s.deps.find((p) =>
      /^\d+$/.test(from) ? p.index === Number(from) : p.name === from.toLowerCase() || p.baseName === from,
    );
    const state = dep ? this.finals.get(dep) : undefined;
    if (!dep || !state) throw new Error(`failed to resolve stage ${from}`);
    const fs = new UnionFs(state.layers, null);
    return { fs, tree: fsTree(fs), key: state.cacheKey };
  }

  private async dispatchCopy(
    s: PlannedStage,
    state: StageState,
    c: CopyInstruction | AddInstruction,
    onbuild: boolean,
  ): Promise<void> {
    const expand = this.expander(state);
    const sources = c.sources.map(expand);
    const dest = expand(c.dest);
    const chown = expand(c.chown);
    const chmod = expand(c.chmod);
    const from = c.kind === 'copy' ? c.from : '';
    for (const src of sources) {
      if (c.kind === 'add' && /^https?:\/\//.test(src)) {
        throw new BuildError(
          `failed to load cache key: Get "${src}": dial tcp: lookup ${new URL(src).hostname}: no such host`,
          c.location,
        );
      }
    }
    if (!from && sources.length > 0) await this.contextVertex();
    const vertex = this.rec.start(this.stepName(s, state, c.code, false, onbuild));
    const d = this.deps.daemon;
    const { tree, key: fromKey } = from ? this.stageFs(s, from) : { tree: this.tree, key: '' };
    let resolved;
    try {
      resolved = resolveSources(tree, sources);
    } catch (err) {
      if (!(err instanceof SourceNotFound)) throw err;
      const message = `failed to calculate checksum of ref ${randomId(d, 25)}::${randomId(d, 25)}: ${err.message}`;
      vertex.fail(message);
      throw new BuildError(`failed to compute cache key: ${message}`, c.location);
    }
    const contents = c.contents.map((h) => ({
      path: h.path,
      data: h.expand ? new ShellLex({ skipProcessQuotes: true }).processWord(h.data, state.env) : h.data,
    }));
    const definition = {
      op: c.kind,
      checksum: sourcesChecksum(tree, resolved, d.world.hasher),
      from: fromKey,
      dest,
      cwd: state.config.WorkingDir || '/',
      chown,
      chmod,
      contents,
    };
    const step = await this.fsStep(state, vertex, definition, c.code, async () => {
      const bytes = resolved.reduce((n, r) => n + r.matches.length, 0);
      await this.wait(this.timings.copy + bytes / this.timings.throughput);
      const rw = new RwLayer();
      const fs = new UnionFs(state.layers, rw, { now: () => d.clock.now() });
      try {
        performCopy(fs, {
          tree,
          sources: resolved,
          contents,
          dest,
          workdir: state.config.WorkingDir || '/',
          owner: resolveChown(fs, chown),
          chmod: chmod ? parseInt(chmod, 8) : null,
          unpack: c.kind === 'add',
          now: d.clock.now(),
        });
      } catch (err) {
        vertex.fail((err as Error).message);
        throw new BuildError((err as Error).message, c.location);
      }
      return rw;
    });
    const words = [
      c.kind.toUpperCase(),
      ...(chown ? [`--chown=${chown}`] : []),
      ...(chmod ? [`--chmod=${chmod}`] : []),
      ...sources,
      ...c.contents.map((h) => `<<${h.path}`),
      dest,
    ];
    this.history(state, `${words.join(' ')} # buildkit`, step.layer !== null, step.createdAt);
  }

  private async dispatchWorkdir(
    s: PlannedStage,
    state: StageState,
    path: string,
    code: string,
    onbuild: boolean,
  ): Promise<void> {
    const current = state.config.WorkingDir || '/';
    const wd = path.startsWith('/') ? join('/', path) : join(current, path);
    state.config.WorkingDir = wd;
    let withLayer = false;
    let created: number | undefined;
    if (wd !== '/') {
      const vertex = this.rec.start(this.stepName(s, state, code, false, onbuild));
      const d = this.deps.daemon;
      const step = await this.fsStep(
        state,
        vertex,
        { op: 'mkdir', wd, user: state.config.User ?? '' },
        code,
        async () => {
          const rw = new RwLayer();
          const fs = new UnionFs(state.layers, rw, { now: () => d.clock.now() });
          const user = state.config.User ? resolveUser(fs, state.config.User) : { uid: 0, gid: 0 };
          if (!fs.exists(wd)) fs.mkdir(wd, { recursive: true, mode: 0o755, uid: user.uid, gid: user.gid });
          return rw;
        },
      );
      withLayer = step.layer !== null;
      created = step.createdAt;
    }
    this.history(state, `WORKDIR ${wd}`, withLayer, created);
  }

  private async exportImage(state: StageState): Promise<string> {
    const d = this.deps.daemon;
    const v = this.rec.start('exporting to image');
    v.status('exporting layers');
    if (state.layers.some((l) => this.fresh.has(l))) await this.wait(this.timings.exportLayers);
    v.completeStatus('exporting layers');
    const file = imageConfigOf(state, d.clock.now(), this.opts.labels ?? {});
    const image = d.images.createImage(file);
    v.status(`writing image ${image.id}`);
    v.completeStatus(`writing image ${image.id}`);
    for (const tag of this.opts.tags ?? []) {
      const ref = withDefaultTag(parseNormalizedNamed(tag, 'daemon'));
      v.status(`naming to ${referenceString(ref)}`);
      d.images.setReference(ref, image.id, file.created);
      v.completeStatus(`naming to ${referenceString(ref)}`);
    }
    v.done();
    return image.id;
  }
}

/** Builds an image; throws BuildError (with the Dockerfile lines to show) when the build fails. */
export async function build(
  deps: BuildDeps,
  opts: BuildOptions,
  onProgress: ProgressListener = () => {},
): Promise<BuildResult> {
  const b = new Builder(deps, opts, onProgress);
  try {
    return { imageId: await b.run(), trace: b.trace };
  } catch (err) {
    if (err instanceof BuildError) err.trace = b.trace;
    throw err;
  }
}

/** Runs one instruction's work; an error without a place is placed at the instruction. */
function atInstruction<T>(c: Command, work: () => T): T {
  const place = (err: unknown): never => {
    if (err instanceof BuildError) throw err;
    throw new BuildError((err as Error).message, c.location);
  };
  try {
    const out = work();
    return (out instanceof Promise ? out.catch(place) : out) as T;
  } catch (err) {
    return place(err);
  }
}

/** What BuildKit's conversion refuses in a COPY or ADD. */
function checkCopy(c: CopyInstruction | AddInstruction, expand: (word: string) => string): void {
  const sources = c.sources.map(expand);
  if (sources.length + c.contents.length > 1 && !expand(c.dest).endsWith('/')) {
    throw new BuildError(
      `When using ${c.kind.toUpperCase()} with more than one source file, the destination must be a directory and end with a /`,
      c.location,
    );
  }
  const chmod = expand(c.chmod);
  if (chmod && !/^[0-7]{1,4}$/.test(chmod)) {
    throw new BuildError(
      `invalid chmod parameter: '${chmod}'. it should be octal string and between 0 and 07777`,
      c.location,
    );
  }
  if (c.kind === 'copy' && sources.some((src) => /^https?:\/\//.test(src))) {
    throw new BuildError(`source can't be a URL for COPY`, c.location);
  }
}
