import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  acceptsCommand,
  embedUrl,
  message,
  parseEmbedParams,
  parseInbound,
  parseOrigin,
  parseOutbound,
  targetOrigin,
  type InboundMessage,
  type OutboundMessage,
} from '../../src/ui/embed/protocol';

const envelope = { source: 'baleine', version: 1 } as const;
const score = { steps: 2, hintsUsed: 1, solutionsShown: 0, quiz: { answered: 3, correct: 2, total: 3 } };

describe('parseInbound', () => {
  it('accepts reset and load-lesson, with or without a step', () => {
    expect(parseInbound({ ...envelope, type: 'reset' })).toEqual({ ...envelope, type: 'reset' });
    expect(parseInbound({ ...envelope, type: 'load-lesson', lesson: '02-cycle-de-vie' })).toEqual({
      ...envelope,
      type: 'load-lesson',
      lesson: '02-cycle-de-vie',
    });
    expect(parseInbound({ ...envelope, type: 'load-lesson', lesson: '01-premiers-pas', step: 'hello' })).toEqual({
      ...envelope,
      type: 'load-lesson',
      lesson: '01-premiers-pas',
      step: 'hello',
    });
  });

  it('keeps only the protocol fields', () => {
    const parsed = parseInbound({ ...envelope, type: 'reset', extra: { huge: true } });
    expect(parsed).toEqual({ ...envelope, type: 'reset' });
  });

  it.each([
    ['a string', 'reset'],
    ['null', null],
    ['an array', [envelope]],
    ['no source', { version: 1, type: 'reset' }],
    ['another source', { source: 'other', version: 1, type: 'reset' }],
    ['an unknown version', { source: 'baleine', version: 2, type: 'reset' }],
    ['a version as text', { source: 'baleine', version: '1', type: 'reset' }],
    ['an unknown type', { ...envelope, type: 'delete-everything' }],
    ['an outgoing event', { ...envelope, type: 'ready', lesson: '01-premiers-pas' }],
    ['load-lesson without lesson', { ...envelope, type: 'load-lesson' }],
    ['a lesson that is a path', { ...envelope, type: 'load-lesson', lesson: '../../etc/passwd' }],
    ['a lesson that is a number', { ...envelope, type: 'load-lesson', lesson: 1 }],
    ['an empty step', { ...envelope, type: 'load-lesson', lesson: '01-premiers-pas', step: '' }],
    ['a step with spaces', { ...envelope, type: 'load-lesson', lesson: '01-premiers-pas', step: 'a b' }],
  ])('ignores %s', (_what, data) => {
    expect(parseInbound(data)).toBeNull();
  });

  it('never throws, even on objects whose fields throw', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    );
    expect(parseInbound(hostile)).toBeNull();
    fc.assert(
      fc.property(fc.anything(), (data) => {
        const r = parseInbound(data);
        return r === null || r.type === 'reset' || r.type === 'load-lesson';
      }),
    );
  });

  it('round-trips every message it builds', () => {
    const messages: InboundMessage[] = [
      message<InboundMessage>({ type: 'reset' }),
      message<InboundMessage>({ type: 'load-lesson', lesson: '03-images-et-couches', step: 'pull' }),
    ];
    for (const m of messages) expect(parseInbound(structuredClone(m))).toEqual(m);
  });
});

describe('parseOutbound', () => {
  it('accepts the three events', () => {
    const events: OutboundMessage[] = [
      message<OutboundMessage>({ type: 'ready', lesson: '01-premiers-pas' }),
      message<OutboundMessage>({ type: 'ready', lesson: '01-premiers-pas', step: 'hello' }),
      message<OutboundMessage>({ type: 'step-completed', lesson: '01-premiers-pas', step: 'hello', index: 0 }),
      message<OutboundMessage>({ type: 'lesson-completed', lesson: '01-premiers-pas', score }),
    ];
    for (const e of events) expect(parseOutbound(structuredClone(e))).toEqual(e);
  });

  it.each([
    ['a command', { ...envelope, type: 'reset' }],
    ['no lesson', { ...envelope, type: 'ready' }],
    ['a negative index', { ...envelope, type: 'step-completed', lesson: 'l', step: 's', index: -1 }],
    ['a fractional index', { ...envelope, type: 'step-completed', lesson: 'l', step: 's', index: 0.5 }],
    ['no step', { ...envelope, type: 'step-completed', lesson: 'l', index: 0 }],
    ['no score', { ...envelope, type: 'lesson-completed', lesson: 'l' }],
    ['a score without quiz', { ...envelope, type: 'lesson-completed', lesson: 'l', score: { ...score, quiz: null } }],
    ['a score as text', { ...envelope, type: 'lesson-completed', lesson: 'l', score: { ...score, steps: '2' } }],
    ['a webpack message', { type: 'webpackOk' }],
  ])('ignores %s', (_what, data) => {
    expect(parseOutbound(data)).toBeNull();
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.anything(), (data) => parseOutbound(data) === null || typeof parseOutbound(data) === 'object'));
  });
});

describe('origins', () => {
  it('accepts only bare http(s) origins for parent-origin', () => {
    expect(parseOrigin('https://cours.example.org')).toBe('https://cours.example.org');
    expect(parseOrigin('http://localhost:8080')).toBe('http://localhost:8080');
    expect(parseOrigin('https://cours.example.org/')).toBeNull();
    expect(parseOrigin('https://cours.example.org/page')).toBeNull();
    expect(parseOrigin('javascript:alert(1)')).toBeNull();
    expect(parseOrigin('*')).toBeNull();
    expect(parseOrigin('')).toBeNull();
    expect(parseOrigin(null)).toBeNull();
  });

  it("posts events to the declared parent origin, '*' without one", () => {
    expect(targetOrigin('https://cours.example.org')).toBe('https://cours.example.org');
    expect(targetOrigin(null)).toBe('*');
  });

  it('obeys commands from the parent window only, and from its declared origin', () => {
    const parent = {};
    expect(acceptsCommand({ origin: 'https://a.org', source: parent }, parent, null)).toBe(true);
    expect(acceptsCommand({ origin: 'https://a.org', source: {} }, parent, null)).toBe(false);
    expect(acceptsCommand({ origin: 'https://a.org', source: parent }, parent, 'https://a.org')).toBe(true);
    expect(acceptsCommand({ origin: 'https://evil.org', source: parent }, parent, 'https://a.org')).toBe(false);
  });
});

describe('embed URLs', () => {
  it('builds the iframe address and reads it back', () => {
    const url = embedUrl('https://baleine.example/app', '01-premiers-pas', {
      step: 'hello',
      parentOrigin: 'https://cours.example.org',
    });
    expect(url).toBe(
      'https://baleine.example/app/embed.html?lesson=01-premiers-pas&step=hello&parent-origin=https%3A%2F%2Fcours.example.org',
    );
    expect(parseEmbedParams(new URL(url).search)).toEqual({
      lesson: '01-premiers-pas',
      step: 'hello',
      parentOrigin: 'https://cours.example.org',
    });
  });

  it('drops invalid parameters', () => {
    expect(parseEmbedParams('?lesson=../x&step=%20&parent-origin=evil')).toEqual({
      lesson: null,
      step: null,
      parentOrigin: null,
    });
    expect(parseEmbedParams('')).toEqual({ lesson: null, step: null, parentOrigin: null });
  });
});
