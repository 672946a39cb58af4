// The CycloneDX 1.5 SBOM validates against the official JSON schema (shipped in @cyclonedx/cyclonedx-library).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewDependencies } from '../../src/deps/review.js';
import { cyclonedx15Validator as validator } from './cyclonedx-schema.js';

describe('CycloneDX SBOM', () => {
  it('lists direct and locked dependencies as purls and validates against the 1.5 schema', async () => {
    const dir = join(import.meta.dirname, '..', 'fixtures', 'deps', 'app');
    const files = readdirSync(dir).map((f) => ({ path: f, content: readFileSync(join(dir, f), 'utf8') }));
    const { sbom } = await reviewDependencies(files, { osv: false, projectName: 'demo-app' });
    const validate = validator();
    expect(validate(sbom), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const purls = (sbom as { components: { purl: string }[] }).components.map((c) => c.purl);
    expect(purls).toContain('pkg:pypi/requests@2.5.0');
    expect(purls).toContain('pkg:pypi/markupsafe@2.1.5');
    expect(purls).toContain('pkg:pypi/flask');
    expect(new Set(purls).size).toBe(purls.length);
  });

  it('rejects a document the schema forbids (the validator can fail)', () => {
    const validate = validator();
    expect(
      validate({ bomFormat: 'CycloneDX', specVersion: '1.5', components: [{ type: 'not-a-type', name: 'x' }] }),
    ).toBe(false);
  });
});
