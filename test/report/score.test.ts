// The security score: 100 with nothing found, penalties per severity, capped by the worst open severity.
import { describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/analysis/scan.js';
import type { Severity } from '../../src/analysis/taxonomy.js';
import { securityScore } from '../../src/report/score.js';

function resultWith(...severities: Severity[]): ScanResult {
  return { findings: severities.map((severity) => ({ severity })) } as unknown as ScanResult;
}

describe('securityScore', () => {
  it('is 100 with no findings', () => {
    expect(securityScore(resultWith())).toEqual({ score: 100, rating: 'No findings', counts: { critical: 0, high: 0, medium: 0, low: 0 } });
  });

  it('takes points off per finding', () => {
    expect(securityScore(resultWith('low', 'low')).score).toBe(98);
    expect(securityScore(resultWith('medium')).score).toBe(89);
    expect(securityScore(resultWith('medium', 'low')).rating).toBe('Medium risk');
  });

  it('never rates better than the worst open finding', () => {
    expect(securityScore(resultWith('critical'))).toMatchObject({ score: 39, rating: 'Critical risk' });
    expect(securityScore(resultWith('high'))).toMatchObject({ score: 69, rating: 'High risk' });
    expect(securityScore(resultWith('low')).rating).toBe('Low risk');
  });

  it('bottoms out at 0 and counts by severity', () => {
    const many = securityScore(resultWith(...Array<Severity>(30).fill('high'), 'critical'));
    expect(many.score).toBe(0);
    expect(many.counts).toEqual({ critical: 1, high: 30, medium: 0, low: 0 });
  });
});
