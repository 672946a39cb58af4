// Real-shaped OSV API answers (trimmed from osv.dev records) for nock.
import nock from 'nock';

export const OSV = 'https://osv.test';

export const REQUESTS_VULNS = [
  {
    id: 'GHSA-x84v-xcm2-53pg',
    summary: 'Insufficient Verification of Data Authenticity in requests',
    aliases: ['CVE-2018-18074', 'PYSEC-2018-28'],
    severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N' }],
    affected: [
      {
        package: { ecosystem: 'PyPI', name: 'requests' },
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '2.20.0' }] }],
      },
    ],
  },
  {
    id: 'GHSA-9wx4-h78v-vm56',
    summary: 'Requests Session object does not verify requests after making first request with verify=False',
    aliases: ['CVE-2024-35195'],
    severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:L/AC:H/PR:H/UI:R/S:U/C:H/I:H/A:N' }],
    database_specific: { severity: 'MODERATE' },
    affected: [
      {
        package: { ecosystem: 'PyPI', name: 'requests' },
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '2.32.0' }] }],
      },
    ],
  },
];

export const PYYAML_VULN = {
  id: 'GHSA-6757-jp84-gxfx',
  summary: 'Improper Input Validation in PyYAML',
  aliases: ['CVE-2020-1747'],
  severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }],
  affected: [
    {
      package: { ecosystem: 'PyPI', name: 'pyyaml' },
      ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '5.3.1' }] }],
    },
  ],
};

type Query = { package: { name: string }; version: string };

/** Answers querybatch from a table name@version → vulnerability ids, and each vulnerability by id. */
export function nockOsv(table: Record<string, string[]>, records: { id: string }[]): nock.Scope {
  const scope = nock(OSV)
    .post(
      '/v1/querybatch',
      (body: { queries: Query[] }) => Array.isArray(body.queries) && body.queries.every((q) => q.package && q.version),
    )
    .reply(200, (_uri, body) => ({
      results: (body as { queries: Query[] }).queries.map((q) => {
        const ids = table[`${q.package.name}@${q.version}`] ?? [];
        return ids.length ? { vulns: ids.map((id) => ({ id, modified: '2024-06-01T00:00:00Z' })) } : {};
      }),
    }));
  const ids = new Set(Object.values(table).flat());
  for (const record of records) if (ids.has(record.id)) scope.get(`/v1/vulns/${record.id}`).reply(200, record);
  return scope;
}
