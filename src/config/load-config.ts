// Loads `.github/sentinel.yml` from the default branch (through the GitHubPort) and validates it.
import { parse as parseYaml } from 'yaml';
import type { GitHubPort } from '../github/port.js';
import { parseConfig, type ConfigResult } from './schema.js';

/** No file means defaults; unparsable YAML or a bad key is an error the check run reports as neutral. */
export async function loadConfig(
  github: Pick<GitHubPort, 'readConfigFile'>,
  defaultBranch: string,
): Promise<ConfigResult> {
  const text = await github.readConfigFile(defaultBranch);
  if (text === undefined) return parseConfig({});
  let raw: unknown;
  try {
    raw = parseYaml(text, { maxAliasCount: 100 });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : 'unreadable';
    return { ok: false, error: `(YAML): ${reason}` };
  }
  return parseConfig(raw);
}
