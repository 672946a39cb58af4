// unverified-https-context-patch: process-wide monkeypatch that turns off HTTPS certificate checks for urllib.
import { defineRule } from '../../src/analysis/rule.js';

export default defineRule({
  meta: {
    id: 'unverified-https-context-patch',
    title: 'Default HTTPS context monkeypatched to the unverified one',
    category: 'tooling-cicd',
    cwe: ['CWE-295'],
    owasp: { '2021': ['A02:2021', 'A05:2021'], '2025': ['A04:2025', 'A02:2025'] },
    severity: 'high',
    riskScore: 8,
    confidence: 'high',
    evidence: 'config',
    threat: 'confidentiality',
    timeline: 'immediate',
    technology: ['ssl', 'urllib'],
    aliases: {},
    messages: {
      patch:
        '`ssl._create_default_https_context` is replaced with `{{value}}`: every urllib/http.client HTTPS connection in the process stops verifying certificates.',
    },
    docs: {
      whatItDoes:
        'Flags assignments to `ssl._create_default_https_context` (typically `= ssl._create_unverified_context`, a common copy-paste "fix" for certificate errors in scripts and CI).',
      whyBad:
        'The patch is global: all stdlib HTTPS clients in the process, including libraries you did not write (pip internals, nltk/torch downloaders), silently accept forged certificates.',
      businessImpact:
        'Downloaded models, packages and data can be swapped by a man-in-the-middle; credentials sent over HTTPS leak.',
      attackScenario:
        'A build script adds the patch to get past a proxy error; an attacker on the CI network serves a trojaned dataset or wheel over forged TLS and it enters the release.',
      example: 'import ssl\nssl._create_default_https_context = ssl._create_unverified_context',
      useInstead:
        '# install the corporate CA instead\nctx = ssl.create_default_context(cafile=os.environ["CORP_CA_BUNDLE"])',
      testing:
        'Grep the repository and CI scripts for `_create_default_https_context`; assert HTTPS calls to a self-signed host fail.',
      references: ['https://peps.python.org/pep-0476/#opting-out', 'https://cwe.mitre.org/data/definitions/295.html'],
    },
  },
  hints: ['_create_default_https_context'],
  requires: [['_create_default_https_context']],
  create(ctx) {
    if (!ctx.source.includes('_create_default_https_context')) return {};
    return {
      nodes: {
        assignment(node) {
          const left = node.childForFieldName('left');
          const right = node.childForFieldName('right');
          if (!left || !right || left.type !== 'attribute') return;
          if (ctx.qualifiedName(left) !== 'ssl._create_default_https_context') return;
          if (ctx.qualifiedName(right) === 'ssl.create_default_context') return;
          ctx.report({ node, messageId: 'patch', data: { value: right.text.slice(0, 60) } });
        },
      },
    };
  },
});
