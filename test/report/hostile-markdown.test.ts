// A corpus of hostile strings, carried by findings' snippets, messages, paths, flow notes and fix descriptions, by
// skipped files, rule errors, notes and dependency names, through every Markdown builder we post or commit: the
// review comment body, the check run summary and text, the Markdown report. No HTML element or comment, mention,
// issue reference, link, autolink or invisible character may survive (see test/helpers/markdown-safety.ts).
import { describe, expect, it } from 'vitest';
import subprocessShellTrue from '../../rules/command-injection/subprocess-shell-true.js';
import type { Finding } from '../../src/analysis/rule.js';
import { buildScanResult, type ScanResult } from '../../src/analysis/scan.js';
import { buildCheckOutput } from '../../src/report/check-output.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { code, escapeText, inline } from '../../src/report/md-text.js';
import { reviewCommentBody } from '../../src/report/review-comment.js';
import { unsafeConstructs } from '../helpers/markdown-safety.js';

const ticks = (n: number) => '`'.repeat(n);
const IMG = '<img src=x onerror=alert(1)>';

export const HOSTILE: readonly string[] = [
  // backtick runs of 1 to 5, balanced, unbalanced and around HTML (the bypass of the old escaping)
  ...[1, 2, 3, 4, 5].map(ticks),
  ...[1, 2, 3, 4, 5].map((n) => `${ticks(n)}${IMG}${ticks(n + 1)}`),
  `a${ticks(1)}${IMG}${ticks(2)}b${ticks(1)}`,
  `${ticks(2)}<details open>${ticks(1)}`,
  `${ticks(3)}<!--`,
  `-->${ticks(4)}`,
  `${ticks(3)}\n<img src=x>\n${ticks(3)}`,
  `~~~\n${IMG}\n~~~`,
  // raw HTML and comments
  IMG,
  '<details open><summary>click</summary>',
  '<!--',
  '-->',
  '<!-- sentinel:fp=deadbeefdeadbeef -->',
  '<a href=javascript:alert(1)>x</a>',
  '<a href="javascript:alert(1)">x</a>',
  '<script>alert(1)</script>',
  '<svg onload=alert(1)>',
  '<?php echo 1; ?>',
  '<![CDATA[x]]>',
  '</details>',
  '\\<img src=x>',
  '&lt;img src=x&gt;',
  '&#60;b&#62;',
  // mentions and references
  '@octocat',
  '@org/team',
  'cc @octocat, @github/security-team',
  '#1',
  'GH-1',
  'gh-12',
  'owner/repo#12',
  'fixes #123',
  'owner/repo@1a2b3c4',
  'https://github.com/acme/shop/issues/1',
  'www.evil.example',
  'mailto:a@b.example',
  // character references that a renderer decodes into a mention, a reference, a link or a tag
  '&#64;octocat',
  '&#x40;octocat',
  '&commat;octocat',
  '&#35;12',
  '&num;12',
  'www&period;evil&period;example',
  'https&colon;//evil.example',
  '&#60;img src=x&#62;',
  '&amp;#64;octocat',
  '\\@octocat',
  '\\#12',
  '@\\octocat',
  // CommonMark autolinks
  '<https://evil.example>',
  '<a@b.example>',
  '<javascript:alert(1)>',
  // links and images
  '](javascript:alert(1))',
  '[x](javascript:alert(1))',
  '![x](http://evil.example/p.png)',
  '[x]: http://evil.example',
  '[x][y]',
  // block structure, emphasis, tables, math
  '# heading',
  '- item',
  '1. item',
  '> quote',
  '| a | b |\n|---|---|',
  '*bold* _em_ ~~strike~~',
  '$x^2$',
  '    indented',
  // line ends and invisible characters
  'line1\r\nline2',
  'a\r<b>',
  'nul\u0000byte',
  'bidi \u202eevil\u202c',
  '\u2066isolate\u2069',
  'bell\u0007',
  'zero\u200bwidth',
  // sizes
  'x'.repeat(100_000),
  `${ticks(5_000)}${IMG}`,
  `${'<'.repeat(10_000)}b>`,
  `${'@a '.repeat(5_000)}`,
];

const meta = subprocessShellTrue.meta;

/** A finding whose every repository-controlled field carries `payload` (as a rule would interpolate it). */
function hostileFinding(payload: string, i: number): Finding {
  return {
    ruleId: meta.id,
    messageId: 'm',
    message: `Call of \`${payload}\` with ${payload} (\`${payload}\`).`,
    path: `src/${payload}.py`,
    line: 2,
    column: 1,
    endLine: 3,
    endColumn: 2,
    severity: 'high',
    riskScore: 8,
    confidence: 'high',
    snippet: `x = "${payload}"\nrun(${payload})`,
    fix: { description: `Replace \`${payload}\` by ${payload}.`, edits: [{ start: 0, end: 1, text: 'y' }] },
    flow: [{ line: 1, column: 1, path: `lib/${payload}.py`, note: `${payload} comes from \`${payload}\`` }],
    fingerprint: `${String(i).padStart(8, '0')}abcdef`,
  };
}

