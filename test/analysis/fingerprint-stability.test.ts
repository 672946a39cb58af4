// Baselines and the suppression ledger match findings by fingerprint: it must survive code moving down, unrelated
// edits elsewhere in the file and a comment added to the line, for pattern and data-flow findings alike, and
// change when the flagged code itself changes.
import { beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { createAnalyzer } from '../../src/analysis/scan.js';
import type { Analyzer } from '../../src/analysis/analyzer.js';
import { scanSources } from '../../src/analysis/scan.js';

const ORIGINAL = [
  'import subprocess',
  'from flask import request',
  '',
  'def archive():',
  '    subprocess.run("tar czf b.tgz " + request.args["name"], shell=True)',
  '',
  'def compute():',
  '    return eval(request.args["expression"])',
  '',
  'def build(cmd):',
  '    subprocess.run(cmd, shell=True)',
  '',
].join('\n');

/** Lines inserted above everything, an unrelated function edited, a comment on a finding's line. */
const MOVED_AND_EDITED = [
  '"""Archive helpers."""',
  'import logging',
  'import subprocess',
  'from flask import request',
  '',
  'log = logging.getLogger(__name__)',
  '',
  '',
  'def archive():',
  '    log.info("archiving")',
  '    subprocess.run("tar czf b.tgz " + request.args["name"], shell=True)  # reviewed',
  '',
  'def compute():',
  '    return   eval(request.args["expression"])',
  '',
  'def build(cmd):',
  '    subprocess.run(cmd, shell=True)',
  '',
  'def unrelated():',
  '    return 42',
  '',
].join('\n');

let analyzer: Analyzer;
beforeAll(async () => {
  analyzer = await createAnalyzer(RULES);
});

const keyed = (source: string) => {
  const result = scanSources(analyzer, [{ path: 'svc.py', content: source }]);
  return new Map(
    result.findings.map((f) => [
      `${f.ruleId}:${f.snippet
        .trim()
        .replace(/\s+#.*$/, '')
        .replace(/\s+/g, ' ')}`,
      f,
    ]),
  );
};

describe('fingerprint stability', () => {
  it('survives lines moving down, unrelated edits and a comment on the line (data-flow and pattern findings)', () => {
    const before = keyed(ORIGINAL);
    const after = keyed(MOVED_AND_EDITED);
    expect(before.size).toBeGreaterThanOrEqual(3);
    expect([...before.values()].some((f) => f.evidence === 'dataflow')).toBe(true);
    for (const [key, finding] of before) {
      const moved = after.get(key);
      expect(moved, key).toBeDefined();
      expect(moved!.line).toBeGreaterThan(finding.line);
      expect(moved!.fingerprint, key).toBe(finding.fingerprint);
    }
  });

  it('changes when the flagged code changes or the file is renamed', () => {
    const before = [...keyed(ORIGINAL).values()].map((f) => f.fingerprint);
    const changed = scanSources(analyzer, [
      { path: 'svc.py', content: ORIGINAL.replace('eval(request.args["expression"])', 'eval(request.args["expr"])') },
    ]);
    const renamed = scanSources(analyzer, [{ path: 'other.py', content: ORIGINAL }]);
    const evalBefore = keyed(ORIGINAL).get('eval-computed-input:return eval(request.args["expression"])');
    expect(evalBefore).toBeDefined();
    expect(changed.findings.map((f) => f.fingerprint)).not.toContain(evalBefore!.fingerprint);
    expect(renamed.findings.map((f) => f.fingerprint).filter((f) => before.includes(f))).toEqual([]);
  });
});
