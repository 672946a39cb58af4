// The job summary ($GITHUB_STEP_SUMMARY) of the GitHub Action, from the SARIF log the CLI wrote: the score, the
// counts by severity and the top findings. Everything from the analysed repository goes through src/report's
// Markdown escaping (a pull request chooses its file names and the text rules quote).
import { code, escapeText, inline, table } from '../report/md-text.js';
import { SEVERITIES, type Severity } from '../analysis/taxonomy.js';

interface SarifResult {
  ruleId?: string;
  message?: { text?: string };
  suppressions?: unknown[];
  locations?: { physicalLocation?: { artifactLocation?: { uri?: string }; region?: { startLine?: number } } }[];
  properties?: { severity?: string };
}

interface SarifRun {
  results?: SarifResult[];
  properties?: { sentinelpy?: { score?: number; rating?: string; profile?: string } };
  invocations?: { toolExecutionNotifications?: { level?: string }[] }[];
}

export interface SummaryOptions {
  /** What was reviewed, as prose we wrote (`lines changed since <sha>`), escaped here anyway. */
  scope: string;
  topFindings: number;
  /** The CLI's exit code: 0 passes, 1 fails by fail-on (or an incomplete scan). */
  exitCode: number;
  /** A note to add (why the SARIF was not uploaded). */
  note?: string;
}

export interface SummaryFacts {
  score?: number;
  rating?: string;
  findings: number;
  markdown: string;
}

const isSeverity = (s: unknown): s is Severity =>
  typeof s === 'string' && (SEVERITIES as readonly string[]).includes(s);

function location(r: SarifResult): string {
  const at = r.locations?.[0]?.physicalLocation;
  let path = at?.artifactLocation?.uri ?? '?';
  try {
    path = decodeURI(path);
  } catch {
    // keep the URI as written
  }
  return code(`${path}:${at?.region?.startLine ?? '?'}`);
}

/** The open findings, most severe first (the CLI already sorts them so; suppressed ones are left out). */
function openFindings(run: SarifRun): SarifResult[] {
  const rank = (r: SarifResult) =>
    isSeverity(r.properties?.severity) ? SEVERITIES.indexOf(r.properties.severity) : SEVERITIES.length;
  return (run.results ?? [])
    .filter((r) => !r.suppressions?.length)
    .map((r, i) => ({ r, i }))
    .sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i)
    .map(({ r }) => r);
}

export function jobSummary(log: { runs?: SarifRun[] }, options: SummaryOptions): SummaryFacts {
  const run = log.runs?.[0] ?? {};
  const facts = run.properties?.sentinelpy ?? {};
  const findings = openFindings(run);
  const counts = Object.fromEntries(
    SEVERITIES.map((s) => [s, findings.filter((f) => f.properties?.severity === s).length]),
  );
  const skipped = (run.invocations?.[0]?.toolExecutionNotifications ?? []).filter((n) => n.level !== 'note').length;
  const score = typeof facts.score === 'number' ? `${facts.score}/100 (${escapeText(facts.rating ?? '')})` : 'unknown';
  const lines = [
    `## SentinelPy: score ${score}`,
    '',
    `${options.exitCode === 0 ? '✅ **Passed**: nothing at or above the fail-on level.' : '❌ **Failed**: findings at or above the fail-on level, or files that could not be fully analysed (listed in the log).'}`,
    '',
    `Reviewed: ${escapeText(options.scope)}. Profile: ${escapeText(facts.profile ?? 'default')}. ${findings.length} finding(s)${skipped ? `; ${skipped} file(s) skipped or not fully analysed` : ''}.`,
    '',
    table(
      SEVERITIES.map((s) => s[0]!.toUpperCase() + s.slice(1)),
      [SEVERITIES.map((s) => String(counts[s]))],
    ),
  ];
  const top = findings.slice(0, options.topFindings);
  if (top.length) {
    lines.push(
      '',
      `### Top findings`,
      '',
      table(
        ['Severity', 'Rule', 'Location', 'Finding'],
        top.map((f) => [
          escapeText(f.properties?.severity ?? '?'),
          code(f.ruleId ?? '?'),
          location(f),
          inline(f.message?.text ?? ''),
        ]),
      ),
    );
    if (findings.length > top.length)
      lines.push('', `${findings.length - top.length} more in the SARIF file (and the Security tab once uploaded).`);
  }
  if (options.note) lines.push('', `> ${escapeText(options.note)}`);
  return {
    ...(typeof facts.score === 'number' ? { score: facts.score } : {}),
    ...(facts.rating ? { rating: facts.rating } : {}),
    findings: findings.length,
    markdown: `${lines.join('\n')}\n`,
  };
}
