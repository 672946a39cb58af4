// The Action's job summary from a SARIF log: score, counts, top findings in severity order, suppressed findings
// left out, and repository-controlled text (paths, messages) escaped.
import { describe, expect, it } from 'vitest';
import { jobSummary } from '../../src/action/job-summary.js';

const result = (ruleId: string, severity: string, uri: string, line: number, text: string, suppressed = false) => ({
  ruleId,
  message: { text },
  properties: { severity },
  locations: [{ physicalLocation: { artifactLocation: { uri }, region: { startLine: line } } }],
  ...(suppressed ? { suppressions: [{ kind: 'inSource' }] } : {}),
});

const log = {
  runs: [
    {
      properties: { sentinelpy: { score: 55, rating: 'High risk', profile: 'default' } },
      invocations: [{ toolExecutionNotifications: [{ level: 'warning' }, { level: 'note' }] }],
      results: [
        result('requests-no-timeout', 'low', 'a.py', 3, '`requests.get` has no timeout.'),
        result(
          'subprocess-shell-true',
          'high',
          'src/%3Cimg%20src=x%3E.py',
          9,
          'Runs `{{x}}` for @octocat <b>now</b> | see #12.',
        ),
        result('pickle-deserialization', 'high', 'b.py', 1, 'Suppressed.', true),
      ],
    },
  ],
};

describe('jobSummary', () => {
  const summary = jobSummary(log, {
    scope: 'lines changed since the base commit 0123456789ab',
    topFindings: 10,
    exitCode: 1,
  });

  it('gives the score, the verdict, the scope and the counts of open findings', () => {
    expect(summary).toMatchObject({ score: 55, rating: 'High risk', findings: 2 });
    expect(summary.markdown).toMatch(/^## SentinelPy: score 55\/100 \(High risk\)\n\n❌ \*\*Failed\*\*/);
    expect(summary.markdown).toContain('2 finding(s); 1 file(s) skipped or not fully analysed.');
    expect(summary.markdown).toContain(
      '| Critical | High | Medium | Low |\n| --- | --- | --- | --- |\n| 0 | 1 | 0 | 1 |',
    );
  });

  it('lists the most severe first, leaves suppressed findings out, and escapes what the repository controls', () => {
    const rows = summary.markdown.split('\n').filter((l) => /^\| (high|low) \|/.test(l));
    expect(rows.map((r) => r.split(' | ')[1])).toEqual(['`subprocess-shell-true`', '`requests-no-timeout`']);
    expect(summary.markdown).not.toContain('pickle-deserialization');
    expect(summary.markdown).not.toMatch(/<b>|@octocat|#12/); // no live HTML, mention or issue reference
    expect(summary.markdown).toContain('&lt;b&gt;now&lt;/b&gt; &vert; see');
    expect(summary.markdown).toContain('`src/<img src=x>.py:9`'); // inert inside a code span
  });

  it('caps the list and says how many more there are; a pass says so', () => {
    const short = jobSummary(log, { scope: 'the whole checkout', topFindings: 1, exitCode: 0, note: 'Not uploaded.' });
    expect(short.markdown).toContain('1 more in the SARIF file');
    expect(short.markdown).toContain('✅ **Passed**');
    expect(short.markdown).toContain('> Not uploaded.');
  });
});
