// async-shared-state-race: module-level mutable state read, awaited across, then mutated in a coroutine without a lock.
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule } from '../../src/analysis/rule.js';

const MUTABLE_CALLS = /^(dict|list|set|defaultdict|OrderedDict|Counter|deque|collections\.\w+)\(/;
const MUTATORS = new Set([
  'append',
  'extend',
  'insert',
  'pop',
  'remove',
  'clear',
  'update',
  'setdefault',
  'add',
  'discard',
  'popitem',
  'appendleft',
  'popleft',
]);

export default defineRule({
  meta: {
    id: 'async-shared-state-race',
    title: 'Shared module state mutated across an await without a lock',
    category: 'async-security',
    cwe: ['CWE-362', 'CWE-367'],
    owasp: { '2021': ['A04:2021'], '2025': ['A06:2025'] },
    severity: 'medium',
    riskScore: 4,
    confidence: 'low',
    threat: 'integrity',
    timeline: '30-days',
    technology: ['asyncio'],
    aliases: {},
    messages: {
      race: '`{{name}}` is read before an `await` and mutated after it in `{{coroutine}}`: other tasks can change it in between. Guard it with an `asyncio.Lock`.',
    },
    docs: {
      whatItDoes:
        'Flags coroutines that reference a module-level dict/list/set, then `await`, then mutate it (item assignment, `del`, or a mutating method), outside any `async with …lock…` block.',
      whyBad:
        'Coroutines interleave at every `await`: a check such as `if key not in CACHE` is stale by the time the write happens, so two tasks both act (double spend, duplicate token issuance, lost updates).',
      businessImpact:
        'Business rules enforced in memory (quotas, one-time tokens, rate limits) can be bypassed by concurrent requests.',
      attackScenario:
        'A coupon endpoint checks `if code not in USED`, awaits the database, then adds the code; the attacker fires 20 concurrent requests and redeems the coupon 20 times.',
      example:
        'USED = set()\nasync def redeem(code):\n    if code in USED:\n        raise Used()\n    await apply_discount(code)\n    USED.add(code)',
      useInstead:
        'USED = set()\nLOCK = asyncio.Lock()\nasync def redeem(code):\n    async with LOCK:\n        if code in USED:\n            raise Used()\n        USED.add(code)\n    await apply_discount(code)',
      testing:
        'Run the coroutine 50 times concurrently with `asyncio.gather` on the same key and assert the side effect happens once.',
      knownProblems:
        'Low confidence: a read before the await that does not influence the write is reported too; locks are recognised by an `async with` whose expression mentions "lock" or "semaphore".',
      references: [
        'https://docs.python.org/3/library/asyncio-sync.html#asyncio.Lock',
        'https://cwe.mitre.org/data/definitions/362.html',
      ],
    },
  },
  hints: ['async def'],
  requires: [['async def'], ['await']],
  create(ctx) {
    if (!ctx.source.includes('async def') || !ctx.source.includes('await')) return {};
    let globals: Set<string> | undefined;
    return {
      nodes: {
        function_definition(fn: Node) {
          if (fn.firstChild?.type !== 'async') return;
          globals ??= mutableGlobals(fn);
          if (globals.size === 0) return;
          const body = fn.childForFieldName('body');
          const awaits = body?.descendantsOfType('await').filter((a): a is Node => Boolean(a)) ?? [];
          if (!body || awaits.length === 0) return;
          for (const name of globals) {
            const mutation = racyMutation(body, name, awaits);
            if (mutation)
              ctx.report({
                node: mutation,
                messageId: 'race',
                data: { name, coroutine: fn.childForFieldName('name')?.text ?? '?' },
              });
          }
        },
      },
    };
  },
});

/** Module-level names bound once to a dict/list/set literal or constructor. */
function mutableGlobals(anyNode: Node): Set<string> {
  let root = anyNode;
  while (root.parent) root = root.parent;
  const names = new Set<string>();
  for (const statement of root.namedChildren) {
    const assignment = statement?.type === 'expression_statement' ? statement.namedChildren[0] : undefined;
    if (assignment?.type !== 'assignment') continue;
    const left = assignment.childForFieldName('left');
    const right = assignment.childForFieldName('right');
    if (left?.type !== 'identifier' || !right) continue;
    const literal = right.type === 'dictionary' || right.type === 'list' || right.type === 'set';
    if (literal || (right.type === 'call' && MUTABLE_CALLS.test(right.text))) names.add(left.text);
  }
  return names;
}

/** The first mutation of `name` that follows an await which itself follows an earlier reference to `name`. */
function racyMutation(body: Node, name: string, awaits: Node[]): Node | undefined {
  const refs = body.descendantsOfType('identifier').filter((n): n is Node => n?.text === name);
  if (refs.length < 2 || refs.some((r) => isLocalBinding(r))) return undefined;
  for (const ref of refs) {
    const mutation = mutationAt(ref);
    if (!mutation || insideLock(mutation, body)) continue;
    const raced = awaits.some(
      (a) => a.startIndex < mutation.endIndex && refs.some((r) => r.startIndex < a.startIndex && !within(r, mutation)),
    );
    if (raced) return mutation;
  }
  return undefined;
}

/** `NAME[k] = v`, `NAME[k] += v`, `del NAME[k]`, `NAME.append(x)` … → the statement-level node of the mutation. */
function mutationAt(ref: Node): Node | undefined {
  const parent = ref.parent;
  if (parent?.type === 'subscript' && parent.childForFieldName('value')?.id === ref.id) {
    const holder = parent.parent;
    if (
      (holder?.type === 'assignment' || holder?.type === 'augmented_assignment') &&
      holder.childForFieldName('left')?.id === parent.id
    )
      return holder;
    if (holder?.type === 'delete_statement') return holder;
  }
  if (parent?.type === 'attribute' && parent.childForFieldName('object')?.id === ref.id) {
    const method = parent.childForFieldName('attribute')?.text ?? '';
    if (MUTATORS.has(method) && parent.parent?.type === 'call') return parent.parent;
  }
  return undefined;
}

function isLocalBinding(ref: Node): boolean {
  const parent = ref.parent;
  return parent?.type === 'assignment' && parent.childForFieldName('left')?.id === ref.id;
}

function insideLock(node: Node, body: Node): boolean {
  for (let cur = node.parent; cur && cur.id !== body.id; cur = cur.parent) {
    if (cur.type !== 'with_statement') continue;
    const clause = cur.namedChildren.find((c) => c?.type === 'with_clause');
    if (/lock|semaphore|mutex/i.test(clause?.text ?? '')) return true;
  }
  return false;
}

function within(inner: Node, outer: Node): boolean {
  return inner.startIndex >= outer.startIndex && inner.endIndex <= outer.endIndex;
}
