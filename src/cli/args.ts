// Parses and validates the command line (node:util parseArgs, strict: unknown flags are usage errors).
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { PROFILES, type ProfileId } from '../analysis/profile.js';
import { SEVERITIES, type Severity } from '../analysis/taxonomy.js';
import { UsageError } from './usage-error.js';

export const SCAN_FORMATS = ['markdown', 'sarif', 'json', 'text'] as const;
export type ScanFormat = (typeof SCAN_FORMATS)[number];
export const RULES_FORMATS = ['markdown', 'json'] as const;
export type FailOn = Severity | 'never';

export interface ScanArgs {
  command: 'scan';
  paths: string[];
  format: ScanFormat;
  output?: string;
  failOn?: FailOn;
  config?: string;
  diff?: string;
  /** Worker threads: undefined = automatic, 1 = analyse on the main thread. */
  jobs?: number;
  progress: boolean;
  /** Skip the OSV lookup of the dependency review (no network). */
  offline: boolean;
  /** Overrides the config's `profile` (default, audit, bandit). */
  profile?: ProfileId;
  /** Exit 0 even when a Python file was skipped or a rule errored on it (default: such a scan exits 1). */
  allowIncomplete?: boolean;
  /** Reuse and store results in the result cache (default on; `--no-cache` turns it off). */
  cache: boolean;
  /** Where the cache lives (default `<root>/.sentinelpy-cache`). */
  cacheDir?: string;
  /** `--root DIR`: the folder report paths and the default config are relative to. */
  root?: string;
  /** Only findings not in this baseline file count. */
  baseline?: string;
  /** Write the current findings to this baseline file (they are then all baselined). */
  writeBaseline?: string;
}

export interface RulesArgs {
  command: 'rules';
  format: (typeof RULES_FORMATS)[number];
  output?: string;
}

export interface SbomArgs {
  command: 'sbom';
  /** The project folder (or one manifest file). */
  path: string;
  output?: string;
  config?: string;
  /** Skip the OSV lookup: the SBOM then lists components without vulnerabilities. */
  offline: boolean;
}

