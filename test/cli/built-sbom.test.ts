// The compiled CLI in a child process: `sentinelpy sbom --offline` prints a schema-valid CycloneDX 1.5 document on
// stdout (notes on stderr) and exits 0.
import { describe, expect, it } from 'vitest';
import { cyclonedx15Validator } from '../deps/cyclonedx-schema.js';
import { buildCli, spawnCli } from './built-cli.js';

describe('compiled sentinelpy sbom', () => {
  it('writes valid CycloneDX JSON to stdout', { timeout: 180_000 }, async () => {
    const main = await buildCli();
    const started = performance.now();
    const { code, stdout, stderr } = await spawnCli(main, ['sbom', 'test/fixtures/deps/app', '--offline']);
    console.info(`sentinelpy sbom (9 manifests, child process): ${(performance.now() - started).toFixed(0)} ms`);
    expect(code, stderr).toBe(0);
    const validate = cyclonedx15Validator();
    const bom = JSON.parse(stdout) as { components: unknown[] };
    expect(validate(bom), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(bom.components.length).toBeGreaterThan(20);
    expect(stderr).toMatch(/^SBOM: \d+ component\(s\) from 9 manifest\(s\)/);
  });
});
