// The rule API: metadata, the context a rule reads, the visitor it returns, and the findings it reports.
import type { Node } from './syntax-node.js';
import type {
  CategoryId,
  Confidence,
  Evidence,
  Owasp2021Id,
  Owasp2025Id,
  Severity,
  Threat,
  Timeline,
} from './taxonomy.js';
import type { CallInfo } from './python/call-name.js';
import type { Scope } from './python/scope.js';
import type { StaticValue } from './python/literals.js';

/** Ruff-style documentation sections, one typed field each (shared by the CLI, the report and the App). */
export interface RuleDocs {
  /** What the rule flags, one or two sentences. */
  whatItDoes: string;
  /** Why the pattern is dangerous, technically. */
  whyBad: string;
  /** What it costs the business when exploited. */
  businessImpact: string;
  /** How a skilled attacker would use it, step by step. */
  attackScenario: string;
  /** Vulnerable Python code. */
  example: string;
  /** The secure rewrite of `example`. */
  useInstead: string;
  /** How to test that the fix holds. */
  testing: string;
  /** Known false positives / negatives, written down rather than hidden. */
  knownProblems?: string;
  /** URLs: language/library docs, CWE, OWASP cheat sheets. */
  references: string[];
}

export interface RuleMeta {
  /** kebab-case, equal to the file name. */
  id: string;
  title: string;
  category: CategoryId;
  /** `CWE-<n>` ids, most specific first. */
  cwe: string[];
  owasp: { '2021': Owasp2021Id[]; '2025': Owasp2025Id[] };
  /** Default severity; a finding may lower or raise it (Bandit decides per finding too). */
  severity: Severity;
  /** Risk score 1–10 for the default severity; must sit inside the seed's band. */
  riskScore: number;
  confidence: Confidence;
  /**
   * What the rule's findings rest on unless a report says otherwise: `config` for settings and literals that are
   * insecure as written; omitted means `pattern` (an audit note). Data-flow rules (`taint`) are `dataflow`.
   */
  evidence?: Exclude<Evidence, 'dataflow'>;
  threat: Threat;
  timeline: Timeline;
  /** Frameworks or libraries the rule is about (semgrep's `technology`). */
  technology?: string[];
  /** Ids of the same check in other tools, so their suppressions and configs keep working. */
  aliases: { bandit?: string[]; ruff?: string[] };
  /** messageId → text; text is capitalised and ends with '.'; `{{name}}` is filled from report data. */
  messages: Record<string, string>;
  docs: RuleDocs;
  /** True when the rule can offer an edit a reviewer applies as it is. */
  fixable?: boolean;
  /** Set on data-flow rules: their findings come from the project-wide taint solver (src/analysis/taint/). */
  taint?: TaintSpec;
}

/** What a data-flow rule reports: the sink kinds it owns (src/analysis/taint/kinds.ts) and its message. */
export interface TaintSpec {
  /** Sink kinds, e.g. `['sql']`; each kind is reported by the first rule that lists it. */
  sinks: readonly string[];
  /** Message used for every finding; may use `{{source}}`, `{{sourceLine}}`, `{{sink}}` and `{{cwe}}`. */
  messageId: string;
}

/** A text edit in UTF-16 offsets of the file's source (what JavaScript strings and web-tree-sitter use). */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export interface Fix {
  description: string;
  edits: TextEdit[];
}

export interface ReportDescriptor {
  node: Node;
  messageId: string;
  data?: Record<string, string | number>;
  severity?: Severity;
  confidence?: Confidence;
  /** Overrides the rule's `evidence` for this finding (a literal insecure setting seen in a pattern rule). */
  evidence?: Exclude<Evidence, 'dataflow'>;
  fix?: Fix;
  /**
   * The nodes that hold a secret value (string literals or comments with a hard-coded credential). Every output
   * redacts their text to a short prefix (src/report/redact-secrets.ts): the finding must not re-publish the secret.
   */
  secrets?: Node[];
}

