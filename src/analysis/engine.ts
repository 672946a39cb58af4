// The analysis engine: one pass over each file (its subscribed nodes collected in one walk), dispatching nodes and
// calls to the rules that asked for them, with each rule contained (a throwing rule becomes an internal-error note,
// never a crash).
import { Query, type Node as BindingNode, type Tree } from 'web-tree-sitter';
import type { Node } from './syntax-node.js';
import { initParser, parsePython, pythonLanguage } from './parser.js';
import type {
  FileInfo,
  Finding,
  Rule,
  RuleContext,
  RuleMeta,
  SecretSpan,
  Visitor,
  NodeHandler,
  CallHandler,
} from './rule.js';
import { CallInfo, resolveName } from './python/call-name.js';
import { addImport, type ImportMap } from './python/imports.js';
import { StaticEvaluator } from './python/literals.js';
import { scopeOf } from './python/scope.js';
import { isTestPath } from './python/test-file.js';
import {
  applySuppressions,
  parseSuppression,
  type SuppressedFinding,
  type SuppressionComment,
} from './suppressions.js';
import { assignFingerprints } from './fingerprint.js';
import { scoreInBand } from './taxonomy.js';
import { mergedRuleOptions, type Analyzer, type AnalyzerOptions } from './analyzer.js';
import { ANALYSIS_LIMIT_ID, type FileResult, type InternalError } from './file-result.js';
import { fill } from './message-template.js';
import { compareInFile } from './finding-order.js';
import { SUPPRESSION_WITHOUT_REASON } from './builtin-meta.js';
import { linesOf } from './source-lines.js';
import { gateOf, gateOpen, HintMatcher, type Gate } from './hints.js';
import { capSeverity, evidenceOf } from './evidence.js';
import { MAX_TREE_DEPTH, measureTree } from './tree-shape.js';
import { NodeCollector, type Capture } from './node-collector.js';
import { readTree } from './flat-tree/reader.js';
import type { FlatTree } from './flat-tree/flat-node.js';

interface Subscription {
  rule: number;
  handler: NodeHandler | CallHandler;
}

const ALWAYS = ['call', 'comment', 'import_statement', 'import_from_statement', 'ERROR', 'MISSING'];
/** ALWAYS without the error nodes, which a tree without syntax errors has none of. */
const WELL_FORMED = ALWAYS.filter((n) => n !== 'ERROR' && n !== 'MISSING');
/** Node types common enough in Python that capturing them where no rule listens costs more than a compile. */
const FREQUENT = new Set([
  'string',
  'assignment',
  'pair',
  'keyword_argument',
  'comparison_operator',
  'binary_operator',
  'function_definition',
  'identifier',
  'attribute',
  'argument_list',
  'expression_statement',
  'integer',
  'block',
  'parameters',
]);

/**
 * The engine for a rule set and the passes in `options` (it knows no pass by name: the composition in scan.ts
 * decides which run); the parser is initialised once per process or worker.
 */
export async function createEngine(rules: readonly Rule[], options: AnalyzerOptions = {}): Promise<Analyzer> {
  await initParser();
  return new Engine(rules, options);
}

class Engine implements Analyzer {
  private readonly queries = new Map<string, Query>();
  /** Every non-FREQUENT capture name a rule has asked for so far (see queryFor). */
  private readonly rareNames = new Set<string>();
  private readonly patternNames = new Map<string, string>();
  private readonly patternOf = new Map<string, string>();
  private readonly metas = new Map<string, RuleMeta>();
  private readonly mergedOptions: Readonly<Record<string, unknown>>[] = [];
  readonly hints: HintMatcher;
  /** Per rule (by index), the hint keys its file must hold; undefined for a rule that can fire anywhere. */
  readonly gates: readonly (Gate | undefined)[];
  readonly collector = new NodeCollector(pythonLanguage(), (name) => this.patternOf.get(name));

  constructor(
    readonly rules: readonly Rule[],
    private readonly options: AnalyzerOptions,
  ) {
    this.gates = rules.map(gateOf);
    this.hints = new HintMatcher(this.gates.flatMap((g) => (g ? [...(g.any ?? []), ...g.all.flat()] : [])));
    for (const rule of rules) this.metas.set(rule.meta.id, rule.meta);
    this.metas.set(SUPPRESSION_WITHOUT_REASON.id, SUPPRESSION_WITHOUT_REASON);
  }

