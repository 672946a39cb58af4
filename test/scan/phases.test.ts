// The phase slot: while a rule's create or handler runs, the slot holds that rule's code; the data-flow pass marks
// its own phase; codes name the rule for the "budget exceeded (…, during rule X)" reason.
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { createAnalyzer } from '../../src/analysis/scan.js';
import type { Rule } from '../../src/analysis/rule.js';
import { PHASE, phaseName, RULE_BASE, trackedPass, trackedRules } from '../../src/scan/phases.js';

describe('phase tracking', () => {
  it('marks the running rule during create and handlers, and the query and dispatch phases between them', async () => {
    const slot = new Int32Array(new SharedArrayBuffer(4));
    const seen: string[] = [];
    const probe: Rule = {
      ...RULES[0]!,
      hints: undefined,
      create: () => {
        seen.push(`create ${Atomics.load(slot, 0)}`);
        return {
          calls: { '*': () => void seen.push(`call ${Atomics.load(slot, 0)}`) },
          end: () => void seen.push(`end ${Atomics.load(slot, 0)}`),
        };
      },
    };
    const pass = trackedPass({ id: 'probe', visit: () => seen.push(`pass ${Atomics.load(slot, 0)}`) }, slot);
    const analyzer = await createAnalyzer(
      trackedRules([probe], () => RULE_BASE + 3, slot),
      { passes: [pass] },
    );
    analyzer.analyze('a.py', 'print(1)\n');
    const code = RULE_BASE + 3;
    expect(seen).toEqual([`create ${code}`, `call ${code}`, `end ${code}`, `pass ${PHASE.dataFlow}`]);
    expect(Atomics.load(slot, 0)).toBe(PHASE.idle);
  });

  it('names phases and registry rules', () => {
    expect(phaseName(RULE_BASE + 1, ['a', 'b'])).toBe('rule b');
    expect(phaseName(PHASE.query, [])).toBe('syntax-tree query');
    expect(phaseName(PHASE.solve, [])).toBe('data-flow solve');
  });
});
