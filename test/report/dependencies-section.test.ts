// The report's Dependencies section and the OWASP A06:2021 / A03:2025 rows, from a real dependency review of the
// fixture repository (OSV mocked with nock): inventory rows, advisories, findings, and the OSV-skipped warning.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/analysis/scan.js';
import { reviewDependencies, type DependencyReview } from '../../src/deps/review.js';
import type { DependencyInventory } from '../../src/report/dependency-inventory.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { nockOsv, OSV, PYYAML_VULN, REQUESTS_VULNS } from '../deps/osv-mocks.js';
import { scan, VULNERABLE } from './helpers.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'deps', 'app');
const manifests = readdirSync(dir).map((f) => ({ path: f, content: readFileSync(join(dir, f), 'utf8') }));
const date = new Date('2026-03-04T10:00:00Z');

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

/** The code scan plus the dependency review, merged the way the CLI and the App merge them. */
async function report(review: DependencyReview): Promise<string> {
  const code = await scan([{ path: 'app/run.py', content: VULNERABLE }]);
  const result: ScanResult = {
    ...code,
    rules: [...code.rules, ...review.metas],
    findings: [...code.findings, ...review.findings],
    notes: review.notes,
  };
  const dependencies: DependencyInventory = {
    dependencies: review.dependencies,
    advisories: review.advisories,
    notes: review.notes,
    manifests: review.manifests.length,
  };
  return renderMarkdown(result, { date, dependencies });
}

function section(markdown: string, title: string): string {
  const start = markdown.indexOf(`\n## ${title}\n`);
  expect(start, `section ${title}`).toBeGreaterThan(0);
  const end = markdown.indexOf('\n## ', start + 4);
  return markdown.slice(start, end < 0 ? undefined : end);
}

const row = (text: string, first: string) => text.split('\n').find((l) => l.startsWith(`| ${first} `)) ?? '';

describe('Dependencies section', () => {
  it('lists every dependency with version, manifest:line, kind and advisories, then the dependency findings', async () => {
    const scope = nockOsv({ 'requests@2.5.0': REQUESTS_VULNS.map((v) => v.id), 'pyyaml@5.3': [PYYAML_VULN.id] }, [
      ...REQUESTS_VULNS,
      PYYAML_VULN,
    ]);
    const md = await report(await reviewDependencies(manifests, { osv: { baseUrl: OSV, timeoutMs: 500 } }));
    expect(scope.isDone()).toBe(true);
    const deps = section(md, 'Dependencies');
    expect(deps).toMatch(/\d+ dependency declaration\(s\) in 9 manifest\(s\): \d+ direct, \d+ locked/);
    expect(deps).toContain('pinned or locked version(s) looked up in OSV.');
    expect(row(deps, '`requests`')).toBe(
      '| `requests` | `2.5.0` | `requirements.txt:6` | direct | ⚠️ `GHSA-x84v-xcm2-53pg/CVE-2018-18074`, `GHSA-9wx4-h78v-vm56/CVE-2024-35195` |',
    );
    expect(row(deps, '`flask`')).toBe('| `flask` | `>=2.0` | `requirements.txt:7` | direct | — |');
    expect(deps).toContain('| `markupsafe` | `2.1.5` | `uv.lock:10` | locked');
    expect(deps).toContain('### Dependency findings');
    expect(deps).toMatch(
      /\| 🟡 Medium \(audit note\) \| `dependency-typosquat` \| `requirements.txt:8` \| `reqeusts` looks like a typosquat of `requests`/,
    );
    expect(deps).toContain('`dependency-known-vulnerability` | `requirements.txt:6`');
    expect(md.indexOf('## Dependencies')).toBeLessThan(md.indexOf('## Compliance Matrix'));

    const matrix = section(md, 'Compliance Matrix');
    expect(row(matrix, 'A06:2021')).toMatch(
      /❌ \d+ finding\(s\) · \d+ dependencies in 9 manifest\(s\) reviewed, versions checked against OSV \|$/,
    );
    expect(row(matrix, 'A03:2025')).toContain('versions checked against OSV');
    expect(row(matrix, 'A03:2021')).not.toContain('dependencies'); // only the component / supply-chain rows
  });

  it('warns in the section, the matrix and the scan notes when OSV could not be reached', async () => {
    nock(OSV).post('/v1/querybatch').replyWithError({ code: 'ECONNREFUSED' });
    const md = await report(await reviewDependencies(manifests, { osv: { baseUrl: OSV, timeoutMs: 500 } }));
    expect(section(md, 'Dependencies')).toContain(
      '⚠️ **Known vulnerabilities not checked:** dependency vulnerability check skipped: OSV unreachable.',
    );
    expect(row(section(md, 'Compliance Matrix'), 'A06:2021')).toContain('⚠️ known-vulnerability lookup skipped');
    expect(section(md, 'Scan Notes')).toContain('- dependency vulnerability check skipped: OSV unreachable');
    expect(section(md, 'Dependencies')).toContain('`dependency-typosquat`'); // everything else is still reported
  });

  it('is left out when no manifest was reviewed', async () => {
    const md = renderMarkdown(await scan([{ path: 'app/run.py', content: VULNERABLE }]), { date });
    expect(md).not.toContain('## Dependencies');
  });
});
