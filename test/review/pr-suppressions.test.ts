// Suppressions added by the pull request itself, on a real analysis: which count as the PR's own (on a line it
// adds), and what each `suppressions.inPullRequest` mode makes of them.
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import type { Finding } from '../../src/analysis/rule.js';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import { analyzeChange } from '../../src/review/analyze-change.js';
import type { CollectedSources } from '../../src/review/collect-sources.js';
import { createFileAnalyzer } from '../../src/scan/file-analyzer.js';
import {
  addedByPullRequest,
  applyPullRequestSuppressions,
  approvalMarker,
  approvalsFrom,
} from '../../src/review/pr-suppressions.js';

const IN_THREAD = createFileAnalyzer({ threads: 0 });
const RULE = RULES.filter((r) => r.meta.id === 'subprocess-shell-true');
const lines = (...l: string[]) => `${l.join('\n')}\n`;
const added = (text: string) => {
  const l = text.replace(/\n$/, '').split('\n');
  return `@@ -0,0 +1,${l.length} @@\n${l.map((x) => `+${x}`).join('\n')}`;
};

const NOSEC = lines('import subprocess', '', 'def run(cmd):', '    subprocess.run(cmd, shell=True)  # nosec', '');
const NOQA = lines('import subprocess', '', 'def run(cmd):', '    subprocess.run(cmd, shell=True)  # noqa: S602', '');
const IGNORE = lines(
  'import subprocess',
  '',
  'def run(cmd):',
  '    subprocess.run(cmd, shell=True)  # sentinel: ignore -- reviewed',
  '',
);

/** The shell=True findings (a reasonless `# nosec` also gets its own low finding, suppression-without-reason). */
const shellFindings = (findings: readonly Finding[]) =>
  findings.filter((f) => f.ruleId === 'subprocess-shell-true').map((f) => `${f.ruleId}:${f.line}`);

/** The `audit` profile reports the pattern rule's findings (under `default` they are audit notes, never counted). */
const AUDIT = { ...DEFAULT_CONFIG, profile: 'audit' as const };

async function analyse(files: Record<string, { content: string; patch: string | undefined }>, config = AUDIT) {
  const collected: CollectedSources = {
    sources: Object.entries(files).map(([path, f]) => ({ path, content: f.content })),
    manifests: [],
    skipped: [],
    patches: new Map(Object.entries(files).map(([path, f]) => [path, f.patch])),
  };
  return {
    analysis: await analyzeChange({ files: IN_THREAD, rules: RULE, config, collected }),
    patches: collected.patches,
  };
}

describe('suppressions added by the pull request', () => {
  it('counts a nosec, noqa or sentinel: ignore on an added line, not one the pull request left as it was', async () => {
    // old.py: the suppressed line is unchanged context; only line 5 is added.
    const { analysis, patches } = await analyse({
      'new_nosec.py': { content: NOSEC, patch: added(NOSEC) },
      'new_noqa.py': { content: NOQA, patch: added(NOQA) },
      'new_ignore.py': { content: IGNORE, patch: added(IGNORE) },
      'old.py': {
        content: `${NOSEC}x = 1\n`,
        patch: '@@ -3,3 +3,4 @@\n def run(cmd):\n     subprocess.run(cmd, shell=True)  # nosec\n \n+x = 1',
      },
    });
    expect(analysis.result.suppressed.map((s) => s.finding.path).sort()).toEqual([
      'new_ignore.py',
      'new_noqa.py',
      'new_nosec.py',
      'old.py',
    ]);
    expect(
      addedByPullRequest(analysis.result.suppressed, patches)
        .map((s) => s.finding.path)
        .sort(),
    ).toEqual(['new_ignore.py', 'new_noqa.py', 'new_nosec.py']);
  });

  it("honor: today's behaviour, nothing counts", async () => {
    const { analysis, patches } = await analyse({ 'a.py': { content: NOSEC, patch: added(NOSEC) } });
    const own = applyPullRequestSuppressions(analysis, patches, 'honor');
    expect(own).toEqual({ analysis, unreviewed: [], approved: [] });
    expect(shellFindings(analysis.newFindings)).toEqual([]);
  });

  it("report: honoured for comments, but unreviewed until a writer's approval names its fingerprint", async () => {
    const { analysis, patches } = await analyse({ 'a.py': { content: NOSEC, patch: added(NOSEC) } });
    const own = applyPullRequestSuppressions(analysis, patches, 'report');
    expect(shellFindings(own.analysis.commentable)).toEqual([]);
    expect(own.unreviewed.map((s) => [s.finding.ruleId, s.finding.line, s.by.kind])).toEqual([
      ['subprocess-shell-true', 4, 'nosec'],
    ]);
    const fingerprint = own.unreviewed[0]!.finding.fingerprint;
    const approvals = approvalsFrom([`ok\n\n${approvalMarker(fingerprint, 'wes')}`]);
    const approved = applyPullRequestSuppressions(analysis, patches, 'report', approvals);
    expect(approved.unreviewed).toEqual([]);
    expect(approved.approved.map((a) => [a.approver, a.suppressed.finding.fingerprint])).toEqual([
      ['wes', fingerprint],
    ]);
    // An approval of another fingerprint changes nothing.
    expect(
      applyPullRequestSuppressions(analysis, patches, 'report', approvalsFrom([approvalMarker('0'.repeat(20), 'wes')]))
        .unreviewed,
    ).toHaveLength(1);
  });

  it('ignore: the suppression is not honoured — a new, commentable finding again', async () => {
    const { analysis, patches } = await analyse({ 'a.py': { content: NOSEC, patch: added(NOSEC) } });
    const own = applyPullRequestSuppressions(analysis, patches, 'ignore');
    expect(own.unreviewed).toEqual([]);
    expect(shellFindings(own.analysis.newFindings)).toEqual(['subprocess-shell-true:4']);
    expect(shellFindings(own.analysis.commentable)).toEqual(['subprocess-shell-true:4']);
    expect(own.analysis.result.suppressed).toEqual([]);
    expect(shellFindings(own.analysis.result.findings)).toEqual(['subprocess-shell-true:4']);
  });

  it('never makes a suppressed finding weigh more than it would unsuppressed: an audit note stays uncounted', async () => {
    const { analysis, patches } = await analyse({ 'a.py': { content: NOSEC, patch: added(NOSEC) } }, DEFAULT_CONFIG);
    expect(addedByPullRequest(analysis.result.suppressed, patches)).toHaveLength(1);
    expect(applyPullRequestSuppressions(analysis, patches, 'report').unreviewed).toEqual([]);
    expect(shellFindings(applyPullRequestSuppressions(analysis, patches, 'ignore').analysis.newFindings)).toEqual([]);
  });

  it('reads approval markers of the exact shape only', () => {
    const fp = 'ab'.repeat(10);
    expect([
      ...approvalsFrom([
        approvalMarker(fp, 'wes'),
        `<!-- sentinel:allow=${fp} by=<img> -->`,
        '<!-- sentinel:allow=xyz by=a -->',
      ]),
    ]).toEqual([[fp, 'wes']]);
  });
});
