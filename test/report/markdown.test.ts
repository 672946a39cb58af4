// The Markdown review: every section of the point 7, checked by heading and by content.
import { describe, expect, it } from 'vitest';
import { renderMarkdown, reportFileName } from '../../src/report/markdown.js';
import { scan, VULNERABLE, withExtras } from './helpers.js';

const date = new Date('2026-03-04T23:30:00Z');

/** The body of the `## title` section, up to the next `## ` heading. */
function section(markdown: string, title: string): string {
  const start = markdown.indexOf(`\n## ${title}\n`);
  if (start < 0) throw new Error(`no section "## ${title}"`);
  const end = markdown.indexOf('\n## ', start + 4);
  return markdown.slice(start, end < 0 ? undefined : end);
}

describe('renderMarkdown', async () => {
  const result = withExtras(await scan([{ path: 'app/run.py', content: VULNERABLE }]));
  const md = renderMarkdown(result, {
    date,
    projectName: 'shop',
    scope: 'examples/',
    source: (p) => (p === 'app/run.py' ? VULNERABLE : undefined),
  });

  it('names the file after the UTC day', () => {
    expect(reportFileName(date)).toBe('python_security_review_20260304.md');
    expect(reportFileName(new Date('2026-03-04T23:30:00-05:00'))).toBe('python_security_review_20260305.md');
  });

  it('has every section, in the seed order', () => {
    const headings = md.split('\n').filter((l) => /^##? /.test(l));
    expect(headings).toEqual([
      '# Python Security Review — shop',
      '## Executive Summary',
      '## Critical Findings',
      '## High Priority Findings',
      '## Medium Priority Findings',
      '## Low Priority Findings',
      '## Compliance Matrix',
      '## Risk Registry',
      '## Next Steps',
      '## Scan Notes',
    ]);
  });

  it('summarises score, rating and counts by severity', () => {
    const summary = section(md, 'Executive Summary');
    expect(summary).toContain('**Overall security score: 69/100 — High risk**');
    expect(summary).toMatch(/\| 🟠 High \| 1 \|/);
    expect(summary).toMatch(/\| 🔵 Low \| 2 \|/);
    expect(summary).toContain('subprocess call with shell=True (`subprocess-shell-true`)');
  });

  it('renders every field of a finding', () => {
    const high = section(md, 'High Priority Findings');
    for (const field of [
      '**Component:** `app/run.py`',
      '**Line 4:**',
      'subprocess.run(f"tar xf {name}", shell=True)',
      '**Detection Pattern:** `subprocess-shell-true` — subprocess call with shell=True',
      '**Explanation:**',
      '**Business Impact:** Remote code execution',
      '**Attack Scenario:**',
      '**Fix:**',
      '**Remediation Timeline:** Immediate (< 24 hours)',
      '**Category:** Command Injection Defense',
      '**Threat Category:** Data Integrity',
      '[CWE-78](https://cwe.mitre.org/data/definitions/78.html)',
      '2021: A03:2021 Injection; 2025: A05:2025 Injection',
      '**Testing:**',
      'Risk Score: 8/10 | Threat: Data Integrity',
    ]) {
      expect(high).toContain(field);
    }
  });

  it('renders the data-flow path when the finding has one', () => {
    expect(section(md, 'High Priority Findings')).toContain(
      '1. `app/run.py:3:9` name comes from request.args\n2. `app/run.py:4:5` reaches the shell',
    );
  });

  it('renders an autofix as a unified diff of the file, else the documented before/after', () => {
    const low = section(md, 'Low Priority Findings');
    expect(low).toContain('--- a/app/run.py\n+++ b/app/run.py\n@@ -3,5 +3,5 @@\n def run(name):');
    expect(low).toContain('-    subprocess.run("ls -l", shell=True)\n+    subprocess.run(["ls", "-l"])');
    expect(section(md, 'High Priority Findings')).toContain(
      '-subprocess.run(f"tar xf {name}", shell=True)\n+subprocess.run(["tar", "xf", name], check=True)',
    );
  });

  it('says so when a severity has no findings', () => {
    expect(section(md, 'Critical Findings')).toContain('No critical severity findings.');
  });

  it('keeps analysed code from breaking out of its code fence', () => {
    const low = section(md, 'Low Priority Findings');
    expect(low).toContain('````python\n    subprocess.call("echo ``` | x", shell=True)  # nosec\n````');
  });

  it('has a compliance matrix for OWASP 2021, OWASP 2025 and the 22 categories', () => {
    const matrix = section(md, 'Compliance Matrix');
    expect(matrix).toMatch(/\| A03:2021 \| Injection \| \d+ \| ❌ 2 finding\(s\) \|/);
    expect(matrix).toMatch(/\| A05:2025 \| Injection \| \d+ \| ❌ 2 finding\(s\) \|/);
    expect(matrix).toMatch(/\| A10:2025 \| Mishandling of Exceptional Conditions \| \d+ \| (✅|➖)/);
    expect(matrix).toMatch(/\| command-injection \| Command Injection Defense \| \d+ \| ❌ 2 finding\(s\) \|/);
    expect(matrix.match(/^\| [a-z]+(-[a-z]+)* \| [A-Z]/gm)).toHaveLength(22);
    expect(matrix).toContain('| A02:2021 | Cryptographic Failures | 1 | ✅ Checked, no findings |');
    expect(matrix).toContain('| cryptography | Cryptography | 1 | ✅ Checked, no findings |');
    expect(matrix).toContain('| ssrf | Server-Side Request Forgery (SSRF) | 0 | ➖ Not applicable (no rule) |');
  });

  it('has a risk registry with likelihood, impact, mitigation, owner/priority and timeline', () => {
    const registry = section(md, 'Risk Registry');
    expect(registry).toContain('| Risk | Likelihood | Impact | Mitigation | Owner / Priority | Timeline |');
    expect(registry).toContain(
      '| subprocess call with shell=True (`subprocess-shell-true`, 2×) | High | High — Data Integrity | Pass the command as an argument list and drop shell=True. (autofix available) | P2 — owners of `app/` | Immediate (< 24 hours) |',
    );
  });

  it('lists prioritised next steps, the most urgent first', () => {
    const steps = section(md, 'Next Steps');
    expect(steps).toMatch(/1\. \*\*Immediate \(< 24 hours\):\*\* fix subprocess call with shell=True/);
    expect(steps).toContain('Fix the syntax errors in 1 partially parsed file(s)');
  });

  it('notes skipped files, partially parsed files, rule errors and suppressions', () => {
    const notes = section(md, 'Scan Notes');
    expect(notes).toContain('| `logo.py` | binary file |');
    expect(notes).toContain('| `broken.py` | 2 |');
    expect(notes).toContain('| `demo-rule` | `app/run.py` | boom |');
    expect(notes).toMatch(/\*\*Suppressed findings:\*\* \d+ \(\d+ by `nosec`\); \d+ without a reason/);
    expect(notes).toContain('- Dependency check skipped: offline.');
  });

  it('escapes | in table cells and neutralises HTML from analysed code', async () => {
    const tricky = { ...result, skipped: [{ path: 'a|b.py', reason: 'weird <script>x</script>\n## not a heading' }] };
    const notes = section(renderMarkdown(tricky, { date }), 'Scan Notes');
    expect(notes).toContain('| `a`&vert;`b.py` | weird &lt;script&gt;x&lt;/script&gt; ## not a heading |');
  });
});
