// What a branch condition proves about a variable: allow-list membership, equality with a constant, a full
// regex match, `isdigit()`, `isinstance(x, int)`, a confined path prefix (`startswith`, `commonpath`,
// `is_relative_to`), an allow-listed URL host, a local-path check that excludes `//` and `\`, the absence of the
// characters an injection needs (`"../" in name` on its false side), and calls to the project's own validators.
import type { Node } from '../../syntax-node.js';
import type { Guard } from '../ir.js';
import { ALL_KINDS, maskOf } from '../kinds.js';
import type { ExtractContext } from './context.js';
import { keyOf } from './keys.js';
import { pinsDestination } from './prefix.js';

export interface Facts {
  /** Hold on the branch where the test is true. */
  yes: Guard[];
  /** Hold where it is false. */
  no: Guard[];
}

const NONE: Facts = { yes: [], no: [] };
const URL_KINDS = maskOf(['ssrf', 'redirect']);
const SAFE_CHECKS = new Set(['isdigit', 'isalnum', 'isnumeric', 'isdecimal', 'isalpha', 'isidentifier']);
const URL_CHECKS = /(^|\.)(url_has_allowed_host_and_scheme|is_safe_url|is_allowed_url|is_safe_redirect)$/;
const PATH = maskOf(['path']);
/** Callees that are never validators (builtins, the models' own checks): no summary to consult. */
const NOT_VALIDATORS =
  /^(len|str|repr|bool|int|float|isinstance|hasattr|getattr|callable|any|all|print|type|list|dict|set|tuple|sorted|min|max|sum|iter|next|open|os\.|re\.|json\.|logging\.)/;

/** Reads a call node into IR (the statement reader's), so a validator guard can name its callee. */
export type CallReader = (node: Node) => { f?: string; method?: boolean };

/**
 * Sinks a value is safe for once it holds none of these characters (`if "'" in name: return error`): traversal
 * needs `..` or a separator, SQL/XPath string breaks need a quote, HTML needs `<`, headers and logs need a newline,
 * a shell needs a metacharacter, a template needs a brace, an LDAP filter needs `*()\`.
 */
