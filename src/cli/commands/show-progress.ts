// Shows a JSON message stream (push, load, import, build) and turns a stream error into Docker's exit.

import type { JsonMessage } from '../../client/api-types';
import { StatusError } from '../errors';
import { displayJSONMessages, JSONMessageError, type ProgressWriter } from '../format/progress';

export async function showProgress(
  stream: AsyncIterable<JsonMessage>,
  out: ProgressWriter | null,
  onAux?: (aux: Record<string, unknown>) => void,
): Promise<void> {
  try {
    await displayJSONMessages(stream, out ?? { write: () => undefined, isTerminal: false, width: 80 }, onAux);
  } catch (e) {
    if (e instanceof JSONMessageError) throw new StatusError(e.message, 1);
    throw e;
  }
}
