// LessonSession as the lesson pane uses it: views pushed to subscribers whoever refreshes, refreshes
// asked together run one after the other, quiz answers and a lesson reset kept in the progress store.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLesson } from '../../src/lessons/loader';
import { ProgressStore } from '../../src/lessons/progress';
import { LessonSession, type StepView } from '../../src/lessons/session';
import { nodeWorld } from '../../src/server/machine';
import { VirtualClock, fastHop } from '../../src/engine/world/virtual-clock';
import { SeededRandom } from '../../src/engine/world/random';
import { memoryStorage } from '../../src/ui/embed/memory-storage';

async function setup() {
  const r = parseLesson(
    readFileSync('lessons/01-premiers-pas/lesson.md', 'utf8'),
    'lesson.md',
    '01-premiers-pas',
  );
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  const w = nodeWorld({ clock: new VirtualClock({ hop: fastHop() }), random: new SeededRandom(5) });
  const { store } = await ProgressStore.open(memoryStorage());
  let listCalls = 0;
  const client: typeof w.client = Object.create(w.client);
  client.containerList = (...args) => {
    listCalls++;
    return w.client.containerList(...args);
  };
  const session = new LessonSession(r.lesson, { client, progress: store });
  const type = async (line: string) => session.recordCommand(line, (await w.host.run(line)).exit);
  return { session, store, type, calls: () => listCalls };
}

describe('LessonSession for the pane', () => {
  it('pushes the views of every refresh and hint to its subscribers', async () => {
    const { session, type } = await setup();
    const seen: StepView[][] = [];
    const stop = session.subscribe((v) => seen.push(v));
    await type('docker run busybox echo Bonjour');
    await session.refresh();
    expect(seen.at(-1)?.map((v) => v.done)).toEqual([true, false, false]);
    await session.nextHint('nommer');
    expect(seen.at(-1)?.[1].hintsShown).toEqual(["L'option --name se place avant le nom de l'image."]);
    stop();
    await session.refresh();
    expect(seen).toHaveLength(2);
    expect(session.views().map((v) => v.current)).toEqual([false, true, false]);
  });

  it('runs refreshes asked together one after the other, sharing one follow-up', async () => {
    const cost = async (n: number) => {
      const { session, type, calls } = await setup();
      await type('docker run busybox echo Bonjour');
      const before = calls();
      const views = await Promise.all(Array.from({ length: n }, () => session.refresh()));
      return { views, calls: calls() - before };
    };
    const two = await cost(2);
    const five = await cost(5);
    expect(five.views[0].map((v) => v.done)).toEqual([true, false, false]);
    expect(new Set(five.views.slice(1)).size).toBe(1);
    expect(five.views[4].map((v) => v.current)).toEqual([false, true, false]);
    expect(five.calls).toBe(two.calls);
  });

  it('keeps quiz answers, and a reset forgets the lesson', async () => {
    const { session, store, type } = await setup();
    await type('docker run busybox echo Bonjour');
    await session.refresh();
    await session.answerQuiz(1, [1]);
    expect(session.quizAnswer(1)).toEqual([1]);
    expect(session.quizAnswer(0)).toBeUndefined();
    const views = await session.reset();
    expect(views.map((v) => [v.done, v.current])).toEqual([
      [false, true],
      [false, false],
      [false, false],
    ]);
    expect(session.quizAnswer(1)).toBeUndefined();
    expect(store.step('01-premiers-pas', 'premier-conteneur').done).toBe(false);
  });
});
