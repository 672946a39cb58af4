// bind-all-interfaces: servers bound to 0.0.0.0 / :: listen on every network (Bandit B104, Ruff S104).
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule } from '../../src/analysis/rule.js';

const HOST_KEYWORDS = new Set([
  'host',
  'hostname',
  'bind',
  'bind_address',
  'address',
  'listen',
  'interface',
  'server_name',
  'addr',
]);
const BIND_METHODS = new Set([
  'bind',
  'run',
  'serve',
  'listen',
  'create_server',
  'start_server',
  'make_server',
  'run_simple',
  'TCPServer',
  'HTTPServer',
  'ThreadingHTTPServer',
  'UDPServer',
]);

export default defineRule({
  meta: {
    id: 'bind-all-interfaces',
    title: 'Binding to all network interfaces',
    category: 'input-validation',
    cwe: ['CWE-605', 'CWE-1327'],
    owasp: { '2021': ['A05:2021'], '2025': ['A02:2025'] },
    severity: 'medium',
    riskScore: 5,
    confidence: 'medium',
    threat: 'confidentiality',
    timeline: '30-days',
    aliases: { bandit: ['B104'], ruff: ['S104'] },
    messages: {
      allInterfaces:
        'Binding to `{{address}}` exposes the service on every interface; bind to 127.0.0.1 or a configured address.',
    },
    docs: {
      whatItDoes:
        'Flags `"0.0.0.0"`, `"::"` and `""` passed as the host of bind/run/serve calls, `host=`-style keywords, or assigned to host/bind/addr-like names and defaults. Other `"0.0.0.0"` literals are reported at low severity outside tests (Bandit reports them all); comparisons and docstrings are skipped.',
      whyBad:
        'A socket bound to every interface is reachable from any network the host is on, including public ones, bypassing the assumption that a dev server or admin port is local only.',
      businessImpact: 'Debug consoles, admin APIs and unauthenticated internal services become reachable by outsiders.',
      attackScenario:
        'A metrics server meant for localhost runs `app.run(host="0.0.0.0")` on a cloud VM; an attacker scanning the provider\'s range finds the port and reads internal data.',
      example: 'app.run(host="0.0.0.0", port=8080)',
      useInstead: 'app.run(host=os.environ.get("BIND_ADDR", "127.0.0.1"), port=8080)',
      testing:
        'Start the service and assert `ss -ltn` shows it on 127.0.0.1 only unless the deployment configures otherwise.',
      knownProblems:
        'Containers often must bind 0.0.0.0 for port publishing; there, read the address from configuration and suppress with a reason.',
      references: [
        'https://cwe.mitre.org/data/definitions/605.html',
        'https://docs.python.org/3/library/socket.html#socket.socket.bind',
      ],
    },
  },
  hints: ['0.0.0.0', "'::", '"::', "''", '""'],
  create(ctx) {
    const hasAny = ctx.source.includes('0.0.0.0');
    // '' only matters as the host of a bind-like call: `s.bind(("", 80))`, `make_server("", 8000, app)`.
    const hasIpv6 = /["']::["']/.test(ctx.source) || hasEmptyHostCall(ctx.source);
    if (!hasAny && !hasIpv6) return {};
    return {
      nodes: {
        string(node) {
          const text = node.text;
          if (text.length > 12) return; // the addresses are short; bail out before any tree walking
          const value = text.replace(/^[rRuU]?(["'])(.*)\1$/, '$2');
          if (value !== '0.0.0.0' && value !== '::' && value !== '') return;
          const bound = isHostArgument(node) || (value !== '' && isHostName(node)); // host='' defaults usually mean "not set"
          if (value !== '0.0.0.0' && !bound) return;
          if (!bound && (ctx.file.isTest || isIgnored(node))) return; // comparisons, sendto targets in tests…
          ctx.report({
            node,
            messageId: 'allInterfaces',
            data: { address: value === '' ? "''" : value },
            ...(bound ? {} : { severity: 'low' as const, confidence: 'low' as const }),
          });
        },
      },
    };
  },
});

const HOST_NAME = /host|bind|addr|listen|interface|(^|_)ip($|_)|server/i;

/** `HOST = "0.0.0.0"`, `{"host": "0.0.0.0"}`, `def serve(host="0.0.0.0")`, `add_argument("--host", default="0.0.0.0")`. */
function isHostName(node: Node): boolean {
  const parent = node.parent;
  if (!parent) return false;
  if (parent.type === 'assignment') return HOST_NAME.test(parent.childForFieldName('left')?.text ?? '');
  if (parent.type === 'pair') return HOST_NAME.test(parent.childForFieldName('key')?.text ?? '');
  if (parent.type === 'default_parameter' || parent.type === 'typed_default_parameter')
    return HOST_NAME.test(parent.childForFieldName('name')?.text ?? '');
  if (parent.type === 'keyword_argument' && parent.childForFieldName('name')?.text === 'default') {
    return HOST_NAME.test(parent.parent?.namedChildren[0]?.text ?? '');
  }
  return false;
}

function isIgnored(node: Node): boolean {
  let parent = node.parent;
  if (parent?.type === 'tuple' || parent?.type === 'list' || parent?.type === 'set') parent = parent.parent; // `x in ("0.0.0.0", "::")`
  return parent?.type === 'comparison_operator' || parent?.type === 'expression_statement';
}

/** `s.bind(("::", 80))`, `serve(app, host="::")`, `run_simple("", …)`: the string is the host being bound. */
function isHostArgument(node: Node): boolean {
  let parent = node.parent;
  if (parent?.type === 'keyword_argument') return HOST_KEYWORDS.has(parent.childForFieldName('name')?.text ?? '');
  if (parent?.type === 'tuple' && parent.namedChildren[0]?.id === node.id) parent = parent.parent;
  else if (parent?.type !== 'argument_list' || parent.namedChildren[0]?.id !== node.id) return false;
  const call = parent?.type === 'argument_list' ? parent.parent : undefined;
  const callee = call?.childForFieldName('function');
  const method = callee?.type === 'attribute' ? callee.childForFieldName('attribute')?.text : callee?.text;
  return method !== undefined && BIND_METHODS.has(method);
}

const BIND_WORD = /bind|serve|listen|run_simple/i; // `server` contains `serve`

/**
 * `bind(("", 80))`, `make_server('', 8000, app)`: a call whose name contains a bind-like word and whose first
 * argument (or first tuple item) is an empty string, i.e. `\w*(bind|…)\w*\(\s*(\(\s*)?(''|"")`. Found from each
 * empty literal backwards (they are rare; `(` is everywhere): the regex retried `\w*` from every letter of a long
 * name, and a scan from every `(` cost a tenth of a second on the standard library.
 */
export function hasEmptyHostCall(source: string): boolean {
  for (const quote of ["''", '""']) {
    for (let at = source.indexOf(quote); at >= 0; at = source.indexOf(quote, at + 1)) {
      const inner = skipSpaceBack(source, at);
      if (source[inner] !== '(') continue;
      if (bindCallAt(source, inner)) return true;
      const outer = skipSpaceBack(source, inner);
      if (source[outer] === '(' && bindCallAt(source, outer)) return true;
    }
  }
  return false;
}

/** The index of the last non-space character before `end` (-1 when there is none). */
function skipSpaceBack(source: string, end: number): number {
  let i = end - 1;
  while (i >= 0 && /\s/.test(source[i]!)) i--;
  return i;
}

/** Whether the `(` at `open` follows a name holding a bind-like word. */
function bindCallAt(source: string, open: number): boolean {
  let word = open;
  while (word > 0 && /\w/.test(source[word - 1]!)) word--;
  return word < open && BIND_WORD.test(source.slice(word, open));
}
