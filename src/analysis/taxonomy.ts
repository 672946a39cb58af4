// The fixed vocabularies of a review: the 22 categories, OWASP Top 10 ids, severity bands and threat classes
// (from shared/seeds/004: "Review Categories", "Risk Scoring Framework", "Threat Modeling Integration").

/** The 22 mandatory review categories, in the seed's order; ids double as `rules/<category>/` folder names. */
export const CATEGORIES = [
  { id: 'input-validation', name: 'Input Validation' },
  { id: 'output-encoding', name: 'Output Encoding' },
  { id: 'sql-injection', name: 'SQL Injection Defense' },
  { id: 'command-injection', name: 'Command Injection Defense' },
  { id: 'authentication-secrets', name: 'Authentication & Secrets' },
  { id: 'session-management', name: 'Session Management' },
  { id: 'access-control', name: 'Access Control' },
  { id: 'cryptography', name: 'Cryptography' },
  { id: 'error-handling-logging', name: 'Error Handling & Logging' },
  { id: 'deserialization', name: 'Safe Deserialization' },
  { id: 'security-headers', name: 'Security Headers' },
  { id: 'dependency-management', name: 'Dependency Management' },
  { id: 'tooling-cicd', name: 'Tooling & CI/CD Security' },
  { id: 'data-protection', name: 'Data Protection' },
  { id: 'security-monitoring', name: 'Security Monitoring' },
  { id: 'ssrf', name: 'Server-Side Request Forgery (SSRF)' },
  { id: 'cloud-native', name: 'Cloud-Native Security' },
  { id: 'framework-security', name: 'Modern Framework Security' },
  { id: 'api-security', name: 'API Security' },
  { id: 'async-security', name: 'Async Security' },
  { id: 'supply-chain', name: 'Supply Chain Security' },
  { id: 'ai-ml', name: 'AI/ML Security' },
] as const;

export type CategoryId = (typeof CATEGORIES)[number]['id'];

export const CATEGORY_IDS: readonly CategoryId[] = CATEGORIES.map((c) => c.id);

export function categoryName(id: CategoryId): string {
  return CATEGORIES.find((c) => c.id === id)?.name ?? id;
}

/** OWASP Top 10 2021. */
export const OWASP_2021 = {
  'A01:2021': 'Broken Access Control',
  'A02:2021': 'Cryptographic Failures',
  'A03:2021': 'Injection',
  'A04:2021': 'Insecure Design',
  'A05:2021': 'Security Misconfiguration',
  'A06:2021': 'Vulnerable and Outdated Components',
  'A07:2021': 'Identification and Authentication Failures',
  'A08:2021': 'Software and Data Integrity Failures',
  'A09:2021': 'Security Logging and Monitoring Failures',
  'A10:2021': 'Server-Side Request Forgery (SSRF)',
} as const;

/** OWASP Top 10 2025. */
export const OWASP_2025 = {
  'A01:2025': 'Broken Access Control',
  'A02:2025': 'Security Misconfiguration',
  'A03:2025': 'Software Supply Chain Failures',
  'A04:2025': 'Cryptographic Failures',
  'A05:2025': 'Injection',
  'A06:2025': 'Insecure Design',
  'A07:2025': 'Authentication Failures',
  'A08:2025': 'Software or Data Integrity Failures',
  'A09:2025': 'Security Logging and Alerting Failures',
  'A10:2025': 'Mishandling of Exceptional Conditions',
} as const;

export type Owasp2021Id = keyof typeof OWASP_2021;
export type Owasp2025Id = keyof typeof OWASP_2025;

export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Risk score bands of the seed: CRITICAL 9–10, HIGH 7–8, MEDIUM 4–6, LOW 1–3. */
export const SEVERITY_BANDS: Record<Severity, readonly [number, number]> = {
  critical: [9, 10],
  high: [7, 8],
  medium: [4, 6],
  low: [1, 3],
};

export function severityRank(severity: Severity): number {
  return SEVERITIES.length - SEVERITIES.indexOf(severity); // critical 4 … low 1
}

/** Puts a risk score inside the band of `severity` (a rule's score applies to its default severity). */
export function scoreInBand(severity: Severity, score: number): number {
  const [lo, hi] = SEVERITY_BANDS[severity];
  return Math.min(hi, Math.max(lo, Math.round(score)));
}

/**
 * Why a finding is believed (issue 10): `dataflow` — untrusted data was traced from a source to the sink;
 * `config` — a setting or literal that is insecure as written (`verify=False`, `DEBUG = True` in settings, a
 * hard-coded credential, a broken algorithm chosen for a security use); `pattern` — a risky API with no evidence
 * about its input. Only `dataflow` and `config` may be high or critical; `pattern` findings are audit notes.
 */
export const EVIDENCES = ['dataflow', 'config', 'pattern'] as const;
export type Evidence = (typeof EVIDENCES)[number];

export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export const THREATS = ['confidentiality', 'integrity', 'availability', 'compliance'] as const;
export type Threat = (typeof THREATS)[number];

export const THREAT_NAMES: Record<Threat, string> = {
  confidentiality: 'Data Confidentiality',
  integrity: 'Data Integrity',
  availability: 'Service Availability',
  compliance: 'Compliance',
};

export const TIMELINES = ['immediate', '7-days', '30-days'] as const;
export type Timeline = (typeof TIMELINES)[number];

export const TIMELINE_NAMES: Record<Timeline, string> = {
  immediate: 'Immediate (< 24 hours)',
  '7-days': 'Within 7 days',
  '30-days': 'Within 30 days',
};
