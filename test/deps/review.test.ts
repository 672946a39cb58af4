// The dependency review on a fixture repository with every manifest format, OSV mocked with nock.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { reviewDependencies, type DependencyReview } from '../../src/deps/review.js';
import { nockOsv, OSV, PYYAML_VULN, REQUESTS_VULNS } from './osv-mocks.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'deps');
const load = (dir: string) =>
  readdirSync(join(fixtures, dir)).map((f) => ({ path: f, content: readFileSync(join(fixtures, dir, f), 'utf8') }));
const osv = { baseUrl: OSV, timeoutMs: 500 };

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

const VULNS = { 'requests@2.5.0': REQUESTS_VULNS.map((v) => v.id), 'pyyaml@5.3': [PYYAML_VULN.id] };

async function reviewApp(): Promise<DependencyReview> {
  const scope = nockOsv(VULNS, [...REQUESTS_VULNS, PYYAML_VULN]);
  const review = await reviewDependencies(load('app'), { osv });
  expect(scope.isDone()).toBe(true);
  return review;
}

describe('manifest parsing', () => {
  it('finds every dependency of every format with its line', async () => {
    const review = await reviewDependencies(load('app'), { osv: false });
    const found = review.dependencies.map(
      (d) => `${d.file}:${d.line} ${d.normalized}${d.version ? `@${d.version}` : ''}`,
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'requirements.txt:6 requests@2.5.0',
        'requirements.txt:7 flask',
        'requirements.txt:8 reqeusts@2.31.0',
        'requirements.txt:9 django@4.2.0',
        'requirements.txt:10 pycrypto@2.6.1',
        'requirements.txt:11 examplelib',
        'requirements.txt:12 pinnedlib',
        'requirements.txt:13 urllib3@2.2.2',
        'requirements-dev.txt:1 pytest@8.3.2',
        'pyproject.toml:9 jinja2@3.1.2',
        'pyproject.toml:10 numpy',
        'pyproject.toml:14 cryptography@42.0.0',
        'pyproject.toml:2 setuptools',
        'pyproject.toml:18 pyyaml@5.3',
        'pyproject.toml:19 beautifulsoup',
        'pyproject.toml:22 black',
        'setup.cfg:6 werkzeug@2.2.2',
        'setup.cfg:7 click',
        'setup.py:4 paramiko@2.4.0',
        'setup.py:5 idna',
        'setup.py:11 boto3@1.34.0',
        'Pipfile:7 aiohttp@3.8.0',
        'Pipfile:8 colourama',
        'Pipfile:11 mypy',
        'Pipfile.lock:4 aiohttp@3.8.0',
        'poetry.lock:2 pyyaml@5.3',
        'poetry.lock:12 certifi@2024.7.4',
        'uv.lock:10 markupsafe@2.1.5',
      ]),
    );
    expect(
      found.some((f) => f.includes('demo-app')),
      'the project itself is not a dependency',
    ).toBe(false);
  });
});

