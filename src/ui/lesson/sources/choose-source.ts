// Switches the app's lessons (A's setLessonSource) to what the address or the student asks for, and
// keeps the address bar saying so, so the page can be shared or reloaded on the same course.
import { builtinSource } from '../builtin-source';
import { setLessonSource } from '../lesson-source.svelte';
import { lazySource, sourceRequest, withSourceRequest, type SourceRequest } from './from-location';

let started = false;

/**
 * Once per page, synchronously (call it while the app is first built, before the course loads, so
 * the permalink's lesson opens in the chosen source): the source `?lessons=` or `?pack=` asks for.
 */
export function chooseSourceFromLocation(): void {
  if (started) return;
  started = true;
  const request = sourceRequest(location.href);
  if (request) chooseSource(request);
}

/** Shows the lessons of `request` (null: the built-in course); failures show as the course's error. */
export function chooseSource(request: SourceRequest | null): void {
  history.replaceState(history.state, '', withSourceRequest(location.href, request));
  setLessonSource(request ? lazySource(request) : builtinSource);
}
