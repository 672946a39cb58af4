// The `.github/sentinel.yml` (App) / `--config` (CLI) schema: zod, one documented field each, safe defaults.
import { z } from 'zod';
import { PROFILES } from '../analysis/profile.js';
import { SEVERITIES } from '../analysis/taxonomy.js';

const severity = z.enum(SEVERITIES);

export const configSchema = z.strictObject({
  /** Findings at or above this severity fail the check run / the CLI exit code. `never` never fails. */
  failOn: z.enum([...SEVERITIES, 'never']).default('high'),
  /**
   * Which findings are reported: `default` (evidence-backed findings; audit notes listed apart, never commented),
   * `audit` (everything, audit notes included) or `bandit` (Bandit's checks, for teams migrating from Bandit).
   */
  profile: z.enum(PROFILES).default('default'),
  /** Which files are reviewed (globs relative to the repository root). */
  paths: z
    .strictObject({
      include: z.array(z.string().min(1)).default(['**/*.py']),
      exclude: z.array(z.string().min(1)).default([]),
    })
    .prefault({}),
  rules: z
    .strictObject({
      /** Rule ids (or Bandit/Ruff aliases) that do not run. */
      disable: z.array(z.string().min(1)).default([]),
      /** Severity overrides by rule id. */
      severity: z.record(z.string().min(1), severity).default({}),
      /** Per-rule options by rule id. */
      options: z.record(z.string().min(1), z.record(z.string(), z.unknown())).default({}),
    })
    .prefault({}),
  comments: z
    .strictObject({
      /** At most this many line comments in one review; the rest go to the check run. */
      max: z.number().int().min(0).max(200).default(30),
      /** Offer ```suggestion blocks when a rule's autofix covers exactly the commented lines. */
      suggestions: z.boolean().default(true),
    })
    .prefault({}),
  /** Which findings are posted (reviewdog's modes): lines added, any hunk line, the whole file, everything. */
  filter: z.enum(['added', 'diff_context', 'file', 'nofilter']).default('added'),
  report: z
    .strictObject({
      /** Commit python_security_review_YYYYMMDD.md to the pull request branch. */
      commit: z.boolean().default(true),
      /** Folder for the report, relative to the repository root ('' = root). */
      dir: z
        .string()
        .default('')
        .refine((d) => !d.split('/').includes('..') && !d.startsWith('/'), 'must stay inside the repository'),
    })
    .prefault({}),
  /** Review draft pull requests too. */
  drafts: z.boolean().default(false),
  /** Conclusion when the analysis itself crashes: failure (default, a crafted file must not skip the gate) or neutral. */
  onError: z.enum(['failure', 'neutral']).default('failure'),
  /** The dependency review of requirements files, pyproject.toml, setup.cfg/py, Pipfiles and lock files. */
  dependencies: z
    .strictObject({
      /** Look pinned and locked versions up in OSV (the App sends package names and versions to OSV_API_URL). */
      osv: z.boolean().default(true),
      /** Report every requirement without `--hash`, not only in files that already use hash-checking mode. */
      requireHashes: z.boolean().default(false),
      /** SPDX ids of allowed licences, checked where a lock file records them; empty = no licence check. */
      allowedLicenses: z.array(z.string().min(1)).default([]),
      /** CycloneDX SBOM of the dependencies: `false`, `true`/`check` (in the check run text), `commit` (next to the report). */
      sbom: z.union([z.boolean(), z.enum(['check', 'commit'])]).default(false),
    })
    .prefault({}),
  /**
   * Data flow across files: unchanged in-repository modules that the changed files import (one level, relative
   * imports or packages the PR touches) are fetched and analysed as context; their own findings are not reported.
   */
  imports: z
    .strictObject({
      fetch: z.boolean().default(true),
      /** At most this many context modules per review. */
      maxFiles: z.number().int().min(0).max(100).default(20),
    })
    .prefault({}),
  limits: z
    .strictObject({
      /** Files larger than this (bytes) are skipped with a note. */
      maxFileBytes: z.number().int().positive().default(1_000_000),
      /**
       * CPU-time budget for analysing one file, in milliseconds (CPU time of its analysis worker's thread, where the
       * system can tell; wall time elsewhere). A file over it, over the wall-time backstop, or over the worker's memory
       * limits is not analysed and reported as skipped, which makes the scan incomplete (see onIncomplete).
       */
      fileTimeoutMs: z.number().int().min(100).max(600_000).default(10_000),
      /** Wall-time backstop per file, in milliseconds (for a worker starved of CPU or blocked); twice fileTimeoutMs when unset. */
      fileWallTimeoutMs: z.number().int().min(100).max(1_200_000).optional(),
    })
    .prefault({}),
  /** Conclusion when a Python file could not be fully analysed (skipped or a rule errored): never success. */
  onIncomplete: z.enum(['fail', 'neutral']).default('fail'),
  suppressions: z
    .strictObject({
      /**
       * Suppression comments (`# nosec`, `# noqa: S605`, `# sentinel: ignore`) on lines the pull request adds: `report`
       * (default) honours them for line comments but lists them in the check as needing review, and their findings
       * still count for the conclusion until a writer approves with `/sentinel allow <fingerprint> -- reason`;
       * `ignore` does not honour them at all; `honor` honours them like any other suppression.
       */
      inPullRequest: z.enum(['honor', 'report', 'ignore']).default('report'),
    })
    .prefault({}),
  /**
   * A baseline file on the default branch (written by `sentinelpy scan --write-baseline FILE`): findings it lists
   * do not count, so adopting SentinelPy on an existing code base fails only on new findings.
   */
  baseline: z
    .string()
    .min(1)
    .max(1000)
    .refine((p) => !p.split('/').includes('..') && !p.startsWith('/'), 'must stay inside the repository')
    .optional(),
  /**
   * `upload`: the App also uploads its SARIF for the reviewed commit to code scanning (the Security tab). Needs the
   * extra App permission `security_events: write`; `off` (default) uploads nothing.
   */
  codeScanning: z.enum(['off', 'upload']).default('off'),
});

export type SentinelConfig = z.infer<typeof configSchema>;

export type ConfigResult = { ok: true; config: SentinelConfig } | { ok: false; error: string };

/** Validates raw config data; the error names the offending key (`comments.max: …`). */
export function parseConfig(raw: unknown): ConfigResult {
  const result = configSchema.safeParse(raw ?? {});
  if (result.success) return { ok: true, config: result.data };
  const issue = result.error.issues[0];
  const key = issue?.path.length
    ? issue.path.join('.')
    : issue && 'keys' in issue
      ? (issue.keys as string[]).join(', ')
      : '(root)';
  return { ok: false, error: `${key}: ${issue?.message ?? 'invalid configuration'}` };
}

export const DEFAULT_CONFIG: SentinelConfig = configSchema.parse({});
