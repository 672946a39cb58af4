// pycrypto-import: imports of the abandoned PyCrypto package's modules (Bandit B413; B414 kept as legacy alias).
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule } from '../../src/analysis/rule.js';

const MODULES = /^Crypto(\.(Cipher|Hash|IO|Protocol|PublicKey|Random|Signature|Util))?(\.|$)/;

export default defineRule({
  meta: {
    id: 'pycrypto-import',
    title: 'Import of the unmaintained PyCrypto package',
    category: 'cryptography',
    cwe: ['CWE-1104', 'CWE-327'],
    owasp: { '2021': ['A06:2021', 'A02:2021'], '2025': ['A03:2025', 'A04:2025'] },
    severity: 'medium',
    riskScore: 5,
    confidence: 'low',
    threat: 'confidentiality',
    timeline: '30-days',
    technology: ['pycrypto'],
    aliases: { bandit: ['B413', 'B414'], ruff: ['S413'] },
    messages: {
      pycrypto:
        '`{{module}}` is PyCrypto, unmaintained since 2013 with known CVEs; use pyca/cryptography (or pycryptodome, which keeps this import path).',
    },
    docs: {
      whatItDoes: 'Flags `import Crypto…` / `from Crypto… import …`, the namespace of PyCrypto.',
      whyBad:
        'PyCrypto has had no release since 2013 and has unfixed vulnerabilities (e.g. CVE-2013-7459, a heap overflow in ALGnew), and its API defaults to unsafe choices.',
      businessImpact:
        'Known-vulnerable cryptography in production, flagged by every compliance scanner, with no upstream fix coming.',
      attackScenario:
        "An attacker who controls the IV/nonce passed to `AES.new` triggers CVE-2013-7459's heap overflow and executes code in the service.",
      example: 'from Crypto.Cipher import AES',
      useInstead: 'from cryptography.hazmat.primitives.ciphers.aead import AESGCM',
      testing:
        'Check `pip show pycrypto` reports nothing in the deployed environment and the requirements pin pycryptodome or cryptography instead.',
      knownProblems:
        "pycryptodome (maintained) installs under the same `Crypto` namespace, so the import alone cannot tell them apart: confidence is low; suppress with a reason when the lockfile pins pycryptodome. Bandit's legacy B414 flagged `Cryptodome` itself; that maintained package is deliberately not reported, the id is kept as an alias so `# nosec B414` still matches.",
      references: [
        'https://github.com/pycrypto/pycrypto/issues/238',
        'https://nvd.nist.gov/vuln/detail/CVE-2013-7459',
        'https://cryptography.io/en/latest/',
      ],
    },
  },
  hints: ['Crypto'],
  create(ctx) {
    const check = (statement: Node) => {
      for (const module of modulePathsOf(statement)) {
        if (!MODULES.test(module)) continue;
        ctx.report({ node: statement, messageId: 'pycrypto', data: { module } });
        return;
      }
    };
    return { nodes: { import_statement: check, import_from_statement: check } };
  },
});

/**
 * Module paths an import statement reads: `import a.b, c` → [a.b, c]; `from a.b import c` → [a.b] only, one report
 * per statement's module (python/imported-modules.ts's importedModules also lists `a.b.c`).
 */
function modulePathsOf(statement: Node): string[] {
  if (statement.type === 'import_from_statement') {
    const module = statement.childForFieldName('module_name');
    return module?.type === 'dotted_name' ? [module.text] : [];
  }
  return statement.childrenForFieldName('name').flatMap((child) => {
    const dotted = child?.type === 'aliased_import' ? child.childForFieldName('name') : child;
    return dotted?.type === 'dotted_name' ? [dotted.text] : [];
  });
}
