// CycloneDX 1.5 JSON bill of materials of the Python dependencies found (direct and locked transitive).
import { randomUUID } from 'node:crypto';
import type { Dependency } from './model.js';

export interface SbomOptions {
  projectName?: string;
  toolVersion?: string;
  timestamp?: Date;
}

export function buildSbom(dependencies: readonly Dependency[], options: SbomOptions = {}): object {
  const components = new Map<string, object>();
  for (const dep of dependencies) {
    const ref = componentRef(dep);
    if (components.has(ref)) continue;
    components.set(ref, {
      type: 'library',
      'bom-ref': ref,
      name: dep.normalized,
      ...(dep.version ? { version: dep.version } : {}),
      purl: ref,
      scope: dep.group && /dev|test|lint|doc/i.test(dep.group) ? 'optional' : 'required',
      ...(dep.hashes.length
        ? { hashes: dep.hashes.map(cdxHash).filter((h): h is { alg: string; content: string } => Boolean(h)) }
        : {}),
      ...(dep.license ? { licenses: [{ license: { name: dep.license } }] } : {}),
      properties: [
        { name: 'sentinelpy:manifest', value: `${dep.file}:${dep.line}` },
        { name: 'sentinelpy:kind', value: dep.kind },
        ...(dep.specifier ? [{ name: 'sentinelpy:specifier', value: dep.specifier }] : []),
      ],
    });
  }
  return {
    bomFormat: 'CycloneDX',
    specVersion: '1.5',
    serialNumber: `urn:uuid:${randomUUID()}`,
    version: 1,
    metadata: {
      timestamp: (options.timestamp ?? new Date()).toISOString(),
      tools: { components: [{ type: 'application', name: 'sentinelpy', version: options.toolVersion ?? '0.0.0' }] },
      component: { type: 'application', 'bom-ref': 'project', name: options.projectName ?? 'project' },
    },
    components: [...components.values()],
    dependencies: [{ ref: 'project', dependsOn: [...components.keys()] }],
  };
}

function cdxHash(hash: string): { alg: string; content: string } | undefined {
  const m = /^(sha256|sha384|sha512|md5|sha1)[:=]([0-9a-f]+)$/i.exec(hash);
  if (!m) return undefined;
  const alg = { sha256: 'SHA-256', sha384: 'SHA-384', sha512: 'SHA-512', md5: 'MD5', sha1: 'SHA-1' }[
    m[1]!.toLowerCase()
  ]!;
  return { alg, content: m[2]!.toLowerCase() };
}

/** The purl that names a dependency's component (its bom-ref). */
export function componentRef(dep: Dependency): string {
  return dep.version ? `pkg:pypi/${dep.normalized}@${encodeURIComponent(dep.version)}` : `pkg:pypi/${dep.normalized}`;
}

/**
 * Adds CycloneDX `vulnerabilities` from the OSV advisories found (`OSV-ID[/CVE-…]` by `file:line`): one entry per
 * advisory, affecting every component it was found on. A document without advisories is returned unchanged.
 */
export function withVulnerabilities(
  sbom: object,
  dependencies: readonly Dependency[],
  advisories: Readonly<Record<string, readonly string[]>>,
): object {
  const affects = new Map<string, Set<string>>();
  for (const dep of dependencies) {
    for (const advisory of advisories[`${dep.file}:${dep.line}`] ?? []) {
      const refs = affects.get(advisory) ?? new Set<string>();
      refs.add(componentRef(dep));
      affects.set(advisory, refs);
    }
  }
  if (affects.size === 0) return sbom;
  const vulnerabilities = [...affects].map(([advisory, refs]) => {
    const [id, ...cves] = advisory.split('/') as [string, ...string[]];
    return {
      'bom-ref': `vuln:${id}`,
      id,
      source: { name: 'OSV', url: `https://osv.dev/vulnerability/${encodeURIComponent(id)}` },
      ...(cves.length
        ? {
            references: cves.map((cve) => ({
              id: cve,
              source: { name: 'NVD', url: `https://nvd.nist.gov/vuln/detail/${cve}` },
            })),
          }
        : {}),
      affects: [...refs].map((ref) => ({ ref })),
    };
  });
  return { ...sbom, vulnerabilities };
}
