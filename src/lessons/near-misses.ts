// Which near-miss explains the student's current state, if any: the first whose predicate holds while
// the step's own check does not.
import { evaluateCheck, type CheckContext } from './checks';
import type { Step } from './types';

export type StepStatus = { passed: true } | { passed: false; nearMiss?: string };

export async function stepStatus(step: Pick<Step, 'check' | 'near_misses'>, ctx: CheckContext): Promise<StepStatus> {
  if (await evaluateCheck(step.check, ctx)) return { passed: true };
  for (const miss of step.near_misses ?? []) {
    if (await evaluateCheck(miss.when, ctx)) return { passed: false, nearMiss: miss.explain };
  }
  return { passed: false };
}
