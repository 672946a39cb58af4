// Metadata of the dependency-review checks, in the same shape as the Python rules so every report explains them.
import type { RuleMeta } from '../analysis/rule.js';

type Docs = RuleMeta['docs'];

function meta(m: Omit<RuleMeta, 'owasp' | 'aliases' | 'technology'> & { owasp?: RuleMeta['owasp'] }): RuleMeta {
  return { owasp: { '2021': ['A06:2021'], '2025': ['A03:2025'] }, aliases: {}, technology: ['pip', 'pypi'], ...m };
}

const refs = (...extra: string[]): Docs['references'] => [
  'https://owasp.org/Top10/A06_2021-Vulnerable_and_Outdated_Components/',
  'https://pip.pypa.io/en/stable/topics/secure-installs/',
  ...extra,
];

export const DEPENDENCY_KNOWN_VULNERABILITY = meta({
  id: 'dependency-known-vulnerability',
  title: 'Dependency version with a known vulnerability',
  category: 'dependency-management',
  cwe: ['CWE-1395'],
  severity: 'high',
  riskScore: 8,
  confidence: 'high',
  evidence: 'config',
  threat: 'integrity',
  timeline: 'immediate',
  fixable: true,
  messages: { vulnerable: '`{{name}}` {{version}} is affected by {{ids}}; {{fix}}.' },
  docs: {
    whatItDoes:
      'Looks up every pinned or locked version in the OSV database and reports published advisories (GHSA, PYSEC, CVE).',
    whyBad:
      'A published advisory comes with a public description, often a proof of concept: the vulnerable code path is known to attackers.',
    businessImpact:
      'Exploitation of a known flaw in a dependency is the cheapest attack there is; breaches through unpatched components are routinely judged negligent.',
    attackScenario:
      'An attacker scans for the framework version advertised in headers or behaviour, and runs the public exploit for its CVE.',
    example: 'requests==2.5.0',
    useInstead: 'requests==2.32.3  # the smallest release that fixes every listed advisory',
    testing: 'Run `pip-audit -r requirements.txt` in CI and fail the build on any advisory.',
    references: refs('https://osv.dev/', 'https://cwe.mitre.org/data/definitions/1395.html'),
  },
});

export const DEPENDENCY_UNPINNED = meta({
  id: 'dependency-unpinned',
  title: 'Application dependency not pinned to an exact version',
  category: 'dependency-management',
  cwe: ['CWE-1104'],
  severity: 'low',
  riskScore: 3,
  confidence: 'high',
  threat: 'integrity',
  timeline: '30-days',
  messages: { unpinned: '`{{name}}{{specifier}}` is not pinned; any future (or hijacked) release will be installed.' },
  docs: {
    whatItDoes:
      'Reports requirements of an application manifest that are not pinned with `==` (open ranges, `>=`, `~=`, `^`, `*`, none).',
    whyBad:
      'An unpinned requirement installs whatever is newest at build time: builds stop being reproducible and a malicious or broken release lands without review.',
    businessImpact:
      'Supply-chain compromise through a hijacked maintainer account reaches production on the next deploy.',
    attackScenario:
      'An attacker takes over a maintainer account and publishes a patch release with a credential stealer; every unpinned build installs it.',
    example: 'flask>=2.0',
    useInstead: 'flask==3.0.3  # and lock transitive versions with pip-tools, Poetry or uv',
    testing: 'Generate a lock file (pip-compile --generate-hashes) and install with --require-hashes in CI.',
    knownProblems:
      'Libraries legitimately use ranges; ranges in pyproject.toml [project] dependencies of a library are low severity for that reason.',
    references: refs('https://cwe.mitre.org/data/definitions/1104.html'),
  },
});

