// The security score: severity and evidence decide it, not volume (formula in src/report/score.ts and the README).
import { describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/analysis/scan.js';
import type { Evidence, Severity } from '../../src/analysis/taxonomy.js';
import { securityScore } from '../../src/report/score.js';

function resultWith(...severities: Severity[]): ScanResult {
  return {
    findings: severities.map((severity) => ({ severity, evidence: 'dataflow' as Evidence })),
  } as unknown as ScanResult;
}

const times = (n: number, s: Severity): Severity[] => Array<Severity>(n).fill(s);

describe('securityScore', () => {
  it('is 100 with no findings', () => {
    expect(securityScore(resultWith())).toEqual({
      score: 100,
      rating: 'No findings',
      counts: { critical: 0, high: 0, medium: 0, low: 0 },
    });
  });

  it('takes points off per finding, each further one of a severity half the previous', () => {
    expect(securityScore(resultWith('low')).score).toBe(99);
    expect(securityScore(resultWith('low', 'low')).score).toBe(98);
    expect(securityScore(resultWith('medium')).score).toBe(89);
    expect(securityScore(resultWith('medium', 'low')).rating).toBe('Medium risk');
  });

  it('never rates better than the worst open finding', () => {
    expect(securityScore(resultWith('critical'))).toMatchObject({ score: 39, rating: 'Critical risk' });
    expect(securityScore(resultWith('high'))).toMatchObject({ score: 69, rating: 'High risk' });
    expect(securityScore(resultWith('low')).rating).toBe('Low risk');
  });

  it('is not driven by volume: any number of medium and low findings reads Medium risk, never worse', () => {
    const notes = securityScore(resultWith(...times(300, 'low'), ...times(80, 'medium')));
    expect(notes.rating).toBe('Medium risk');
    expect(notes.score).toBeGreaterThanOrEqual(70);
    expect(securityScore(resultWith(...times(50, 'high'))).rating).toBe('High risk');
  });

  it('counts findings without evidence as low, whatever their severity', () => {
    const pattern = { findings: [{ severity: 'medium', evidence: 'pattern' }] } as unknown as ScanResult;
    expect(securityScore(pattern)).toMatchObject({ score: 99, rating: 'Low risk' });
  });

  it('bottoms out at 0 and counts by severity', () => {
    const many = securityScore(
      resultWith(...times(10, 'critical'), ...times(10, 'high'), ...times(10, 'medium'), ...times(10, 'low')),
    );
    expect(many.score).toBe(0);
    expect(many.counts).toEqual({ critical: 10, high: 10, medium: 10, low: 10 });
  });
});
