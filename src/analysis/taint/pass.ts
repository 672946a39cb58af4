// The taint FilePass: while the engine still holds a file's tree, extract the compact IR of the functions that
// can matter (those mentioning a source, sink or sanitizer) for the project-wide solver.
import type { Node } from '../syntax-node.js';
import type { FilePass } from '../file-pass.js';
import type { FileInfo } from '../rule.js';
import { parseSuppression, type SuppressionComment } from '../suppressions.js';
import type { FileIR, FunctionIR } from './ir.js';
import { ExtractContext, type TaintSettings, DEFAULT_SETTINGS } from './extract/context.js';
import { classOf, entryInfo, paramsOf } from './extract/functions.js';
import { StmtReader } from './extract/stmt.js';
import { topLevelFunctions } from './extract/find-functions.js';
import { moduleNameOf } from './module-name.js';
import { urlRoutes } from './extract/urlconf.js';
import { linesOf } from '../source-lines.js';

export const TAINT_PASS_ID = 'taint';

/**
 * Words that must appear in a function's text for its data flow to matter. Functions without any keep no IR;
 * the solver treats calls to them as passing their arguments through (see solve/evaluate.ts).
 */
const HINT =
  /request|event|input|argv|environ|getenv|get_argument|execute|system|popen|subprocess|spawn|eval|exec|compile|__import__|import_module|open|send_file|redirect|Redirect|url|requests|httpx|Response|mark_safe|format_html|Markup|render_template_string|Template|from_string|pickle|yaml|marshal|dill|load|xml|etree|xpath|find|search|ldap|session|headers|cookie|log|re\.|escape|quote|int\(|basename|secure_filename|safe_join|realpath|abspath|\.raw\(|extra\(|aggregate|remove|unlink|rmtree|rmdir|mkdir|shutil|Path|read_|write|completion|messages|generate|invoke|chat|Request|query|params|path|handler|RawSQL|text\(/;
/**
 * In a file where no source can appear, only functions that may pass a parameter to a sink need a summary
 * (a caller in another file may hand them request data); everything else is skipped to keep the pass cheap.
 */
const SINK_HINT =
  /\b(execute|executemany|executescript|exec_driver_sql|system|popen|Popen|check_output|check_call|spawn\w*|eval|exec|__import__|import_module|urlopen|send_file|render_template_string|mark_safe|format_html|HttpResponse|Markup|RawSQL|fromstring|parseString|xpath|search_s|search_ext_s|rmtree|unlink|remove|open|read_text|write_text|redirect|set_cookie|from_string)\s*\(|subprocess\.|requests\.|httpx\.|pickle\.|yaml\.|marshal\.|\.raw\(|\.extra\(|\btext\(|ldap|\.find(_one)?\(|headers\[|session\[/;
/** Helpers that may sanitise or check what they are given: their summary matters even without a sink. */
const SANITIZER_HINT =
  /\b(int|float|escape|quote|basename|secure_filename|safe_join|realpath|abspath|fullmatch|isdigit|isalnum|isalpha|isidentifier|is_relative_to|commonpath|url_has_allowed_host_and_scheme|UUID|escape_filter_chars)\s*\(|\bnot in\b|\bin\s+[A-Z_]{3,}|ALLOWED|allowed|return\s[^\n]*\.(startswith|match|search)\(/;
export const SINK_OR_SANITIZER = new RegExp(`${SINK_HINT.source}|${SANITIZER_HINT.source}`);
const LOCAL_HINT = /\binput\s*\(|argv|environ|getenv|stdin/;
const LAMBDA_HINT = /def\s+\w*handler\s*\(\s*\w+\s*,\s*_?(context|ctx|lambda_context)\b/;
const SUPPRESSION_HINT = /nosec|noqa|sentinel/i;

export function createTaintPass(settings: TaintSettings = DEFAULT_SETTINGS): FilePass {
  return {
    id: TAINT_PASS_ID,
    visit: (root, file, source, imports) => extractFile(root, file, source, imports, settings),
    incomplete: (data) => {
      const truncated = (data as FileIR | undefined)?.truncated;
      return truncated
        ? { line: truncated.line, message: `data-flow extraction stopped: ${truncated.reason}` }
        : undefined;
    },
  };
}

export function extractFile(
  root: Node,
  file: FileInfo,
  source: string,
  imports: ReadonlyMap<string, string>,
  settings: TaintSettings,
): FileIR {
  const { module, isPackage } = moduleNameOf(file.path);
  const ir: FileIR = {
    v: 2,
    path: file.path,
    module,
    isPackage,
    functions: [],
    suppressions: suppressionsOf(source),
    imports: modulesOfImportMap(imports),
  };
  if (!HINT.test(source)) return ir;
  const ctx = new ExtractContext(source, imports, settings, file.path);
  const routes = urlRoutes(root, ctx);
  if (routes.length) ir.routes = routes;
  const hasSources =
    ctx.models.length > 0 || LAMBDA_HINT.test(source) || (settings.localSources && LOCAL_HINT.test(source));
  // Files that read requests are small view modules: keep every function. Elsewhere keep sinks and sanitisers.
  const hint = hasSources ? undefined : SINK_OR_SANITIZER;
  const pending = topLevelFunctions(root);
  for (let i = 0; i < pending.length; i++) {
    const fn = extractFunction(pending[i]!, ctx, source, hint, hasSources, pending);
    if (fn) ir.functions.push(fn);
  }
  if (hasSources) {
    const top = new StmtReader(ctx);
    const body = top.block(root);
    if (body.length) ir.functions.push({ name: '<module>', params: [], body, l: 1 });
  }
  if (ctx.truncated) ir.truncated = ctx.truncated;
  return ir;
}

function extractFunction(
  node: Node,
  ctx: ExtractContext,
  source: string,
  hint: RegExp | undefined,
  hasSources: boolean,
  nested: Node[],
): FunctionIR | undefined {
  const text = source.slice(node.startIndex, node.endIndex);
  if (hint && !hint.test(text)) return undefined;
  // Without sources in the file, a function with no parameters can neither receive nor return request data.
  if (!hasSources && /^[^(]*\(\s*(self\s*)?\)/.test(text.replace(/^(async\s+)?def\s+/, ''))) return undefined;
  const body = node.childForFieldName('body');
  if (!body) return undefined;
  const name = node.childForFieldName('name')?.text ?? '?';
  const cls = classOf(node);
  const params = paramsOf(node);
  const entry = entryInfo(node, name, params, cls, ctx);
  const reader = new StmtReader(ctx);
  reader.nested = nested;
  reader.responseReturns = entry.returnsResponse;
  if (entry.requestParams.length) reader.requestNames = new Set([...reader.requestNames, ...entry.requestParams]);
  if (entry.sourceCalls.length) reader.sourceCalls = new Set(entry.sourceCalls);
  const fn: FunctionIR = {
    name: cls ? `${cls}.${name}` : name,
    params: params.map((p) => p.name),
    body: reader.block(body),
    l: node.startPosition.row + 1,
  };
  if (cls) fn.cls = cls;
  if (entry.srcParams.length) fn.srcParams = entry.srcParams;
  return fn;
}

/** `from pkg.db import find` → `pkg.db`; `import pkg.util as u` → `pkg.util`. */
function modulesOfImportMap(imports: ReadonlyMap<string, string>): string[] {
  const out = new Set<string>();
  for (const [local, qualified] of imports) {
    const cut = qualified.lastIndexOf('.');
    out.add(qualified === local || cut <= 0 ? qualified : qualified.slice(0, cut));
    out.add(qualified);
  }
  return [...out].sort();
}

/** Suppression comments found by a cheap line scan (the engine keeps its own map private). */
function suppressionsOf(source: string): SuppressionComment[] {
  if (!SUPPRESSION_HINT.test(source)) return [];
  const out: SuppressionComment[] = [];
  const lines = linesOf(source);
  for (let n = 1; n <= lines.count; n++) {
    const text = lines.line(n);
    const hash = text.indexOf('#');
    if (hash < 0 || !SUPPRESSION_HINT.test(text)) continue;
    const parsed = parseSuppression(text.slice(hash), n, hash + 1);
    if (parsed) out.push(parsed);
  }
  return out;
}
