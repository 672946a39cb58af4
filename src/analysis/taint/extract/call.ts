// Reads a call into the taint IR and attaches what the models say about it: source, sinks, sanitizer, clean.
import type { Node } from '../../syntax-node.js';
import type { CallExpr, Expr, SinkUse } from '../ir.js';
import { ALL_KINDS, KIND_CWE, maskOf, kindBit, type SinkKind } from '../kinds.js';
import { MODEL_INDEX } from '../models/index.js';
import type { SinkModel } from '../models/types.js';
import type { ConstEnv } from './constants.js';
import type { ExtractContext } from './context.js';
import { keyOf } from './keys.js';
import { constantPrefix } from '../../python/string-prefix.js';
import { pinsDestination } from './prefix.js';

const CLEAN_RESULT = new Set([
  'code',
  'xpath',
  'ssrf',
  'sql',
  'nosql',
  'ldap',
  'command',
  'xss',
  'redirect',
  'log',
  'cookie',
  'header',
  'path',
  'ssti',
]);
const MUTATORS = new Set([
  'append',
  'extend',
  'insert',
  'add',
  'update',
  'appendleft',
  'extendleft',
  'setdefault',
  'write',
  'writelines',
  'put',
  'put_nowait',
  '__setitem__',
]);

/**
 * What reading a call needs from the expression reader (expr.ts's CallSite is one): its context, the function's
 * tracked locals, and `expr` for the arguments. An interface, so that this module does not import the reader back.
 */
export interface CallSite {
  readonly ctx: ExtractContext;
  readonly requestNames: ReadonlySet<string>;
  readonly instances: ReadonlyMap<string, string>;
  readonly safeClients: ReadonlySet<string>;
  /** Parameters whose call returns the client's data in the current function (ASGI `receive`). */
  readonly sourceCalls: ReadonlySet<string>;
  readonly lists: ReadonlyMap<string, { items: Node[]; depth: number }>;
  readonly consts: ConstEnv;
  expr(node: Node | null | undefined): Expr;
}

interface Args {
  positional: Node[];
  keywords: Map<string, Node>;
}

function readArgs(list: Node | null): Args {
  const out: Args = { positional: [], keywords: new Map() };
  if (!list) return out;
  if (list.type === 'generator_expression') {
    out.positional.push(list);
    return out;
  }
  for (const child of list.namedChildren) {
    if (!child || child.type === 'comment') continue;
    if (child.type === 'keyword_argument') {
      const name = child.childForFieldName('name')?.text;
      const value = child.childForFieldName('value');
      if (name && value) out.keywords.set(name, value);
    } else out.positional.push(child);
  }
  return out;
}

export function modelCall(reader: CallSite, node: Node): CallExpr {
  const ctx = reader.ctx;
  const callee = node.childForFieldName('function');
  const args = readArgs(node.childForFieldName('arguments'));
  const isAttr = callee?.type === 'attribute';
  const method = isAttr ? callee.childForFieldName('attribute')?.text : undefined;
  const receiver = isAttr ? callee.childForFieldName('object') : null;
  const f = callee ? ctx.qualified(callee) : undefined;
  const start = node.startPosition;
  const end = node.endPosition;
  const txt = callee ? short(callee.text) : '?';
  const call: CallExpr = {
    k: 'call',
    txt,
    a: args.positional.map((a) => reader.expr(a)),
    kw: [...args.keywords].map(([name, value]) => [name, reader.expr(value)]),
    l: start.row + 1,
    c: start.column + 1,
    el: end.row + 1,
    ec: end.column + 1,
  };
  if (f) call.f = f;
  const cls = receiver?.type === 'identifier' ? reader.instances.get(receiver.text) : undefined;
  if (cls && method) {
    call.f = `${cls}.${method}`;
    call.method = true;
  }
  if (receiver) call.r = reader.expr(receiver);
  const source = sourceOfCall(reader, f, method, receiver, txt);
  if (source) call.src = source;
  // Django's `get_full_path()` escapes leading slashes (`//evil` → `/%2Fevil`) and percent-encodes the path:
  // it stays on this site and holds no newline (`request.path` does neither).
  if (source && (method === 'get_full_path' || method === 'get_full_path_info') && ctx.imports_('django'))
    call.san = maskOf(['redirect', 'header', 'log']);
  const { sinks, cleanResult } = sinksOf(
    reader,
    f,
    method,
    args,
    receiver ? keyOf(receiver) : undefined,
    receiver ? classOf(reader, receiver) : undefined,
  );
  if (cleanResult) call.clean = true;
  // `Model.objects.get(code=code)`: rows from the database, not the caller's text (the query itself is parameterised).
  if (receiver && ctx.imports_('django') && onManager(receiver)) call.clean = true;
  if (sinks.length) {
    call.sink = sinks;
    call.text = ctx.lineText(call.l).slice(0, 300);
  }
  describeValue(call, f, method, args);
  // `Color(value)`: an enum lookup yields one of the members (or raises), never the caller's text.
  const last = callee?.type === 'identifier' ? callee.text : method;
  if (last && ctx.enums.has(last) && !call.san) call.san = ALL_KINDS;
  // A regex call's result comes from the subject string, not from the pattern.
  if (f?.startsWith('re.') && sinks.some((s) => s.kind === 'regex')) call.drop = [0];
  if (method && MUTATORS.has(method) && receiver) {
    const key = keyOf(receiver);
    if (key) call.mut = key;
  }
  return call;
}