  /**
   * The query for a file's subscriptions (capture names: node types, or names given to patterns). Which rules a
   * file's hints let through varies from file to file, and a compile per combination costs more than capturing a
   * rare node type nobody in the file listens to: so every rare type or pattern asked for so far is always
   * captured, and only the FREQUENT node types vary the query.
   */
  queryFor(names: Iterable<string>): Query {
    const frequent: string[] = [];
    for (const name of names) {
      if (FREQUENT.has(name)) frequent.push(name);
      else this.rareNames.add(name);
    }
    const all = [...new Set([...ALWAYS, ...this.rareNames, ...frequent])].sort();
    const key = all.join(' ');
    let query = this.queries.get(key) ?? this.supersetQuery(all);
    if (!query) {
      query = new Query(pythonLanguage(), all.map((n) => `${this.patternOf.get(n) ?? `(${n})`} @${n}`).join('\n'));
      this.queries.set(key, query);
    }
    return query;
  }

  /**
   * A compiled query that captures at least `names` and the fewest others: most combinations of frequent types
   * occur in one or two files, where capturing a type nobody listens to is cheaper than a compile.
   */
  private supersetQuery(names: readonly string[]): Query | undefined {
    let best: { query: Query; size: number } | undefined;
    for (const [key, query] of this.queries) {
      const captured = new Set(key.split(' '));
      if (names.every((n) => captured.has(n)) && (!best || captured.size < best.size))
        best = { query, size: captured.size };
    }
    return best?.query;
  }

  /**
   * The capture name for a `nodes` key: a node type is its own name; a query pattern (`(assignment right:
   * (string))`, filtered natively instead of by a handler on every assignment) gets a generated one.
   */
  captureName(key: string): string {
    if (!key.startsWith('(') && !key.startsWith('[')) return key;
    let name = this.patternNames.get(key);
    if (!name) {
      if (key.includes('@')) throw new Error(`a nodes pattern must not capture: ${key}`);
      name = `pattern.${this.patternNames.size}`; // no node type has a dot
      this.patternNames.set(key, name);
      this.patternOf.set(name, key);
    }
    return name;
  }

  /** A rule's options merged over its defaults, once per analyzer (they are read-only for rules). */
  optionsOf(index: number): Readonly<Record<string, unknown>> {
    let options = this.mergedOptions[index];
    if (!options) {
      const rule = this.rules[index]!;
      options = mergedRuleOptions(rule, this.options);
      this.mergedOptions[index] = options;
    }
    return options;
  }

  metaOf(ruleId: string): RuleMeta | undefined {
    return this.metas.get(ruleId);
  }

  analyze(path: string, source: string): FileResult {
    const started = this.options.timing ? performance.now() : 0;
    const tree = parsePython(source);
    if (this.options.timing) addTime(this.options.timing, '<parse>', started);
    let flat: FlatTree | undefined;
    try {
      const read = this.options.timing ? performance.now() : 0;
      // The tree's nodes from memory in one pass when it can be read so (no syntax error, not too deep).
      flat = this.options.bindingNodes ? undefined : readTree(tree, source, MAX_TREE_DEPTH);
      if (this.options.timing) addTime(this.options.timing, '<read>', read);
      return new FileRun(this, path, source, tree, flat, this.options).run();
    } finally {
      flat?.release();
      tree.delete();
    }
  }
}

/** The state of analysing one file. */
class FileRun {
  private readonly imports: ImportMap = new Map();
  private readonly importStatements: Node[] = [];
  private readonly evaluator: StaticEvaluator;
  private readonly findings: Finding[] = [];
  private readonly errors: InternalError[] = [];
  /** Rules that threw in this file: noted once each, while their handlers keep running on the other nodes. */
  private readonly failed = new Set<number>();
  private readonly comments = new Map<number, SuppressionComment>();
  private readonly syntaxErrors = new Set<number>();
  private readonly reported = new Set<string>();
  private readonly callInfos = new Map<number, CallInfo>();
  private shared?: Omit<RuleContext, 'options' | 'report'>;
  private readonly file: FileInfo;
  /** The root every rule and pass reads: the flat tree's when there is one, else the binding's. */
  private readonly root: Node;

