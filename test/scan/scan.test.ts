// The scan's last steps: the dependency review runs on this thread while the project-wide solve runs (in a worker,
// in the CLI and the App), and a failure of either fails the scan without leaving the other's rejection unhandled.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FileResult } from '../../src/analysis/file-result.js';
import type { Finding } from '../../src/analysis/rule.js';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import type { FileAnalyzer } from '../../src/scan/file-analyzer.js';
import { scan, type DependencyAddition } from '../../src/scan/scan.js';
import { emptyResult } from '../helpers/file-result.js';

/** An analyzer whose solve settles only when the test says so (as a worker's would, some time later). */
function controlledAnalyzer() {
  let settle: { resolve: (r: FileResult[]) => void; reject: (e: Error) => void } | undefined;
  const events: string[] = [];
  const analyzer: FileAnalyzer = {
    mode: 'workers',
    analyze: async (job) => ({ results: job.files.map((f) => emptyResult(f.path)), skipped: [] }),
    solve: () => {
      events.push('solve started');
      return new Promise<FileResult[]>((resolve, reject) => {
        settle = {
          resolve: (r) => {
            events.push('solve settled');
            resolve(r);
          },
          reject: (e) => {
            events.push('solve settled');
            reject(e);
          },
        };
      });
    },
    warm: () => undefined,
    close: async () => undefined,
  };
  return { analyzer, events, settle: () => settle! };
}

const dependencyFinding: Finding = {
  ruleId: 'dependency-test',
  messageId: 'm',
  message: 'a dependency finding',
  path: 'requirements.txt',
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 2,
  severity: 'medium',
  riskScore: 5,
  confidence: 'high',
  evidence: 'config',
  snippet: 'x==1',
  fingerprint: 'f',
};

const sources = [{ path: 'app.py', content: 'x = 1\n' }];
let unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeEach(() => {
  unhandled = [];
  process.on('unhandledRejection', onUnhandled);
});
afterEach(() => {
  process.off('unhandledRejection', onUnhandled);
});

describe('scan', () => {
  it('reviews the dependencies while the solve is still running, and reports both', async () => {
    const { analyzer, events, settle } = controlledAnalyzer();
    const dependencies = async (analysed: readonly FileResult[]): Promise<DependencyAddition> => {
      events.push(`dependencies reviewed ${analysed.map((r) => r.path).join(',')}`);
      setTimeout(() => settle().resolve([emptyResult('app.py')]), 5);
      return { findings: [dependencyFinding], metas: [], notes: ['deps note'] };
    };
    const scanned = await scan({ analyzer, rules: [], config: DEFAULT_CONFIG, sources, dependencies });
    expect(events).toEqual(['solve started', 'dependencies reviewed app.py', 'solve settled']);
    expect(scanned.findings.map((f) => f.ruleId)).toEqual(['dependency-test']);
    expect(scanned.notes).toContain('deps note');
    expect(scanned.stats.files).toBe(1);
  });

  it('fails with the dependency review’s error once the solve has settled, leaving no rejection unhandled', async () => {
    const { analyzer, events, settle } = controlledAnalyzer();
    const dependencies = async (): Promise<DependencyAddition> => {
      setTimeout(() => settle().reject(new Error('solve lost')), 5);
      throw new Error('review broke');
    };
    await expect(scan({ analyzer, rules: [], config: DEFAULT_CONFIG, sources, dependencies })).rejects.toThrow(
      'review broke',
    );
    expect(events).toEqual(['solve started', 'solve settled']);
    await new Promise((r) => setTimeout(r, 20));
    expect(unhandled).toEqual([]);
  });

  it('fails with the solve’s error when the solve fails while the review runs', async () => {
    const { analyzer, settle } = controlledAnalyzer();
    const dependencies = async (): Promise<DependencyAddition> => {
      settle().reject(new Error('solve lost'));
      await new Promise((r) => setTimeout(r, 10)); // the rejection lands while the review is still running
      return { findings: [], metas: [], notes: [] };
    };
    await expect(scan({ analyzer, rules: [], config: DEFAULT_CONFIG, sources, dependencies })).rejects.toThrow(
      'solve lost',
    );
    await new Promise((r) => setTimeout(r, 20));
    expect(unhandled).toEqual([]);
  });
});
