import { describe, expect, it } from 'vitest';
import { DetachKeys, detachSequence } from '../../../src/engine/container/detach-keys';

describe('detach keys', () => {
  it('parse ctrl-x notation', () => {
    expect(detachSequence()).toBe('\x10\x11');
    expect(detachSequence('ctrl-a,x')).toBe('\x01x');
  });

  it('detect the sequence typed one key at a time, holding back its first key', () => {
    const k = new DetachKeys('\x10\x11');
    expect(k.feed('ls\r')).toEqual({ pass: 'ls\r', detach: false });
    expect(k.feed('\x10')).toEqual({ pass: '', detach: false });
    expect(k.feed('\x11')).toEqual({ pass: '', detach: true });
  });

  it('pass a broken sequence on, in order', () => {
    const k = new DetachKeys('\x10\x11');
    expect(k.feed('\x10')).toEqual({ pass: '', detach: false });
    expect(k.feed('a')).toEqual({ pass: '\x10a', detach: false });
    expect(k.feed('\x10\x10\x11rest')).toEqual({ pass: '\x10', detach: true });
  });
});
