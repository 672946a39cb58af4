// Reads the CLI's YAML config (`--config FILE`, else <root>/.github/sentinel.yml when present) and validates it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { DEFAULT_CONFIG, parseConfig, type SentinelConfig } from '../config/schema.js';
import { UsageError } from './usage-error.js';

/** The App's config file, so one file configures both the App and local scans. */
export const DEFAULT_CONFIG_PATH = join('.github', 'sentinel.yml');

export function loadConfigFile(explicit: string | undefined, root: string): { config: SentinelConfig; path?: string } {
  const path = explicit ?? (existsSync(join(root, DEFAULT_CONFIG_PATH)) ? join(root, DEFAULT_CONFIG_PATH) : undefined);
  if (path === undefined) return { config: DEFAULT_CONFIG };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UsageError(`config ${path}: cannot be read`);
  }
  let raw: unknown;
  try {
    raw = parseYaml(text, { maxAliasCount: 100 });
  } catch (error) {
    throw new UsageError(
      `config ${path}: invalid YAML: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`,
    );
  }
  const result = parseConfig(raw);
  if (!result.ok) throw new UsageError(`config ${path}: ${result.error}`);
  return { config: result.config, path };
}