  constructor(
    private readonly engine: Engine,
    path: string,
    private readonly source: string,
    private readonly tree: Tree,
    private readonly flat: FlatTree | undefined,
    private readonly options: AnalyzerOptions,
  ) {
    this.file = { path, isTest: isTestPath(path) };
    this.root = flat?.rootNode ?? tree.rootNode;
    this.evaluator = new StaticEvaluator(moduleConstants(this.root));
  }

  run(): FileResult {
    const subscribed = this.options.timing ? performance.now() : 0;
    const subscriptions = this.subscribe(this.engine.hints.found(this.source));
    if (this.options.timing) addTime(this.options.timing, '<create>', subscribed);
    const { byType, byCall, byMethod, anyCall, ends } = subscriptions;
    const measured = this.options.timing ? performance.now() : 0;
    // A flat tree is only read when it is within the depth limit (and the binding's parent cache is not needed).
    const shape = this.flat ? { depth: this.flat.data.depth } : measureTree(this.tree);
    if (this.options.timing) addTime(this.options.timing, '<shape>', measured);
    if (shape.tooDeepAt !== undefined) {
      // Never silently clean: what lies below the limit was not looked at, so the file is incomplete.
      this.errors.push({
        ruleId: ANALYSIS_LIMIT_ID,
        line: shape.tooDeepAt,
        message: `nesting deeper than ${MAX_TREE_DEPTH} levels; the code below that depth was not analysed`,
      });
    }
    const queried = this.options.timing ? performance.now() : 0;
    const captures = this.capture([...byType.keys()], shape.tooDeepAt !== undefined);
    if (this.options.timing) addTime(this.options.timing, '<query>', queried);
    // Imports, comments and syntax errors first (every handler may ask about imports), then the handlers.
    for (const { name, node } of captures) {
      if (name === 'import_statement' || name === 'import_from_statement') {
        addImport(node, this.imports);
        this.importStatements.push(node);
      } else if (name === 'comment') this.addComment(node);
      else if (name === 'ERROR' || name === 'MISSING') this.syntaxErrors.add(node.startPosition.row + 1);
    }
    for (const { name, node } of captures) {
      if (name === 'comment' || name === 'ERROR' || name === 'MISSING') continue;
      const subs = byType.get(name);
      if (subs) for (const s of subs) this.invoke(s, node);
      if (name === 'call' && (byCall.size || byMethod.size || anyCall.length))
        this.dispatchCall(node, byCall, byMethod, anyCall);
    }
    for (const s of ends) this.invoke(s, undefined);
    const passData = this.runPasses();
    return { ...this.result(), ...(passData ? { passData } : {}) };
  }

  /**
   * The subscribed nodes, in query order. A well-formed tree of ordinary depth takes the collector's walk; a tree
   * with syntax errors or past the depth limit takes the query (ERROR and MISSING nodes, a depth cap, and a match
   * limit on the shapes that make matching quadratic). Both stop at the file's budget.
   */
  private capture(names: string[], tooDeep: boolean): Capture[] {
    const budget = queryBudgetMs(this.source.length);
    const deadline = performance.now() + budget;
    let stopped = false;
    const stop = () => (stopped ||= performance.now() > deadline);
    // The binding's root only where it is walked or queried (a flat tree's file needs neither, but in a fallback).
    let bindingRoot: BindingNode | undefined;
    const root = () => (bindingRoot ??= this.tree.rootNode);
    const collector = this.engine.collector;
    let captures = this.flat
      ? collector.collectFlat(this.flat, [...WELL_FORMED, ...names], stop)
      : tooDeep || root().hasError
        ? undefined
        : collector.collect(root(), [...WELL_FORMED, ...names], stop);
    let exceeded = false;
    if (!captures) {
      const query = this.engine.queryFor(names);
      const queried = query.captures(root(), {
        ...(tooDeep ? { maxStartDepth: MAX_TREE_DEPTH } : {}),
        // Some shapes the parser accepts (100k unclosed `(` in one ERROR node) make the query itself quadratic;
        // past the budget it stops, and the file is incomplete rather than a blocked thread.
        progressCallback: stop,
      });
      exceeded = query.didExceedMatchLimit();
      captures = oncePerNode(queried, this.flat);
    }
    if (stopped) {
      this.errors.push({
        ruleId: ANALYSIS_LIMIT_ID,
        message: `the syntax tree query took over ${budget} ms and was stopped; some nodes were not analysed`,
      });
    } else if (exceeded) {
      this.errors.push({
        ruleId: ANALYSIS_LIMIT_ID,
        message: 'too many open query matches; some nodes were not analysed',
      });
    }
    return captures;
  }

