// The lesson format: YAML frontmatter (metadata, initial world, steps with checks) + a Markdown body
// whose `## Titre {#step-id}` sections hold each step's French text. lessons.schema.json describes it.

/** A declarative predicate over the engine's state (read through the Engine API) and the last command. */
export type Check =
  | { container: ContainerCheck }
  | { image: ImageCheck }
  | { volume: { name: string } }
  | { network: { name: string } }
  | { last_exit: number }
  /** A file on the student's host; relative paths are under /home/eleve. */
  | { host_file: { path: string; contains?: string } }
  /** The student's last command line matches this regular expression (and exited 0). */
  | { last_command: string }
  | { all: Check[] }
  | { any: Check[] }
  | { not: Check };

export interface ContainerCheck {
  name?: string;
  /** Image reference the container was created from (matched by image ID). */
  image?: string;
  status?: 'created' | 'running' | 'paused' | 'restarting' | 'removing' | 'exited' | 'dead';
  /** "HOST:CONTAINER" published port (tcp). */
  publishes?: string;
  /** "NAME=value" in the container's environment. */
  env?: string;
  /** Volume name or host path mounted in the container. */
  mounts?: string;
}

export interface ImageCheck {
  ref: string;
  min_layers?: number;
  label?: string;
  cmd?: string[];
  entrypoint?: string[];
}

export interface NearMiss {
  when: Check;
  explain: string;
}

export interface QuizQuestion {
  question: string;
  choices: { text: string; correct?: boolean; explain?: string }[];
  multiple?: boolean;
}

export interface StepSpec {
  id: string;
  title: string;
  check: Check;
  hints?: string[];
  near_misses?: NearMiss[];
  solution: string[];
  /** Shown with « Voir la solution ». */
  explain?: string;
}

export interface LessonFrontmatter {
  title: string;
  order: number;
  description: string;
  duration: number;
  prerequisites?: string[];
  tags?: string[];
  world?: {
    /** Start from the end state of this lesson (its world, then all its solutions). */
    from?: string;
    preload?: string[];
    setup?: string[];
  };
  steps: StepSpec[];
  recap?: string[];
  quiz?: QuizQuestion[];
}

export interface Step extends StepSpec {
  /** The step's Markdown text (its `##` section without the heading). */
  body: string;
}

export interface Lesson extends Omit<LessonFrontmatter, 'steps'> {
  /** The lesson's folder name, e.g. "01-premiers-pas". */
  slug: string;
  /** Markdown before the first step section. */
  intro: string;
  steps: Step[];
  /** Where the lesson's relative links and images lead: its folder's URL (LessonFile.base). */
  base?: string;
  /** Its files by path in its folder → URL (LessonFile.assets). */
  assets?: Record<string, string>;
}

/** A French diagnostic tied to a place in a lesson file. */
export interface LessonError {
  file: string;
  line: number;
  /** 1-based, when the error points inside the line (YAML syntax errors). */
  column?: number;
  message: string;
}
