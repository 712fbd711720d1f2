// Which stages a build runs and how their steps are named: ARGs before FROM, base names expanded,
// stage names (`stage-N` for unnamed ones, none for a single stage), the step count of each stage,
// the target, and the stages it needs (its base and its `COPY --from`/`RUN --mount from=` sources).

import { ShellLex } from './dockerfile/shell-lex';
import type { Command, Dockerfile, Stage } from './dockerfile/instructions/types';
import { withSuggestion } from './dockerfile/suggest';
import { BuildError } from './errors';

export interface PlannedStage {
  index: number;
  /** `AS` name, lower-cased ('' when unnamed). */
  name: string;
  /** Shown in step names. */
  displayName: string;
  /** The expanded base: a stage name, an image reference or `scratch`. */
  baseName: string;
  /** The stage this one starts from, when its base is a stage. */
  baseStage: PlannedStage | null;
  stage: Stage;
  commands: Command[];
  /** Steps shown as `[i/total]`. */
  cmdTotal: number;
  /** Stages (or image pseudo-stages) its COPY --from / mounts read. */
  deps: PlannedStage[];
  /** A pseudo-stage made for `COPY --from=<image>`. */
  imageOnly: boolean;
}

export interface BuildPlan {
  stages: PlannedStage[];
  target: PlannedStage;
  /** Stages to build, dependencies first. */
  order: PlannedStage[];
  globalArgs: Map<string, string>;
}

const PLATFORM_ARGS: [string, string][] = [
  ['BUILDPLATFORM', 'linux/amd64'],
  ['BUILDOS', 'linux'],
  ['BUILDARCH', 'amd64'],
  ['BUILDVARIANT', ''],
  ['TARGETPLATFORM', 'linux/amd64'],
  ['TARGETOS', 'linux'],
  ['TARGETARCH', 'amd64'],
  ['TARGETVARIANT', ''],
];

function countSteps(base: PlannedStage | null, baseName: string, commands: Command[]): number {
  let total = baseName !== 'scratch' && !base ? 1 : 0;
  for (const c of commands) if (['add', 'copy', 'run', 'workdir'].includes(c.kind)) total++;
  return total;
}

export function planBuild(
  df: Dockerfile,
  opts: { buildArgs: Record<string, string>; target?: string; lex: ShellLex },
): BuildPlan {
  const globalArgs = new Map<string, string>(PLATFORM_ARGS);
  const lastName = df.stages[df.stages.length - 1]?.name ?? '';
  globalArgs.set('TARGETSTAGE', opts.target || lastName);
  for (const cmd of df.metaArgs) {
    for (const a of cmd.args) {
      let value: string | null = a.key in opts.buildArgs ? opts.buildArgs[a.key] : a.value;
      if (value !== null && !(a.key in opts.buildArgs)) {
        try {
          value = opts.lex.processWord(value, globalArgs);
        } catch (err) {
          throw new BuildError((err as Error).message, cmd.location);
        }
      }
      if (value !== null) globalArgs.set(a.key, value);
    }
  }

  const stages: PlannedStage[] = [];
  const byName = new Map<string, PlannedStage>();
  df.stages.forEach((stage, index) => {
    let baseName: string;
    try {
      baseName = opts.lex.processWord(stage.baseName, globalArgs);
    } catch (err) {
      throw new BuildError((err as Error).message, stage.location);
    }
    if (baseName === '') {
      throw new BuildError(`base name (${stage.baseName}) should not be blank`, stage.location);
    }
    const baseStage = byName.get(baseName.toLowerCase()) ?? null;
    const planned: PlannedStage = {
      index,
      name: stage.name,
      displayName: stage.name || `stage-${index}`,
      baseName,
      baseStage,
      stage,
      commands: stage.commands,
      cmdTotal: countSteps(baseStage, baseName, stage.commands),
      deps: [],
      imageOnly: false,
    };
    stages.push(planned);
    if (stage.name) byName.set(stage.name, planned);
  });

  let target = stages[stages.length - 1];
  if (opts.target) {
    const found = byName.get(opts.target.toLowerCase());
    if (!found) {
      throw new BuildError(
        withSuggestion(
          `target stage "${opts.target}" could not be found`,
          opts.target,
          [...byName.keys()],
          true,
        ),
      );
    }
    target = found;
  }

  const imageStages = new Map<string, PlannedStage>();
  const sourceOf = (from: string, at: Command): PlannedStage => {
    if (/^\d+$/.test(from)) {
      const s = stages[Number(from)];
      if (!s) throw new BuildError(`invalid stage index ${from}`, at.location);
      return s;
    }
    const named = byName.get(from.toLowerCase());
    if (named) return named;
    let img = imageStages.get(from);
    if (!img) {
      img = {
        index: -1,
        name: '',
        displayName: '',
        baseName: from,
        baseStage: null,
        stage: { name: '', baseName: from, platform: '', code: '', location: at.location, commands: [] },
        commands: [],
        cmdTotal: 0,
        deps: [],
        imageOnly: true,
      };
      imageStages.set(from, img);
    }
    return img;
  };
  for (const s of stages) {
    for (const c of s.commands) {
      if (c.kind === 'copy' && c.from) {
        if (opts.lex.processWord(c.from, new Map()) !== c.from) {
          throw new BuildError(
            'variable expansion is not supported for --from, define a new stage with FROM using ARG from global scope as a workaround',
            c.location,
          );
        }
        s.deps.push(sourceOf(c.from, c));
      }
      if (c.kind === 'run') for (const m of c.mounts) if (m.from) s.deps.push(sourceOf(m.from, c));
    }
  }
  if (stages.length === 1) stages[0].displayName = '';

  const order: PlannedStage[] = [];
  const visiting = new Set<PlannedStage>();
  const visit = (s: PlannedStage) => {
    if (order.includes(s)) return;
    if (visiting.has(s))
      throw new BuildError('circular dependency detected on stage: ' + s.displayName, s.stage.location);
    visiting.add(s);
    if (s.baseStage) visit(s.baseStage);
    for (const d of s.deps) visit(d);
    visiting.delete(s);
    order.push(s);
  };
  visit(target);
  return { stages, target, order, globalArgs };
}
