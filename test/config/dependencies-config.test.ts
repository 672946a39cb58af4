// The `dependencies` config keys and the OSV environment: defaults, validation that names the key, backwards compatibility.
import { describe, expect, it } from 'vitest';
import { parseEnv } from '../../src/config/env.js';
import { DEFAULT_CONFIG, parseConfig } from '../../src/config/schema.js';

describe('dependencies config', () => {
  it('defaults to OSV on, no forced hashes, no licence check, no SBOM (a config without the key still parses)', () => {
    expect(DEFAULT_CONFIG.dependencies).toEqual({ osv: true, requireHashes: false, allowedLicenses: [], sbom: false });
    expect(parseConfig({ failOn: 'low' }).ok).toBe(true);
  });

  it('accepts the SBOM placements and rejects anything else, naming the key', () => {
    for (const sbom of [true, false, 'check', 'commit']) expect(parseConfig({ dependencies: { sbom } }).ok).toBe(true);
    const bad = parseConfig({ dependencies: { sbom: 'email' } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toMatch(/^dependencies\.sbom:/);
    const unknown = parseConfig({ dependencies: { osvUrl: 'https://x' } });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.error).toContain('osvUrl');
  });
});

describe('OSV environment', () => {
  const base = { APP_ID: '1', WEBHOOK_SECRET: 's' };
  it('reads OSV_API_URL and OSV_TIMEOUT_MS, with defaults', () => {
    const plain = parseEnv(base);
    expect(plain.ok && plain.env.osv).toEqual({ timeoutMs: 10_000 });
    const mirror = parseEnv({ ...base, OSV_API_URL: 'https://osv.mirror.internal', OSV_TIMEOUT_MS: '2500' });
    expect(mirror.ok && mirror.env.osv).toEqual({ baseUrl: 'https://osv.mirror.internal', timeoutMs: 2500 });
  });
  it('refuses an OSV_API_URL that is not an http(s) URL', () => {
    for (const url of ['file:///etc/passwd', 'not a url']) {
      const r = parseEnv({ ...base, OSV_API_URL: url });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/^OSV_API_URL:/);
    }
  });
});
