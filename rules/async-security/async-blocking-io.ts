// async-blocking-io: synchronous HTTP and subprocess calls inside coroutines (Ruff ASYNC210/ASYNC221).
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { enclosingAsyncFunction } from '../../src/analysis/python/async-context.js';

const VERBS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'request'];
const BLOCKING = [
  ...VERBS.map((v) => `requests.${v}`),
  ...VERBS.map((v) => `httpx.${v}`),
  'urllib.request.urlopen',
  'urllib.request.urlretrieve',
  'urllib3.request',
  'subprocess.run',
  'subprocess.call',
  'subprocess.check_call',
  'subprocess.check_output',
  'os.system',
  'os.popen',
  'socket.create_connection',
  'smtplib.SMTP',
  'ftplib.FTP',
];

export default defineRule({
  meta: {
    id: 'async-blocking-io',
    title: 'Blocking network or subprocess call inside async def',
    category: 'async-security',
    cwe: ['CWE-400', 'CWE-833'],
    owasp: { '2021': ['A04:2021'], '2025': ['A06:2025'] },
    severity: 'medium',
    riskScore: 5,
    confidence: 'high',
    threat: 'availability',
    timeline: '30-days',
    technology: ['asyncio', 'requests', 'subprocess'],
    aliases: { ruff: ['ASYNC210', 'ASYNC220', 'ASYNC221'] },
    messages: {
      blocking:
        '`{{fn}}` blocks the event loop in `async def {{coroutine}}`: every other task waits until it returns. Use {{alternative}}.',
    },
    docs: {
      whatItDoes:
        'Flags synchronous HTTP calls (requests, httpx module functions, urllib), `subprocess` run/call/check_* and `os.system`/`os.popen` made directly inside an `async def`.',
      whyBad:
        'These calls wait on the network or on a child process while holding the event loop thread, so every other coroutine (including health checks and timeouts) stalls.',
      businessImpact:
        'One slow upstream or one attacker-controlled URL makes the whole async service unresponsive (denial of service).',
      attackScenario:
        'An async webhook handler calls `requests.get(user_url)`; the attacker points it at a slow-drip server and each request freezes the worker for the full read timeout.',
      example: 'async def preview(url):\n    return requests.get(url, timeout=10).text',
      useInstead:
        'async def preview(url):\n    async with httpx.AsyncClient(timeout=10) as client:\n        return (await client.get(url)).text',
      testing:
        'Enable asyncio debug mode (`PYTHONASYNCIODEBUG=1`) and assert no "Executing … took" slow-callback warnings under load.',
      knownProblems:
        'Calls wrapped in `asyncio.to_thread` / `run_in_executor` are passed as references and not reported; session objects (`session.get`) are not tracked.',
      references: [
        'https://docs.python.org/3/library/asyncio-dev.html#running-blocking-code',
        'https://docs.astral.sh/ruff/rules/blocking-http-call-in-async-function/',
      ],
    },
  },
  hints: [
    'check_call',
    'check_output',
    'create_connection',
    'ftplib',
    'httpx',
    'popen',
    'requests',
    'smtplib',
    'subprocess',
    'system',
    'urllib3',
    'urlopen',
    'urlretrieve',
  ],
  requires: [['async']],
  create(ctx) {
    if (ctx.file.isTest || !ctx.source.includes('async')) return {}; // tests block on purpose to provoke timeouts
    const check = (call: CallInfo) => {
      const coroutine = enclosingAsyncFunction(call.node);
      if (!coroutine) return;
      const fn = call.name ?? '?';
      const alternative =
        fn.startsWith('subprocess') || fn.startsWith('os.')
          ? '`asyncio.create_subprocess_exec`'
          : '`httpx.AsyncClient`/`aiohttp`, or `await asyncio.to_thread(...)`';
      ctx.report({
        node: call.node,
        messageId: 'blocking',
        data: { fn, coroutine: coroutine.childForFieldName('name')?.text ?? '?', alternative },
      });
    };
    return { calls: Object.fromEntries(BLOCKING.map((n) => [n, check])) };
  },
});
