// One finding per construct: rules that flag the same code with a shared CWE give one finding, the best evidenced.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { createAnalyzer, scanSources } from '../../src/analysis/scan.js';
import type { Analyzer } from '../../src/analysis/analyzer.js';
import type { Finding } from '../../src/analysis/rule.js';

let analyzer: Analyzer;
beforeAll(async () => {
  analyzer = await createAnalyzer(RULES);
});

const cweOf = new Map(RULES.map((r) => [r.meta.id, r.meta.cwe]));
const overlapping = (a: Finding, b: Finding) =>
  a.path === b.path &&
  a.line <= b.endLine &&
  b.line <= a.endLine &&
  (a.line < b.endLine || a.column < b.endColumn) &&
  (b.line < a.endLine || b.column < a.endColumn);

function duplicates(findings: readonly Finding[]): string[] {
  const out: string[] = [];
  findings.forEach((a, i) =>
    findings.slice(i + 1).forEach((b) => {
      if (
        a.ruleId !== b.ruleId &&
        overlapping(a, b) &&
        (cweOf.get(a.ruleId) ?? []).some((c) => (cweOf.get(b.ruleId) ?? []).includes(c))
      ) {
        out.push(`${a.path}:${a.line} ${a.ruleId} + ${b.ruleId}`);
      }
    }),
  );
  return out;
}

describe('one finding per construct', () => {
  it('a Django SECRET_KEY literal is one finding, not a secret key and a hard-coded password', () => {
    const content = 'SECRET_KEY = "django-insecure-8z$w!q3m^r7k@x2p&v9b*t5n#c1y6h0l4j"\nDEBUG = False\n';
    const result = scanSources(analyzer, [{ path: 'shop/settings.py', content }]);
    const line1 = result.findings.filter((f) => f.line === 1);
    expect(line1.map((f) => f.ruleId)).toHaveLength(1);
    // Without the step both rules report it: the test would fail if the merge went away.
    expect(analyzer.analyze('shop/settings.py', content).findings.filter((f) => f.line === 1).length).toBeGreaterThan(
      1,
    );
  });

  it('keeps two findings on one line when they are different constructs or different weaknesses', () => {
    const content = 'import requests\nrequests.get("http://a", verify=False); requests.get("http://b", verify=False)\n';
    const result = scanSources(analyzer, [{ path: 'c.py', content }]);
    expect(result.findings.filter((f) => f.ruleId === 'tls-verify-disabled')).toHaveLength(2);
  });

  it('no rule fixture yields two findings on one construct with a shared CWE (all rules, every fixture)', () => {
    const root = join(import.meta.dirname, '..', '..', 'rules');
    const found: string[] = [];
    for (const category of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      for (const name of readdirSync(join(root, category.name)).filter(
        (n) => n.endsWith('.py') && !n.endsWith('.fixed.py'),
      )) {
        const path = `rules/${category.name}/${name}`;
        found.push(
          ...duplicates(
            scanSources(analyzer, [{ path, content: readFileSync(join(root, category.name, name), 'utf8') }]).findings,
          ),
        );
      }
    }
    expect(found).toEqual([]);
  });
});
