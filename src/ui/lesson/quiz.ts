// Grading a lesson's quiz: a question is right when exactly its correct choices are chosen.
import type { QuizQuestion } from '../../lessons';

export function correctChoices(question: QuizQuestion): number[] {
  return question.choices.flatMap((c, i) => (c.correct ? [i] : []));
}

export function isRight(question: QuizQuestion, chosen: readonly number[]): boolean {
  const right = correctChoices(question);
  const picked = [...new Set(chosen)].sort((a, b) => a - b);
  return picked.length === right.length && picked.every((c, i) => c === right[i]);
}

/** Questions answered right, out of all, from the stored answers (question index → choices). */
export function quizScore(
  questions: readonly QuizQuestion[],
  answer: (index: number) => number[] | undefined,
): {
  right: number;
  total: number;
} {
  const right = questions.filter((q, i) => {
    const a = answer(i);
    return a !== undefined && isRight(q, a);
  }).length;
  return { right, total: questions.length };
}
