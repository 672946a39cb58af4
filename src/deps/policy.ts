// Policy checks on manifests: unpinned requirements, missing hashes, unpinned URL/VCS requirements, insecure or
// extra indexes, abandoned packages, typosquats and licences.
import type { Finding } from '../analysis/rule.js';
import type { Dependency, Manifest } from './model.js';
import { manifestFinding, type ManifestLine } from './finding.js';
import { detectTyposquat } from './typosquat.js';
import {
  DEPENDENCY_CONFUSION,
  DEPENDENCY_DEPRECATED,
  DEPENDENCY_INSECURE_INDEX,
  DEPENDENCY_LICENSE,
  DEPENDENCY_MISSING_HASH,
  DEPENDENCY_TYPOSQUAT,
  DEPENDENCY_UNPINNED,
  DEPENDENCY_UNPINNED_URL,
} from './rule-metas.js';

export interface PolicyOptions {
  /** Require `--hash` on every requirement (config), on top of files that opt in themselves. */
  requireHashes?: boolean;
  /** Allowed licences (SPDX ids); empty = no licence check. */
  allowedLicenses?: string[];
}

const ABANDONED: Record<string, string> = {
  pycrypto: 'unmaintained since 2013 with known vulnerabilities (CVE-2013-7459); use pycryptodome or cryptography',
  'pycrypto-ng': 'unmaintained fork of pycrypto; use cryptography',
  'python-jose': 'unmaintained with open algorithm-confusion advisories; use PyJWT or joserfc',
  oauth2: 'unmaintained since 2011; use oauthlib or authlib',
  'django-rest-swagger': 'unmaintained; use drf-spectacular',
  m2crypto: 'stagnant OpenSSL wrapper with a history of unsafe defaults; use cryptography',
  simplecrypt: 'unmaintained; use cryptography.fernet',
};

/** Lock files and application manifests are pinned by design; only the manifests people write are checked. */
const HUMAN_WRITTEN = new Set(['requirements', 'Pipfile', 'pyproject', 'setup.cfg', 'setup.py']);

export function checkPolicies(manifest: Manifest, lines: readonly string[], options: PolicyOptions = {}): Finding[] {
  const at = (line: number): ManifestLine => ({ file: manifest.file, line, text: lines[line - 1] ?? '' });
  const out: Finding[] = [];
  for (const dep of manifest.dependencies) out.push(...checkDependency(manifest, dep, at(dep.line), options));
  for (const index of manifest.indexes) {
    if (index.kind === 'trusted-host')
      out.push(manifestFinding(DEPENDENCY_INSECURE_INDEX, 'trustedHost', { url: index.value }, at(index.line)));
    else if (/^http:\/\//i.test(index.value))
      out.push(manifestFinding(DEPENDENCY_INSECURE_INDEX, 'http', { url: redact(index.value) }, at(index.line)));
    if (index.kind === 'extra-index-url')
      out.push(manifestFinding(DEPENDENCY_CONFUSION, 'extra', { url: redact(index.value) }, at(index.line)));
  }
  return out;
}

function checkDependency(manifest: Manifest, dep: Dependency, at: ManifestLine, options: PolicyOptions): Finding[] {
  const out: Finding[] = [];
  const data = { name: dep.name, specifier: dep.specifier, url: dep.url ? redact(dep.url) : '' };
  if (dep.url) {
    if (!pinnedUrl(dep.url, dep.hashes)) out.push(manifestFinding(DEPENDENCY_UNPINNED_URL, 'unpinned', data, at));
  } else if (
    HUMAN_WRITTEN.has(manifest.kind) &&
    !dep.version &&
    dep.group !== 'build-system' &&
    isApplication(manifest)
  ) {
    out.push(manifestFinding(DEPENDENCY_UNPINNED, 'unpinned', data, at));
  }
  if (
    (manifest.requireHashes || options.requireHashes) &&
    manifest.kind === 'requirements' &&
    dep.hashes.length === 0
  ) {
    out.push(manifestFinding(DEPENDENCY_MISSING_HASH, 'missing', data, at));
  }
  const why = ABANDONED[dep.normalized];
  if (why) out.push(manifestFinding(DEPENDENCY_DEPRECATED, 'deprecated', { name: dep.name, why }, at));
  const squat = dep.url ? undefined : detectTyposquat(dep.normalized);
  if (squat)
    out.push(
      manifestFinding(
        DEPENDENCY_TYPOSQUAT,
        'typosquat',
        { name: dep.name, imitates: squat.imitates, how: squat.how },
        at,
      ),
    );
  if (dep.license && options.allowedLicenses?.length && !options.allowedLicenses.includes(dep.license)) {
    out.push(manifestFinding(DEPENDENCY_LICENSE, 'license', { name: dep.name, license: dep.license }, at));
  }
  return out;
}

/** requirements files and Pipfiles describe applications; pyproject/setup.* usually describe libraries. */
function isApplication(manifest: Manifest): boolean {
  return manifest.kind === 'requirements' || manifest.kind === 'Pipfile';
}

function pinnedUrl(url: string, hashes: string[]): boolean {
  if (/^(git|hg|svn|bzr)\+/.test(url)) return /@[0-9a-f]{40}(?:[#&]|$)/i.test(url);
  if (/^(\.{0,2}\/|file:)/.test(url)) return true; // local paths are part of the repository
  return hashes.length > 0 || /#sha256=[0-9a-f]{64}/i.test(url);
}

/** Index URLs may carry credentials: never echo them into reports. */
export function redact(url: string): string {
  return url.replace(/(\/\/)[^/@\s]+@/, '$1***@');
}