/** `Model.objects`, or a query chained on it (`Model.objects.filter(...).select_related(...)`). */
function onManager(receiver: Node): boolean {
  let node: Node | null = receiver;
  for (let depth = 0; node && depth < 12; depth++) {
    if (node.type === 'call') node = node.childForFieldName('function');
    else if (node.type === 'attribute') {
      if (node.childForFieldName('attribute')?.text === 'objects') return true;
      node = node.childForFieldName('object');
    } else return false;
  }
  return false;
}

function short(text: string): string {
  const flat = text.replace(/\s+/g, '');
  return flat.length > 60 ? flat.slice(0, 57) + '...' : flat;
}

function sourceOfCall(
  reader: CallSite,
  f: string | undefined,
  method: string | undefined,
  receiver: Node | null,
  txt: string,
): CallExpr['src'] {
  const ctx = reader.ctx;
  const kind = f ? ctx.sourceKindOfCall(f) : undefined;
  if (kind) return { kind, label: `${txt}()` };
  if (!receiver && reader.sourceCalls.has(txt)) return { kind: 'remote', label: `${txt}()` };
  if (method && receiver) {
    const key = keyOf(receiver);
    if (key && reader.requestNames.has(key) && ctx.requestMethods.has(method))
      return { kind: 'remote', label: `${txt}()` };
    if (key === 'self' && ctx.selfMethods.has(method)) return { kind: 'remote', label: `${txt}()` };
  }
  const name = f ?? txt;
  if (ctx.callSuffixes.some((s) => name.endsWith(s))) return { kind: 'llm', label: `${txt}()` };
  return undefined;
}

/** The class a receiver is an instance of: a local or module-level `x = Cls(...)`, or `Cls(...)` itself. */
function classOf(reader: CallSite, receiver: Node): string | undefined {
  if (receiver.type === 'identifier')
    return reader.instances.get(receiver.text) ?? reader.ctx.moduleInstances().get(receiver.text);
  const callee = receiver.type === 'call' ? receiver.childForFieldName('function') : null;
  return callee ? reader.ctx.qualified(callee) : undefined;
}

function sinksOf(
  reader: CallSite,
  f: string | undefined,
  method: string | undefined,
  args: Args,
  receiverKey: string | undefined,
  receiverClass: string | undefined,
): { sinks: SinkUse[]; cleanResult: boolean } {
  const ctx = reader.ctx;
  const models: SinkModel[] = [...(f ? (MODEL_INDEX.sinkCalls.get(f) ?? []) : [])];
  if (method && !models.length) {
    for (const m of MODEL_INDEX.sinkMethods.get(method) ?? []) {
      if (m.requires && !m.requires.some((r) => ctx.imports_(r))) continue;
      if (m.receiver && !new RegExp(m.receiver, 'i').test(receiverKey ?? '')) continue;
      if (m.unlessReceiverClass && receiverClass && new RegExp(m.unlessReceiverClass).test(receiverClass)) continue;
      if (!m.excludes?.some((r) => ctx.imports_(r))) models.push(m);
    }
  }
  const uses: SinkUse[] = [];
  // What a request, a query or a response object returns is the server's data, not the caller's input.
  const cleanResult = models.some((m) => CLEAN_RESULT.has(m.kind));
  // A client whose transport refuses internal addresses is the SSRF defence itself.
  const safeClient = !!receiverKey && reader.safeClients.has(receiverKey);
  for (const m of models) {
    if (safeClient && m.kind === 'ssrf') continue;
    const use = sinkUse(reader, m, args);
    if (use) uses.push(use);
  }
  return { sinks: uses, cleanResult };
}

