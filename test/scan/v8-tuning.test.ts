// The V8 setting analysis workers apply at start-up (see src/scan/v8-tuning.ts for the measurements behind it).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ANALYSIS_INTERRUPT_BUDGET, tuneV8ForAnalysis } from '../../src/scan/v8-tuning.js';

describe('tuneV8ForAnalysis', () => {
  it('raises the interrupt budget to 16× V8’s default, and sets nothing else', () => {
    const set: string[] = [];
    tuneV8ForAnalysis((flags) => set.push(flags));
    expect(ANALYSIS_INTERRUPT_BUDGET).toBe(16 * 67_584);
    expect(set).toEqual([`--interrupt-budget=${16 * 67_584}`]);
  });

  it('names a flag this runtime’s V8 has (setFlagsFromString would ignore an unknown one without a word)', () => {
    const listing = execFileSync(process.execPath, ['--v8-options'], { encoding: 'utf8', maxBuffer: 16 << 20 });
    expect(listing).toMatch(/^\s+--interrupt-budget\b/m);
  });

  it('is applied by the analysis worker before it initialises the parser', () => {
    const worker = readFileSync(new URL('../../src/scan/analysis-worker.ts', import.meta.url), 'utf8');
    const tuned = worker.indexOf('tuneV8ForAnalysis();');
    expect(tuned).toBeGreaterThan(0);
    expect(tuned).toBeLessThan(worker.indexOf('await initParser('));
  });
});
