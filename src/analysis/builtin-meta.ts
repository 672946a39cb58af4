// Findings the engine itself raises (not a rule of rules/): unexplained suppressions.
import type { RuleMeta } from './rule.js';

export const SUPPRESSION_WITHOUT_REASON: RuleMeta = {
  id: 'suppression-without-reason',
  title: 'Security finding suppressed without a reason',
  category: 'tooling-cicd',
  cwe: ['CWE-1068'],
  owasp: { '2021': ['A04:2021'], '2025': ['A06:2025'] },
  severity: 'low',
  riskScore: 2,
  confidence: 'high',
  // The comment is there as written: a fact about the code, not a guess about its input.
  evidence: 'config',
  threat: 'compliance',
  timeline: '30-days',
  aliases: {},
  messages: {
    missingReason: 'Suppression `{{marker}}` hides {{count}} finding(s) without saying why; add ` -- <reason>`.',
  },
  docs: {
    whatItDoes:
      'Reports a `# nosec`, `# noqa: S…` or `# sentinel: ignore[...]` comment that suppresses a finding but gives no reason.',
    whyBad:
      'An unexplained suppression cannot be reviewed: nobody can tell a vetted false positive from a silenced vulnerability.',
    businessImpact: 'Real vulnerabilities can be waved through review and audits lose their evidence trail.',
    attackScenario: 'A contributor adds `# nosec` to an injectable call; the gate passes and the flaw ships unnoticed.',
    example: 'subprocess.run(cmd, shell=True)  # nosec',
    useInstead: 'subprocess.run(cmd, shell=True)  # nosec B602 -- cmd is a constant from settings.py',
    testing: 'Grep for suppressions in CI and require each to carry a justification.',
    references: ['https://bandit.readthedocs.io/en/latest/config.html#exclusions'],
  },
};
