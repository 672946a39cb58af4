// Secret redaction: the spans rules mark are cut to a short prefix in every finding's snippet (whichever rule
// reported it), the values are replaced in any other text, and fixes that would repeat a secret are dropped.
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { createAnalyzer, buildScanResult, scanSources } from '../../src/analysis/scan.js';
import type { Finding } from '../../src/analysis/rule.js';
import { redactLiteral, redactSecrets, redactStrings, secretPreview } from '../../src/report/redact-secrets.js';
import { renderMarkdown } from '../../src/report/markdown.js';

const TOKEN = 'ghp_R7cQ2vX9mL4pK8sT1wY6zB3nD5fH0jGa2eUq';

function finding(over: Partial<Finding>): Finding {
  return {
    ruleId: 'r',
    messageId: 'm',
    message: 'M.',
    path: 'a.py',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 2,
    severity: 'high',
    riskScore: 7,
    confidence: 'high',
    snippet: '',
    fingerprint: 'f',
    ...over,
  };
}

describe('redactSecrets', () => {
  it('cuts a literal to its quotes and first characters', () => {
    expect(redactLiteral(`"${TOKEN}"`)).toBe('"ghp_…"');
    expect(redactLiteral(`b'AKIAZ3QW8XK2LMNP4RTV'`)).toBe("b'AKIA…'");
    expect(redactLiteral('"""-----BEGIN')).toBe('"""---…'); // a span cut short by the snippet: no closing quote
    expect(secretPreview('a"b\\cdefghijkl')).toBe('ab…'); // safe inside JSON strings and Markdown
  });

  it('redacts the secret in the snippets of every finding on its line, and the value anywhere else', () => {
    const line = `TOKEN = "${TOKEN}"; requests.get(u, headers={"x": TOKEN}, verify=False)`;
    const column = line.indexOf('"') + 1;
    const secret = finding({
      ruleId: 'hardcoded-provider-secret',
      snippet: line,
      secrets: [{ line: 1, column, endLine: 1, endColumn: column + TOKEN.length + 2 }],
    });
    const other = finding({
      ruleId: 'tls-verify-disabled',
      snippet: line,
      message: `mentions ${TOKEN}`,
      fix: { description: `drop it (${TOKEN})`, edits: [{ start: 0, end: 1, text: 'x' }] },
      flow: [{ line: 1, column: 1, note: `from ${TOKEN}` }],
    });
    const result = { ...buildScanResult([], [], [], 0), findings: [secret, other] };
    const redaction = redactSecrets(result);
    const [a, b] = redaction.result.findings;
    expect(a!.snippet).toBe(line.replace(TOKEN, 'ghp_…'));
    expect(b!.snippet).toBe(a!.snippet);
    expect(JSON.stringify(redaction.result)).not.toContain(TOKEN);
    expect(b!.fix?.description).toBe('drop it (ghp_…)');
    expect(redaction.finding(other)).toBe(b);
    expect(redaction.text(`x ${TOKEN} y`)).toBe('x ghp_… y');
    expect(redactStrings({ a: [TOKEN], b: 1 }, redaction.text)).toEqual({ a: ['ghp_…'], b: 1 });
  });

  it('drops a fix whose replacement text would repeat the secret', () => {
    const line = `KEY = "${TOKEN}"`;
    const secret = finding({
      snippet: line,
      secrets: [{ line: 1, column: 7, endLine: 1, endColumn: 7 + TOKEN.length + 2 }],
    });
    const moving = finding({
      snippet: line,
      fix: { description: 'move', edits: [{ start: 0, end: 0, text: `# ${TOKEN}\n` }] },
    });
    const redaction = redactSecrets({ ...buildScanResult([], [], [], 0), findings: [secret, moving] });
    expect(redaction.result.findings[1]!.fix).toBeUndefined();
  });

  it('finds whole multi-line secrets in the source even past the five snippet lines', async () => {
    const body = Array.from(
      { length: 8 },
      (_, i) => `${'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2'.slice(i)}${i}`,
    );
    const source = ['KEY = """-----BEGIN RSA PRIVATE KEY-----', ...body, '-----END RSA PRIVATE KEY-----"""', ''].join(
      '\n',
    );
    const analyzer = await createAnalyzer(RULES);
    const result = scanSources(analyzer, [{ path: 'k.py', content: source }]);
    expect(result.findings.some((f) => f.secrets?.length)).toBe(true);
    const redaction = redactSecrets(result, () => source);
    for (const line of body) {
      expect(JSON.stringify(redaction.result)).not.toContain(line);
      expect(redaction.text(source)).not.toContain(line);
    }
  });

  it('redacts the fix patch the report quotes from the source, even on a line longer than a fence shows', () => {
    const line = `${'x = 1; '.repeat(140)}KEY = "${TOKEN}"; requests.get(u, verify=False)`;
    const column = line.indexOf('"') + 1;
    const source = `${line}\n`;
    const secret = finding({
      snippet: line,
      secrets: [{ line: 1, column, endLine: 1, endColumn: column + TOKEN.length + 2 }],
    });
    const start = line.indexOf(', verify=False');
    const fixed = finding({
      ruleId: 'tls',
      snippet: line,
      fix: { description: 'verify', edits: [{ start, end: start + ', verify=False'.length, text: '' }] },
    });
    const result = { ...buildScanResult([], [], [], 0), findings: [secret, fixed] };
    const report = renderMarkdown(redactSecrets(result, () => source).result, {
      date: new Date(0),
      source: () => source,
    });
    expect(report).toContain('```diff');
    expect(report).not.toContain(TOKEN.slice(0, 12));
  });

  it('leaves a scan without secrets as it is', () => {
    const result = { ...buildScanResult([], [], [], 0), findings: [finding({ snippet: 'x = 1' })] };
    expect(redactSecrets(result).result).toBe(result);
  });
});

describe('redaction keeps paths intact', () => {
  it('a plain lower-case secret that also names the project is cut from snippets, not from paths or messages', () => {
    const line = 'POSTGRES_PASSWORD = "mealie"';
    const finding = {
      ruleId: 'hardcoded-password-string',
      messageId: 'm',
      message: 'in mealie/core/settings.py',
      path: 'mealie/core/settings.py',
      line: 1,
      column: 21,
      endLine: 1,
      endColumn: 29,
      severity: 'medium',
      riskScore: 5,
      confidence: 'medium',
      evidence: 'config',
      snippet: line,
      fingerprint: 'f',
      secrets: [{ line: 1, column: 21, endLine: 1, endColumn: 29 }],
    };
    const result = {
      files: [],
      skipped: [],
      rules: [],
      findings: [finding],
      auditNotes: [],
      profile: 'default',
      suppressed: [],
      errors: [],
      notes: [],
      stats: { files: 1, lines: 1, durationMs: 0 },
    };
    const r = redactSecrets(result as never, () => line);
    const out = r.result.findings[0]!;
    expect(out.path).toBe('mealie/core/settings.py');
    expect(out.message).toBe('in mealie/core/settings.py');
    expect(out.snippet).not.toContain('"mealie"');
    expect(r.text('see mealie/core/settings.py and "mealie"')).toBe('see mealie/core/settings.py and "me…"');
  });
});