export const DEPENDENCY_MISSING_HASH = meta({
  id: 'dependency-missing-hash',
  title: 'Requirement without a hash where hashes are required',
  category: 'dependency-management',
  cwe: ['CWE-494'],
  severity: 'medium',
  riskScore: 5,
  confidence: 'high',
  evidence: 'config',
  threat: 'integrity',
  timeline: '7-days',
  messages: { missing: '`{{name}}` has no --hash although this project installs with hash checking.' },
  docs: {
    whatItDoes:
      'Reports requirements without `--hash` in files that use hash-checking mode (or when the config requires hashes).',
    whyBad:
      'pip refuses the whole file in hash-checking mode, and without hashes a tampered artifact on the index or a mirror installs silently.',
    businessImpact: 'A compromised mirror or index can ship modified code into builds.',
    attackScenario:
      'A man-in-the-middle on a build network swaps a wheel for a backdoored one with the same version number.',
    example: 'requests==2.32.3',
    useInstead: 'requests==2.32.3 --hash=sha256:<digest from pip-compile --generate-hashes>',
    testing: 'Install with `pip install --require-hashes -r requirements.txt` in CI.',
    references: refs('https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode'),
  },
});

export const DEPENDENCY_UNPINNED_URL = meta({
  id: 'dependency-unpinned-url',
  title: 'URL or VCS dependency without a pinned commit',
  category: 'supply-chain',
  cwe: ['CWE-829'],
  severity: 'medium',
  riskScore: 5,
  confidence: 'high',
  evidence: 'config',
  threat: 'integrity',
  timeline: '7-days',
  messages: {
    unpinned:
      '`{{name}}` is installed from `{{url}}` without a commit hash; the code can change under the same reference.',
  },
  docs: {
    whatItDoes: 'Reports VCS requirements without a full commit hash and URL archives without a hash.',
    whyBad:
      'A branch or tag can be moved by anyone with push rights to the source repository; the build installs whatever it points at.',
    businessImpact: 'Code that nobody reviewed enters the product through a moved tag.',
    attackScenario:
      'An attacker with access to the upstream repository force-pushes the `main` branch referenced by the requirement.',
    example: 'git+https://github.com/org/lib.git@main#egg=lib',
    useInstead: 'git+https://github.com/org/lib.git@3f2a1c9e5d4b7a8f6e0c1d2b3a4f5e6d7c8b9a0f#egg=lib',
    testing: 'Check that every VCS reference is a 40-character commit id.',
    references: refs('https://pip.pypa.io/en/stable/topics/vcs-support/'),
  },
});

export const DEPENDENCY_INSECURE_INDEX = meta({
  id: 'dependency-insecure-index',
  title: 'Package index over plain HTTP or with certificate checks off',
  category: 'supply-chain',
  cwe: ['CWE-319', 'CWE-295'],
  severity: 'high',
  riskScore: 7,
  confidence: 'high',
  evidence: 'config',
  threat: 'integrity',
  timeline: 'immediate',
  messages: {
    http: 'Packages are fetched from `{{url}}` over plain HTTP; anyone on the path can replace them.',
    trustedHost: '`--trusted-host {{url}}` turns off certificate verification for that index.',
  },
  docs: {
    whatItDoes: 'Reports `http://` index URLs and `--trusted-host` options in requirement files and Pipfiles.',
    whyBad: 'Without TLS verification, the index answer can be forged and any package replaced in transit.',
    businessImpact: 'Arbitrary code runs in builds and production.',
    attackScenario: 'An attacker on the CI network answers the HTTP index request with a malicious wheel.',
    example: '--index-url http://pypi.internal/simple',
    useInstead: '--index-url https://pypi.internal/simple',
    testing: 'Check that pip runs with default certificate verification against every configured index.',
    references: refs('https://cwe.mitre.org/data/definitions/319.html'),
  },
});

