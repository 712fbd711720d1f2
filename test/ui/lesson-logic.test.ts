// The lesson UI's pure parts: permalinks, keyboard shortcuts, quiz grading.
import { describe, expect, it } from 'vitest';
import { readPermalink, withPermalink } from '../../src/ui/lesson/permalink';
import { SHORTCUTS, ariaKeys, shortcutAction } from '../../src/ui/lesson/shortcuts';
import { correctChoices, isRight, quizScore } from '../../src/ui/lesson/quiz';
import type { QuizQuestion } from '../../src/lessons';

describe('permalinks', () => {
  it('reads the lesson and step, ignoring a step without a lesson', () => {
    expect(readPermalink('https://x.fr/app/?lesson=01-premiers-pas&step=nommer')).toEqual({
      lesson: '01-premiers-pas',
      step: 'nommer',
    });
    expect(readPermalink('https://x.fr/?step=nommer')).toEqual({ lesson: undefined, step: undefined });
    expect(readPermalink('https://x.fr/?lesson=&step=')).toEqual({ lesson: undefined, step: undefined });
  });

  it('writes them, keeping the other parameters and the path', () => {
    const href = 'https://x.fr/app/?lessons=http%3A%2F%2Fprof.fr%2Fcours&lesson=a&step=b#lesson';
    const next = withPermalink(href, { lesson: '02-cycle-de-vie', step: 'pause' });
    expect(next).toBe(
      'https://x.fr/app/?lessons=http%3A%2F%2Fprof.fr%2Fcours&lesson=02-cycle-de-vie&step=pause#lesson',
    );
    expect(readPermalink(next)).toEqual({ lesson: '02-cycle-de-vie', step: 'pause' });
    expect(withPermalink(href, {})).toBe('https://x.fr/app/?lessons=http%3A%2F%2Fprof.fr%2Fcours#lesson');
    expect(withPermalink('https://x.fr/', { step: 'orphan' })).toBe('https://x.fr/');
  });
});

describe('shortcuts', () => {
  const key = (
    code: string,
    mods: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey', boolean>> = {},
  ) => ({
    code,
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    ...mods,
  });

  it('maps Alt + a key to its action, and nothing else', () => {
    expect(shortcutAction(key('ArrowRight', { altKey: true }))).toBe('next-step');
    expect(shortcutAction(key('KeyH', { altKey: true }))).toBe('hint');
    expect(shortcutAction(key('KeyH'))).toBeNull();
    expect(shortcutAction(key('KeyH', { altKey: true, ctrlKey: true }))).toBeNull();
    expect(shortcutAction(key('KeyB', { altKey: true }))).toBeNull();
  });

  it('names its keys for aria-keyshortcuts', () => {
    expect(ariaKeys('next-step')).toBe('Alt+ArrowRight');
    expect(ariaKeys('hint')).toBe('Alt+H');
  });

  it('has one key per action, none of them one bash uses with Alt', () => {
    const codes = SHORTCUTS.map((s) => s.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(SHORTCUTS.map((s) => s.action)).size).toBe(SHORTCUTS.length);
    for (const readline of ['KeyB', 'KeyF', 'KeyD', 'KeyL', 'KeyU', 'KeyC', 'KeyT', 'KeyY', 'Period']) {
      expect(codes).not.toContain(readline);
    }
  });
});

describe('quiz', () => {
  const single: QuizQuestion = {
    question: 'Q ?',
    choices: [{ text: 'a' }, { text: 'b', correct: true }, { text: 'c' }],
  };
  const multiple: QuizQuestion = {
    question: 'Q ?',
    multiple: true,
    choices: [{ text: 'a', correct: true }, { text: 'b' }, { text: 'c', correct: true }],
  };

  it('is right with exactly the correct choices', () => {
    expect(correctChoices(multiple)).toEqual([0, 2]);
    expect(isRight(single, [1])).toBe(true);
    expect(isRight(single, [0])).toBe(false);
    expect(isRight(multiple, [2, 0])).toBe(true);
    expect(isRight(multiple, [0])).toBe(false);
    expect(isRight(multiple, [0, 1, 2])).toBe(false);
    expect(isRight(multiple, [])).toBe(false);
  });

  it('scores the stored answers', () => {
    const answers: Record<number, number[]> = { 0: [1], 1: [0] };
    expect(quizScore([single, multiple], (i) => answers[i])).toEqual({ right: 1, total: 2 });
    expect(quizScore([single, multiple], () => undefined)).toEqual({ right: 0, total: 2 });
  });
});
