import { describe, expect, it } from 'vitest';
import { watchOtherTabs } from '../../../src/ui/storage/other-tabs';

const settle = () => new Promise((r) => setTimeout(r, 50));

describe('watchOtherTabs', () => {
  it('tells both tabs when a second one opens', async () => {
    const seen: string[] = [];
    const name = `test-${Math.random()}`;
    const stopFirst = watchOtherTabs(() => seen.push('first'), name);
    await settle();
    expect(seen).toEqual([]);
    const stopSecond = watchOtherTabs(() => seen.push('second'), name);
    await settle();
    expect(seen.sort()).toEqual(['first', 'second']);
    stopFirst();
    stopSecond();
  });

  it('stays quiet for a single tab and after stopping', async () => {
    const seen: string[] = [];
    const name = `test-${Math.random()}`;
    const stop = watchOtherTabs(() => seen.push('alone'), name);
    stop();
    const other = watchOtherTabs(() => {}, name);
    await settle();
    expect(seen).toEqual([]);
    other();
  });
});
