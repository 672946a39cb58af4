// async-blocking-sleep: time.sleep inside a coroutine freezes the whole event loop (Ruff ASYNC251).
import { defineRule, type Fix, type RuleContext } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { replaceNode } from '../../src/analysis/python/fixes.js';
import { enclosingAsyncFunction } from '../../src/analysis/python/async-context.js';

export default defineRule({
  meta: {
    id: 'async-blocking-sleep',
    title: 'time.sleep inside async def blocks the event loop',
    category: 'async-security',
    cwe: ['CWE-400', 'CWE-833'],
    owasp: { '2021': ['A04:2021'], '2025': ['A06:2025'] },
    severity: 'medium',
    riskScore: 4,
    confidence: 'high',
    threat: 'availability',
    timeline: '30-days',
    technology: ['asyncio'],
    aliases: { ruff: ['ASYNC251'] },
    fixable: true,
    messages: {
      sleep:
        '`{{fn}}` in `async def {{coroutine}}` stops every task on the event loop for the whole delay; use `await asyncio.sleep(...)`.',
    },
    docs: {
      whatItDoes: 'Flags `time.sleep()` called directly inside an `async def` (not inside a nested plain function).',
      whyBad:
        'The event loop runs all coroutines on one thread; a blocking sleep stops every other request, heartbeat and timeout until it returns.',
      businessImpact:
        'Latency spikes and timeouts for all users served by the process; an attacker who can trigger the path (e.g. a retry with back-off) stalls the service.',
      attackScenario:
        'A login coroutine sleeps 2 s with `time.sleep` after each failed attempt to slow brute force; an attacker sends 50 bad logins and the whole API freezes for 100 s.',
      example: 'async def retry():\n    time.sleep(2)',
      useInstead: 'async def retry():\n    await asyncio.sleep(2)',
      testing:
        "Run two coroutines concurrently and assert the second is not delayed by the first one's back-off (e.g. with asyncio debug mode slow-callback warnings).",
      knownProblems: 'The autofix is offered for standalone `time.sleep(...)` statements in files that import asyncio.',
      references: [
        'https://docs.python.org/3/library/asyncio-dev.html#running-blocking-code',
        'https://docs.astral.sh/ruff/rules/blocking-sleep-in-async-function/',
      ],
    },
  },
  hints: ['sleep'],
  requires: [['async']],
  create(ctx) {
    if (ctx.file.isTest || !ctx.source.includes('async')) return {}; // tests block on purpose to provoke timeouts
    const check = (call: CallInfo) => {
      const coroutine = enclosingAsyncFunction(call.node);
      if (!coroutine) return;
      const fix = awaitSleepFix(ctx, call);
      ctx.report({
        node: call.node,
        messageId: 'sleep',
        data: { fn: call.name ?? 'time.sleep', coroutine: coroutine.childForFieldName('name')?.text ?? '?' },
        ...(fix ? { fix } : {}),
      });
    };
    return { calls: { 'time.sleep': check } };
  },
});

function awaitSleepFix(ctx: RuleContext, call: CallInfo): Fix | undefined {
  if (
    call.node.parent?.type !== 'expression_statement' ||
    !/^import asyncio\s*$/m.test(ctx.source) ||
    !call.argumentList
  )
    return undefined;
  return {
    description: 'Await asyncio.sleep instead.',
    edits: [replaceNode(call.node, `await asyncio.sleep${call.argumentList.text}`)],
  };
}