export const DEPENDENCY_CONFUSION = meta({
  id: 'dependency-extra-index-url',
  title: 'Extra package index (dependency confusion)',
  category: 'supply-chain',
  cwe: ['CWE-427'],
  severity: 'medium',
  riskScore: 6,
  confidence: 'medium',
  evidence: 'config',
  threat: 'integrity',
  timeline: '7-days',
  messages: { extra: '`--extra-index-url {{url}}` lets the public index win for any internal package name.' },
  docs: {
    whatItDoes:
      'Reports `--extra-index-url` (and additional Pipfile sources): pip picks the highest version across all indexes.',
    whyBad:
      'An attacker who publishes an internal package name on PyPI with a higher version gets it installed (dependency confusion).',
    businessImpact: 'Code execution in CI and production through a public package impersonating an internal one.',
    attackScenario:
      'The attacker learns the internal name `acme-auth` from a leaked requirements file and publishes `acme-auth==99.0` on PyPI.',
    example: '--extra-index-url https://pypi.acme.internal/simple',
    useInstead: '--index-url https://pypi.acme.internal/simple  # a single proxy that mirrors PyPI',
    testing: 'Resolve with only the internal proxy configured and verify every package resolves.',
    references: refs('https://medium.com/@alex.birsan/dependency-confusion-4a5d60fec610'),
  },
});

export const DEPENDENCY_DEPRECATED = meta({
  id: 'dependency-deprecated',
  title: 'Abandoned or deprecated security package',
  category: 'dependency-management',
  cwe: ['CWE-1104', 'CWE-477'],
  severity: 'high',
  riskScore: 7,
  confidence: 'high',
  evidence: 'config',
  threat: 'confidentiality',
  timeline: '7-days',
  messages: { deprecated: '`{{name}}` is abandoned: {{why}}.' },
  docs: {
    whatItDoes: 'Reports dependencies on packages that are unmaintained and known to be insecure (e.g. pycrypto).',
    whyBad: 'Unmaintained security libraries keep their known vulnerabilities forever.',
    businessImpact: 'Cryptographic protections can be broken with public exploits.',
    attackScenario: 'PyCrypto 2.6.1 has a heap overflow in AES (CVE-2013-7459) that will never be fixed.',
    example: 'pycrypto==2.6.1',
    useInstead: 'pycryptodome==3.20.0  # or cryptography',
    testing: 'Fail CI on the presence of abandoned packages.',
    references: refs('https://github.com/pycrypto/pycrypto/issues/173'),
  },
});

export const DEPENDENCY_TYPOSQUAT = meta({
  id: 'dependency-typosquat',
  title: 'Possible typosquat of a popular package',
  category: 'supply-chain',
  // A name close to a popular one is a pattern, not evidence: findings were already capped to medium (6) at report
  // time (deps/finding.ts); the metadata now says so (the metadata gate caught the claimed `high`).
  cwe: ['CWE-506'],
  severity: 'medium',
  riskScore: 6,
  confidence: 'medium',
  threat: 'integrity',
  timeline: 'immediate',
  messages: { typosquat: '`{{name}}` looks like a typosquat of `{{imitates}}` ({{how}}).' },
  docs: {
    whatItDoes:
      'Compares each dependency name with the most-downloaded PyPI projects: one or two edits away, separator or prefix confusions.',
    whyBad: 'Typosquatted packages run arbitrary code at install time (setup.py) and at import.',
    businessImpact: 'Credential theft and backdoors in every environment that installs the dependency.',
    attackScenario:
      "A developer types `reqeusts`; the attacker's package of that name steals environment variables and SSH keys on install.",
    example: 'reqeusts==2.31.0',
    useInstead: 'requests==2.31.0',
    testing: 'Double-check new dependency names against the PyPI project page and its download statistics.',
    knownProblems: 'Legitimate small projects with names close to popular ones are reported too (medium confidence).',
    references: refs('https://cwe.mitre.org/data/definitions/506.html'),
  },
});