describe('known vulnerabilities (OSV)', () => {
  it('reports vulnerable pins on their line with advisory ids, severity and the smallest safe upgrade', async () => {
    const review = await reviewApp();
    const vuln = review.findings.filter((f) => f.ruleId === 'dependency-known-vulnerability');
    const requests = vuln.find((f) => f.path === 'requirements.txt');
    expect(requests?.line).toBe(6);
    expect(requests?.message).toContain('GHSA-x84v-xcm2-53pg/CVE-2018-18074');
    expect(requests?.message).toContain('upgrade to 2.32.0');
    expect(requests?.severity).toBe('high'); // CVSS 7.5
    expect(requests?.fix?.edits[0]?.text).toBe('2.32.0');
    const yaml = vuln.filter((f) => f.message.includes('pyyaml'));
    expect(yaml.map((f) => `${f.path}:${f.line}:${f.severity}`).sort()).toEqual([
      'poetry.lock:2:critical',
      'pyproject.toml:18:critical',
    ]);
    // The declared pin gets the edit; the lock file is regenerated, not edited (its hashes would no longer match).
    expect(yaml.map((f) => `${f.path}:${f.fix?.edits[0]?.text ?? 'no fix'}`).sort()).toEqual([
      'poetry.lock:no fix',
      'pyproject.toml:5.3.1',
    ]);
  });

  it('says the check was skipped, and reports everything else, when OSV is down, slow or answers garbage', async () => {
    const cases: [string, () => void][] = [
      ['OSV unreachable', () => nock(OSV).post('/v1/querybatch').replyWithError({ code: 'ECONNREFUSED' })],
      ['OSV did not answer in time', () => nock(OSV).post('/v1/querybatch').delay(2000).reply(200, { results: [] })],
      [
        'OSV answered with an unexpected response',
        () => nock(OSV).post('/v1/querybatch').reply(200, { nonsense: true }),
      ],
      [
        'OSV answered with invalid JSON',
        () => nock(OSV).post('/v1/querybatch').reply(200, '<html>oops', { 'content-type': 'text/html' }),
      ],
      ['OSV answered HTTP 503', () => nock(OSV).post('/v1/querybatch').reply(503)],
    ];
    for (const [reason, mock] of cases) {
      mock();
      const review = await reviewDependencies(load('app'), { osv });
      expect(review.notes).toContain(`dependency vulnerability check skipped: ${reason}`);
      expect(review.findings.some((f) => f.ruleId === 'dependency-typosquat')).toBe(true);
      nock.cleanAll();
    }
  });
});

describe('policy checks', () => {
  it('reports typosquats with the package they imitate', async () => {
    const review = await reviewDependencies(load('app'), { osv: false });
    const squats = review.findings
      .filter((f) => f.ruleId === 'dependency-typosquat')
      .map((f) => `${f.path}:${f.line} ${f.message}`);
    expect(squats).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^requirements\.txt:8 `reqeusts` looks like a typosquat of `requests`/),
        expect.stringMatching(/^Pipfile:8 `colourama` looks like a typosquat of `colorama`/),
      ]),
    );
    expect(squats.some((s) => /`requests`.*typosquat of/.test(s) || /`flask`/.test(s))).toBe(false);
  });

  it('reports unpinned, URL, index, deprecated and hash problems on their lines', async () => {
    const review = await reviewDependencies(load('app'), { osv: false });
    const got = review.findings.map((f) => `${f.ruleId} ${f.path}:${f.line}`);
    expect(got).toEqual(
      expect.arrayContaining([
        'dependency-extra-index-url requirements.txt:3',
        'dependency-insecure-index requirements.txt:3',
        'dependency-insecure-index requirements.txt:4',
        'dependency-unpinned requirements.txt:7',
        'dependency-deprecated requirements.txt:10',
        'dependency-unpinned-url requirements.txt:11',
        'dependency-unpinned Pipfile:8',
      ]),
    );
    expect(got).not.toContain('dependency-unpinned-url requirements.txt:12'); // pinned to a commit
    expect(got).not.toContain('dependency-unpinned requirements.txt:6'); // pinned
    expect(got.filter((g) => g.startsWith('dependency-missing-hash'))).toEqual([]);
    const withHashes = await reviewDependencies(load('app'), { osv: false, requireHashes: true });
    expect(withHashes.findings.map((f) => `${f.ruleId} ${f.path}:${f.line}`)).toContain(
      'dependency-missing-hash requirements.txt:6',
    );
  });

  it('finds nothing on a clean, fully pinned and hashed lock file', async () => {
    const scope = nockOsv({}, []);
    const review = await reviewDependencies(load('clean'), { osv });
    expect(scope.isDone()).toBe(true);
    expect(review.findings).toEqual([]);
    expect(review.notes).toEqual([]);
  });
});