function sinkUse(reader: CallSite, m: SinkModel, args: Args): SinkUse | undefined {
  for (const unless of [...(m.unlessKw ? [m.unlessKw] : []), ...(m.unlessKws ?? [])]) {
    const value =
      args.keywords.get(unless.name) ?? (unless.position !== undefined ? args.positional[unless.position] : undefined);
    if (value && new RegExp(unless.matches).test(value.text)) return undefined;
  }
  if (m.unlessAllKw?.every((k) => ['True', '1'].includes(args.keywords.get(k)?.text ?? ''))) return undefined;
  const use: SinkUse = { kind: m.kind, cwe: m.cwe ?? KIND_CWE[m.kind] };
  if (m.args) use.args = m.args;
  if (m.kws) use.kws = m.kws;
  if (m.recv) use.recv = true;
  const first = (m.kws ?? []).map((k) => args.keywords.get(k)).find(Boolean) ?? args.positional[m.args?.[0] ?? -1];
  if (m.fixedPrefix && first && pinsDestination(m.kind, constantPrefix(first) ?? '')) return undefined;
  if (m.shellAware && first && !shellOn(args)) return programOnly(reader, use, first);
  if (m.query && first?.type === 'dictionary') return operatorKeysOnly(reader, use, first);
  return use;
}

function shellOn(args: Args): boolean {
  const shell = args.keywords.get('shell');
  return !!shell && !['False', 'None', '0'].includes(shell.text);
}

const SHELLS = /^(\/(usr\/)?bin\/)?(sh|bash|zsh|dash|ksh|cmd|cmd\.exe|powershell|pwsh)$/;

/**
 * Without a shell only the program is dangerous: `run(["ls", user_dir])` cannot inject a command, but
 * `run(["sh", "-c", script])` hands `script` to a shell. Lists built just before the call are looked through.
 */
function programOnly(reader: CallSite, use: SinkUse, command: Node): SinkUse | undefined {
  const items =
    command.type === 'list' || command.type === 'tuple'
      ? command.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment')
      : command.type === 'identifier'
        ? reader.lists.get(command.text)?.items
        : undefined;
  if (!items) return { ...use, e: reader.expr(command) };
  const [program, flag, script] = items;
  if (!program) return undefined;
  const name = reader.consts.value(program);
  if (
    typeof name === 'string' &&
    SHELLS.test(name) &&
    flag &&
    /^[-/][a-z]*c$/i.test(String(reader.consts.value(flag)))
  ) {
    return script ? { ...use, e: reader.expr(script) } : undefined;
  }
  if (program.type === 'string' || typeof name === 'string') return undefined;
  return { ...use, e: reader.expr(program) };
}

/** A pymongo filter literal: only values under `$where`-style operators and nested dicts evaluate code. */
function operatorKeysOnly(reader: CallSite, use: SinkUse, query: Node): SinkUse | undefined {
  const risky: Expr[] = [];
  for (const pair of query.namedChildren) {
    if (pair?.type !== 'pair') continue;
    const key = pair.childForFieldName('key')?.text ?? '';
    if (/\$(where|function|accumulator|expr)/.test(key)) risky.push(reader.expr(pair.childForFieldName('value')));
  }
  return risky.length ? { ...use, e: { k: 'union', xs: risky } } : undefined;
}

/** Helpers named after what they do (`escape_for_html`, `sanitize_filename`), when no model knows them. */
const NAMED_SANITIZERS: [RegExp, number][] = [
  [
    /(^|_)(html_?escape|escape_?html|escape_for_html|escape_xml|xml_escape|sanitize_html|strip_tags)$/i,
    maskOf(['xss', 'ssti']),
  ],
  [/(^|_)(escape_string|escape_sql|sql_escape|quote_identifier|quote_ident)$/i, maskOf(['sql'])],
  [/(^|_)(sanitize_filename|safe_filename|clean_filename|secure_path)$/i, maskOf(['path'])],
  [/(^|_)(shell_quote|quote_shell|escape_shell_arg)$/i, maskOf(['command'])],
];

function describeValue(call: CallExpr, f: string | undefined, method: string | undefined, args: Args): void {
  const named = method ? NAMED_SANITIZERS.find(([re]) => re.test(method)) : undefined;
  const san =
    (f ? MODEL_INDEX.sanitizerCalls.get(f) : undefined) ??
    (method && call.r ? MODEL_INDEX.sanitizerMethods.get(method) : undefined) ??
    (named ? { call: method!, clears: [] as SinkKind[], mask: named[1] } : undefined);
  if (san) {
    call.san = 'mask' in san ? san.mask : maskOf(san.clears);
    if ('normalises' in san && san.normalises) call.norm = true;
  }
  if ((f && MODEL_INDEX.cleanCalls.has(f)) || (method && call.r && MODEL_INDEX.cleanMethods.has(method)))
    call.clean = true;
  if (method === 'replace' && call.r) {
    const old = args.positional[0];
    if (old?.type === 'string' && /\\[rn]|\n|\r/.test(old.text))
      call.san = (call.san ?? 0) | kindBit('log') | kindBit('header');
    // Removing every dot leaves no `..` to climb with (removing `..` alone does not: `....//`).
    const by = args.positional[1];
    if (/^['"]\.['"]$/.test(old?.text ?? '') && /^['"]{2}$/.test(by?.text ?? '') && args.positional.length === 2) {
      call.san = (call.san ?? 0) | kindBit('path');
    }
  }
}