  private subscribe(hintsFound: ReadonlySet<string>) {
    const byType = new Map<string, Subscription[]>();
    const byCall = new Map<string, Subscription[]>();
    const byMethod = new Map<string, Subscription[]>();
    const anyCall: Subscription[] = [];
    const ends: Subscription[] = [];
    this.engine.rules.forEach((rule, index) => {
      if (!gateOpen(this.engine.gates[index], hintsFound)) return; // cannot fire in this file
      let visitor: Visitor;
      const started = this.options.timing ? performance.now() : 0;
      try {
        visitor = rule.create(this.context(rule, index));
      } catch (error) {
        this.fail(index, rule, error);
        return;
      }
      if (this.options.timing) addTime(this.options.timing, `${rule.meta.id} (create)`, started);
      for (const [key, handler] of Object.entries(visitor.nodes ?? {})) {
        if (handler) push(byType, this.engine.captureName(key), { rule: index, handler });
      }
      for (const [name, handler] of Object.entries(visitor.calls ?? {})) {
        if (name === '*') anyCall.push({ rule: index, handler });
        else if (name.startsWith('*.')) push(byMethod, name.slice(2), { rule: index, handler });
        else push(byCall, name, { rule: index, handler });
      }
      if (visitor.end) ends.push({ rule: index, handler: visitor.end as NodeHandler });
    });
    return { byType, byCall, byMethod, anyCall, ends };
  }

  private dispatchCall(
    node: Node,
    byCall: Map<string, Subscription[]>,
    byMethod: Map<string, Subscription[]>,
    anyCall: Subscription[],
  ): void {
    const callee = node.childForFieldName('function');
    if (!callee) return;
    const info = new CallInfo(node, callee, this.imports); // not kept: most calls are never asked about again
    const exact = info.name ? byCall.get(info.name) : undefined;
    const method = info.method && callee.type === 'attribute' ? byMethod.get(info.method) : undefined;
    if (exact) for (const s of exact) this.invoke(s, info);
    if (method) for (const s of method) if (!exact?.some((e) => e.rule === s.rule)) this.invoke(s, info);
    for (const s of anyCall) this.invoke(s, info);
  }

  /**
   * One handler call, contained on its own: a rule that throws on one node loses only the finding it was
   * computing there, not its findings on the file's other nodes (the file is still marked incomplete).
   */
  private invoke(sub: Subscription, arg: Node | CallInfo | undefined): void {
    const started = this.options.timing ? performance.now() : 0;
    try {
      (sub.handler as (a: unknown) => void)(arg);
    } catch (error) {
      const node = arg instanceof CallInfo ? arg.node : arg;
      this.fail(sub.rule, this.engine.rules[sub.rule], error, node ? node.startPosition.row + 1 : undefined);
    }
    if (this.options.timing) addTime(this.options.timing, this.engine.rules[sub.rule]?.meta.id ?? '?', started);
  }

  private fail(index: number, rule: Rule | undefined, error: unknown, line?: number): void {
    if (this.options.rethrowRuleErrors) throw error;
    if (this.failed.has(index)) return; // one note per rule and file, at the first node that threw
    this.failed.add(index);
    const message = error instanceof Error ? error.message : String(error);
    this.errors.push({ ruleId: rule?.meta.id ?? '?', message, ...(line !== undefined ? { line } : {}) });
  }

