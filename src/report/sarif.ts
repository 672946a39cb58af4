// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run, every rule that ran, every finding
// (suppressed ones carry an inSource suppression), fixes from autofixes, codeFlows from data-flow paths.
import { isAuditNote } from '../analysis/evidence.js';
import type { Finding, FlowStep } from '../analysis/rule.js';
import type { ScanResult } from '../analysis/scan.js';
import type { SuppressedFinding } from '../analysis/suppressions.js';
import { SARIF_LEVEL, sarifRule } from './sarif-rule.js';
import { lineStartsOf, positionAt } from './fix-patch.js';
import { securityScore } from './score.js';

export interface SarifOptions {
  toolVersion?: string;
  /** File text by path: lets fixes use line/column regions (else UTF-16 character offsets). */
  source?: (path: string) => string | undefined;
}

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** A relative path as a URI reference: encodeURI leaves `#` and `?` alone, which would cut the path short. */
export function pathUri(path: string): string {
  return encodeURI(path).replace(/[?#]/g, (c) => encodeURIComponent(c));
}
const FINGERPRINT_KEY = 'sentinelpy/v1';

function location(path: string, line: number, column: number, endLine?: number, endColumn?: number, snippet?: string) {
  return {
    physicalLocation: {
      artifactLocation: { uri: pathUri(path), uriBaseId: '%SRCROOT%' },
      region: {
        startLine: line,
        startColumn: column,
        ...(endLine !== undefined ? { endLine } : {}),
        ...(endColumn !== undefined ? { endColumn } : {}),
        ...(snippet !== undefined ? { snippet: { text: snippet } } : {}),
      },
    },
  };
}

function codeFlows(finding: Finding) {
  const step = (s: FlowStep) => ({
    location: {
      ...location(s.path ?? finding.path, s.line, s.column, s.endLine, s.endColumn),
      message: { text: s.note },
    },
  });
  return [{ threadFlows: [{ locations: (finding.flow ?? []).map(step) }] }];
}

function fixes(finding: Finding, source: string | undefined) {
  const fix = finding.fix!;
  const starts = source !== undefined ? lineStartsOf(source) : undefined;
  const region = (start: number, end: number) => {
    if (source === undefined || !starts) return { charOffset: start, charLength: end - start };
    const a = positionAt(source, start, starts);
    const b = positionAt(source, end, starts);
    return { startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column };
  };
  const replacements = fix.edits.map((e) => ({
    deletedRegion: region(e.start, e.end),
    insertedContent: { text: e.text },
  }));
  return [
    {
      description: { text: fix.description },
      artifactChanges: [{ artifactLocation: { uri: pathUri(finding.path), uriBaseId: '%SRCROOT%' }, replacements }],
    },
  ];
}

function sarifResult(
  finding: Finding,
  ruleIndex: Map<string, number>,
  options: SarifOptions,
  suppressed?: SuppressedFinding,
) {
  return {
    ruleId: finding.ruleId,
    ...(ruleIndex.has(finding.ruleId) ? { ruleIndex: ruleIndex.get(finding.ruleId) } : {}),
    // An audit note (no evidence about the input) is a `note` whatever its severity: code scanning must not
    // block on it.
    level: isAuditNote(finding) ? 'note' : SARIF_LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [
      location(finding.path, finding.line, finding.column, finding.endLine, finding.endColumn, finding.snippet),
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
    ...(finding.fix ? { fixes: fixes(finding, options.source?.(finding.path)) } : {}),
    ...(finding.flow?.length ? { codeFlows: codeFlows(finding) } : {}),
    ...(suppressed
      ? { suppressions: [{ kind: 'inSource', justification: suppressed.by.reason ?? suppressed.by.marker }] }
      : {}),
    properties: {
      severity: finding.severity,
      riskScore: finding.riskScore,
      confidence: finding.confidence,
      evidence: finding.evidence,
    },
  };
}

function notifications(result: ScanResult) {
  const note = (text: string, path: string, level: 'error' | 'warning' | 'note') => ({
    level,
    message: { text },
    locations: [{ physicalLocation: { artifactLocation: { uri: pathUri(path), uriBaseId: '%SRCROOT%' } } }],
  });
  return [
    ...result.errors.map((e) => note(`Rule ${e.ruleId} failed: ${e.message}`, e.path, 'error')),
    ...result.skipped.map((s) => note(`Skipped: ${s.reason}`, s.path, 'warning')),
    ...result.files
      .filter((f) => f.syntaxErrors.length)
      .map((f) =>
        note(`Partially parsed: syntax errors on line(s) ${f.syntaxErrors.slice(0, 10).join(', ')}`, f.path, 'note'),
      ),
  ];
}

/** The SARIF log as a plain object (serialise with JSON.stringify). */
export function renderSarif(result: ScanResult, options: SarifOptions = {}): object {
  const ruleIndex = new Map(result.rules.map((r, i) => [r.id, i]));
  return {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'SentinelPy',
            ...(options.toolVersion ? { version: options.toolVersion, semanticVersion: options.toolVersion } : {}),
            rules: result.rules.map(sarifRule),
          },
        },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications(result) }],
        results: [
          ...result.findings.map((f) => sarifResult(f, ruleIndex, options)),
          ...result.suppressed.map((s) => sarifResult(s.finding, ruleIndex, options, s)),
        ],
        columnKind: 'utf16CodeUnits',
        // The score every other format shows, so a SARIF consumer (the GitHub Action's job summary) need not redo it.
        properties: { sentinelpy: { ...securityScore(result), profile: result.profile } },
      },
    ],
  };
}
