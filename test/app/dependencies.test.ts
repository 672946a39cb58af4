// The App's dependency review against nock: a pull request that adds vulnerable and typosquatted requirements gets
// line comments (a ```suggestion with the smallest safe upgrade), annotations and the report's Dependencies
// section; OSV down, slow or answering garbage still completes the review and says so; config switches apply.
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addedPatch,
  captured,
  contentBody,
  createTestApp,
  fixture,
  githubScope,
  nockConfig,
  nockContents,
  nockCreateCheck,
  nockCreateReview,
  nockListFiles,
  nockListReviewComments,
  nockReportCommit,
  nockUpdateCheck,
  REPO_PATH,
  HEAD_SHA,
  type Captured,
} from '../helpers/github-mocks.js';
import { nockOsv, OSV, REQUESTS_VULNS } from '../deps/osv-mocks.js';

// Line 3: a pin with known advisories (a finding once OSV answers); line 5: an index over plain HTTP, insecure as
// written (a finding with or without OSV); line 4: a possible typosquat, only an audit note (no evidence).
const REQUIREMENTS =
  '-r requirements/base.txt\nflask==3.0.3\nrequests==2.5.0\nreqeusts==2.31.0\n--index-url http://pypi.internal.example/simple\n';
const BASE = 'click==8.1.7\n';
const FILES = [{ filename: 'requirements.txt', patch: addedPatch(REQUIREMENTS), content: REQUIREMENTS }];
const OSV_TABLE = { 'requests@2.5.0': REQUESTS_VULNS.map((v) => v.id) };