  /** A rule's context: the file's shared helpers (built once per file, not once per rule) and its own report. */
  private context(rule: Rule, index: number): RuleContext {
    const s = (this.shared ??= this.sharedContext());
    // A literal, not a spread: one context per rule and file (350k on the standard library), and a spread copies
    // property by property.
    return {
      file: s.file,
      source: s.source,
      call: s.call,
      qualifiedName: s.qualifiedName,
      staticValue: s.staticValue,
      staticString: s.staticString,
      truthiness: s.truthiness,
      scopeOf: s.scopeOf,
      options: this.engine.optionsOf(index),
      report: (d) => this.report(rule, index, d),
    };
  }

  private sharedContext(): Omit<RuleContext, 'options' | 'report'> {
    const { imports, evaluator } = this;
    return {
      file: this.file,
      source: this.source,
      call: (node) => this.callInfo(node),
      qualifiedName: (node) =>
        node.type === 'identifier' || node.type === 'attribute' ? resolveName(node.text, imports) : undefined,
      staticValue: (node) => evaluator.value(node),
      staticString: (node) => evaluator.string(node),
      truthiness: (node) => evaluator.truthiness(node),
      scopeOf,
    };
  }

  /** One CallInfo per call node and file for every rule's `ctx.call`. */
  private callInfo(node: Node, callee?: Node): CallInfo {
    let info = this.callInfos.get(node.id);
    if (!info) {
      callee ??= node.childForFieldName('function') ?? undefined;
      if (!callee) throw new Error(`node ${node.type} is not a call`);
      info = new CallInfo(node, callee, this.imports);
      this.callInfos.set(node.id, info);
    }
    return info;
  }

  private report(rule: Rule, _index: number, d: Parameters<RuleContext['report']>[0]): void {
    const template = rule.meta.messages[d.messageId];
    if (template === undefined) throw new Error(`rule ${rule.meta.id} has no message '${d.messageId}'`);
    const start = d.node.startPosition;
    const end = d.node.endPosition;
    const key = `${rule.meta.id}:${d.node.startIndex}:${d.node.endIndex}`;
    if (this.reported.has(key)) return; // two handlers of one rule on one node report once
    this.reported.add(key);
    const confidence = d.confidence ?? rule.meta.confidence;
    const evidence = evidenceOf(rule.meta, d.evidence, confidence);
    // A team's explicit severity override wins; otherwise the severity is what the evidence supports.
    const severity = this.options.severity?.[rule.meta.id] ?? capSeverity(d.severity ?? rule.meta.severity, evidence);
    const line = start.row + 1;
    const endLine = Math.max(line, end.row + 1);
    this.findings.push({
      ruleId: rule.meta.id,
      messageId: d.messageId,
      message: fill(template, d.data),
      path: this.file.path,
      line,
      column: start.column + 1,
      endLine,
      endColumn: end.column + 1,
      severity,
      riskScore: scoreInBand(severity, rule.meta.riskScore),
      confidence,
      evidence,
      snippet: this.snippet(line, endLine),
      ...(d.fix ? { fix: d.fix } : {}),
      ...(d.secrets?.length ? { secrets: d.secrets.map(secretSpan) } : {}),
      fingerprint: '',
    });
  }

  private runPasses(): Record<string, unknown> | undefined {
    const passes = this.options.passes;
    if (!passes?.length) return undefined;
    const data: Record<string, unknown> = {};
    for (const pass of passes) {
      try {
        const started = this.options.timing ? performance.now() : 0;
        data[pass.id] = pass.visit(this.root, this.file, this.source, this.imports, this.importStatements);
        const partial = pass.incomplete?.(data[pass.id]);
        if (partial) this.errors.push({ ruleId: ANALYSIS_LIMIT_ID, ...partial });
        if (this.options.timing) addTime(this.options.timing, `<pass:${pass.id}>`, started);
      } catch (error) {
        if (this.options.rethrowRuleErrors) throw error;
        this.errors.push({ ruleId: pass.id, message: error instanceof Error ? error.message : String(error) });
      }
    }
    return data;
  }

  private snippet(line: number, endLine: number): string {
    return linesOf(this.source).range(line, Math.min(endLine, line + 4));
  }

