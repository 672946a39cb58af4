// Rule hints only gate, never change a result: a rule finds nothing in text without its hints, every call a
// calls-only rule listens to is covered by one of its hints, and the fixtures (one file, and all of them together)
// give the same findings with and without hints.
import { beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { createAnalyzer } from '../../src/analysis/scan.js';
import type { Analyzer } from '../../src/analysis/analyzer.js';
import { callKeyHints } from '../../src/analysis/hints.js';
import { ruleFixtures } from '../helpers/rule-fixtures.js';
import type { RequiredText, Rule, Visitor } from '../../src/analysis/rule.js';

const fixtures = ruleFixtures();
/** Every fixture in one file: each rule's source gates open, so its visitor lists every call it can listen to. */
const everything = fixtures.map((f) => f.source).join('\n');

const hinted = RULES.filter((r) => r.hints);
const requiring = RULES.filter((r) => r.requires);
const visitors = new Map<string, Visitor>();

/** The rule set with hints and required texts removed, each visitor recorded. */
function unhinted(rules: readonly Rule[], record?: Map<string, Visitor>): Rule[] {
  return rules.map((rule) => ({
    ...rule,
    hints: undefined,
    requires: undefined,
    create: (ctx) => {
      const visitor = rule.create(ctx);
      record?.set(rule.meta.id, visitor);
      return visitor;
    },
  }));
}

function lines(analyzer: Analyzer, path: string, source: string): string[] {
  const result = analyzer.analyze(path, source);
  return [
    ...result.findings.map((f) => `${f.ruleId} ${f.line}:${f.column} ${f.messageId} ${f.severity} ${f.confidence}`),
    ...result.suppressed.map((s) => `suppressed ${s.finding.ruleId} ${s.finding.line}:${s.finding.column}`),
    ...result.errors.map((e) => `error ${e.ruleId} ${e.message}`),
  ].sort();
}

/** `text` with every occurrence of every hint overwritten by Qs (identifiers stay identifiers). */
function blot(text: string, hints: readonly string[]): string {
  let out = text;
  for (let changed = true; changed;) {
    changed = false;
    for (const hint of hints) {
      if (!out.includes(hint)) continue;
      out = out.split(hint).join('Q'.repeat(hint.length));
      changed = true;
    }
  }
  return out;
}

/** `text` with every occurrence of the required texts overwritten by Qs (any case, or every non-ASCII unit). */
function blotRequired(text: string, group: readonly RequiredText[]): string {
  let out = text;
  for (const entry of group) {
    if (typeof entry === 'string') out = blot(out, [entry]);
    else if ('anyCase' in entry) {
      const escaped = entry.anyCase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      for (let before = ''; before !== out;) {
        before = out;
        out = out.replace(new RegExp(escaped, 'gi'), (m) => 'Q'.repeat(m.length));
      }
    } else out = out.replace(/[^\x00-\x7f]/g, 'Q');
  }
  return out;
}

let withHints: Analyzer;
let withoutHints: Analyzer;

beforeAll(async () => {
  withHints = await createAnalyzer(RULES);
  withoutHints = await createAnalyzer(unhinted(RULES));
  const recorder = await createAnalyzer(unhinted(hinted, visitors));
  recorder.analyze('app/settings.py', everything);
});

describe('hints', () => {
  it('are declared by most rules', () => {
    expect(hinted.length).toBeGreaterThan(RULES.length / 2);
  });

  it.each(hinted.map((r) => [r.meta.id, r] as const))('%s: hints are non-empty ASCII', (_id, rule) => {
    expect(rule.hints!.length).toBeGreaterThan(0);
    for (const hint of rule.hints!) expect(hint).toMatch(/^[\x20-\x7e]+$/);
  });

  it.each(hinted.map((r) => [r.meta.id, r] as const))(
    '%s: finds nothing once its hints are blotted out',
    async (_id, rule) => {
      const analyzer = await createAnalyzer(unhinted([rule]));
      const blotted = blot(everything, rule.hints!);
      expect(rule.hints!.filter((h) => blotted.includes(h))).toEqual([]);
      expect(lines(analyzer, 'app/settings.py', blotted)).toEqual([]);
    },
  );

  it.each(requiring.map((r) => [r.meta.id, r] as const))(
    '%s: finds nothing once any group of its required texts is blotted out',
    async (_id, rule) => {
      const analyzer = await createAnalyzer(unhinted([rule]));
      expect(rule.requires!.length).toBeGreaterThan(0);
      for (const group of rule.requires!) {
        expect(group.length).toBeGreaterThan(0);
        for (const entry of group) {
          const text = typeof entry === 'string' ? entry : 'anyCase' in entry ? entry.anyCase : 'x';
          expect(text).toMatch(/^[\x20-\x7e]+$/);
        }
        expect(lines(analyzer, 'app/settings.py', blotRequired(everything, group)), JSON.stringify(group)).toEqual([]);
      }
    },
  );

  it.each(hinted.map((r) => [r.meta.id, r] as const))(
    '%s: every call it listens to needs one of its hints',
    (id, rule) => {
      const visitor = visitors.get(id);
      // Rules with node handlers are gated by their own source tests or node text; the blot test covers them.
      if (visitor?.nodes && Object.keys(visitor.nodes).length) return;
      const calls = Object.keys(visitor?.calls ?? {});
      expect(calls).not.toContain('*');
      const uncovered = calls.filter(
        (key) => !callKeyHints(key).some((segment) => rule.hints!.some((h) => segment.includes(h))),
      );
      expect(uncovered).toEqual([]);
    },
  );

  it('change no finding on any fixture', () => {
    const differing = fixtures
      .filter((f) => lines(withHints, f.path, f.source).join('\n') !== lines(withoutHints, f.path, f.source).join('\n'))
      .map((f) => f.path);
    expect(differing).toEqual([]);
  });

  it('change no finding on all fixtures together', () => {
    expect(lines(withHints, 'app/settings.py', everything)).toEqual(lines(withoutHints, 'app/settings.py', everything));
  });
});
