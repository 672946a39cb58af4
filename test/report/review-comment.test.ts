// Review comment bodies: markers, defused mentions, fences that analysed code cannot break, exact suggestions.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/analysis/rule.js';
import {
  commentedFingerprints,
  defuse,
  fingerprintMarker,
  reviewCommentBody,
  suggestionFor,
} from '../../src/report/review-comment.js';

const SOURCE = 'import subprocess\nsubprocess.run("ls -l", shell=True)\nx = 1\n';
const START = SOURCE.indexOf('"ls -l"');

function finding(over: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'subprocess-shell-true',
    messageId: 'literal',
    message: 'Ping @octocat about #12 `a```b`.',
    path: 'a.py',
    line: 2,
    column: 1,
    endLine: 2,
    endColumn: 36,
    severity: 'low',
    riskScore: 2,
    confidence: 'high',
    snippet: 'subprocess.run("ls -l", shell=True)',
    fingerprint: 'abcdef0123456789abcd',
    ...over,
  };
}

describe('review comments', () => {
  it('reads back the fingerprints it writes', () => {
    const body = reviewCommentBody(finding(), undefined);
    expect(body.endsWith(fingerprintMarker('abcdef0123456789abcd'))).toBe(true);
    expect(commentedFingerprints([body, 'no marker', '<!-- sentinel:fp=XYZ -->'])).toEqual(
      new Set(['abcdef0123456789abcd']),
    );
  });

  it('defuses mentions and issue references from analysed code', () => {
    expect(defuse('@octocat #12 GH-7 a@b')).toBe('@\u200boctocat #\u200b12 GH-\u200b7 a@\u200bb');
    const body = reviewCommentBody(finding(), undefined);
    expect(body).not.toMatch(/@octocat|#12/);
  });

  it('suggests only when the fix stays on the commented lines', () => {
    const edits = [
      { start: START, end: START + '"ls -l"'.length, text: '["ls", "-l"]' },
      { start: SOURCE.indexOf(', shell=True'), end: SOURCE.indexOf(', shell=True') + ', shell=True'.length, text: '' },
    ];
    const fixed = finding({ fix: { description: 'Use a list.', edits } });
    expect(suggestionFor(fixed, SOURCE)).toBe('subprocess.run(["ls", "-l"])');
    const wider = finding({ fix: { description: 'x', edits: [{ start: 0, end: 6, text: 'from' }] } });
    expect(suggestionFor(wider, SOURCE)).toBeUndefined();
    const body = reviewCommentBody(fixed, undefined, { suggestion: 'run(`x```)' });
    expect(body).toContain('````suggestion\nrun(`x```)\n````');
  });

  it('renders rule, risk, why, fix and marker (snapshot)', () => {
    const meta = {
      id: 'subprocess-shell-true',
      title: 'subprocess call with shell=True',
      cwe: ['CWE-78'],
      owasp: { '2021': ['A03:2021'], '2025': [] },
      docs: { whyBad: 'The shell parses <input>.', useInstead: 'subprocess.run(["ls"])' },
    } as never;
    expect(reviewCommentBody(finding(), meta)).toMatchInlineSnapshot(`
      "🔵 **LOW** · risk 2/10 · \`subprocess-shell-true\` — subprocess call with shell=True

      Ping @​octocat about #​12 \`\`\`\`a\`\`\`b\`\`\`\`.

      **Why it matters:** The shell parses &lt;input&gt;.

      **Fix:** use instead:

      \`\`\`python
      subprocess.run(["ls"])
      \`\`\`

      <sub>CWE-78 · A03:2021</sub>

      <sub>Not a problem here? A writer can reply \`/sentinel false-positive -- reason\` (or \`ignore\`, \`accepted-risk\`, \`wont-fix\`; \`--until YYYY-MM-DD\` to expire) to dismiss it.</sub>

      <!-- sentinel:fp=abcdef0123456789abcd -->"
    `);
  });
});
