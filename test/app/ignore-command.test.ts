// Parsing `/sentinel ignore|false-positive|accepted-risk|wont-fix [--until DATE] -- reason` replies.
import { describe, expect, it } from 'vitest';
import { parseDecision } from '../../src/app/comment-commands.js';

const today = '2026-12-02';

describe('parseDecision', () => {
  it('reads the kind, the reason and an optional expiry date', () => {
    expect(parseDecision('/sentinel ignore -- reviewed with the team', today)).toEqual({
      kind: 'ignore',
      reason: 'reviewed with the team',
    });
    expect(parseDecision('Thanks!\n/sentinel False-Positive -- x is a constant', today)).toEqual({
      kind: 'false-positive',
      reason: 'x is a constant',
    });
    expect(parseDecision('/sentinel accepted-risk --until 2027-03-01 -- internal only', today)).toEqual({
      kind: 'accepted-risk',
      reason: 'internal only',
      until: '2027-03-01',
    });
    expect(parseDecision('/sentinel wont-fix -- legacy', today)).toEqual({ kind: 'wont-fix', reason: 'legacy' });
  });

  it('a reason is required and the date must be a real day not yet past', () => {
    expect(parseDecision('/sentinel ignore', today)).toBe('malformed');
    expect(parseDecision('/sentinel ignore --', today)).toBe('malformed');
    expect(parseDecision('/sentinel ignore --until 2027-02-30 -- r', today)).toBe('malformed');
    expect(parseDecision('/sentinel ignore --until 2026-12-01 -- r', today)).toBe('malformed');
    expect(parseDecision('/sentinel ignore --until 2026-12-02 -- r', today)).toEqual({
      kind: 'ignore',
      reason: 'r',
      until: '2026-12-02',
    });
  });

  it('quoted, fenced or unrelated commands are not decisions', () => {
    expect(parseDecision('> /sentinel ignore -- quoted', today)).toBeUndefined();
    expect(parseDecision('```\n/sentinel ignore -- shown\n```', today)).toBeUndefined();
    expect(parseDecision('/sentinel ignored -- no', today)).toBeUndefined();
    expect(parseDecision('/sentinel ignore-all -- no', today)).toBeUndefined();
    expect(parseDecision('/sentinel rescan', today)).toBeUndefined();
  });

  it('caps the reason', () => {
    const decision = parseDecision(`/sentinel ignore -- ${'x'.repeat(2000)}`, today);
    expect(decision !== 'malformed' && decision?.reason.length).toBe(500);
  });
});