const CHAR_KINDS: [RegExp, number][] = [
  [/\.\.|[/\\]/, PATH],
  [/['"]/, maskOf(['sql', 'xpath'])],
  [/[<>]/, maskOf(['xss'])],
  [/[\r\n]/, maskOf(['header', 'log'])],
  [/[;|&$`]/, maskOf(['command'])],
  [/[{}]/, maskOf(['ssti'])],
  [/[*()\\]/, maskOf(['ldap'])],
];

/** `parsed = urlparse(url)`: guards on `parsed.netloc` protect `url`. */
export type Aliases = Map<string, string>;

export function factsOf(
  node: Node | null | undefined,
  ctx: ExtractContext,
  aliases: Aliases,
  readCall?: CallReader,
): Facts {
  if (!node) return NONE;
  switch (node.type) {
    case 'parenthesized_expression':
      return factsOf(node.namedChildren[0], ctx, aliases, readCall);
    case 'not_operator': {
      const inner = factsOf(node.childForFieldName('argument'), ctx, aliases, readCall);
      return { yes: inner.no, no: inner.yes };
    }
    case 'boolean_operator': {
      const left = factsOf(node.childForFieldName('left'), ctx, aliases, readCall);
      const right = factsOf(node.childForFieldName('right'), ctx, aliases, readCall);
      const op = node.childForFieldName('operator')?.text ?? node.children[1]?.text;
      if (op !== 'and') {
        const local = localPathCheck(holdsWhen(node, false));
        return { yes: [], no: [...left.no, ...right.no, ...(local ? [local] : [])] };
      }
      const local = localPathCheck(holdsWhen(node, true));
      return { yes: [...left.yes, ...right.yes, ...(local ? [local] : [])], no: [] };
    }
    case 'comparison_operator':
      return comparison(node, ctx, aliases, readCall);
    case 'call':
      return callCheck(node, ctx, aliases, readCall);
    default:
      return NONE;
  }
}

/** A condition as a list of literals that all hold: (node, negated). */
interface Literal {
  node: Node;
  neg: boolean;
}

/** Literals known to hold where `node` evaluates to `truth`: both sides of a true `and`, of a false `or`. */
function holdsWhen(node: Node, truth: boolean): Literal[] {
  if (node.type === 'parenthesized_expression' && node.namedChildren[0]) return holdsWhen(node.namedChildren[0], truth);
  if (node.type === 'not_operator') {
    const arg = node.childForFieldName('argument');
    return arg ? holdsWhen(arg, !truth) : [];
  }
  if (node.type === 'boolean_operator') {
    const op = node.childForFieldName('operator')?.text ?? node.children[1]?.text;
    if (op !== (truth ? 'and' : 'or')) return [];
    return [node.childForFieldName('left'), node.childForFieldName('right')]
      .filter((c): c is Node => !!c)
      .flatMap((c) => holdsWhen(c, truth));
  }
  return [{ node, neg: !truth }];
}

/**
 * `url.startswith("/") and not url.startswith("//")` (and `\`): a path on this site, so a redirect or a request
 * built from it stays here. `startswith("/")` alone lets `//evil.example` through, so it proves nothing.
 * `holds` = the literals known true on the branch (an `and` taken, or an `or` not taken).
 */
function localPathCheck(holds: Literal[]): Guard | undefined {
  const starts = (l: Literal, neg: boolean): { v: string; prefixes: string[] } | undefined => {
    if (l.neg !== neg || l.node.type !== 'call') return undefined;
    const cur = l.node;
    const callee = cur.childForFieldName('function');
    if (callee?.type !== 'attribute' || callee.childForFieldName('attribute')?.text !== 'startswith') return undefined;
    const object = callee.childForFieldName('object');
    const v = object ? keyOf(object) : undefined;
    const arg = cur.childForFieldName('arguments')?.namedChildren[0];
    if (!v || !arg) return undefined;
    const texts = arg.type === 'tuple' ? arg.namedChildren.filter((c): c is Node => !!c) : [arg];
    const prefixes = texts.map((t) => stringValue(t)).filter((t): t is string => t !== undefined);
    return prefixes.length === texts.length ? { v, prefixes } : undefined;
  };
  const slash = holds.map((p) => starts(p, false)).find((x) => x && x.prefixes.length === 1 && x.prefixes[0] === '/');
  if (!slash) return undefined;
  const excluded = new Set(
    holds
      .map((p) => starts(p, true))
      .filter((x) => x?.v === slash.v)
      .flatMap((x) => x!.prefixes),
  );
  for (const p of holds) {
    // `"\\" not in url` (or `"\\" in url` known false) also rules out `/\evil.example`.
    const m = p.node.type === 'comparison_operator' ? p.node.namedChildren.filter((c): c is Node => !!c) : [];
    const ops = p.node.children
      .filter((c) => c && !c.isNamed)
      .map((c) => c!.text)
      .join(' ');
    const absent = (ops === 'not in' && !p.neg) || (ops === 'in' && p.neg);
    if (m.length === 2 && absent && keyOf(m[1]!) === slash.v) {
      const str = stringValue(m[0]!);
      if (str !== undefined) excluded.add(`/${str}`).add(str);
    }
  }
  return excluded.has('//') && (excluded.has('/\\') || excluded.has('\\'))
    ? { v: slash.v, clears: URL_KINDS }
    : undefined;
}

function stringValue(node: Node): string | undefined {
  if (node.type !== 'string' || node.namedChildren.some((c) => c?.type === 'interpolation')) return undefined;
  const body = node.namedChildren
    .filter((c) => c?.type === 'string_content' || c?.type === 'escape_sequence')
    .map((c) => c!.text)
    .join('');
  return body.replace(/\\(.)/g, (_, ch: string) => (ch === 'n' ? '\n' : ch === 'r' ? '\r' : ch === 't' ? '\t' : ch));
}

function comparison(node: Node, ctx: ExtractContext, aliases: Aliases, readCall?: CallReader): Facts {
  const operands = node.namedChildren.filter((c): c is Node => !!c);
  if (operands.length !== 2) return NONE;
  const ops = node.children
    .filter((c) => c && !c.isNamed)
    .map((c) => c!.text)
    .join(' ');
  const [left, right] = operands as [Node, Node];
  // `re.fullmatch(P, x) is not None`: the check's own facts; `is None` is its negation.
  if (right.type === 'none' && left.type === 'call' && ['is not', 'is', '!=', '=='].includes(ops)) {
    const inner = factsOf(left, ctx, aliases, readCall);
    return ops === 'is not' || ops === '!=' ? { yes: inner.yes, no: [] } : { yes: [], no: inner.yes };
  }
  if (ops === 'in' || ops === 'not in') {
    const needle = stringValue(left);
    const haystack = keyOf(right);
    if (needle !== undefined && haystack) {
      // `".." in name` is the test for the danger itself: the value is safe where it is false.
      const clears = CHAR_KINDS.reduce((m, [re, kinds]) => (re.test(needle) ? m | kinds : m), 0);
      if (!clears) return NONE;
      const guard = { v: haystack, clears };
      return ops === 'in' ? { yes: [], no: [guard] } : { yes: [guard], no: [] };
    }
    if (!isConstantCollection(right)) return NONE;
    const guard = subject(left, aliases);
    if (!guard) return NONE;
    return ops === 'in' ? { yes: [guard], no: [] } : { yes: [], no: [guard] };
  }
  if (ops === '==' || ops === '!=') {
    const contained = commonPathCheck(left, right, ctx) ?? commonPathCheck(right, left, ctx);
    if (contained) return ops === '==' ? { yes: [contained], no: [] } : { yes: [], no: [contained] };
  }
  if (ops === '==' || ops === '!=' || ops === 'is') {
    const [variable, constant] = isConstant(right)
      ? [left, right]
      : isConstant(left)
        ? [right, left]
        : [undefined, undefined];
    if (!variable || !constant) return NONE;
    const guard = subject(variable, aliases);
    if (!guard) return NONE;
    return ops === '!=' ? { yes: [], no: [guard] } : { yes: [guard], no: [] };
  }
  return NONE;
}

/** `os.path.commonpath([BASE, full]) == BASE`: `full` (once normalised) lies under BASE. */
function commonPathCheck(call: Node, base: Node, ctx: ExtractContext): Guard | undefined {
  if (call.type !== 'call') return undefined;
  const fn = ctx.qualified(call.childForFieldName('function')!) ?? '';
  if (!/^os\.path\.(commonpath|commonprefix)$/.test(fn)) return undefined;
  const list = call.childForFieldName('arguments')?.namedChildren[0];
  const items =
    list && (list.type === 'list' || list.type === 'tuple') ? list.namedChildren.filter((c): c is Node => !!c) : [];
  if (items.length !== 2) return undefined;
  const other = items.find((i) => i.text !== base.text);
  const v = other ? keyOf(other) : undefined;
  return v && items.some((i) => i.text === base.text) ? { v, clears: PATH, normOnly: true } : undefined;
}

/** The variable a check constrains: `x`, or the URL behind `urlparse(x).netloc` / `parsed.hostname`. */
function subject(node: Node, aliases: Aliases): Guard | undefined {
  const key = keyOf(node);
  if (node.type === 'identifier' && key) return { v: key, clears: ALL_KINDS };
  if (node.type !== 'attribute') return key ? { v: key, clears: ALL_KINDS } : undefined;
  const attr = node.childForFieldName('attribute')?.text ?? '';
  if (!/^(netloc|hostname|host|scheme)$/.test(attr)) return key ? { v: key, clears: ALL_KINDS } : undefined;
  const object = node.childForFieldName('object');
  if (object?.type === 'identifier') {
    const url = aliases.get(object.text);
    return url ? { v: url, clears: URL_KINDS } : undefined;
  }
  if (object?.type === 'call' && /urlparse|urlsplit/.test(object.childForFieldName('function')?.text ?? '')) {
    const arg = object.childForFieldName('arguments')?.namedChildren[0];
    const argKey = arg ? keyOf(arg) : undefined;
    return argKey ? { v: argKey, clears: URL_KINDS } : undefined;
  }
  return undefined;
}

function callCheck(node: Node, ctx: ExtractContext, aliases: Aliases, readCall?: CallReader): Facts {
  const callee = node.childForFieldName('function');
  const args =
    node.childForFieldName('arguments')?.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment') ?? [];
  if (!callee) return NONE;
  const name = ctx.qualified(callee) ?? '';
  if (name === 'bool' && args.length === 1) return factsOf(args[0], ctx, aliases, readCall);
  if (callee.type === 'attribute') {
    const method = callee.childForFieldName('attribute')?.text ?? '';
    const object = callee.childForFieldName('object');
    const objectKey = object ? keyOf(object) : undefined;
    if (SAFE_CHECKS.has(method) && objectKey) return { yes: [{ v: objectKey, clears: ALL_KINDS }], no: [] };
    if (method === 'startswith' && objectKey) {
      const pinned = pinnedUrlKinds(args[0]);
      return {
        yes: [{ v: objectKey, clears: PATH, normOnly: true }, ...(pinned ? [{ v: objectKey, clears: pinned }] : [])],
        no: [],
      };
    }
    if (method === 'is_relative_to' && objectKey)
      return { yes: [{ v: objectKey, clears: PATH, normOnly: true }], no: [] };
    if ((method === 'fullmatch' || method === 'match') && /^[A-Z_][A-Z0-9_]*$/.test(objectKey ?? '') && args[0]) {
      return guardOn(args[0], ALL_KINDS, aliases);
    }
  }
  if (
    (name === 're.fullmatch' || name === 're.match' || name === 're.search') &&
    args.length >= 2 &&
    isAnchoredPattern(args[0]!, name)
  ) {
    return guardOn(args[1]!, ALL_KINDS, aliases);
  }
  if (name === 'isinstance' && args[1] && /\b(int|float|bool|UUID)\b/.test(args[1].text) && args[0]) {
    return guardOn(args[0], ALL_KINDS, aliases);
  }
  if (URL_CHECKS.test(name) && args[0]) return guardOn(args[0], URL_KINDS, aliases);
  return validatorCall(node, name, args, readCall);
}

/** `is_safe(url)`, `self.valid_name(n)`: the solver reads from the callee's summary what a true result proves. */
function validatorCall(node: Node, name: string, args: Node[], readCall?: CallReader): Facts {
  if (!readCall || !name || NOT_VALIDATORS.test(name) || args.some((a) => a.type === 'keyword_argument')) return NONE;
  const call = readCall(node);
  if (!call.f) return NONE;
  const yes: Guard[] = [];
  args.forEach((a, i) => {
    const v = keyOf(a);
    if (v) yes.push({ v, clears: 0, via: { f: call.f!, ...(call.method ? { method: true } : {}), arg: i } });
  });
  return yes.length ? { yes, no: [] } : NONE;
}

/**
 * `url.startswith("https://api.example.com/")`: a constant scheme, host and separator (or, for a redirect, a local
 * path such as `/account/`) fix where the URL goes, as the same prefix written into the URL would.
 */
function pinnedUrlKinds(arg: Node | undefined): number {
  const texts = arg?.type === 'tuple' ? arg.namedChildren.filter((c): c is Node => !!c) : arg ? [arg] : [];
  const prefixes = texts.map((t) => stringValue(t));
  if (!prefixes.length || prefixes.some((p) => p === undefined)) return 0;
  const pins = (kind: 'ssrf' | 'redirect') => prefixes.every((p) => pinsDestination(kind, p!));
  return (pins('ssrf') ? maskOf(['ssrf']) : 0) | (pins('redirect') ? maskOf(['redirect']) : 0);
}

function guardOn(node: Node, clears: number, _aliases: Aliases): Facts {
  const key = keyOf(node);
  return key ? { yes: [{ v: key, clears }], no: [] } : NONE;
}

function isAnchoredPattern(node: Node, fn: string): boolean {
  if (node.type !== 'string' || node.namedChildren.some((c) => c?.type === 'interpolation')) return false;
  const end = fn === 're.fullmatch' || /(\$|\\Z)['"]$/.test(node.text);
  return end && (fn !== 're.search' || /^[rbuRBU]*['"]{1,3}(\^|\\A)/.test(node.text));
}

function isConstant(node: Node): boolean {
  return (
    ['string', 'integer', 'float', 'true', 'false', 'none'].includes(node.type) &&
    !node.namedChildren.some((c) => c?.type === 'interpolation')
  );
}

/** A literal collection of constants, or an UPPER_CASE name (a module-level allow-list by convention). */
function isConstantCollection(node: Node): boolean {
  if (['list', 'tuple', 'set', 'dictionary'].includes(node.type)) {
    return node.namedChildren.every(
      (c) =>
        !c || c.type === 'comment' || isConstant(c) || (c.type === 'pair' && isConstant(c.childForFieldName('key')!)),
    );
  }
  if (node.type === 'identifier' || node.type === 'attribute') {
    const last = node.type === 'attribute' ? (node.childForFieldName('attribute')?.text ?? '') : node.text;
    return /^[A-Z][A-Z0-9_]*$/.test(last) || /^(allowed|allow|whitelist|safe)_?/i.test(last);
  }
  if (node.type === 'call') {
    const fn = node.childForFieldName('function')?.text;
    const arg = node.childForFieldName('arguments')?.namedChildren[0];
    return (fn === 'set' || fn === 'frozenset') && !!arg && isConstantCollection(arg);
  }
  return false;
}
