// `sentinelpy sbom`: CycloneDX 1.5 JSON of a project's dependencies, validated against the official schema; OSV
// advisories become `vulnerabilities` (OSV mocked with nock), --offline and an OSV outage still give a valid SBOM.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { cyclonedx15Validator } from '../deps/cyclonedx-schema.js';
import { nockOsv, OSV, PYYAML_VULN, REQUESTS_VULNS } from '../deps/osv-mocks.js';
import { captureIo, project } from './temp-project.js';

interface Bom {
  components: { purl: string; properties: { name: string; value: string }[] }[];
  vulnerabilities?: { id: string; affects: { ref: string }[]; references?: { id: string }[] }[];
  metadata: { component: { name: string } };
}

const validate = cyclonedx15Validator();
const appFixture = join(import.meta.dirname, '..', 'fixtures', 'deps', 'app');
const savedUrl = process.env.OSV_API_URL;
const out = mkdtempSync(join(tmpdir(), 'sentinelpy-sbom-'));

beforeAll(() => {
  nock.disableNetConnect();
  process.env.OSV_API_URL = OSV; // the CLI's OSV client reads the mirror URL from the environment
});
afterEach(() => nock.cleanAll());
afterAll(() => {
  if (savedUrl === undefined) delete process.env.OSV_API_URL;
  else process.env.OSV_API_URL = savedUrl;
  nock.enableNetConnect();
  rmSync(out, { recursive: true, force: true });
});

function expectValid(bom: unknown): void {
  expect(validate(bom), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
}

describe('sentinelpy sbom', () => {
  it('lists direct and locked dependencies with their manifest line, offline, on stdout', async () => {
    const io = captureIo();
    expect(await main(['sbom', appFixture, '--offline'], io)).toBe(0);
    const bom = JSON.parse(io.out) as Bom;
    expectValid(bom);
    const purls = bom.components.map((c) => c.purl);
    expect(purls).toEqual(
      expect.arrayContaining([
        'pkg:pypi/requests@2.5.0',
        'pkg:pypi/pytest@8.3.2',
        'pkg:pypi/markupsafe@2.1.5',
        'pkg:pypi/flask',
      ]),
    );
    const requests = bom.components.find((c) => c.purl === 'pkg:pypi/requests@2.5.0')!;
    expect(requests.properties).toEqual(
      expect.arrayContaining([
        { name: 'sentinelpy:manifest', value: 'requirements.txt:6' },
        { name: 'sentinelpy:kind', value: 'direct' },
      ]),
    );
    const locked = bom.components.find((c) => c.purl === 'pkg:pypi/markupsafe@2.1.5')!;
    expect(locked.properties).toContainEqual({ name: 'sentinelpy:kind', value: 'locked' });
    expect(bom.vulnerabilities).toBeUndefined();
    expect(bom.metadata.component.name).toBe('app');
    expect(io.err).toContain('dependency vulnerability check skipped: disabled by configuration');
  });

  it('adds the OSV advisories as vulnerabilities and writes --output', async () => {
    const scope = nockOsv({ 'requests@2.5.0': REQUESTS_VULNS.map((v) => v.id), 'pyyaml@5.3': [PYYAML_VULN.id] }, [
      ...REQUESTS_VULNS,
      PYYAML_VULN,
    ]);
    const io = captureIo();
    const file = join(out, 'bom.json');
    expect(await main(['sbom', appFixture, '--output', file], io)).toBe(0);
    expect(scope.isDone()).toBe(true);
    const bom = JSON.parse(readFileSync(file, 'utf8')) as Bom;
    expectValid(bom);
    const byId = new Map(bom.vulnerabilities!.map((v) => [v.id, v]));
    expect([...byId.keys()].sort()).toEqual(['GHSA-6757-jp84-gxfx', 'GHSA-9wx4-h78v-vm56', 'GHSA-x84v-xcm2-53pg']);
    expect(byId.get('GHSA-x84v-xcm2-53pg')!.affects).toEqual([{ ref: 'pkg:pypi/requests@2.5.0' }]);
    expect(byId.get('GHSA-x84v-xcm2-53pg')!.references).toEqual([expect.objectContaining({ id: 'CVE-2018-18074' })]);
    expect(io.out).toMatch(/^SBOM: \d+ component\(s\) from 9 manifest\(s\)/);
  });

  it('still writes a valid SBOM, and says why, when OSV is unreachable', async () => {
    nock(OSV).post('/v1/querybatch').replyWithError({ code: 'ECONNREFUSED' });
    const io = captureIo();
    expect(await main(['sbom', appFixture], io)).toBe(0);
    expectValid(JSON.parse(io.out));
    expect(io.err).toContain('dependency vulnerability check skipped: OSV unreachable');
  });

  it('gives an empty, valid SBOM for a project without manifests, and rejects a second path', async () => {
    const io = captureIo();
    expect(await main(['sbom', project({ 'app.py': 'print(1)\n' }), '--offline'], io)).toBe(0);
    const bom = JSON.parse(io.out) as Bom;
    expectValid(bom);
    expect(bom.components).toEqual([]);
    const bad = captureIo();
    expect(await main(['sbom', 'a', 'b'], bad)).toBe(2);
    expect(bad.err).toContain('sbom takes one path');
  });
});
