// The quiz view: choosing enables « Valider », validating marks the right choice and explains.
import { afterEach, describe, expect, it } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import QuizView from '../../src/ui/lesson/QuizView.svelte';
import type { LessonSession, QuizQuestion } from '../../src/lessons';
import { until } from './fake-pty';

const questions: QuizQuestion[] = [
  {
    question: 'Quelle commande liste aussi les conteneurs arrêtés ?',
    choices: [
      { text: 'docker ps', explain: 'Seulement ceux qui tournent.' },
      { text: 'docker ps -a', correct: true },
    ],
  },
  {
    question: 'Lesquelles sont des images ?',
    multiple: true,
    choices: [{ text: 'busybox', correct: true }, { text: 'salut' }, { text: 'nginx', correct: true }],
  },
];

function fakeSession(stored: Record<number, number[]> = {}) {
  const saved: Record<number, number[]> = { ...stored };
  const session = {
    quizAnswer: (i: number) => saved[i],
    answerQuiz: async (i: number, c: number[]) => void (saved[i] = c),
  } as unknown as LessonSession;
  return { session, saved };
}

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  document.body.innerHTML = '';
});

function render(session: LessonSession) {
  const said: string[] = [];
  const target = document.createElement('div');
  document.body.append(target);
  const c = mount(QuizView, {
    target,
    props: { session, questions, onannounce: (t: string) => said.push(t) },
  });
  cleanup = () => unmount(c);
  flushSync();
  return { target, said };
}

describe('QuizView', () => {
  it('validates a single choice, explains it, and keeps the answer', async () => {
    const { session, saved } = fakeSession();
    const { target, said } = render(session);
    const [first] = target.querySelectorAll('form');
    const submit = first.querySelector('button')!;
    expect(submit.disabled).toBe(true);
    first.querySelectorAll('input')[0].click();
    flushSync();
    expect(submit.disabled).toBe(false);
    submit.click();
    await until(() => saved[0]);
    expect(saved[0]).toEqual([0]);
    await until(() => first.textContent?.includes('Pas tout à fait.'));
    expect(first.textContent).toContain('Seulement ceux qui tournent.');
    expect(first.textContent).toContain('(bonne réponse)');
    expect(said.at(-1)).toContain('Question 1');
  });

  it('needs exactly the right boxes of a multiple choice, and shows the score when all are answered', async () => {
    const { session } = fakeSession({ 0: [1] });
    const { target } = render(session);
    const second = target.querySelectorAll('form')[1];
    const boxes = second.querySelectorAll('input');
    expect(boxes[0].type).toBe('checkbox');
    boxes[0].click();
    boxes[2].click();
    flushSync();
    second.querySelector('button')!.click();
    await until(() => target.textContent?.includes('Score'));
    expect(target.querySelector('.score')?.textContent).toBe('Score\u00a0: 2\u00a0/\u00a02');
  });
});
