// The stdin of a process nobody feeds (`docker run` without -i): end of input at once.
import type { InputStream } from '../process/types';

export const NO_INPUT: InputStream = { isTTY: false, read: async () => null };
