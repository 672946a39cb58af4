// The GitHub Action's inputs: action.yml hands each one to the step as an environment variable (never spliced
// into a shell command), and they are validated here before anything runs.
import { isAbsolute, relative, resolve, sep } from 'node:path';

export interface ActionInputs {
  /** Absolute checkout folder ($GITHUB_WORKSPACE). */
  workspace: string;
  /** What to scan, relative to the workspace. */
  paths: string[];
  failOn?: string;
  profile?: string;
  config?: string;
  /** `auto`: the pull request's (or merge group's) base; `none`: the whole checkout; else a git ref. */
  diff: string;
  /** Absolute path of the SARIF file to write, inside the workspace. */
  sarifFile: string;
  uploadSarif: boolean;
  offline: boolean;
  allowIncomplete: boolean;
  /** How many findings the job summary lists. */
  topFindings: number;
}

export class InputError extends Error {}

/** Text with a control character (a newline would forge a second line in $GITHUB_OUTPUT) is refused. */
function clean(name: string, value: string): string {
  if (/[\u0000-\u001f\u007f]/.test(value)) throw new InputError(`input ${name} contains a control character`);
  return value.trim();
}

function optional(env: NodeJS.ProcessEnv, key: string, name: string): string | undefined {
  const value = clean(name, env[key] ?? '');
  return value === '' ? undefined : value;
}

function bool(env: NodeJS.ProcessEnv, key: string, name: string, fallback: boolean): boolean {
  const value = optional(env, key, name);
  if (value === undefined) return fallback;
  if (value === 'true' || value === 'false') return value === 'true';
  throw new InputError(`input ${name} must be true or false (got '${value}')`);
}

/** A workspace-relative path that stays inside the workspace. */
function inside(workspace: string, name: string, path: string): string {
  const absolute = resolve(workspace, path);
  const rel = relative(workspace, absolute);
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel))
    throw new InputError(`input ${name}: '${path}' is outside the workspace`);
  return absolute;
}

export function readInputs(env: NodeJS.ProcessEnv, cwd = process.cwd()): ActionInputs {
  const workspace = resolve(env.GITHUB_WORKSPACE || cwd);
  // One path per line (or separated by spaces is not supported: a path may contain one).
  const paths = (env.SENTINELPY_PATHS ?? '')
    .split('\n')
    .map((p) => p.trim())
    .filter(Boolean);
  for (const p of paths) inside(workspace, 'path', clean('path', p));
  const top = optional(env, 'SENTINELPY_TOP_FINDINGS', 'top-findings') ?? '10';
  if (!/^\d{1,3}$/.test(top) || Number(top) > 100)
    throw new InputError(`input top-findings must be a number from 0 to 100 (got '${top}')`);
  const failOn = optional(env, 'SENTINELPY_FAIL_ON', 'fail-on');
  const profile = optional(env, 'SENTINELPY_PROFILE', 'profile');
  const config = optional(env, 'SENTINELPY_CONFIG', 'config');
  return {
    workspace,
    paths: paths.length ? paths : ['.'],
    ...(failOn ? { failOn } : {}),
    ...(profile ? { profile } : {}),
    ...(config ? { config: inside(workspace, 'config', config) } : {}),
    diff: optional(env, 'SENTINELPY_DIFF', 'diff') ?? 'auto',
    sarifFile: inside(
      workspace,
      'sarif-file',
      optional(env, 'SENTINELPY_SARIF_FILE', 'sarif-file') ?? 'sentinelpy.sarif',
    ),
    uploadSarif: bool(env, 'SENTINELPY_UPLOAD_SARIF', 'upload-sarif', true),
    offline: bool(env, 'SENTINELPY_OFFLINE', 'offline', false),
    allowIncomplete: bool(env, 'SENTINELPY_ALLOW_INCOMPLETE', 'allow-incomplete', false),
    topFindings: Number(top),
  };
}