beforeEach(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

/** Every GitHub call of one review of FILES; the -r include is read from the head commit. */
function nockReview(config?: string, opts: { commit?: boolean; reportFiles?: number } = {}) {
  const checks = captured();
  const reviews = captured();
  const commits = captured();
  const scope = githubScope();
  nockConfig(scope, config);
  nockCreateCheck(scope, checks);
  nockListFiles(scope, FILES);
  nockContents(scope, FILES);
  scope
    .get(`${REPO_PATH}/contents/${encodeURIComponent('requirements/base.txt')}`)
    .query({ ref: HEAD_SHA })
    .reply(200, contentBody('requirements/base.txt', BASE));
  nockListReviewComments(scope, []);
  nockCreateReview(scope, reviews);
  nockUpdateCheck(scope, checks);
  if (opts.commit !== false) nockReportCommit(scope, commits, undefined, { files: opts.reportFiles ?? 1 });
  return { scope, checks, reviews, commits };
}

async function receive(): Promise<void> {
  const { probot, app } = await createTestApp({ osv: { baseUrl: OSV, timeoutMs: 300 } });
  await probot.receive({
    id: `d-${Math.random()}`,
    name: 'pull_request',
    payload: fixture('pull_request.opened') as never,
  });
  await app.idle();
}

const commentsOf = (reviews: Captured) =>
  (reviews.bodies[0]?.comments ?? []) as { path: string; line: number; body: string }[];
const completed = (checks: Captured) => checks.bodies[1]!;

describe('dependency review in a pull request', () => {
  it('comments the vulnerable pin with a suggested upgrade and the typosquat, annotates them, and reports the dependencies', async () => {
    const gh = nockReview();
    const osv = nockOsv(OSV_TABLE, REQUESTS_VULNS);
    await receive();
    expect(gh.scope.isDone()).toBe(true);
    expect(osv.isDone()).toBe(true);

    const comments = commentsOf(gh.reviews);
    expect(comments.map((c) => `${c.path}:${c.line} ${/`(dependency-[a-z-]+)`/.exec(c.body)?.[1]}`)).toEqual([
      'requirements.txt:3 dependency-known-vulnerability',
      'requirements.txt:5 dependency-insecure-index',
    ]);
    expect(comments[0]!.body).toContain('GHSA-x84v-xcm2-53pg/CVE-2018-18074');
    expect(comments[0]!.body).toContain('```suggestion\nrequests==2.32.0\n```');
    expect(
      comments.some((c) => c.line === 4),
      'the typosquat is an audit note, not a comment',
    ).toBe(false);

    const check = completed(gh.checks);
    expect(check.conclusion).toBe('failure');
    expect(
      check.output.annotations.map((a: { path: string; start_line: number }) => `${a.path}:${a.start_line}`),
    ).toEqual(['requirements.txt:3', 'requirements.txt:5']);
    expect(check.output.summary).toContain('Dependency review: 4 dependency declaration(s) in 2 manifest(s) reviewed.');
    expect(check.output.summary).not.toContain('skipped');

    const report = Buffer.from(gh.commits.bodies[0]!.content, 'base64').toString('utf8');
    expect(report).toContain('## Dependencies');
    expect(report).toContain('| `click` | `8.1.7` | `requirements/base.txt:1` | direct | — |');
    const notes = report.slice(report.indexOf('## Audit Notes'));
    expect(notes).toMatch(/^## Audit Notes/);
    expect(notes).toContain('| `requirements.txt:4` | `dependency-typosquat` |');
    expect(notes).toContain('`reqeusts` looks like a typosquat of `requests`');
    expect(report).toMatch(
      /\| A06:2021 \| Vulnerable and Outdated Components \| \d+ \| ❌ 2 finding\(s\) · 1 audit note\(s\) · 4 dependencies in 2 manifest\(s\) reviewed, versions checked against OSV \|/,
    );
  });

  const outages: [string, string, () => void][] = [
    ['down', 'OSV unreachable', () => nock(OSV).post('/v1/querybatch').replyWithError({ code: 'ECONNREFUSED' })],
    [
      'slow',
      'OSV did not answer in time',
      () => nock(OSV).post('/v1/querybatch').delay(1500).reply(200, { results: [] }),
    ],
    [
      'garbage',
      'OSV answered with invalid JSON',
      () => nock(OSV).post('/v1/querybatch').reply(200, '<html>', { 'content-type': 'text/html' }),
    ],
  ];
  for (const [name, reason, mock] of outages) {
    it(`completes the review when OSV is ${name}, says so, and reports everything else`, async () => {
      const gh = nockReview();
      mock();
      await receive();
      expect(gh.scope.isDone()).toBe(true);
      const check = completed(gh.checks);
      expect(check.status).toBe('completed');
      expect(check.output.summary).toContain(`⚠️ dependency vulnerability check skipped: ${reason}.`);
      expect(commentsOf(gh.reviews).map((c) => `${c.path}:${c.line}`)).toEqual(['requirements.txt:5']); // the HTTP index
      const report = Buffer.from(gh.commits.bodies[0]!.content, 'base64').toString('utf8');
      expect(report).toContain(`dependency vulnerability check skipped: ${reason}`);
      expect(report).toContain('known-vulnerability lookup skipped');
    });
  }

  it('does not contact OSV when the config turns it off, and puts the SBOM in the check run text when asked', async () => {
    const gh = nockReview('dependencies:\n  osv: false\n  sbom: check\nreport:\n  commit: false\n', { commit: false });
    await receive(); // no OSV mock: any OSV request would fail the disabled network and show as "unreachable"
    expect(gh.scope.isDone()).toBe(true);
    const check = completed(gh.checks);
    expect(check.output.summary).toContain('dependency vulnerability check skipped: disabled by configuration');
    const text: string = check.output.text;
    const json =
      /## Software Bill of Materials \(CycloneDX 1\.5\)\n\n\d+ component\(s\)\.\n\n```json\n([\s\S]+?)\n```/.exec(
        text,
      )?.[1];
    const bom = JSON.parse(json!) as { specVersion: string; components: { purl: string }[] };
    expect(bom.specVersion).toBe('1.5');
    expect(bom.components.map((c) => c.purl)).toEqual(
      expect.arrayContaining(['pkg:pypi/requests@2.5.0', 'pkg:pypi/click@8.1.7']),
    );
  });

  it('puts a `commit` SBOM in the check run text when no report is committed', async () => {
    const gh = nockReview('dependencies:\n  osv: false\n  sbom: commit\nreport:\n  commit: false\n', { commit: false });
    await receive();
    expect(gh.scope.isDone()).toBe(true); // no contents write was mocked: none was made
    const check = completed(gh.checks);
    expect(check.output.text).toContain('## Software Bill of Materials (CycloneDX 1.5)');
    expect(check.output.summary).not.toContain('SBOM is committed');
  });

  it('commits the SBOM next to the report when configured', async () => {
    // One commit with both files: one synchronize, one carried-over check.
    const gh = nockReview('dependencies:\n  sbom: commit\n', { reportFiles: 2 });
    const osv = nockOsv(OSV_TABLE, REQUESTS_VULNS);
    const sbomPath = 'python_security_review_20260304.cdx.json';
    await receive();
    expect(gh.scope.isDone()).toBe(true);
    expect(osv.isDone()).toBe(true);
    expect(gh.commits.bodies.map((b) => b.path)).toEqual(['python_security_review_20260304.md', sbomPath]);
    const bom = JSON.parse(Buffer.from(gh.commits.bodies[1]!.content, 'base64').toString('utf8')) as {
      vulnerabilities: { id: string }[];
    };
    expect(bom.vulnerabilities.map((v) => v.id).sort()).toEqual(REQUESTS_VULNS.map((v) => v.id).sort());
    expect(completed(gh.checks).output.summary).toContain(
      `The CycloneDX SBOM is committed next to it as \`${sbomPath}\`.`,
    );
  });
});