export type CliArgs = ScanArgs | RulesArgs | SbomArgs | { command: 'help' } | { command: 'version' };

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${flag} must be one of ${allowed.join(', ')} (got '${value}')`);
}

function parse(argv: string[], options: NonNullable<ParseArgsConfig['options']>) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs names the flag ("Unknown option '--x'. To specify a positional…"); keep its first sentence.
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'invalid arguments';
    throw new UsageError(
      `${message.replace(/\. To specify a positional argument[\s\S]*$/, '')} (see sentinelpy --help)`,
    );
  }
}

function jobsOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 256)
    throw new UsageError(`--jobs must be an integer from 0 to 256 (got '${value}')`);
  return n;
}

function parseScan(argv: string[]): ScanArgs {
  const { values, positionals } = parse(argv, {
    format: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
    'fail-on': { type: 'string' },
    config: { type: 'string', short: 'c' },
    diff: { type: 'string' },
    jobs: { type: 'string', short: 'j' },
    'no-progress': { type: 'boolean' },
    offline: { type: 'boolean' },
    'allow-incomplete': { type: 'boolean' },
    profile: { type: 'string' },
    root: { type: 'string' },
    'no-cache': { type: 'boolean' },
    'cache-dir': { type: 'string' },
    baseline: { type: 'string' },
    'write-baseline': { type: 'string' },
  });
  const str = (k: string) => values[k] as string | undefined;
  return {
    command: 'scan',
    paths: positionals.length ? positionals : ['.'],
    format: oneOf('format', str('format'), SCAN_FORMATS, 'markdown'),
    ...(str('output') !== undefined ? { output: str('output') } : {}),
    ...(str('fail-on') !== undefined
      ? { failOn: oneOf<FailOn>('fail-on', str('fail-on'), [...SEVERITIES, 'never'], 'high') }
      : {}),
    ...(str('config') !== undefined ? { config: str('config') } : {}),
    ...(str('diff') !== undefined ? { diff: str('diff') } : {}),
    ...(jobsOf(str('jobs')) !== undefined ? { jobs: jobsOf(str('jobs')) } : {}),
    progress: !values['no-progress'],
    offline: Boolean(values.offline),
    cache: !values['no-cache'],
    ...(str('cache-dir') !== undefined ? { cacheDir: str('cache-dir') } : {}),
    ...(values['allow-incomplete'] ? { allowIncomplete: true } : {}),
    ...(str('profile') !== undefined
      ? { profile: oneOf<ProfileId>('profile', str('profile'), PROFILES, 'default') }
      : {}),
    ...(str('root') !== undefined ? { root: str('root') } : {}),
    ...(str('baseline') !== undefined ? { baseline: str('baseline') } : {}),
    ...(str('write-baseline') !== undefined ? { writeBaseline: str('write-baseline') } : {}),
  };
}

function parseRules(argv: string[]): RulesArgs {
  const { values, positionals } = parse(argv, {
    format: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
  });
  if (positionals.length) throw new UsageError(`rules takes no arguments (got '${positionals[0]}')`);
  const output = values.output as string | undefined;
  return {
    command: 'rules',
    format: oneOf('format', values.format as string | undefined, RULES_FORMATS, 'markdown'),
    ...(output !== undefined ? { output } : {}),
  };
}

function parseSbom(argv: string[]): SbomArgs {
  const { values, positionals } = parse(argv, {
    output: { type: 'string', short: 'o' },
    config: { type: 'string', short: 'c' },
    offline: { type: 'boolean' },
  });
  if (positionals.length > 1) throw new UsageError(`sbom takes one path (got ${positionals.length})`);
  const output = values.output as string | undefined;
  const config = values.config as string | undefined;
  return {
    command: 'sbom',
    path: positionals[0] ?? '.',
    offline: Boolean(values.offline),
    ...(output !== undefined ? { output } : {}),
    ...(config !== undefined ? { config } : {}),
  };
}

export function parseCli(argv: string[]): CliArgs {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h')
    return { command: 'help' };
  if (command === '--version' || command === '-V' || command === 'version') return { command: 'version' };
  if (rest.includes('--help') || rest.includes('-h')) return { command: 'help' };
  if (command === 'scan') return parseScan(rest);
  if (command === 'rules') return parseRules(rest);
  if (command === 'sbom') return parseSbom(rest);
  throw new UsageError(`unknown command '${command}' (expected scan, sbom or rules; see sentinelpy --help)`);
}

export const USAGE = `Usage:
  sentinelpy scan [paths...] [options]     review Python code (default: the current directory)
  sentinelpy sbom [path] [--output FILE] [--offline] [--config FILE]
                                           CycloneDX 1.5 JSON of the Python dependencies (stdout by default)
  sentinelpy rules [--format markdown|json] [--output FILE]
  sentinelpy --version | --help

scan options:
  -f, --format markdown|sarif|json|text    default markdown, written to <root>/python_security_review_YYYYMMDD.md
  -o, --output FILE                        write the report to FILE ('-' = stdout)
      --fail-on critical|high|medium|low|never
                                           exit 1 when a finding is at or above this severity (default high)
  -c, --config FILE                        YAML config (default: <root>/.github/sentinel.yml when present)
      --diff BASE                          only findings on lines changed since git ref BASE
      --profile default|audit|bandit       which findings are reported (default: the config's, else default):
                                           default = evidence-backed only, audit notes listed apart;
                                           audit = everything; bandit = Bandit's checks and ids
  -j, --jobs N                             analysis worker threads (default: automatic); every file runs in a
                                           worker under limits.fileTimeoutMs; 0 = main thread, no budget
      --offline                            no network: skip the OSV lookup of pinned dependencies
      --allow-incomplete                   exit 0 even if a Python file was skipped or a rule failed on it
      --no-cache                           analyse every file again (default: reuse results of unchanged files
                                           from <root>/.sentinelpy-cache/; add it to .gitignore)
      --cache-dir DIR                      keep the result cache in DIR instead
      --no-progress                        no progress bar on stderr
      --root DIR                           report paths relative to DIR and read DIR/.github/sentinel.yml
                                           (default: the deepest folder holding every path)
      --baseline FILE                      only findings not listed in FILE count (see --write-baseline)
      --write-baseline FILE                write every current finding to FILE as the baseline (exit 0 for them)

The ledger <root>/.github/sentinel-ignore.yml (written by the App's /sentinel ignore) is always honoured.

sbom: every manifest under path (requirements*.txt, pyproject.toml, setup.cfg, setup.py, Pipfile, Pipfile.lock,
  poetry.lock, uv.lock), direct and locked dependencies; known vulnerabilities from OSV unless --offline.

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or input error.
`;