/** Where a secret sits in the file: 1-based lines, 1-based UTF-16 columns, end exclusive (like a finding). */
export interface SecretSpan {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** The nodes that can hold a secret a report must not repeat. */
const SECRET_HOLDERS = new Set(['string', 'concatenated_string', 'comment']);

/** `{ secrets }` for the string literals and comments among `nodes` (spread into a ReportDescriptor), else `{}`. */
export function secretsIn(...nodes: (Node | null | undefined)[]): { secrets?: Node[] } {
  const secrets = nodes.filter((n): n is Node => !!n && SECRET_HOLDERS.has(n.type));
  return secrets.length ? { secrets } : {};
}

export interface FileInfo {
  /** Path relative to the scan root, with forward slashes. */
  path: string;
  isTest: boolean;
}

export type NodeHandler = (node: Node) => void;
export type CallHandler = (call: CallInfo) => void;

/**
 * What `create` returns. The engine walks the file once and hands each node only to the rules that asked
 * for it: `nodes` by tree-sitter node type, `calls` by the callee's qualified name (`subprocess.run`),
 * by method name (`*.execute`), or every call (`*`).
 */
export interface Visitor {
  /**
   * By node type (`assignment`), or by a tree-sitter query pattern without captures whose outermost node is the
   * one handled (`(assignment right: (string))`): the query then filters natively, so a handler on a frequent
   * node type runs only where it can matter.
   */
  nodes?: Partial<Record<string, NodeHandler>>;
  calls?: Record<string, CallHandler>;
  /** Called once after every node has been visited. */
  end?: () => void;
}

export interface RuleContext {
  readonly file: FileInfo;
  readonly source: string;
  /** The rule's options, already merged with its defaults. */
  readonly options: Readonly<Record<string, unknown>>;
  /** Describes a call: qualified callee name (through imports and aliases), arguments. */
  call(node: Node): CallInfo;
  /** Qualified name of an identifier or attribute chain (`sp.PIPE` → `subprocess.PIPE`), if it has one. */
  qualifiedName(node: Node): string | undefined;
  /** Static value of an expression: literals, concatenation, f-strings, `%`, `.format`, module constants. */
  staticValue(node: Node | undefined | null): StaticValue;
  /** Static string of an expression, or undefined when any part is computed at run time. */
  staticString(node: Node | undefined | null): string | undefined;
  /** true / false when the truthiness is known statically, undefined otherwise. */
  truthiness(node: Node | undefined | null): boolean | undefined;
  scopeOf(node: Node): Scope;
  report(descriptor: ReportDescriptor): void;
}

/** Text a file must hold: a substring as written, one in any letter case, or any character outside ASCII. */
export type RequiredText = string | { readonly anyCase: string } | { readonly nonAscii: true };

export interface Rule {
  meta: RuleMeta;
  /**
   * Substrings of which at least one must occur in a file's text for the rule to report anything there (an
   * imported module or called function name, usually). The engine finds every rule's hints in one pass over
   * the file and does not even create the rule's visitor where none occurs: declare them on any rule that would
   * otherwise scan the source itself. Omit them for rules that can fire anywhere.
   */
  hints?: readonly string[];
  /**
   * More the file must hold, for a rule whose own test of the source asks for several things at once (`docker`
   * and one of `network_mode`, `pid_mode`): every group needs one of its entries. Found in the same pass as the
   * hints. The rule keeps its own test; this only spares creating it where that test cannot pass.
   */
  requires?: readonly (readonly RequiredText[])[];
  defaultOptions?: Record<string, unknown>;
  create(context: RuleContext): Visitor;
}

/** Identity helper that types a rule definition (typescript-eslint's `createRule`). */
export function defineRule(rule: Rule): Rule {
  return rule;
}

/** One reported problem, as plain data (it crosses worker threads and goes into every report format). */
export interface Finding {
  ruleId: string;
  messageId: string;
  message: string;
  path: string;
  /** 1-based line and column of the start; end is inclusive line, exclusive column (SARIF style). */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  riskScore: number;
  confidence: Confidence;
  /** Why it is believed; `pattern` findings are at most medium and are audit notes in the default profile. */
  evidence: Evidence;
  /** The source lines of the finding (first 5 at most). */
  snippet: string;
  fix?: Fix;
  /** Secret values in the file that this finding's rule found: redacted from every output before it is written. */
  secrets?: SecretSpan[];
  /** Data-flow path, source first (filled by the taint analysis). */
  flow?: FlowStep[];
  /** Stable across code moving up or down: rule + path + normalised line text + occurrence. */
  fingerprint: string;
}

export interface FlowStep {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  path?: string;
  note: string;
}