function hostileResult(payload: string, i: number): ScanResult {
  const base = buildScanResult([], [{ path: `${payload}.py`, reason: `not UTF-8: ${payload}` }], [meta], 0, [
    `note ${payload}`,
  ]);
  const finding = hostileFinding(payload, i);
  return {
    ...base,
    findings: [finding],
    errors: [{ ruleId: meta.id, path: `${payload}.py`, message: `TypeError: ${payload}` }],
    files: [
      { path: `src/${payload}.py`, lines: 3, findings: [finding], suppressed: [], errors: [], syntaxErrors: [2] },
    ],
  };
}

const dependencies = (payload: string) => ({
  dependencies: [
    {
      name: payload,
      normalized: payload,
      specifier: `==${payload}`,
      version: payload,
      file: `requirements-${payload}.txt`,
      line: 1,
      kind: 'direct' as const,
      group: payload,
      hashes: [],
    },
  ],
  advisories: {},
  notes: [payload],
  manifests: 1,
});

/** The Markdown each builder produces for one payload, by builder name. */
function outputsFor(payload: string, i: number): Record<string, string> {
  const result = hostileResult(payload, i);
  const finding = result.findings[0]!;
  const report = renderMarkdown(result, {
    date: new Date('2026-01-02T00:00:00Z'),
    projectName: payload,
    scope: `pull request #12 ${payload}`,
    source: () => `${payload}\nrun(${payload})\n`,
    toolVersion: payload,
    dependencies: dependencies(payload),
  });
  const check = buildCheckOutput({
    result,
    newFindings: [finding],
    preExisting: 0,
    failOn: 'high',
    onError: 'failure',
    comments: { posted: 0, alreadyPosted: 0, notPosted: 0, dropped: [{ path: `${payload}.py`, line: 2 }] },
    // The notes review-pr builds for skipped files and files without a diff.
    notes: [`Skipped ${code(`${payload}.py`)}: ${inline(payload)}.`, `${code(payload)}: GitHub sent no diff.`],
    text: report,
  });
  return {
    'review comment': reviewCommentBody(finding, meta),
    'review comment without metadata': reviewCommentBody(finding, undefined),
    'check summary': check.output.summary,
    'check text': check.output.text ?? '',
    'markdown report': report,
    escapeText: escapeText(payload),
    inline: inline(payload),
    code: code(payload),
  };
}

describe('hostile repository text in Markdown output', () => {
  it('has a corpus of at least 30 hostile strings', () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(30);
  });

  it.each(HOSTILE.map((payload, i) => [JSON.stringify(payload.slice(0, 40)), payload, i] as const))(
    'defuses %s in every builder',
    (_name, payload, i) => {
      for (const [builder, markdown] of Object.entries(outputsFor(payload, i))) {
        expect({ builder, problems: unsafeConstructs(markdown) }).toEqual({ builder, problems: [] });
        // Invisible characters are shown even inside code blocks (a reviewer must see a Trojan Source line).
        expect(markdown).not.toMatch(/[\u0000\u0007\u202a-\u202e\u2066-\u2069]/);
        // Posted text stays under GitHub's limits; the committed report grows with the number of places, not the payload.
        expect(markdown.length).toBeLessThan(builder === 'markdown report' ? 400_000 : 70_000);
      }
    },
  );

  it('the checker itself finds what the old escaping let through', () => {
    // The pre-fix inline(): a backtick-delimited part was left unescaped even when CommonMark does not pair it.
    const oldInline = (text: string) =>
      text
        .split(/(`+[^`]*`+)/)
        .map((part, k) => (k % 2 === 1 ? part : part.replace(/</g, '&lt;').replace(/>/g, '&gt;')))
        .join('');
    expect(unsafeConstructs(oldInline(`${ticks(2)}${IMG}${ticks(1)}`))).not.toEqual([]);
    expect(unsafeConstructs('Skipped `@octocat.py`')).toEqual([]); // in a code span, a mention is inert
    expect(unsafeConstructs('Skipped @octocat.py')).not.toEqual([]);
    expect(unsafeConstructs('see #12')).not.toEqual([]);
    expect(unsafeConstructs('````\ncode\n```')).not.toEqual([]);
    // Read as CommonMark reads it: escapes and character references decode, raw HTML and links are seen as such.
    expect(unsafeConstructs('see \\#12')).not.toEqual([]);
    expect(unsafeConstructs('hi &#64;octocat')).not.toEqual([]);
    expect(unsafeConstructs('a <details open> b')).not.toEqual([]);
    expect(unsafeConstructs('[x](javascript:alert(1))')).not.toEqual([]);
    expect(unsafeConstructs('<https://evil.example>')).not.toEqual([]);
    expect(unsafeConstructs('[CWE-78](https://cwe.mitre.org/data/definitions/78.html) <sub>x</sub>')).toEqual([]);
    expect(unsafeConstructs('`<img src=x>` and &lt;img&gt;')).toEqual([]);
  });

  it('keeps readable text readable', () => {
    expect(inline('Call of `os.system` with `a<b`.')).toBe('Call of `os.system` with `a<b`.');
    expect(escapeText('user@example.com wrote #5')).toBe('user@\u200bexample.com wrote #\u200b5');
    expect(code('a|b')).toBe('`a`&vert;`b`');
  });
});
