// asyncio-task-not-referenced: fire-and-forget tasks that the garbage collector may destroy mid-flight (Ruff RUF006).
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';

export default defineRule({
  meta: {
    id: 'asyncio-task-not-referenced',
    title: 'asyncio task created without keeping a reference',
    category: 'async-security',
    cwe: ['CWE-404', 'CWE-755'],
    owasp: { '2021': ['A04:2021'], '2025': ['A10:2025'] },
    severity: 'medium',
    riskScore: 4,
    confidence: 'high',
    threat: 'integrity',
    timeline: '30-days',
    technology: ['asyncio'],
    aliases: { ruff: ['RUF006'] },
    messages: {
      dangling:
        'The task from `{{fn}}` is not stored: the event loop keeps only a weak reference, so it can be garbage-collected before it finishes and its exceptions are lost.',
    },
    docs: {
      whatItDoes:
        'Flags `asyncio.create_task(...)`, `asyncio.ensure_future(...)` and `loop.create_task(...)` used as bare statements (the returned task is dropped). TaskGroup `tg.create_task` and test files are not reported.',
      whyBad:
        'asyncio holds tasks weakly. A dropped task can disappear mid-execution, and an exception inside it is only logged at garbage collection, if ever — security-relevant work (audit logging, revocation, cleanup) silently does not happen.',
      businessImpact: 'Lost audit events, token revocations or cleanups that never complete, and failures nobody sees.',
      attackScenario:
        'Session revocation on logout runs in `asyncio.create_task(revoke(token))`; under memory pressure the task is collected early and the stolen token stays valid.',
      example: 'asyncio.create_task(audit_log(event))',
      useInstead:
        'task = asyncio.create_task(audit_log(event))\nbackground_tasks.add(task)\ntask.add_done_callback(background_tasks.discard)',
      testing:
        'Force `gc.collect()` while the task awaits and assert the work still completes; assert exceptions in the task are logged.',
      references: [
        'https://docs.python.org/3/library/asyncio-task.html#asyncio.create_task',
        'https://docs.astral.sh/ruff/rules/asyncio-dangling-task/',
      ],
    },
  },
  hints: ['create_task', 'ensure_future'],
  requires: [['create_task', 'ensure_future']],
  create(ctx) {
    if (ctx.file.isTest || !/create_task|ensure_future/.test(ctx.source)) return {};
    const check = (call: CallInfo) => {
      if (call.node.parent?.type !== 'expression_statement') return;
      if (
        call.method === 'create_task' &&
        !call.name?.startsWith('asyncio.') &&
        !/loop/i.test(call.receiver?.text ?? '')
      )
        return;
      ctx.report({ node: call.node, messageId: 'dangling', data: { fn: call.name ?? 'create_task' } });
    };
    return { calls: { 'asyncio.create_task': check, 'asyncio.ensure_future': check, '*.create_task': check } };
  },
});
