// Secret formats' hints: the engine skips hardcoded-provider-secret in a file that holds none of them, so every
// text a format's pattern matches must contain one of that format's hints, or a key would go unreported.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SECRET_FORMATS, SECRET_HINTS, SECRET_SCAN, formatOfMatch } from '../../src/analysis/python/secret-formats.js';

const FIXTURE = readFileSync(
  new URL('../../rules/authentication-secrets/hardcoded-provider-secret.py', import.meta.url),
  'utf8',
);
const b64 = (n: number) => 'aB3dE5gH7jK9mN1pQ2rS4tU6vW8xY0zC'.repeat(8).slice(0, n);
/** One text per format that its pattern matches (built here, not copied from the patterns' own literals). */
const SAMPLES: Record<string, string[]> = {
  'AWS access key id': ['AKIAQ7Z2K4M6P8R0T1V3', 'ASIA7Z2K4M6P8R0T1V3X'],
  'GitHub token': ['ghp_' + b64(36), 'gho_' + b64(40), 'ghs_' + b64(36)],
  'GitHub fine-grained token': ['github_pat_' + b64(64)],
  'GitLab token': ['glpat-' + b64(20)],
  'Slack token': ['xoxb-1234567890-abcdef', 'xoxp-' + b64(12)],
  'Slack webhook URL': ['https://hooks.slack.com/services/T0ABC/B0DEF/' + b64(24)],
  'Stripe secret key': ['sk_live_' + b64(24), 'rk_live_' + b64(16)],
  'Google API key': ['AIza' + b64(35)],
  'private key': ['-----BEGIN RSA PRIVATE KEY-----\n' + b64(64), '-----BEGIN PRIVATE KEY-----\\n' + b64(40)],
  'Anthropic API key': ['sk-ant-api03-' + b64(48)],
  'OpenAI API key': ['sk-proj-' + b64(24) + 'T3BlbkFJ' + b64(24), 'sk-' + b64(48)],
  'SendGrid API key': ['SG.' + b64(22) + '.' + b64(43)],
  'npm token': ['npm_' + b64(36)],
  'PyPI token': ['pypi-AgEIcHlwaS5vcmc' + b64(48)],
  'JSON Web Token': ['eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.' + b64(20)],
};

/** Every SECRET_SCAN match in `text`, with the hints of the format it matched. */
function matchesOf(text: string): { text: string; hints: readonly string[] }[] {
  const out: { text: string; hints: readonly string[] }[] = [];
  SECRET_SCAN.lastIndex = 0;
  for (let m = SECRET_SCAN.exec(text); m; m = SECRET_SCAN.exec(text)) {
    const index = [...m].slice(1).findIndex((g) => g !== undefined);
    out.push({ text: m[0], hints: SECRET_FORMATS[index]!.hints });
  }
  return out;
}

describe('secret format hints', () => {
  it('has a sample for every format, and each sample is matched as that format', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...new Set(SECRET_FORMATS.map((f) => f.label))].sort());
    for (const [label, samples] of Object.entries(SAMPLES)) {
      for (const sample of samples) {
        SECRET_SCAN.lastIndex = 0;
        const m = SECRET_SCAN.exec(` ${sample} `);
        expect(m && formatOfMatch(m), sample).toBe(label);
      }
    }
  });

  it('finds one of its format hints in every matched text: samples and the rule fixture', () => {
    const texts = [
      ...Object.values(SAMPLES)
        .flat()
        .map((s) => ` ${s} `),
      FIXTURE,
    ];
    const matches = texts.flatMap(matchesOf);
    expect(matches.length).toBeGreaterThan(20);
    for (const m of matches)
      expect(
        m.hints.some((h) => m.text.includes(h)),
        m.text,
      ).toBe(true);
    for (const m of matches) expect(m.hints.every((h) => SECRET_HINTS.includes(h))).toBe(true);
  });
});
