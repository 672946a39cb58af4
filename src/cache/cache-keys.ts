// Cache keys. A file's result depends on its path (module name, test-file detection, finding paths), its text,
// the analyzer code and the config it runs under; the project-wide solve depends on every file's result and the
// rule metadata. Keys are SHA-256 digests of exactly those inputs.
import { createHash } from 'node:crypto';
import type { SentinelConfig } from '../config/schema.js';
import { codeFingerprint } from './code-fingerprint.js';

/** Bumped when the shape of a stored entry changes (entries of another layout are then misses). */
export const CACHE_LAYOUT = 1;

/**
 * The key of an analyzer set-up: code fingerprint, the whole config (profile, paths and limits included: keying on
 * more than the analyzer reads can only cause a miss, never a stale hit) and the rule subset.
 */
export function setupKey(
  config: SentinelConfig,
  ruleIds: readonly string[] | undefined,
  code = codeFingerprint(),
): string {
  return digest(`setup\0${CACHE_LAYOUT}\0${code}\0${stableJson(config)}\0${stableJson(ruleIds ?? null)}`);
}

export function fileKey(setup: string, path: string, content: string): string {
  return createHash('sha256').update(`file\0${setup}\0${path}\0`).update(content).digest('hex');
}

/** The key of one solve: the files' keys in path order (each names a path, a text and a set-up) and the rules. */
export function solveKey(fileKeys: readonly string[], ruleIds: readonly string[]): string {
  const hash = createHash('sha256').update(`solve\0${CACHE_LAYOUT}\0${ruleIds.join(',')}\0`);
  for (const key of fileKeys) hash.update(key);
  return hash.digest('hex');
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** JSON with object keys sorted, so equal configs give equal keys whatever order their keys were written in. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}
