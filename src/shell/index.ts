// The shell (src/shell): one implementation for the host's bash and the containers' busybox sh.
export { Parser, parseExpansionText } from './parser';
export type * from './ast';
export { Shell, type ShellOptions } from './interpreter';
export { ShellState } from './state';
export { BASH, ASH, type Dialect } from './dialect';
export { createShellProgram, bashProgram, shProgram, type ShellProgramOptions } from './program';
export { ShellSyntaxError, ShellError, ShellExit } from './errors';
export { History, MemoryHistoryStore, type HistoryStore } from './history';
export type { CompletionProvider, CompletionRequest } from './completion';
export { LineEditor } from './readline';
export { expandPrompt } from './prompt';
export { BufferOutput, StringInput } from './io';
export { SessionChannel, sessionProgram, type RunResult } from './session';
