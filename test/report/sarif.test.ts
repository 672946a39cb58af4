// SARIF output: validates against the official 2.1.0 schema and carries what GitHub code scanning reads.
import { describe, expect, it } from 'vitest';
import { renderSarif } from '../../src/report/sarif.js';
import { securityScore } from '../../src/report/score.js';
import { sarifErrors } from './sarif-schema.js';
import { scan, VULNERABLE, withExtras } from './helpers.js';

type Log = {
  runs: { tool: { driver: { rules: Record<string, any>[] } }; results: Record<string, any>[]; invocations: any[] }[];
};

describe('renderSarif', async () => {
  const base = await scan([{ path: 'app/run.py', content: VULNERABLE }]);
  const result = withExtras(base);
  const source = (p: string) => (p === 'app/run.py' ? VULNERABLE : undefined);
  const log = renderSarif(result, { toolVersion: '1.2.3', source }) as Log;
  const run = log.runs[0]!;

  it('validates against the SARIF 2.1.0 schema, with and without sources', () => {
    expect(sarifErrors(log)).toEqual([]);
    expect(sarifErrors(renderSarif(result))).toEqual([]);
  });

  it('carries the security score of the other formats in the run properties', () => {
    const score = securityScore(result);
    expect((run as { properties?: unknown }).properties).toEqual({ sentinelpy: { ...score, profile: result.profile } });
    expect(score.score).toBeLessThan(100);
  });

  it('the schema check can fail', () => {
    const broken = structuredClone(log) as any;
    broken.runs[0].results[0].level = 'fatal';
    expect(sarifErrors(broken).length).toBeGreaterThan(0);
  });

  it('describes rules with security tags, CWE tags, security-severity, precision, aliases and help', () => {
    const rule = run.tool.driver.rules.find((r) => r.id === 'subprocess-shell-true')!;
    expect(rule.properties.tags).toEqual(expect.arrayContaining(['security', 'external/cwe/cwe-78']));
    expect(rule.properties['security-severity']).toBe('6.0'); // a pattern rule: medium at most
    expect(rule.properties.precision).toBe('high');
    expect(rule.properties.aliases).toEqual(['B602', 'S602']);
    expect(rule.help.text).toContain('subprocess.run(["tar", "xf", name], check=True)');
    expect(rule.help.markdown).toContain('**Why is this bad?**');
  });

  it('gives results a fingerprint, a region, fixes from autofixes and codeFlows from data flow', () => {
    const results = run.results.filter((r) => r.ruleId === 'subprocess-shell-true' && !r.suppressions);
    expect(results.map((r) => r.locations[0].physicalLocation.region.startLine)).toEqual([4, 5]);
    for (const r of run.results) expect(r.partialFingerprints['sentinelpy/v1']).toMatch(/^[0-9a-f]{20}$/);
    const fixed = results.find((r) => r.fixes)!;
    expect(fixed.fixes[0].artifactChanges[0].replacements[0]).toEqual({
      deletedRegion: { startLine: 5, startColumn: 20, endLine: 5, endColumn: 27 },
      insertedContent: { text: '["ls", "-l"]' },
    });
    const flowing = results.find((r) => r.codeFlows)!;
    expect(flowing.codeFlows[0].threadFlows[0].locations.map((l: any) => l.location.message.text)).toEqual([
      'name comes from request.args',
      'reaches the shell',
    ]);
  });

  it('keeps suppressed findings as inSource suppressions with their reason', () => {
    const suppressed = run.results.filter((r) => r.suppressions);
    expect(suppressed.map((r) => r.locations[0].physicalLocation.region.startLine)).toContain(6);
    for (const r of suppressed) expect(r.suppressions[0]).toEqual({ kind: 'inSource', justification: '# nosec' });
  });

  it('reports rule errors, skipped and partially parsed files as notifications', () => {
    const texts = run.invocations[0].toolExecutionNotifications.map((n: any) => n.message.text);
    expect(texts).toEqual(expect.arrayContaining(['Rule demo-rule failed: boom', 'Skipped: binary file']));
  });
});

describe('pathUri', () => {
  it('encodes characters that would end a URI path', async () => {
    const { pathUri } = await import('../../src/report/sarif.js');
    expect(pathUri('app/my file#1?.py')).toBe('app/my%20file%231%3F.py');
  });
});
