// setup-py-remote-download: setup.py fetching code or data over the network while the package is installed.
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';

const DOWNLOADERS = [
  'urllib.request.urlopen',
  'urllib.request.urlretrieve',
  'urllib.urlopen',
  'urllib.urlretrieve',
  'urllib2.urlopen',
  'requests.get',
  'requests.post',
  'requests.request',
  'httpx.get',
  'httpx.stream',
  'wget.download',
  'urllib3.PoolManager',
  'http.client.HTTPSConnection',
  'http.client.HTTPConnection',
];
const SETUP_SCRIPT = /(^|\/)setup\.py$/;
/** Build scripts under other names (`setup_cuda.py`) import setuptools and call setup() at module level. */
const USES_SETUPTOOLS = /^[ \t\f]*(from\s+(setuptools|distutils\.core)\s+import|import\s+setuptools)\b/m;
const CALLS_SETUP = /^(setuptools\.)?setup\s*\(/m;

export default defineRule({
  meta: {
    id: 'setup-py-remote-download',
    title: 'setup.py downloads from the network during installation',
    category: 'supply-chain',
    cwe: ['CWE-494', 'CWE-829'],
    owasp: { '2021': ['A08:2021'], '2025': ['A03:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'medium',
    threat: 'integrity',
    timeline: 'immediate',
    aliases: {},
    messages: {
      download:
        '`{{fn}}` in setup.py downloads at install time; what it fetches runs or ships without review or hash check.',
    },
    docs: {
      whatItDoes:
        'Flags HTTP downloads (`urllib`, `requests`, `httpx`, `wget`) in `setup.py` (or any script that imports setuptools and calls `setup()` at module level), which runs on every machine that installs the source distribution.',
      whyBad:
        'Install-time downloads are the hallmark of malicious packages and an integrity gap in honest ones: the fetched file is not part of the reviewed, hashed artefact, and whoever controls the URL controls what installs.',
      businessImpact:
        'Code execution on developer laptops, CI runners and production builds of every consumer of the package.',
      attackScenario:
        "A package's setup.py fetches a helper binary from a personal domain; the domain lapses, the attacker registers it and serves a stealer to every new install.",
      example: 'urllib.request.urlretrieve(BINARY_URL, "pkg/bin/tool")  # in setup.py',
      useInstead: 'Ship the file inside the wheel, or download it at first use with a pinned SHA-256 check.',
      testing: 'Build and install the sdist with networking disabled (`pip install --no-index`); it must succeed.',
      references: [
        'https://packaging.python.org/en/latest/discussions/setup-py-deprecated/',
        'https://cwe.mitre.org/data/definitions/494.html',
      ],
    },
  },
  hints: [
    'HTTPConnection',
    'HTTPSConnection',
    'PoolManager',
    'httpx',
    'requests',
    'urllib2',
    'urlopen',
    'urlretrieve',
    'wget',
  ],
  create(ctx) {
    const buildScript =
      SETUP_SCRIPT.test(ctx.file.path) || (USES_SETUPTOOLS.test(ctx.source) && CALLS_SETUP.test(ctx.source));
    if (!buildScript) return {};
    const check = (call: CallInfo) =>
      ctx.report({ node: call.node, messageId: 'download', data: { fn: call.name ?? 'download' } });
    return { calls: Object.fromEntries(DOWNLOADERS.map((fn) => [fn, check])) };
  },
});
