// What an analysis worker is doing right now, written to memory shared with the pool (one Int32 slot), so the
// pool can name the rule or phase a file was stuck in when its budget ran out. A message per phase would cost
// a post per rule handler; a shared slot costs one store and can be read while the worker is stuck in a loop.
import type { Rule, Visitor } from '../analysis/rule.js';
import type { FilePass } from '../analysis/file-pass.js';

export const PHASE = {
  idle: 0,
  setup: 1,
  parse: 2,
  query: 3,
  dispatch: 4,
  dataFlow: 5,
  testHook: 6,
  solve: 7,
} as const;
/** Codes from here on are registry rules: `RULE_BASE + index in rules/index.ts`. */
export const RULE_BASE = 16;

const NAMES: Record<number, string> = {
  [PHASE.idle]: 'idle',
  [PHASE.setup]: 'analyzer set-up',
  [PHASE.parse]: 'parse',
  [PHASE.query]: 'syntax-tree query',
  [PHASE.dispatch]: 'rule dispatch',
  [PHASE.dataFlow]: 'data-flow extraction',
  [PHASE.testHook]: 'test hook',
  [PHASE.solve]: 'data-flow solve',
};

/** "rule sql-string-formatting" or "parse"; `ruleIds` are the registry's ids in registry order. */
export function phaseName(code: number, ruleIds: readonly string[]): string {
  if (code >= RULE_BASE) return `rule ${ruleIds[code - RULE_BASE] ?? '?'}`;
  return NAMES[code] ?? 'unknown phase';
}

export type PhaseSlot = Int32Array;

export function setPhase(slot: PhaseSlot, code: number): void {
  Atomics.store(slot, 0, code);
}

/** Rules whose `create` and every handler mark the slot with their own code while they run. */
export function trackedRules(rules: readonly Rule[], codeOf: (rule: Rule) => number, slot: PhaseSlot): Rule[] {
  return rules.map((rule) => {
    const code = codeOf(rule);
    const during =
      <A extends unknown[], R>(fn: (...args: A) => R, after: number) =>
      (...args: A): R => {
        setPhase(slot, code);
        try {
          return fn(...args);
        } finally {
          setPhase(slot, after);
        }
      };
    // The engine creates every rule, then collects the nodes, then dispatches: what follows a create is that walk.
    const create = during(
      (ctx: Parameters<Rule['create']>[0]) => trackedVisitor(rule.create(ctx), during),
      PHASE.query,
    );
    return { ...rule, create };
  });
}

function trackedVisitor(
  visitor: Visitor,
  during: <A extends unknown[], R>(fn: (...args: A) => R, after: number) => (...args: A) => R,
): Visitor {
  const wrapAll = <H extends (...args: never[]) => unknown>(handlers: Partial<Record<string, H>> | undefined) => {
    if (!handlers) return undefined;
    const out: Partial<Record<string, H>> = {};
    for (const [key, handler] of Object.entries(handlers))
      if (handler) out[key] = during(handler as never, PHASE.dispatch) as H;
    return out;
  };
  const nodes = wrapAll(visitor.nodes);
  const calls = wrapAll(visitor.calls) as Visitor['calls'];
  return {
    ...(nodes ? { nodes } : {}),
    ...(calls ? { calls } : {}),
    ...(visitor.end ? { end: during(visitor.end, PHASE.dispatch) } : {}),
  };
}

/** The taint pass (or any FilePass) marking the slot while it extracts. */
export function trackedPass(pass: FilePass, slot: PhaseSlot): FilePass {
  return {
    id: pass.id,
    visit: (...args) => {
      setPhase(slot, PHASE.dataFlow);
      try {
        return pass.visit(...args);
      } finally {
        setPhase(slot, PHASE.idle);
      }
    },
  };
}
