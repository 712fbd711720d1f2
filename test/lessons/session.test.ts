// A student session on lesson 01, on a composed world: steps light up in order, near-misses explain.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLesson } from '../../src/lessons/loader';
import { ProgressStore, type KeyValueStorage } from '../../src/lessons/progress';
import { LessonSession } from '../../src/lessons/session';
import { nodeWorld } from '../../src/server/machine';
import { VirtualClock, fastHop } from '../../src/engine/world/virtual-clock';
import { SeededRandom } from '../../src/engine/world/random';

function memoryStorage(): KeyValueStorage {
  const m = new Map<string, string>();
  return { get: async (k) => m.get(k), set: async (k, v) => void m.set(k, v) };
}

async function setup() {
  const r = parseLesson(readFileSync('lessons/01-premiers-pas/lesson.md', 'utf8'), 'lesson.md', '01-premiers-pas');
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  const w = nodeWorld({ clock: new VirtualClock({ hop: fastHop() }), random: new SeededRandom(5) });
  const { store } = await ProgressStore.open(memoryStorage());
  const session = new LessonSession(r.lesson, { client: w.client, progress: store });
  const type = async (line: string) => session.recordCommand(line, (await w.host.run(line)).exit);
  return { session, store, type };
}

describe('LessonSession', () => {
  it('completes steps in order as the engine changes, and explains a near-miss', async () => {
    const { session, store, type } = await setup();
    let views = await session.refresh();
    expect(views.map((v) => [v.id, v.done, v.current])).toEqual([
      ['premier-conteneur', false, true],
      ['nommer', false, false],
      ['supprimer', false, false],
    ]);
    await type('docker run busybox echo Bonjour');
    views = await session.refresh();
    expect(views[0].done).toBe(true);
    expect(views[1].current).toBe(true);
    await type('docker create --name salut busybox echo Salut');
    views = await session.refresh();
    expect(views[1]).toMatchObject({ done: false, nearMiss: expect.stringContaining('créé mais jamais démarré') });
    await type('docker start salut');
    views = await session.refresh();
    expect(views.map((v) => v.done)).toEqual([true, true, false]);
    expect(store.completed('01-premiers-pas', ['premier-conteneur', 'nommer', 'supprimer'])).toBe(2);
  });

  it('hands out hints one at a time and records the solution as seen', async () => {
    const { session, store } = await setup();
    expect(await session.nextHint('premier-conteneur')).toContain('docker run');
    expect(await session.nextHint('premier-conteneur')).toContain('echo Bonjour');
    expect(await session.nextHint('premier-conteneur')).toBeUndefined();
    expect((await session.refresh())[0].hintsShown).toHaveLength(2);
    const solution = await session.revealSolution('nommer');
    expect(solution.commands).toEqual(['docker run --name salut busybox echo Salut']);
    expect(store.step('01-premiers-pas', 'nommer').solutionSeen).toBe(true);
  });
});
