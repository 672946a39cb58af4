// Every rule against its annotated fixture: each `ruleid` line fires, no `ok` line fires, nothing unannotated
// fires; the findings are pinned in a code-frame snapshot; autofixes parse and silence what they fix.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { createAnalyzer, scanSources } from '../../src/analysis/scan.js';
import type { Analyzer } from '../../src/analysis/analyzer.js';
import { applyEdits } from '../../src/analysis/python/fixes.js';
import type { Finding } from '../../src/analysis/rule.js';
import { parseAnnotations } from '../../tools/eval/annotations.js';
import { codeFrame } from '../helpers/code-frame.js';

const root = join(import.meta.dirname, '..', '..');

describe.each(RULES.map((rule) => [rule.meta.id, rule] as const))('%s', (id, rule) => {
  const fixturePath = `rules/${rule.meta.category}/${id}.py`;
  const source = existsSync(join(root, fixturePath)) ? readFileSync(join(root, fixturePath), 'utf8') : '';
  let analyzer: Analyzer;
  let findings: Finding[];

  beforeAll(async () => {
    analyzer = await createAnalyzer([rule], { rethrowRuleErrors: true });
    // Data-flow rules report through the project-wide solver: check them as a one-file project.
    const all = rule.meta.taint
      ? scanSources(analyzer, [{ path: fixturePath, content: source }]).findings
      : analyzer.analyze(fixturePath, source).findings;
    findings = all.filter((f) => f.ruleId === id);
  });

  it('has a fixture with at least 2 firing lines and 2 look-alikes', () => {
    const expected = parseAnnotations(source);
    expect(expected.ruleid.get(id)?.size ?? 0).toBeGreaterThanOrEqual(2);
    expect(expected.ok.get(id)?.size ?? 0).toBeGreaterThanOrEqual(2);
  });

  it('fires on every ruleid line and nowhere else', () => {
    const expected = parseAnnotations(source);
    const must = [...(expected.ruleid.get(id) ?? [])].sort((a, b) => a - b);
    const todo = expected.todo.get(id) ?? new Set<number>();
    const fired = [...new Set(findings.map((f) => f.line))].sort((a, b) => a - b);
    expect(
      fired.filter((l) => !todo.has(l)),
      'lines that fired (ruleid lines expected)',
    ).toEqual(must);
  });

  it('matches the snapshot of messages, columns and severities', async () => {
    const frame = findings.map((f) => codeFrame(f, source, rule.meta)).join('\n');
    await expect(frame + '\n').toMatchFileSnapshot(join(root, 'test', 'rules', '__snapshots__', `${id}.snap`));
  });

  it('offers fixes that parse and silence the finding', () => {
    const fixed = findings.filter((f) => f.fix);
    if (!rule.meta.fixable) {
      expect(fixed).toEqual([]);
      return;
    }
    expect(fixed.length, 'a fixable rule offers at least one fix in its fixture').toBeGreaterThan(0);
    const after = applyEdits(
      source,
      fixed.flatMap((f) => f.fix!.edits),
    );
    const result = analyzer.analyze(fixturePath, after);
    expect(result.syntaxErrors, 'fixed source parses').toEqual(parseErrorsOf(analyzer, source));
    expect(result.findings.filter((f) => f.ruleId === id).length).toBe(findings.length - fixed.length);
    const expectedPath = join(root, `rules/${rule.meta.category}/${id}.fixed.py`);
    if (existsSync(expectedPath)) expect(after).toBe(readFileSync(expectedPath, 'utf8'));
  });
});

function parseErrorsOf(analyzer: Analyzer, source: string): number[] {
  return analyzer.analyze('x.py', source).syntaxErrors;
}
