// The JSON report: a stable, versioned shape for scripts and dashboards (documented field by field below and in
// the README). Additive changes keep `schemaVersion`; renames or removals bump it.
import type { Finding } from '../analysis/rule.js';
import type { ScanResult } from '../analysis/scan.js';
import type { Severity } from '../analysis/taxonomy.js';
import { securityScore } from './score.js';
import type { DependencyInventory } from './dependency-inventory.js';

export const JSON_SCHEMA_VERSION = 1;

/** One finding with the rule facts a consumer needs without looking the rule up. */
export interface JsonFinding extends Finding {
  title: string;
  category: string;
  cwe: string[];
  owasp2021: string[];
  owasp2025: string[];
  threat: string;
  timeline: string;
}

export interface JsonReport {
  schemaVersion: number;
  tool: { name: 'SentinelPy'; version?: string };
  summary: {
    score: number;
    rating: string;
    counts: Record<Severity, number>;
    files: number;
    lines: number;
    durationMs: number;
    suppressed: number;
    skipped: number;
    partiallyParsed: number;
    internalErrors: number;
    /** The profile that chose `findings` (default, audit, bandit). */
    profile: string;
    auditNotes: number;
  };
  /** Open findings, most severe first, then path and line. Each has `evidence`: dataflow, config or pattern. */
  findings: JsonFinding[];
  /** Risky constructs without evidence, withheld from `findings` by the default profile (never counted). */
  auditNotes: JsonFinding[];
  suppressed: (JsonFinding & { suppressedBy: { marker: string; kind: string; reason?: string; line: number } })[];
  skipped: { path: string; reason: string }[];
  partiallyParsed: { path: string; lines: number[] }[];
  errors: { ruleId: string; path: string; message: string }[];
  notes: string[];
  /** Ids of every rule that ran. */
  rules: string[];
  /** The dependency review's inventory, present when manifests were reviewed (added within schema version 1). */
  dependencies?: {
    manifests: number;
    items: JsonDependency[];
  };
}

export interface JsonDependency {
  name: string;
  /** As written (`==2.5.0`, `>=2`, '' when none). */
  specifier: string;
  version?: string;
  path: string;
  line: number;
  kind: 'direct' | 'locked';
  group?: string;
  /** `OSV-ID[/CVE-…]` of each advisory affecting this version. */
  advisories: string[];
}

function jsonDependencies(inventory: DependencyInventory): NonNullable<JsonReport['dependencies']> {
  return {
    manifests: inventory.manifests,
    items: inventory.dependencies.map((d) => ({
      name: d.name,
      specifier: d.specifier,
      ...(d.version ? { version: d.version } : {}),
      path: d.file,
      line: d.line,
      kind: d.kind,
      ...(d.group ? { group: d.group } : {}),
      advisories: [...(inventory.advisories[`${d.file}:${d.line}`] ?? [])],
    })),
  };
}

export function renderJson(
  result: ScanResult,
  options: { toolVersion?: string; dependencies?: DependencyInventory } = {},
): JsonReport {
  const metas = new Map(result.rules.map((m) => [m.id, m]));
  const enrich = (f: Finding): JsonFinding => {
    const m = metas.get(f.ruleId);
    return {
      ...f,
      title: m?.title ?? f.ruleId,
      category: m?.category ?? '',
      cwe: m?.cwe ?? [],
      owasp2021: m?.owasp['2021'] ?? [],
      owasp2025: m?.owasp['2025'] ?? [],
      threat: m?.threat ?? '',
      timeline: m?.timeline ?? '',
    };
  };
  const { score, rating, counts } = securityScore(result);
  const partiallyParsed = result.files
    .filter((f) => f.syntaxErrors.length)
    .map((f) => ({ path: f.path, lines: f.syntaxErrors }));
  return {
    schemaVersion: JSON_SCHEMA_VERSION,
    tool: { name: 'SentinelPy', ...(options.toolVersion ? { version: options.toolVersion } : {}) },
    summary: {
      score,
      rating,
      counts,
      files: result.stats.files,
      lines: result.stats.lines,
      durationMs: result.stats.durationMs,
      suppressed: result.suppressed.length,
      skipped: result.skipped.length,
      partiallyParsed: partiallyParsed.length,
      internalErrors: result.errors.length,
      profile: result.profile,
      auditNotes: result.auditNotes.length,
    },
    findings: result.findings.map(enrich),
    auditNotes: result.auditNotes.map(enrich),
    suppressed: result.suppressed.map((s) => ({
      ...enrich(s.finding),
      suppressedBy: {
        marker: s.by.marker,
        kind: s.by.kind,
        line: s.by.line,
        ...(s.by.reason ? { reason: s.by.reason } : {}),
      },
    })),
    skipped: result.skipped.map((s) => ({ path: s.path, reason: s.reason })),
    partiallyParsed,
    errors: result.errors.map((e) => ({ ruleId: e.ruleId, path: e.path, message: e.message })),
    notes: [...result.notes],
    rules: result.rules.map((m) => m.id),
    ...(options.dependencies ? { dependencies: jsonDependencies(options.dependencies) } : {}),
  };
}
