// The rule catalogue's consistency gate (ESLint's checkRuleFiles, typescript-eslint's docs test).
import { capSeverity, evidenceOf } from '../../src/analysis/evidence.js';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { SUPPRESSION_WITHOUT_REASON } from '../../src/analysis/builtin-meta.js';
import type { RuleMeta } from '../../src/analysis/rule.js';
import { DEPENDENCY_METAS } from '../../src/deps/rule-metas.js';
import {
  CATEGORY_IDS,
  OWASP_2021,
  OWASP_2025,
  SEVERITY_BANDS,
  CONFIDENCES,
  THREATS,
  TIMELINES,
} from '../../src/analysis/taxonomy.js';

const root = join(import.meta.dirname, '..', '..');
const DOC_FIELDS = [
  'whatItDoes',
  'whyBad',
  'businessImpact',
  'attackScenario',
  'example',
  'useInstead',
  'testing',
] as const;

describe('rule registry', () => {
  it('is generated from the files under rules/ (npm run gen:rules)', () => {
    expect(() => execFileSync(process.execPath, [join(root, 'scripts/gen-rule-index.mjs'), '--check'])).not.toThrow();
  });

  it('has unique ids', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has at least 40 rules', () => {
    expect(RULES.length).toBeGreaterThanOrEqual(40);
  });

  it('leaves no orphan snapshot', () => {
    const ids = new Set(RULES.map((r) => r.meta.id));
    const dir = join(root, 'test/rules/__snapshots__');
    const snaps = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.snap')) : [];
    expect(snaps.filter((f) => !ids.has(f.replace(/\.snap$/, '')))).toEqual([]);
  });
});

describe.each(RULES.map((r) => [r.meta.id, r] as const))('%s metadata', (id, rule) => {
  const meta = rule.meta;
  const file = join(root, 'rules', meta.category, `${id}.ts`);

  it('lives in rules/<category>/<id>.ts with a .py fixture beside it', () => {
    expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(CATEGORY_IDS).toContain(meta.category);
    expect(existsSync(file), file).toBe(true);
    expect(existsSync(file.replace(/\.ts$/, '.py'))).toBe(true);
  });

  metadataChecks(meta, () => readFileSync(file, 'utf8'));
});

/** The source text of every .ts file under `dir` (where a built-in check's messageIds are used). */
function sourcesUnder(dir: string): string {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(join(root, dir, f), 'utf8'))
    .join('\n');
}

// The checks that are not rules of rules/ (the dependency review's, the engine's own) meet the same gate.
const BUILTIN: [string, RuleMeta, string][] = [
  ...DEPENDENCY_METAS.map((m): [string, RuleMeta, string] => [m.id, m, 'src/deps']),
  [SUPPRESSION_WITHOUT_REASON.id, SUPPRESSION_WITHOUT_REASON, 'src/analysis'],
];

describe('built-in checks', () => {
  it('cover the dependency review and the suppression check, with ids no rule has', () => {
    expect(BUILTIN.length).toBeGreaterThanOrEqual(DEPENDENCY_METAS.length + 1);
    const ruleIds = new Set(RULES.map((r) => r.meta.id));
    expect(BUILTIN.filter(([id]) => ruleIds.has(id))).toEqual([]);
    expect(new Set(BUILTIN.map(([id]) => id)).size).toBe(BUILTIN.length);
  });
});

describe.each(BUILTIN)('%s metadata (built-in)', (id, meta, dir) => {
  it('has a kebab-case id and a known category', () => {
    expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(CATEGORY_IDS).toContain(meta.category);
  });

  metadataChecks(meta, () => sourcesUnder(dir));
});

/** The metadata gate every check passes, a rule of rules/ or a built-in one; `source` holds where it reports. */
function metadataChecks(meta: RuleMeta, source: () => string): void {
  it('has valid CWE, OWASP 2021/2025, severity band and enums', () => {
    expect(meta.cwe.length).toBeGreaterThan(0);
    for (const cwe of meta.cwe) expect(cwe).toMatch(/^CWE-\d+$/);
    expect(meta.owasp['2021'].length).toBeGreaterThan(0);
    expect(meta.owasp['2025'].length).toBeGreaterThan(0);
    for (const o of meta.owasp['2021']) expect(Object.keys(OWASP_2021)).toContain(o);
    for (const o of meta.owasp['2025']) expect(Object.keys(OWASP_2025)).toContain(o);
    const [lo, hi] = SEVERITY_BANDS[meta.severity];
    expect(meta.riskScore).toBeGreaterThanOrEqual(lo);
    expect(meta.riskScore).toBeLessThanOrEqual(hi);
    expect(CONFIDENCES).toContain(meta.confidence);
    expect(THREATS).toContain(meta.threat);
    expect(TIMELINES).toContain(meta.timeline);
    for (const b of meta.aliases.bandit ?? []) expect(b).toMatch(/^B\d{3}$/);
    for (const r of meta.aliases.ruff ?? []) expect(r).toMatch(/^[A-Z]+\d{3,4}$/);
  });

  it('claims no more severity than its evidence supports (pattern rules default to medium at most)', () => {
    const evidence = evidenceOf(meta);
    expect(['dataflow', 'config', 'pattern']).toContain(evidence);
    expect(capSeverity(meta.severity, evidence), `${meta.id} is a ${evidence} rule`).toBe(meta.severity);
    if (meta.taint) expect(meta.evidence, 'data-flow rules rest on the flow, not on a claim').toBeUndefined();
  });

  it('has complete docs', () => {
    expect(meta.title.trim()).not.toBe('');
    for (const field of DOC_FIELDS) expect(meta.docs[field]?.trim(), field).toBeTruthy();
    expect(meta.docs.references.length).toBeGreaterThan(0);
    for (const ref of meta.docs.references) expect(ref).toMatch(/^https:\/\//);
  });

  it('has capitalised messages ending with a period, each used by the rule', () => {
    const code = source();
    expect(Object.keys(meta.messages).length).toBeGreaterThan(0);
    for (const [messageId, text] of Object.entries(meta.messages)) {
      expect(text).toMatch(/^[A-Z`].*\.$/);
      expect(code, `messageId ${messageId} used`).toMatch(new RegExp(`['"\`]${messageId}['"\`]`));
    }
  });
}
