// Switches the app's lessons (A's setLessonSource) to what the address or the student asks for, and
// keeps the address bar saying so, so the page can be shared or reloaded on the same course.
import { builtinSource } from '../builtin-source';
import { setLessonSource } from '../lesson-source.svelte';
import { openSource, sourceRequest, withSourceRequest, type SourceRequest } from './from-location';

let started = false;

/** Once per page: the source `?lessons=` or `?pack=` asks for, if any. Rejects with a French message. */
export async function chooseSourceFromLocation(): Promise<void> {
  if (started) return;
  started = true;
  const request = sourceRequest(location.href);
  if (request) await chooseSource(request);
}

/** Shows the lessons of `request` (null: the built-in course). Rejects with a French message. */
export async function chooseSource(request: SourceRequest | null): Promise<void> {
  let source;
  try {
    source = request ? await openSource(request) : builtinSource;
  } catch (e) {
    throw new Error(
      `Le code de chargement des cours n’a pas pu être téléchargé (${e instanceof Error ? e.message : String(e)}).`,
    );
  }
  history.replaceState(history.state, '', withSourceRequest(location.href, request));
  setLessonSource(source);
}