  private addComment(node: Node): void {
    const text = node.text;
    if (!/nosec|noqa|sentinel/i.test(text)) return;
    const parsed = parseSuppression(text, node.startPosition.row + 1, node.startPosition.column + 1);
    if (parsed) this.comments.set(parsed.line, parsed);
  }

  private result(): FileResult {
    this.findings.sort(compareInFile);
    const { kept, suppressed } = applySuppressions(this.findings, this.comments, (id) => this.engine.metaOf(id));
    const findings = [...kept, ...this.unexplained(suppressed)];
    const firstLine = (f: Finding) => this.snippet(f.line, f.line);
    assignFingerprints(findings, firstLine);
    assignFingerprints(
      suppressed.map((s) => s.finding),
      firstLine,
    );
    return {
      path: this.file.path,
      lines: this.lineCount(),
      findings,
      suppressed,
      errors: this.errors,
      syntaxErrors: [...this.syntaxErrors].sort((a, b) => a - b),
    };
  }

  /** A suppression that hides something must say why (the issue's "suppression without a reason"). */
  private unexplained(suppressed: SuppressedFinding[]): Finding[] {
    const byComment = new Map<SuppressionComment, number>();
    for (const s of suppressed) if (!s.by.reason) byComment.set(s.by, (byComment.get(s.by) ?? 0) + 1);
    const meta = SUPPRESSION_WITHOUT_REASON;
    return [...byComment].map(([comment, count]) => ({
      ruleId: meta.id,
      messageId: 'missingReason',
      message: fill(meta.messages.missingReason ?? '', { marker: comment.marker, count }),
      path: this.file.path,
      line: comment.line,
      column: comment.column,
      endLine: comment.line,
      endColumn: comment.column + comment.marker.length,
      severity: meta.severity,
      riskScore: meta.riskScore,
      confidence: meta.confidence,
      evidence: evidenceOf(meta),
      snippet: this.snippet(comment.line, comment.line),
      fingerprint: '',
    }));
  }

  /** The number of lines `split(/\r?\n/)` would give. */
  private lineCount(): number {
    return linesOf(this.source).count;
  }
}

/** Time the node query may take: ordinary code needs about 1 ms per 10 KB; a hostile shape, minutes. */
export function queryBudgetMs(sourceLength: number): number {
  return 500 + Math.round(sourceLength / 500);
}

function addTime(timing: Map<string, number>, key: string, since: number): void {
  timing.set(key, (timing.get(key) ?? 0) + performance.now() - since);
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * A query's captures as the collectors give them: a pattern's node once (a query reports it once per way it
 * matches), and on a flat tree that tree's own node for each (the query ran on the binding's).
 */
function oncePerNode(captures: readonly Capture[], flat: FlatTree | undefined): Capture[] {
  const seen = new Set<string>();
  const result: Capture[] = [];
  for (const { name, node } of captures) {
    if (name.startsWith('pattern.')) {
      const key = `${name}:${node.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
    }
    const own = flat ? flat.nodeById(node.id) : node;
    if (own) result.push({ name, node: own });
  }
  return result;
}

/** Module-level names assigned exactly once (`API_URL = "…"`), for static evaluation of identifiers. */
function moduleConstants(root: Node): Map<string, Node> {
  const assigned = new Map<string, Node | null>();
  for (const statement of root.namedChildren) {
    if (statement?.type !== 'expression_statement') continue;
    const assignment = statement.namedChildren[0];
    if (assignment?.type !== 'assignment') continue;
    const left = assignment.childForFieldName('left');
    const right = assignment.childForFieldName('right');
    if (left?.type !== 'identifier') continue;
    const name = left.text;
    assigned.set(name, assigned.has(name) || !right ? null : right);
  }
  const constants = new Map<string, Node>();
  for (const [name, node] of assigned) if (node) constants.set(name, node);
  return constants;
}

/** A secret-holding node as line/column span (redacted in every output; see src/report/redact-secrets.ts). */
function secretSpan(node: Node): SecretSpan {
  return {
    line: node.startPosition.row + 1,
    column: node.startPosition.column + 1,
    endLine: node.endPosition.row + 1,
    endColumn: node.endPosition.column + 1,
  };
}
