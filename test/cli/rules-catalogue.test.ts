// `sentinelpy rules` and docs/rules.md: the catalogue comes from rule metadata, and the committed copy is fresh.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { catalogueMetas } from '../../src/cli/rules-command.js';
import { renderRuleCatalogue } from '../../src/report/rule-catalogue.js';
import { CATEGORIES } from '../../src/analysis/taxonomy.js';
import { captureIo } from './temp-project.js';

const ROOT = join(import.meta.dirname, '..', '..');

describe('rule catalogue', () => {
  it('docs/rules.md is up to date (run `npm run docs:rules` after adding or changing a rule)', () => {
    const committed = readFileSync(join(ROOT, 'docs', 'rules.md'), 'utf8');
    expect(committed === renderRuleCatalogue(catalogueMetas()), 'docs/rules.md is stale: run npm run docs:rules').toBe(
      true,
    );
  });

  it('groups by category with counts per category, per OWASP 2021/2025 id and per CWE', async () => {
    const io = captureIo();
    expect(await main(['rules'], io)).toBe(0);
    const md = io.out;
    for (const heading of [
      '## Rules per category',
      '## Rules per OWASP Top 10 id',
      '## Rules per CWE',
      '## Rules by category',
    ])
      expect(md).toContain(`\n${heading}\n`);
    for (const c of CATEGORIES) expect(md).toContain(`\n### ${c.name}\n`);
    const commandRules = catalogueMetas().filter((m) => m.category === 'command-injection').length;
    expect(md).toContain(`| [Command Injection Defense](#command-injection) | ${commandRules} |`);
    expect(md).toMatch(/\| A03:2021 Injection \| [1-9]\d* \|/);
    expect(md).toMatch(/\| A05:2025 Injection \| [1-9]\d* \|/);
    expect(md).toMatch(/\| \[CWE-78\]\(https:\/\/cwe\.mitre\.org\/data\/definitions\/78\.html\) \| [1-9]\d* \|/);
    expect(md).toContain(
      '| `subprocess-shell-true` | subprocess call with shell=True | medium (6) | high | pattern | CWE-78 | A03:2021, A05:2025 | B602, S602 | yes |',
    );
  });

  it('prints JSON metadata with --format json', async () => {
    const io = captureIo();
    expect(await main(['rules', '--format', 'json'], io)).toBe(0);
    const { rules } = JSON.parse(io.out) as { rules: { id: string; aliases: unknown; docs: { whatItDoes: string } }[] };
    expect(rules.map((r) => r.id)).toEqual(catalogueMetas().map((m) => m.id));
    expect(rules.find((r) => r.id === 'subprocess-shell-true')).toMatchObject({
      aliases: { bandit: ['B602'], ruff: ['S602'] },
    });
    expect(rules.every((r) => r.docs.whatItDoes.length > 0)).toBe(true);
  });
});
