// The SBOM in the check run text: whole JSON (pretty, else compact) or a note — never a cut JSON document — and the
// report before it is shortened so the total stays under GitHub's limit.
import { describe, expect, it } from 'vitest';
import { sbomSection, withSbomSection } from '../../src/report/sbom-text.js';

const bom = (n: number) => ({
  bomFormat: 'CycloneDX',
  specVersion: '1.5',
  components: Array.from({ length: n }, (_, i) => ({
    type: 'library',
    name: `pkg${i}`,
    version: '1.0.0',
    purl: `pkg:pypi/pkg${i}@1.0.0`,
  })),
});

function jsonOf(section: string): unknown {
  const body = /```json\n([\s\S]+)\n```$/.exec(section)?.[1];
  return body === undefined ? undefined : JSON.parse(body);
}

describe('sbomSection', () => {
  it('embeds the whole document, pretty when it fits and compact when only that fits', () => {
    const small = bom(2);
    const pretty = sbomSection(small, 10_000);
    expect(pretty).toContain('2 component(s).');
    expect(pretty).toContain('\n  "bomFormat"');
    expect(jsonOf(pretty)).toEqual(small);
    const larger = bom(40); // pretty printing adds far more than the 200 characters of slack below
    const compact = sbomSection(larger, JSON.stringify(larger).length + 200);
    expect(compact).toContain('{"bomFormat":"CycloneDX"');
    expect(jsonOf(compact)).toEqual(larger);
  });

  it('gives a note instead of cutting JSON that does not fit', () => {
    const section = sbomSection(bom(2000), 5_000);
    expect(section).toContain('does not fit in the check run');
    expect(section).toContain('`dependencies.sbom: commit`');
    expect(section).not.toContain('```json');
  });
});

describe('withSbomSection', () => {
  it('shortens a long report so report and SBOM stay under the limit, SBOM intact', () => {
    const report = `# Report\n\n${'line of the report\n'.repeat(5_000)}`;
    const text = withSbomSection(report, bom(5), 20_000);
    expect(text.length).toBeLessThanOrEqual(20_000);
    expect(text).toContain('✂️ Truncated');
    expect(jsonOf(text.slice(text.indexOf('## Software Bill of Materials')))).toEqual(bom(5));
  });
});