export const DEPENDENCY_LICENSE = meta({
  id: 'dependency-license',
  title: 'Dependency licence outside the allow-list',
  category: 'supply-chain',
  cwe: ['CWE-1357'],
  severity: 'low',
  riskScore: 2,
  confidence: 'high',
  evidence: 'config',
  threat: 'compliance',
  timeline: '30-days',
  owasp: { '2021': ['A06:2021'], '2025': ['A03:2025'] },
  messages: { license: '`{{name}}` is licensed `{{license}}`, which is not in the allowed licences.' },
  docs: {
    whatItDoes: 'Compares licences recorded in lock files with the configured allow-list.',
    whyBad: 'Copyleft or unknown licences can oblige source disclosure or forbid distribution.',
    businessImpact: 'Legal exposure and forced re-engineering before a release.',
    attackScenario: 'Not an attack: an audit finds an AGPL component in a proprietary SaaS product.',
    example: 'license = "AGPL-3.0"',
    useInstead: 'A component under an approved licence (MIT, BSD, Apache-2.0).',
    testing: 'Generate the SBOM and check licences in CI.',
    references: ['https://cyclonedx.org/use-cases/#license-compliance'],
  },
});

export const DEPENDENCY_PHANTOM_IMPORT = meta({
  id: 'dependency-phantom-import',
  title: 'Import that no manifest declares (phantom dependency)',
  category: 'supply-chain',
  cwe: ['CWE-1357', 'CWE-829'],
  severity: 'medium',
  riskScore: 4,
  confidence: 'medium',
  evidence: 'pattern',
  threat: 'integrity',
  timeline: '30-days',
  messages: {
    nearest:
      '`{{module}}` is imported, but no dependency in the manifests matches it by name, and it is neither standard library nor a module of this repository; the nearest popular PyPI project is `{{nearest}}`.',
    unknown:
      '`{{module}}` is imported, but no dependency in the manifests matches it by name, and it is neither standard library nor a module of this repository; no popular PyPI project has this name or one close to it.',
  },
  docs: {
    whatItDoes:
      'Lists the top-level modules the Python files import and reports those that no declared or locked dependency provides by name (allowing py-/python-/django-/drf- prefixes, -python suffixes, namespace families such as google-cloud-*, and a table of known differences such as yaml → PyYAML), that are not standard library (data/python-stdlib.json) and that are not a folder or module of the repository. Runs only when the project has a manifest. Each report names the nearest of the most-downloaded PyPI projects.',
    whyBad:
      'An undeclared import works only where someone installed the package by hand, and the next person guesses its name: generated code in particular imports modules that were never declared, or that do not exist on PyPI at all — names squatters register to catch exactly that guess ("slopsquatting").',
    businessImpact:
      'A build or a developer installs a look-alike or squatted package, and its install script runs with their credentials.',
    attackScenario:
      'An assistant writes `import fastjsonschema_validator`; the developer runs `pip install fastjsonschema-validator`, a package an attacker registered after seeing the name suggested, and its setup.py steals cloud keys.',
    example: 'import yamlparser  # requirements.txt lists only requests',
    useInstead: 'import yaml  # with PyYAML==6.0.2 in requirements.txt',
    testing:
      'Create a fresh virtual environment from the manifests alone and import every module of the project (or run the tests there).',
    knownProblems:
      'Providers are matched by name: a project whose import name differs from its PyPI name and is not in the table is reported (low when it is a popular project). Optional and type-only imports (inside `try:`, `with suppress(ImportError):`, `if TYPE_CHECKING:`) are not checked; an optional dependency imported unguarded elsewhere is. The standard library list is that of one Python version.',
    references: refs(
      'https://cwe.mitre.org/data/definitions/1357.html',
      'https://packaging.python.org/en/latest/discussions/install-requires-vs-requirements/',
    ),
  },
});

export const DEPENDENCY_METAS: RuleMeta[] = [
  DEPENDENCY_KNOWN_VULNERABILITY,
  DEPENDENCY_UNPINNED,
  DEPENDENCY_MISSING_HASH,
  DEPENDENCY_UNPINNED_URL,
  DEPENDENCY_INSECURE_INDEX,
  DEPENDENCY_CONFUSION,
  DEPENDENCY_DEPRECATED,
  DEPENDENCY_TYPOSQUAT,
  DEPENDENCY_LICENSE,
  DEPENDENCY_PHANTOM_IMPORT,
];
